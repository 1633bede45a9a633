package io.github.councilplan.schema;

import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.read.YamlTreeReader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The YAML fixtures under {@code fixtures/}, through the whole {@link PlanValidator}: every
 * {@code valid-*.yaml} is a valid plan with no error or warning, and reads into the same tree and
 * plan as its JSON twin where there is one; every {@code invalid-*.yaml} has the problem recorded
 * for it here, at the line and column given.
 */
class YamlFixtureTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    /** The problem each invalid YAML fixture must have: code, line, column. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("invalid-billion-laughs.yaml", "limit.yaml-aliases 13:10"),
            Map.entry("invalid-custom-tag.yaml", "syntax.yaml-tag 5:8"),
            Map.entry("invalid-duplicate-key.yaml", "syntax.duplicate-key 6:3"),
            Map.entry("invalid-empty.yaml", "syntax.empty 1:1"),
            Map.entry("invalid-local-tag.yaml", "syntax.yaml-tag 3:8"),
            Map.entry("invalid-multiple-documents.yaml", "syntax.malformed 6:1"),
            Map.entry("invalid-nan.yaml", "syntax.malformed 13:34"),
            Map.entry("invalid-non-string-key.yaml", "syntax.malformed 13:7"),
            Map.entry("invalid-recursive-alias.yaml", "syntax.malformed 7:10"),
            Map.entry("invalid-tab-indentation.yaml", "syntax.malformed 5:1"),
            Map.entry("invalid-theme-number-not-string.yaml", "schema.type 11:13"));

    static List<String> yamlFixtures(String prefix) {
        try (Stream<Path> files = Files.list(TestSchemas.fixtureDirectory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".yaml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> validYamlFixtures() {
        return yamlFixtures("valid-").stream();
    }

    static Stream<String> validYamlFixturesWithAJsonTwin() {
        return validYamlFixtures().filter(name -> Files.exists(TestSchemas.fixtureDirectory().resolve(twin(name))));
    }

    static Stream<String> invalidYamlFixtures() {
        return yamlFixtures("invalid-").stream();
    }

    private static String twin(String yamlFixture) {
        return yamlFixture.replaceFirst("\\.yaml$", ".json");
    }

    private static ValidationReport validate(String fixture) {
        try {
            return VALIDATOR.validate(TestSchemas.fixtureDirectory().resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Problem problem) {
        return problem.code().code() + " " + problem.line() + ":" + problem.column();
    }

    @Test
    void yamlFixturesIncludeTwinsOfTheMinimalPlanAndThePlanThatUsesEveryPart() {
        assertThat(validYamlFixturesWithAJsonTwin()).contains("valid-minimal.yaml", "valid-every-part.yaml");
    }

    @Test
    void everyInvalidYamlFixtureHasAnExpectedProblemAndEveryExpectationAFixture() {
        assertThat(new TreeSet<>(yamlFixtures("invalid-"))).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @ParameterizedTest
    @MethodSource("validYamlFixtures")
    void validYamlFixtureHasNoErrorAndOnlyTheNoteAndWarningsItEarns(String fixture) {
        ValidationReport report = validate(fixture);

        // the plan that uses every part links into a related plan, whose document is not given: a note;
        // and it declares one extension, so that its other extension keys are undeclared: warnings
        assertThat(report.problems()).as(fixture).allSatisfy(problem ->
                assertThat(problem.code()).isIn(ProblemCode.RULE_UNCHECKED_REFERENCE, ProblemCode.EXTENSION_UNDECLARED));
        assertThat(report.isValid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("validYamlFixturesWithAJsonTwin")
    void validYamlFixtureGivesTheTreeOfItsJsonTwin(String fixture) {
        ValidationLimits limits = ValidationLimits.defaults();
        JsonNode yaml = new YamlTreeReader(limits).read(TestSchemas.fixtureBytes(fixture)).root();
        JsonNode json = new JsonTreeReader(limits).read(TestSchemas.fixtureBytes(twin(fixture))).root();

        assertThat(yaml).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("validYamlFixturesWithAJsonTwin")
    void validYamlFixtureReadsIntoThePlanOfItsJsonTwin(String fixture) {
        Plan fromYaml = validate(fixture).plan().orElseThrow();

        assertThat(fromYaml).isEqualTo(PlanJson.standard().read(TestSchemas.fixtureBytes(twin(fixture))));
    }

    @ParameterizedTest
    @MethodSource("invalidYamlFixtures")
    void invalidYamlFixtureHasTheExpectedProblemWhereExpected(String fixture) {
        ValidationReport report = validate(fixture);

        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(YamlFixtureTest::describe).as("%s: %s", fixture, report)
                .contains(EXPECTED.get(fixture));
    }

    @Test
    void schemaProblemInYamlIsLocatedOnItsYamlLine() {
        Problem problem = validate("invalid-theme-number-not-string.yaml").errors().get(0);

        assertThat(problem.pointer()).isEqualTo("/themes/0/number");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.column()).isEqualTo(13);
    }

    @Test
    void yaml11BooleanWordsAndDatesInAPlanStayStrings() {
        Plan plan = validate("valid-yaml-1.1-words-stay-strings.yaml").plan().orElseThrow();

        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThat(plan.title()).isEqualTo(Text.of("on"));
        assertThat(plan.organisation().name()).isEqualTo(Text.of("yes"));
        assertThat(plan.organisation().code()).contains("no");
        assertThat(plan.edition().orElseThrow().name()).isEqualTo("off");
        assertThat(plan.extensions().get("words")).contains(nodes.arrayNode()
                .add("y").add("n").add("Yes").add("NO").add("On").add("OFF"));
        assertThat(plan.extensions().get("date")).contains(nodes.stringNode("2025-04-01"));
        assertThat(plan.extensions().get("time")).contains(nodes.stringNode("12:30:00"));
    }
}
