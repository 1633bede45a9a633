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
        assertThat(run.out()).startsWith("57 gaps in " + THURROCK + " as of 2026-01-01" + NL
                + "  outcome-unsupported              0" + NL
                + "  work-serves-no-outcome           0" + NL
                + "  work-without-owner              19" + NL
                + "  work-without-milestone          19" + NL
                + "  work-without-measure            19" + NL
                + "  priority-without-deliverables    0" + NL
                + "  principle-unreflected            0" + NL
                + "  measure-without-target           0" + NL
                + "  measure-without-recent-actual    0" + NL + NL
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
        assertThat(json.get("total").asInt()).isEqualTo(57);
        assertThat(json.get("counts").propertyNames()).hasSize(9).contains("outcome-unsupported",
                "principle-unreflected");
        assertThat(json.get("counts").get("work-without-owner").asInt()).isEqualTo(19);
        assertThat(json.get("gaps")).hasSize(57);
        JsonNode first = json.get("gaps").get(0);
        assertThat(first.get("code").asString()).isEqualTo("work-without-owner");
        assertThat(first.get("element").get("id").asString()).isEqualTo("d-1.1.1");
        assertThat(first.get("message").asString()).startsWith("deliverable 1.1.1 ");
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
}
