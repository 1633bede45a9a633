package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.github.councilplan.schema.DocumentFormat;
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
    void mainPrintsTheValidationVerdictThenTheSummary() throws java.io.IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ThurrockSummary.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
                ThurrockSummary.validation(thurrockReport()) + System.lineSeparator()
                        + ThurrockSummary.summary(ExamplePlans.thurrock()));
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
