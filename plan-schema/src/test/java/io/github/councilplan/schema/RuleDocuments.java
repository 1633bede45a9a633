package io.github.councilplan.schema;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.schema.rules.PlanRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small plan documents for the rule tests: a valid plan that breaks no rule, edited by JSON
 * pointer, and what {@link PlanRules} reports on a document.
 */
final class RuleDocuments {
    /** Thurrock's plan, as the examples module holds it (tests run in {@code plan-schema}). */
    static final Path THURROCK =
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/thurrock-corporate-plan.json");
    /** The fictional bilingual plan, in Welsh and English. */
    static final Path BILINGUAL =
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-bilingual-plan.json");

    /** Where the example plans are. */
    static final Path EXAMPLES = THURROCK.getParent();

    /** Returns every example plan document of plan-examples, in name order. */
    static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON written in tests, where single quotes save escaping. */
    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    /**
     * A plan that passes the schema and breaks no rule: a numbered theme with an outcome and a
     * priority, whose deliverable has an owner, a milestone and a progress update; a measure with
     * a target and an actual; an owner, a partner and a link.
     */
    static final String VALID = """
            {
              "schemaVersion": "0.2",
              "id": "plan",
              "title": "Our plan",
              "organisation": {"name": "Example Council"},
              "period": {"start": "2024/25", "end": "2028/29"},
              "edition": {"name": "2025 refresh", "status": "adopted", "adoptedOn": "2025-07-01", "supersedes": "2024"},
              "themes": [{
                "id": "t1", "number": "1", "name": "Enabling", "owners": ["own1"],
                "outcomes": [{"id": "o1", "number": "1.1", "statement": "Robust oversight"}],
                "priorities": [{
                  "id": "p1", "number": "1.2", "title": "Modernise services",
                  "deliverables": [{
                    "id": "d1", "number": "1.2.1", "title": "Go digital", "owners": ["own1"],
                    "milestones": [{"id": "m1", "number": "1.2.1.1", "title": "Portal live", "due": "2025-03-31"}],
                    "progress": [{"period": "2025/26 Q1", "status": "green"}]
                  }]
                }]
              }],
              "measures": [{
                "id": "kpi1", "name": "Satisfaction", "unit": "%", "direction": "higherIsBetter",
                "frequency": "financialYear", "baseline": {"period": "2023/24", "value": 61.5},
                "targets": [{"period": "2025/26", "value": 80}], "actuals": [{"period": "2025/26", "value": 75}]
              }],
              "owners": [{"id": "own1", "name": "Executive Director", "type": "role"},
                         {"id": "cabinet", "name": "Cabinet", "type": "committee"}],
              "partners": [{"id": "nhs", "name": "NHS"}],
              "links": [{"from": "d1", "kind": "contributesTo", "to": "o1"}]
            }
            """;

    /**
     * Strings of every kind the rules read, valid and not: ids of {@link #VALID}, numbers, periods,
     * dates, link kinds, frequencies, statuses and language tags.
     */
    static final List<String> TRICKY_STRINGS = List.of("plan", "t1", "o1", "p1", "d1", "m1", "kpi1", "own1", "cabinet",
            "nhs", "1", "1.1", "1.2", "1.2.1", "1.3.1", "A", "B.1", "1..2", "2024/25", "2028/29", "2025/26",
            "2025/26 Q1", "2024/25 Q2", "2023/24", "2029/30", "2025-04", "2025", "2031", "2024/26", "2025-02-30",
            "2024-04-01", "2029-03-31", "2025-03-31", "2030-01-01", "2023-12-31", "contributesTo", "evidences",
            "reflects", "involves", "illustrates", "financialYear", "financialQuarter", "month", "calendarYear",
            "draft", "adopted", "superseded", "complete", "amber", "role", "2025 refresh", "cy", "en", "EN", "en-gb",
            "iw", "und", "e", "", " ", "x/y~z", "\0");

    /** One problem the rules reported, with the pointers of every value it covers. */
    record Reported(ProblemCode code, String pointer, String message, List<String> related) {}

    private RuleDocuments() {}

    /** Returns a fresh copy of {@link #VALID}. */
    static ObjectNode valid() {
        return (ObjectNode) LENIENT.readTree(VALID);
    }

    /** Reads a document from a file. */
    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) LENIENT.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON, in which strings may be in single quotes. */
    static JsonNode json(String json) {
        return LENIENT.readTree(json);
    }

    /**
     * Sets the value at {@code pointer}, parsed from {@code json} (single quotes allowed), adding
     * it to its object, replacing an array item, or appending when the last token is {@code -}.
     */
    static ObjectNode with(ObjectNode document, String pointer, String json) {
        return with(document, pointer, json(json));
    }

    /** Sets the value at {@code pointer}, as {@link #with(ObjectNode, String, String)} does. */
    static ObjectNode with(ObjectNode document, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String token = Pointers.unescape(pointer.substring(slash + 1));
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, value);
        } else if (parent.isArray() && token.equals("-")) {
            ((ArrayNode) parent).add(value);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(token), value);
        } else {
            throw new IllegalArgumentException("no object or array at the parent of " + pointer);
        }
        return document;
    }

    /** Removes the value at {@code pointer}. */
    static ObjectNode without(ObjectNode document, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String token = Pointers.unescape(pointer.substring(slash + 1));
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(token);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).remove(Integer.parseInt(token));
        } else {
            throw new IllegalArgumentException("no object or array at the parent of " + pointer);
        }
        return document;
    }

    /** Returns what the rules report on {@code document}, in order. */
    static List<Reported> check(JsonNode document) {
        List<Reported> reported = new ArrayList<>();
        PlanRules.check(document, (code, pointer, message, related) -> reported.add(new Reported(code, pointer,
                message, related)));
        return reported;
    }
}
