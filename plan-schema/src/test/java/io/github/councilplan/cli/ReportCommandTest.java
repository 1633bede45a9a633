package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan report}: a committee's report on a plan for a period. */
class ReportCommandTest {
    /** A fictional plan with quarterly actuals for 2025/26 Q1 and Q2, relative to plan-schema's directory. */
    private static final String DISTRICT =
            "../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-district-delivery-plan.json";
    private static final String INVALID = "src/test/resources/fixtures/invalid-bad-enum.json";

    @TempDir
    Path folder;

    @Test
    void markdownIsTheDefaultFormat() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("# Riverford Annual Delivery Plan 2025/26: performance report for 2025/26 Q2")
                .contains("As at 2025-09-30, against the targets in force on that day.")
                .contains("## Ambition 3: A clean and green district")
                .contains("| Red | Amber | Green | No target set | Data awaited | Not applicable | Not rated |");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void csvHasAHeaderRowAndARowPerThemeAndMeasure() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out().split("\r?\n")).hasSize(4);
        assertThat(run.out()).startsWith("Theme,Measure,Unit,Actual,Target in force,Adopted target,State,Overridden,"
                + "Override reason,Forecast,Forecast state,Trend,Commentary");
    }

    @Test
    void htmlIsAWholePage() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--format", "html");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<caption>").contains("<th scope=\"col\">Red</th>")
                .endsWith("</html>\n");
    }

    @Test
    void theReportingDateIsShown() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--as-at", "2025-11-12");

        assertThat(run.out()).contains("As at 2025-11-12,");
    }

    @Test
    void outputWritesTheFileAndNothingToStandardOutput() throws IOException {
        Path out = folder.resolve("q2.md");

        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2").out());
    }

    @Test
    void aPeriodInAnotherFormIsAUsageErrorThatShowsTheForms() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "Q2 2025");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("'Q2 2025' is not a reporting period").contains("a quarter '2025/26 Q2'")
                .contains("Usage: plan report");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void anImpossibleQuarterIsAUsageError() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q5");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("'2025/26 Q5' is not a reporting period");
    }

    @Test
    void withoutAPeriodItIsAUsageError() {
        PlanRun run = PlanRun.of("report", DISTRICT);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("Missing required option: '--period=PERIOD'");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--format", "mermaid");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("expected markdown or csv or html but was 'mermaid'");
    }

    @Test
    void aDateInAnotherFormIsAUsageError() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--as-at", "12/11/2025");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("expected a date as YYYY-MM-DD but was '12/11/2025'");
    }

    @Test
    void anInvalidPlanIsReportedWithItsProblemsAndNoReport() {
        PlanRun run = PlanRun.of("report", INVALID, "--period", "2025/26 Q2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(INVALID).contains("error");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadExitsWithTwo() {
        PlanRun run = PlanRun.of("report", "no-such-plan.json", "--period", "2025/26 Q2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("no-such-plan.json: cannot read");
    }
}
