package io.github.councilplan.schema;

import io.github.councilplan.schema.read.YamlTreeReaderPropertyTest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
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

    /*
     * Documents validated together get, each, what it gets validated alone, but for the problems
     * between documents: links into a related plan given (resolved there, or not), the note for a
     * related plan not given, and one plan id in two documents.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void documentsValidatedTogetherGetWhatEachGetsAloneButTheProblemsBetweenThem(
            @ForAll("documentsToValidateTogether") List<ObjectNode> documents) throws IOException {
        List<String> texts = documents.stream().map(document -> PlanJson.standard().mapper()
                .writeValueAsString(document)).toList();
        List<PlanDocument> given = texts.stream()
                .map(text -> PlanDocument.of(text.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON)).toList();

        List<ValidationReport> together = VALIDATOR.validateTogether(given);

        assertThat(together).hasSameSizeAs(documents);
        boolean between = false;
        for (int i = 0; i < documents.size(); i++) {
            JsonNode one = documents.get(i);
            between |= together.get(i).problems().stream().anyMatch(problem -> betweenDocuments(problem, one));
            ValidationReport alone = validate(texts.get(i), DocumentFormat.JSON);
            Verdicts.assertLocated(together.get(i), texts.get(i));
            JsonNode document = documents.get(i);
            assertThat(ownCodesAndPointers(together.get(i), document)).as("document %d of %d", i, documents.size())
                    .isEqualTo(ownCodesAndPointers(alone, document));
            if (together.get(i).isValid()) {
                assertThat(together.get(i).plan()).isEqualTo(alone.plan());
            }
        }
        Statistics.label("problems between documents").collect(between);
        Statistics.label("problems between documents").coverage(coverage -> coverage.check(true)
                .percentage(p -> p > 20));
    }

    /** The code and pointer of each problem of a report but those only documents validated together have. */
    private static List<String> ownCodesAndPointers(ValidationReport report, JsonNode document) {
        return report.problems().stream().filter(problem -> !betweenDocuments(problem, document))
                .map(problem -> problem.code().code() + " " + problem.pointer()).toList();
    }

    private static boolean betweenDocuments(Problem problem, JsonNode document) {
        switch (problem.code()) {
            case RULE_UNCHECKED_REFERENCE:
                return true;
            case RULE_DUPLICATE_ID:
                return problem.pointer().equals("/id");
            case RULE_UNRESOLVED_REFERENCE:
            case RULE_WRONG_REFERENCE_KIND:
                // a link's to, where the link goes into a related plan
                return problem.pointer().matches("/links/[0-9]+/to")
                        && document.at(problem.pointer().substring(0, problem.pointer().length() - 3)).path("toPlan")
                                .isString();
            default:
                return false;
        }
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

    /**
     * One to three documents: a strategy and its delivery plan (the fixtures, or the examples),
     * each perhaps changed, perhaps one of them alone or given twice; or any valid plans, changed.
     */
    @Provide
    Arbitrary<List<ObjectNode>> documentsToValidateTogether() {
        Path fixtures = TestSchemas.fixtureDirectory();
        List<List<ObjectNode>> pairs = List.of(
                List.of(RuleDocuments.read(fixtures.resolve("valid-delivery-plan.json")),
                        RuleDocuments.read(fixtures.resolve("valid-strategy.json"))),
                List.of(RuleDocuments.read(RuleDocuments.EXAMPLES.resolve("fictional-district-delivery-plan.json")),
                        RuleDocuments.read(RuleDocuments.EXAMPLES.resolve("fictional-district-strategy.json"))));
        Arbitrary<List<ObjectNode>> related = Arbitraries.of(pairs).flatMap(pair ->
                Combinators.combine(mutatedOrNot(pair.get(0)), mutatedOrNot(pair.get(1)), Arbitraries.integers()
                        .between(0, 4)).as((delivery, strategy, shape) -> switch (shape) {
                            case 0 -> List.of(delivery);
                            case 1 -> List.of(strategy, delivery, strategy);
                            case 2 -> List.of(strategy, delivery);
                            default -> List.of(delivery, strategy);
                        }));
        Arbitrary<List<ObjectNode>> any = DocumentMutation.mutated(ValidPlans.written(), 2).list().ofMinSize(1)
                .ofMaxSize(3);
        return Arbitraries.frequencyOf(Tuple.of(3, related), Tuple.of(1, any));
    }

    private static Arbitrary<ObjectNode> mutatedOrNot(ObjectNode document) {
        return DocumentMutation.mutations().list().ofMaxSize(2).map(changes -> DocumentMutation.applyAll(document,
                changes));
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
