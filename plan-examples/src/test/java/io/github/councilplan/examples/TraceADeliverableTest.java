package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.trace.PlanIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceADeliverableTest {
    private final List<String> lines =
            TraceADeliverable.trace(PlanIndex.of(ExamplePlans.thurrock()), ElementId.of("d-1.2.2")).lines().toList();

    @Test
    void pathNamesThePriorityTheThemeAndThePlan() {
        assertThat(lines).containsSubsequence(
                "Where Deliverable 1.2.2: Innovate our services through digital efficiencies sits:",
                "  Deliverable 1.2.2: Innovate our services through digital efficiencies",
                "  Priority 1.2: Modernise and digitise services so they are accessible, financially sustainable and"
                        + " fit for the future",
                "  Theme 1: Enabling",
                "  Plan: A fresh start for Thurrock");
    }

    @Test
    void outcomesAreServedByContainmentBecauseThurrockGivesNoLinks() {
        assertThat(lines).contains("Outcomes it serves (11):",
                "  Outcome: robust internal oversight, political and senior leadership, decision making and governance"
                        + " frameworks  [by containment]");
    }

    @Test
    void listsEveryDeliverableOfTheThemeAsTheWorkServingItsFirstOutcome() {
        assertThat(lines).contains("  Deliverable 1.2.2: Innovate our services through digital efficiencies  [by containment]")
                .anyMatch(line -> line.startsWith("Work serving Outcome: robust internal oversight")
                        && line.endsWith("(11):"));
    }
}
