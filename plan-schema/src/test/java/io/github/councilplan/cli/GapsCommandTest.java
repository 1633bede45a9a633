package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan gaps}, run in this process. */
class GapsCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String THURROCK = PlanRun.THURROCK.toString();
    private static final String STRATEGY = "src/test/resources/fixtures/valid-strategy.json";
    private static final String DELIVERY = "src/test/resources/fixtures/valid-delivery-plan.json";

    @TempDir
    Path dir;

    @Test
    void textStartsWithTheTotalThenTheCountOfEveryKind() {
        PlanRun run = PlanRun.of("gaps", "--as-of", "2026-01-01", THURROCK);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("58 gaps in " + THURROCK + " as of 2026-01-01" + NL
                + "  outcome-unsupported              0" + NL
                + "  work-serves-no-outcome           0" + NL
                + "  work-without-owner              19" + NL
                + "  work-without-milestone          19" + NL
                + "  work-without-measure            19" + NL
                + "  priority-without-deliverables    0" + NL
                + "  principle-unreflected            0" + NL
                + "  measure-without-target           0" + NL
                + "  measure-without-recent-actual    1" + NL + NL
                + "work-without-owner (19): work without an owner" + NL);
    }

    @Test
    void textListsEachGapUnderItsKind() {
        PlanRun run = PlanRun.of("gaps", "--as-of", "2026-01-01", THURROCK);

        assertThat(run.out().lines()).containsSubsequence(
                "work-without-milestone (19): work without a milestone",
                "  deliverable 1.1.1 has no milestones");
    }

    @Test
    void jsonHasTheDateTheTotalEveryCountAndEachGapWithItsElement() {
        PlanRun run = PlanRun.of("gaps", "--format", "json", "--as-of", "2026-01-01", THURROCK);

        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("file").asString()).isEqualTo(THURROCK);
        assertThat(json.get("asOf").asString()).isEqualTo("2026-01-01");
        assertThat(json.get("total").asInt()).isEqualTo(58);
        assertThat(json.get("counts").propertyNames()).hasSize(9).contains("outcome-unsupported",
                "principle-unreflected");
        assertThat(json.get("counts").get("work-without-owner").asInt()).isEqualTo(19);
        assertThat(json.get("gaps")).hasSize(58);
        JsonNode first = json.get("gaps").get(0);
        assertThat(first.get("code").asString()).isEqualTo("work-without-owner");
        assertThat(first.get("element").get("id").asString()).isEqualTo("d-1.1.1");
        assertThat(first.get("message").asString()).startsWith("deliverable 1.1.1 ");
    }

    @Test
    void jsonNamesEachGapsElementAsTheTextOutputDoesWithItsLevel() {
        PlanRun run = PlanRun.of("gaps", "--format", "json", "--as-of", "2026-01-01",
                "src/test/resources/fixtures/valid-lettered-priorities-in-each-objective.json");

        JsonNode element = JsonMapper.shared().readTree(run.out()).get("gaps").get(0).get("element");
        assertThat(element.propertyNames()).containsExactly("id", "kind", "level", "number", "name", "label");
        assertThat(element.get("level").asString()).isEqualTo("Deliverable");
        assertThat(element.get("name").asString()).isEqualTo("Strategic objective 2.1 › Priority A › Deliverable A.1");
    }

    @Test
    void anOutcomeServedOnlyByARelatedPlansWorkIsAGapUnlessThatPlanIsGiven() {
        PlanRun alone = PlanRun.of("gaps", "--format", "json", "--as-of", "2026-01-01", STRATEGY);
        PlanRun together = PlanRun.of("gaps", "--format", "json", "--as-of", "2026-01-01", STRATEGY, "--with",
                DELIVERY);

        JsonNode without = JsonMapper.shared().readTree(alone.out());
        JsonNode with = JsonMapper.shared().readTree(together.out());
        assertThat(without.get("counts").get("outcome-unsupported").asInt()).isEqualTo(1);
        assertThat(without.get("gaps").get(0).get("element").get("id").asString()).isEqualTo("s-o2");
        assertThat(with.get("counts").get("outcome-unsupported").asInt()).isZero();
        assertThat(with.get("total").asInt()).isEqualTo(without.get("total").asInt() - 1);
        assertThat(with.get("file").asString()).isEqualTo(STRATEGY);
    }

    @Test
    void workThatServesARelatedPlansOutcomesServesAnOutcomeWhenThatPlanIsGiven() {
        PlanRun alone = PlanRun.of("gaps", "--as-of", "2026-01-01", DELIVERY);
        PlanRun together = PlanRun.of("gaps", "--as-of", "2026-01-01", DELIVERY, "--with", STRATEGY);

        assertThat(alone.out()).contains("  work-serves-no-outcome           3" + NL)
                .contains("  deliverable 1.1 serves no outcome");
        assertThat(together.exitCode()).isZero();
        assertThat(together.out()).startsWith("6 gaps in " + DELIVERY + " as of 2026-01-01" + NL)
                .contains("  work-serves-no-outcome           0" + NL)
                .doesNotContain("serves no outcome:");
    }

    @Test
    void gapsAreThoseOfTheFirstPlanOnly() {
        PlanRun run = PlanRun.of("gaps", "--format", "json", "--as-of", "2026-01-01", DELIVERY, "--with", STRATEGY);

        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("gaps").values()).extracting(gap -> gap.get("element").get("id").asString())
                .allSatisfy(id -> assertThat(id).startsWith("a-"));
    }

    @Test
    void aRelatedPlanThatIsInvalidIsReportedAndExitsOne() {
        PlanRun run = PlanRun.of("gaps", DELIVERY, "--with", "src/test/resources/fixtures/invalid-bad-id.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("invalid-bad-id.json:").contains("schema.pattern");
    }

    @Test
    void strictExitsOneWhenThePlanHasGaps() {
        PlanRun run = PlanRun.of("gaps", "--strict", THURROCK);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(" gaps in ");
    }

    @Test
    void aDateThatDoesNotParseIsAUsageError() {
        PlanRun run = PlanRun.of("gaps", "--as-of", "1/1/2026", THURROCK);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expected a date as YYYY-MM-DD but was '1/1/2026'");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    /** Only the documented form: ISO's signed and longer years, and impossible dates, are refused. */
    @ParameterizedTest
    @ValueSource(strings = {"-2025-01-01", "+2025-01-01", "+12025-01-01", "-0001-01-01", "2025-1-1", "2025-02-30",
        "20250101", "2025-01-01T00:00", " 2025-01-01", "2025-01-01\n", "\u0662\u0660\u0662\u0665-01-01"})
    void aDateNotWrittenYyyyMmDdIsAUsageError(String date) {
        PlanRun run = PlanRun.of("gaps", "--as-of", date, THURROCK);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("expected a date as YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anInvalidDocumentIsReportedAndExitsOne() {
        PlanRun run = PlanRun.of("gaps", "src/test/resources/fixtures/invalid-bad-id.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("schema.pattern");
    }

    @Test
    void aMissingFileExitsTwoWithoutAStackTrace() {
        PlanRun run = PlanRun.of("gaps", dir.resolve("nothing.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("plan: " + dir.resolve("nothing.json") + ": cannot read: ");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    // ---- --national-metrics

    /** Three outcomes: one whose work a measure with an LG Inform metric evidences, one evidenced
     * by a measure with only the council's own metric, one without measures. */
    private static final String METRICS_PLAN = """
            {"schemaVersion": "0.2", "id": "plan", "title": "Our plan", "organisation": {"name": "Example Council"},
             "period": {"start": "2025/26", "end": "2028/29"},
             "themes": [{"id": "t1", "number": "1", "name": "Place",
               "outcomes": [{"id": "o1", "number": "1.1", "statement": "Clean streets"},
                            {"id": "o2", "number": "1.2", "statement": "Busy libraries"},
                            {"id": "o3", "number": "1.3", "statement": "Safe parks"}],
               "priorities": [{"id": "p1", "number": "1.4", "title": "Streets", "owners": ["own1"],
                 "deliverables": [{"id": "d1", "number": "1.4.1", "title": "Sweep more",
                   "milestones": [{"id": "m1", "title": "New rounds", "due": "2026-03-31"}]}]}]}],
             "measures": [
               {"id": "kpi-litter", "name": "Streets free of litter", "direction": "higherIsBetter",
                "targets": [{"value": 90}], "metrics": [{"scheme": "lgInform", "id": "90004"}]},
               {"id": "kpi-loans", "name": "Library loans", "direction": "higherIsBetter",
                "targets": [{"value": 5000}], "metrics": [{"scheme": "ours", "id": "LIB-1"}]}],
             "owners": [{"id": "own1", "name": "Director of Place"}],
             "links": [{"from": "d1", "kind": "contributesTo", "to": "o1"},
                       {"from": "kpi-litter", "kind": "evidences", "to": "d1"},
                       {"from": "kpi-loans", "kind": "evidences", "to": "o2"}]}
            """;

    private String metricsPlan() throws java.io.IOException {
        Path file = dir.resolve("metrics.json");
        java.nio.file.Files.writeString(file, METRICS_PLAN);
        return file.toString();
    }

    @Test
    void withoutTheOptionOutcomesWithoutNationalMetricsAreNotChecked() throws Exception {
        PlanRun run = PlanRun.of("gaps", "--as-of", "2026-01-01", metricsPlan());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("national");
    }

    @Test
    void nationalMetricsListsTheOutcomesWhoseMeasuresIncludeNone() throws Exception {
        PlanRun run = PlanRun.of("gaps", "--national-metrics", "--as-of", "2026-01-01", metricsPlan());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).contains("  outcome-without-national-metric    2").containsSubsequence(
                "outcome-without-national-metric (2): outcomes whose measures include no national metric",
                "  outcome 1.2 has no national metric among its 1 measure",
                "  outcome 1.3 has no measure, so no national metric");
        assertThat(run.out()).doesNotContain("outcome 1.1 has");
    }

    @Test
    void nationalMetricsCountsTheKindInJson() throws Exception {
        PlanRun run = PlanRun.of("gaps", "--national-metrics", "--format", "json", "--as-of", "2026-01-01",
                metricsPlan());

        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("counts").get("outcome-without-national-metric").asInt()).isEqualTo(2);
        assertThat(json.get("counts").propertyNames()).hasSize(10);
    }
}
