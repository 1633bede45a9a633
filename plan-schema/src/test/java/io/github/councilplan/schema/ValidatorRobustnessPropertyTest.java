package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever the input, the validator returns a report in bounded time, and an invalid one says
 * where: over arbitrary text, bytes, JSON and YAML, and over valid plans damaged in their text or
 * in their structure (deleted, duplicated, retyped, renamed, truncated and reordered values).
 *
 * <p>Each property takes its number of tries from {@code jqwik.tries.default}; see the README for
 * the numbers local runs, CI and the long run use.
 */
class ValidatorRobustnessPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    /** Limits low enough for small documents to reach them (but not the size limit: JSON and YAML differ in size). */
    private static final PlanValidator TIGHT = PlanValidator.create(ValidationLimits.defaults()
            .withMaxNestingDepth(5).withMaxStringLength(24).withMaxNumberLength(6).withMaxAliasExpansion(12));
    private static final String THURROCK = read(RuleDocuments.THURROCK);

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidationReport validate(String document, DocumentFormat format) {
        return validate(VALIDATOR, document, format);
    }

    private static ValidationReport validate(PlanValidator validator, String document, DocumentFormat format) {
        ValidationReport report = Verdicts.validate(validator, document, format);
        Verdicts.assertLocated(report, document);
        return report;
    }

    @Property
    void arbitraryTextGivesAReportWithALocatedErrorOrAPlan(@ForAll String text) {
        validate(text, DocumentFormat.JSON);
    }

    @Property
    void arbitraryTextReadAsYamlGivesAReportWithALocatedErrorOrAPlan(@ForAll String text) {
        validate(text, DocumentFormat.YAML);
    }

    @Property
    void yamlLikeTextGivesAReportWithALocatedErrorOrAPlan(@ForAll("yamlLike") String text) {
        validate(text, DocumentFormat.YAML);
    }

    @Property
    void arbitraryBytesGiveAReportWithALocatedErrorOrAPlan(@ForAll("bytes") byte[] document) {
        for (DocumentFormat format : DocumentFormat.values()) {
            Verdicts.assertLocated(Verdicts.validate(VALIDATOR, document, format), null);
        }
    }

    /*
     * No edge cases: jqwik would hold as many as it makes tries, each a combination of nested
     * trees, which at 10,000 tries filled most of the tests' heap.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void arbitraryJsonGivesTheSameLocatedVerdictWrittenAsJsonOrAsYaml(@ForAll("jsonTrees") JsonNode tree) {
        assertSameVerdictAsJsonAndYaml(VALIDATOR, tree);
        assertSameVerdictAsJsonAndYaml(TIGHT, tree);
    }

    @Property
    void damagedPlanGivesTheSameLocatedVerdictWrittenAsJsonOrAsYaml(@ForAll("damagedPlans") ObjectNode document) {
        assertSameVerdictAsJsonAndYaml(VALIDATOR, document);
    }

    @Property
    void damagedThurrockTextGivesAReportWithALocatedErrorOrAPlan(@ForAll("damagedText") String document) {
        validate(document, DocumentFormat.JSON);
    }

    @Property
    void truncatedPlanIsOneSyntaxProblemOnItsLastLine(@ForAll("truncations") int end) {
        String truncated = THURROCK.substring(0, end);

        ValidationReport report = validate(truncated, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isIn(ProblemCode.SYNTAX_MALFORMED, ProblemCode.SYNTAX_EMPTY);
            assertThat(problem.line()).isEqualTo(truncated.split("\n", -1).length);
        });
    }

    /**
     * Validates a tree written as JSON and, when the YAML writer can write it, as YAML: each
     * report is a located verdict, a valid one holds the plan {@code PlanJson} reads from the same
     * text, and both give the same problems at the same pointers (the trees are the same; only
     * lines and columns differ).
     */
    private static void assertSameVerdictAsJsonAndYaml(PlanValidator validator, JsonNode tree) {
        String json = PlanJson.standard().mapper().writeValueAsString(tree);
        ValidationReport fromJson = validate(validator, json, DocumentFormat.JSON);
        if (fromJson.isValid()) {
            assertThat(fromJson.plan()).contains(PlanJson.standard().read(json));
        }
        Optional<String> yaml = yaml(tree);
        if (yaml.isPresent()) {
            ValidationReport fromYaml = validate(validator, yaml.get(), DocumentFormat.YAML);
            assertThat(codesAndPointers(fromYaml)).as("YAML\n%s", yaml.get()).isEqualTo(codesAndPointers(fromJson));
            assertThat(fromYaml.plan()).isEqualTo(fromJson.plan());
        }
    }

    /** Writes a tree as YAML, unless it holds what YAML cannot (an unpaired surrogate). */
    private static Optional<String> yaml(JsonNode tree) {
        try {
            return Optional.of(PlanYaml.writeTree(tree));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> codesAndPointers(ValidationReport report) {
        return report.problems().stream().map(problem -> problem.code().code() + " " + problem.pointer()).toList();
    }

    @Provide
    Arbitrary<String> yamlLike() {
        return Arbitraries.of(YamlTreeReaderPropertyTest.FRAGMENTS).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    /** Arbitrary bytes, and text in UTF-8, UTF-16 and UTF-32, with and without byte order marks. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> encoded = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), yamlLike(),
                                Arbitraries.of(THURROCK.substring(0, 400), THURROCK)),
                        Arbitraries.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"),
                        Arbitraries.of(true, false))
                .as((text, charset, bom) -> ((bom ? "\uFEFF" : "") + text).getBytes(Charset.forName(charset)));
        return Arbitraries.oneOf(raw, encoded);
    }

    @Provide
    Arbitrary<JsonNode> jsonTrees() {
        return Arbitraries.oneOf(PlanRulesPropertyTest.anyJson(), PlanRulesPropertyTest.planShaped(),
                PlanArbitraries.jsonValues(3));
    }

    /** Valid plans with one to four structural changes. */
    @Provide
    Arbitrary<ObjectNode> damagedPlans() {
        return DocumentMutation.mutated(ValidPlans.all(), 4);
    }

    @Provide
    Arbitrary<Integer> truncations() {
        int end = THURROCK.stripTrailing().length() - 1;
        return Arbitraries.integers().between(0, end);
    }

    @Provide
    Arbitrary<String> damagedText() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, THURROCK.length() - 1);
        Arbitrary<String> insert = Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "null", "1e999", "-0", "\"x\"",
                "true", "\\u0000", "\"id\":\"t-enabling\",", "\n", "\uFEFF", "\\ud800", "NaN", "//", "/*", "'",
                "\"themes\": [],", "\"title\": \"again\",");
        Arbitrary<String> truncate = at.map(i -> THURROCK.substring(0, i));
        Arbitrary<String> deleteRange = Combinators.combine(at, Arbitraries.integers().between(1, 200))
                .as((i, n) -> THURROCK.substring(0, i) + THURROCK.substring(Math.min(THURROCK.length(), i + n)));
        Arbitrary<String> inserted = Combinators.combine(at, insert)
                .as((i, s) -> THURROCK.substring(0, i) + s + THURROCK.substring(i));
        Arbitrary<String> duplicated = Combinators.combine(at, Arbitraries.integers().between(1, 200))
                .as((i, n) -> {
                    int end = Math.min(THURROCK.length(), i + n);
                    return THURROCK.substring(0, end) + THURROCK.substring(i, end) + THURROCK.substring(end);
                });
        Arbitrary<String> retyped = Combinators.combine(Arbitraries.of("\"title\"", "\"number\"", "\"id\"", "\"name\"",
                "\"deliverables\"", "\"start\""), Arbitraries.of("1", "[]", "{}", "null", "\"\"", "\" \""))
                .as((key, value) -> THURROCK.replaceFirst(key + "\\s*:\\s*(\"[^\"]*\"|\\[|\\{)", key + ": " + value
                        + (value.equals("[]") || value.equals("{}") ? ", \"_\" : " : "")));
        return Arbitraries.oneOf(truncate, deleteRange, inserted, duplicated, retyped);
    }
}
