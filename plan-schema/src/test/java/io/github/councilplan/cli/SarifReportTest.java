package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan validate --format sarif}: a SARIF 2.1.0 log, read back here and checked field by
 * field against the JSON report of the same files (the SARIF schema and Microsoft's validator
 * check it in CI, {@code .ci/results-outside-java}).
 */
class SarifReportTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String PARTIAL = FIXTURES + "valid-partial-languages.json";
    private static final String DELIVERY = FIXTURES + "valid-delivery-plan.json";
    private static final String BAD_ENUM = FIXTURES + "invalid-bad-enum.json";
    private static final String DUPLICATE_KEY = FIXTURES + "invalid-duplicate-key.yaml";

    @TempDir
    Path dir;

    @Test
    void theRunNamesTheToolItsVersionAndHomePage() {
        JsonNode log = sarif(PlanRun.THURROCK.toString());

        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asString()).endsWith("/sarif-schema-2.1.0.json");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("plan");
        assertThat(driver.get("version").asString()).isEqualTo(VersionProvider.version());
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        assertThat(log.get("runs").get(0).get("columnKind").asString()).isEqualTo("unicodeCodePoints");
    }

    @Test
    void aValidPlanWithoutProblemsHasNoResultsAndNoRules() {
        JsonNode run = sarif(PlanRun.THURROCK.toString()).get("runs").get(0);

        assertThat(run.get("results")).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
    }

    @Test
    void everyResultMatchesTheJsonReportsProblemFieldByField() {
        String[] files = {PARTIAL, DELIVERY, BAD_ENUM, DUPLICATE_KEY};
        JsonNode run = sarif(files).get("runs").get(0);
        JsonNode report = JsonMapper.shared().readTree(PlanRun.of(prepend("--format", "json", files)).out());

        List<JsonNode> expected = new ArrayList<>();
        List<String> expectedFiles = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode problem : file.get("problems")) {
                expected.add(problem);
                expectedFiles.add(file.get("file").asString());
            }
        }
        JsonNode results = run.get("results");
        assertThat(results).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(4);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode result = results.get(i);
            JsonNode problem = expected.get(i);
            assertThat(result.get("ruleId").asString()).isEqualTo(problem.get("code").asString());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(problem.get("code").asString());
            assertThat(result.get("level").asString()).isEqualTo(problem.get("severity").asString());
            assertThat(result.get("message").get("text").asString()).isEqualTo(problem.get("message").asString());
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo(expectedFiles.get(i));
            assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(problem.get("line").asInt());
            assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(problem.get("column").asInt());
            assertThat(result.get("properties").get("pointer").asString()).isEqualTo(problem.get("pointer").asString());
        }
    }

    @Test
    void theLevelsAreErrorWarningAndNote() {
        JsonNode results = sarif(PARTIAL, DELIVERY, BAD_ENUM).get("runs").get(0).get("results");

        assertThat(results.valueStream().map(result -> result.get("level").asString()).toList())
                .containsExactly("warning", "note", "error");
    }

    @Test
    void thereIsOneRulePerCodeReportedSortedByCodeWithItsMeaningAndLevel() {
        JsonNode rules = sarif(PARTIAL, DELIVERY, BAD_ENUM).get("runs").get(0).get("tool").get("driver").get("rules");

        assertThat(rules.valueStream().map(rule -> rule.get("id").asString()).toList())
                .containsExactly("rule.partial-translation", "rule.unchecked-reference", "schema.enum");
        JsonNode enumRule = rules.get(2);
        assertThat(enumRule.get("shortDescription").get("text").asString()).isEqualTo(ProblemCode.SCHEMA_ENUM.meaning());
        assertThat(enumRule.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    }

    @Test
    void theJsonPointerIsALogicalLocationExceptForTheWholeDocument() {
        JsonNode results = sarif(BAD_ENUM, DELIVERY).get("runs").get(0).get("results");

        JsonNode atValue = results.get(0).get("locations").get(0);
        assertThat(atValue.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
                .isEqualTo("/measures/0/direction");
        JsonNode delivery = results.get(1);
        assertThat(delivery.get("properties").get("pointer").asString()).isNotNull();
        if (delivery.get("properties").get("pointer").asString().isEmpty()) {
            assertThat(delivery.get("locations").get(0).has("logicalLocations")).isFalse();
        }
    }

    @Test
    void aProblemThatCoversSeveralValuesListsTheirPointers() {
        JsonNode result = sarif(PARTIAL).get("runs").get(0).get("results").get(0);

        assertThat(result.get("properties").get("related")).hasSize(2);
    }

    @Test
    void aFileThatCannotBeReadIsAnUnreadableResultAtTheFirstLine() {
        String missing = dir.resolve("missing.json").toString();

        PlanRun run = PlanRun.of("validate", "--format", "sarif", missing);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        JsonNode result = JsonMapper.shared().readTree(run.out()).get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo("syntax.unreadable");
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(1);
        assertThat(region.get("startColumn").asInt()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + System.lineSeparator());
    }

    @Test
    void aFileNamedRelativeStaysARelativeUriReference() {
        JsonNode result = sarif(BAD_ENUM).get("runs").get(0).get("results").get(0);

        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
                .isEqualTo(BAD_ENUM);
    }

    @Test
    void aFileNamedAbsoluteIsAFileUriWithItsNamePercentEncoded() throws IOException {
        assertThat(dir.toString()).matches("[A-Za-z0-9/._-]+");
        Path file = Files.copy(Path.of(BAD_ENUM), dir.resolve("my plan: #1 ü.json"));

        JsonNode result = sarif(file.toString()).get("runs").get(0).get("results").get(0);

        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
                .isEqualTo("file://" + dir + "/my%20plan%3A%20%231%20%C3%BC.json");
    }

    @Test
    void aPlansControlCharactersReachTheMessageExactly() throws IOException {
        String text = Files.readString(Path.of(BAD_ENUM), StandardCharsets.UTF_8)
                .replace("\"kpi-1\"", "\"kpi-1\\u001b[31m\\u202e\"");
        Path file = Files.writeString(dir.resolve("escape.json"), text, StandardCharsets.UTF_8);

        PlanRun sarif = PlanRun.of("validate", "--format", "sarif", file.toString());
        PlanRun json = PlanRun.of("validate", "--format", "json", file.toString());

        assertThat(sarif.out()).doesNotContain("\u001b", "\u202e").endsWith("}" + System.lineSeparator());
        assertThat(lines(sarif.out())).isEqualTo(1);
        List<String> sarifMessages = JsonMapper.shared().readTree(sarif.out()).get("runs").get(0).get("results")
                .valueStream().map(result -> result.get("message").get("text").asString()).toList();
        List<String> jsonMessages = JsonMapper.shared().readTree(json.out()).get("files").get(0).get("problems")
                .valueStream().map(problem -> problem.get("message").asString()).toList();
        assertThat(sarifMessages).isEqualTo(jsonMessages).anySatisfy(message -> assertThat(message).contains("\u001b"));
    }

    @Test
    void theSameFilesGiveTheSameBytes() {
        String[] files = {PARTIAL, DELIVERY, BAD_ENUM};

        assertThat(PlanRun.of(prepend("--format", "sarif", files)).out())
                .isEqualTo(PlanRun.of(prepend("--format", "sarif", files)).out());
    }

    @Test
    void theExitCodesAreThoseOfTheTextReport() {
        assertThat(PlanRun.of("validate", "--format", "sarif", BAD_ENUM).exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(PlanRun.of("validate", "--format", "sarif", PARTIAL).exitCode()).isEqualTo(ExitCodes.VALID);
        assertThat(PlanRun.of("validate", "--format", "sarif", "--strict", PARTIAL).exitCode())
                .isEqualTo(ExitCodes.INVALID);
    }

    private static JsonNode sarif(String... files) {
        PlanRun run = PlanRun.of(prepend("--format", "sarif", files));
        assertThat(run.err()).isEmpty();
        return JsonMapper.shared().readTree(run.out());
    }

    private static String[] prepend(String option, String value, String... files) {
        List<String> arguments = new ArrayList<>(List.of("validate", option, value));
        arguments.addAll(List.of(files));
        return arguments.toArray(String[]::new);
    }

    private static long lines(String text) {
        return text.lines().count();
    }
}
