package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void mainPrintsTheSummary() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ThurrockSummary.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .isEqualTo(ThurrockSummary.summary(ExamplePlans.thurrock()));
    }
}
