package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.QuarterReport;
import java.time.LocalDate;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThurrockSummaryTest {
    private final List<String> lines = ThurrockSummary.summary(ExamplePlans.thurrock()).lines().toList();

    @Test
    void startsWithTitleOrganisationPeriodAndEdition() {
        assertThat(lines).startsWith(
                "A fresh start for Thurrock",
                "Thurrock Council, 2024 to 2029",
                "Edition: 2025 refresh, adopted on 2025-10-22 (supersedes 2024)");
    }

    @Test
    void namesThePlansOtherNameAndWhoOverseesIt() {
        assertThat(lines).containsSubsequence(
                "Edition: 2025 refresh, adopted on 2025-10-22 (supersedes 2024)",
                "Also known as: Corporate and Improvement Plan",
                "Overseen by: Senior Leadership Team");
    }

    @Test
    void countsWhatEachThemeHolds() {
        assertThat(lines).contains(
                "1 Enabling: 11 outcomes, 3 priorities, 11 deliverables, 3 commitments",
                "2 People: 0 outcomes, 0 priorities, 0 deliverables, 3 commitments",
                "3 Place: 8 outcomes, 3 priorities, 8 deliverables, 3 commitments");
    }

    @Test
    void listsEachDeliverableUnderItsPriority() {
        assertThat(lines).containsSubsequence(
                "  1.2 Modernise and digitise services so they are accessible, financially sustainable and fit for"
                        + " the future",
                "    1.2.2 Innovate our services through digital efficiencies",
                "  1.3 Develop a new culture of listening to our community and enabling our partners");
    }

    @Test
    void rejectsANullPlan() {
        assertThatNullPointerException().isThrownBy(() -> ThurrockSummary.summary(null));
    }

    @Test
    void mainPrintsTheValidationVerdictTheSummaryTheTraceAndTheGaps() throws java.io.IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ThurrockSummary.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        PlanIndex index = PlanIndex.of(ExamplePlans.thurrock());
        String nl = System.lineSeparator();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
                ThurrockSummary.validation(thurrockReport()) + nl + ThurrockSummary.summary(ExamplePlans.thurrock()) + nl
                        + ThurrockSummary.trace(index, ElementId.of("d-1.2.2")) + nl
                        + ThurrockSummary.gaps(PlanGaps.of(index, LocalDate.now())) + nl
                        + ThurrockSummary.performance(QuarterReport.of(index, ThurrockSummary.REPORTED)));
    }

    @Test
    void performanceCountsTheMeasuresInEachStateAndShowsEachWithItsTargetInForce() {
        PlanIndex index = PlanIndex.of(ExamplePlans.thurrock());
        String nl = System.lineSeparator();

        assertThat(ThurrockSummary.performance(QuarterReport.of(index, ThurrockSummary.REPORTED))).isEqualTo(
                "Performance in 2025/26 Q3, as at 2025-12-31: 1 amber, 2 green, 1 data awaited" + nl
                        + "  Service requests made online: amber (59.1 against 60, adopted as 62)" + nl
                        + "  Council tax collected in the year: green (82.9 against 83.5), set by hand" + nl
                        + "  Household waste sent for reuse, recycling or composting: green (39.6 against 39)" + nl
                        + "  Average working days to clear reported fly-tipping: data awaited" + nl);
    }

    @Test
    void traceLeadsFromTheDeliverableThroughItsPriorityToTheEnablingTheme() {
        String trace = ThurrockSummary.trace(PlanIndex.of(ExamplePlans.thurrock()), ElementId.of("d-1.2.2"));

        assertThat(trace.lines()).containsExactly(
                "Trace of 1.2.2 Innovate our services through digital efficiencies:",
                "  priority 1.2 Modernise and digitise services so they are accessible, financially sustainable and fit"
                        + " for the future > theme 1 Enabling > plan A fresh start for Thurrock",
                "  serves 11 outcomes: its theme's, by containment (the plan links no deliverable to an outcome"
                        + " explicitly)");
    }

    @Test
    void gapsAreCountedByKindWithTheNumbersOfTheElements() {
        String gaps = ThurrockSummary.gaps(PlanGaps.of(PlanIndex.of(ExamplePlans.thurrock()), LocalDate.of(2026, 1, 1)));

        assertThat(gaps.lines()).hasSize(5).first().isEqualTo("Gaps as of 2026-01-01: 58");
        assertThat(gaps.lines()).element(1).asString()
                .startsWith("  work without an owner (19): 1.1.1, 1.1.2, 1.1.3, 1.2.1,");
    }

    @Test
    void thurrockPlanValidatesWithoutErrors() throws java.io.IOException {
        assertThat(ThurrockSummary.validation(thurrockReport()))
                .startsWith("Validated " + ExamplePlans.THURROCK_RESOURCE + ": valid, 0 errors, ");
    }

    @Test
    void validationListsEachProblemOnItsOwnLine() {
        ValidationReport report = PlanValidator.create().validate("{\"schemaVersion\": 1}", DocumentFormat.JSON);

        assertThat(ThurrockSummary.validation(report).lines())
                .hasSize(1 + report.problems().size())
                .first().asString().contains("invalid");
    }

    private static ValidationReport thurrockReport() throws java.io.IOException {
        return PlanValidator.create().validate(Path.of("src/main/resources/" + ExamplePlans.THURROCK_RESOURCE));
    }
}
