package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.ChangeKind;
import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.Plan;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Between Thurrock's plan and a next edition with one deliverable removed, one reworded and one
 * added, the diff reports those three changes and nothing else.
 */
class ThurrockEditionDiffTest {
    private final Plan thurrock = ExamplePlans.thurrock();

    private Plan nextEdition() {
        return CompareEditions.nextEdition(thurrock);
    }

    @Test
    void theDiffReportsTheRemovedRewordedAndAddedDeliverablesAndNothingElse() {
        PlanDiff diff = PlanDiff.between(thurrock, nextEdition());

        assertThat(diff.changes().stream().map(Change::toString).collect(Collectors.toList())).containsExactly(
                "reworded deliverable 1.2.2: \"Innovate our services through digital efficiencies\" -> "
                        + "\"Innovate our services through digital efficiencies and artificial intelligence\"",
                "removed deliverable 1.2.4: "
                        + "\"Prepare for new a Strategic Authority and new unitary councils for Greater Essex\"",
                "added deliverable 1.3.5: \"Open community hubs in every locality\"");
    }

    @Test
    void eachOfTheThreeNamesItsDeliverable() {
        PlanDiff diff = PlanDiff.between(thurrock, nextEdition());

        assertThat(diff.changes()).extracting(Change::kind, change -> change.newerId().or(change::olderId).orElseThrow().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REWORDED, "d-1.2.2"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "d-1.2.4"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "d-1.3.5"));
        assertThat(diff).hasToString("3 changes: 1 added, 1 removed, 1 reworded");
    }

    @Test
    void theExamplePrintsTheCountThenOneLinePerChange() {
        assertThat(CompareEditions.describe(PlanDiff.between(thurrock, nextEdition())).lines())
                .hasSize(4)
                .first().isEqualTo("3 changes: 1 added, 1 removed, 1 reworded");
    }

    @Test
    void thurrocksPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(thurrock, ExamplePlans.thurrock()).isEmpty()).isTrue();
    }

    @Test
    void theFictionalPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(ExamplePlans.fictional(), ExamplePlans.fictional()).isEmpty()).isTrue();
    }
}
