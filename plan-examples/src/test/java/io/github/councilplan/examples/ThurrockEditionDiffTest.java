package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.ChangeKind;
import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Between Thurrock's plan and a next edition with one deliverable removed, one reworded and one
 * added, the diff reports those three changes and nothing else.
 */
class ThurrockEditionDiffTest {
    private final Plan thurrock = ExamplePlans.thurrock();

    /** A copy of the plan in which one priority's deliverables are edited. */
    private static Plan withDeliverables(Plan plan, String priorityId, UnaryOperator<List<Deliverable>> edit) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            List<Priority> priorities = new ArrayList<>();
            for (Priority priority : theme.priorities()) {
                priorities.add(priority.id().value().equals(priorityId)
                        ? Priority.builder().from(priority)
                                .deliverables(edit.apply(new ArrayList<>(priority.deliverables()))).build()
                        : priority);
            }
            themes.add(Theme.builder().from(theme).priorities(priorities).build());
        }
        return Plan.builder().from(plan).themes(themes).build();
    }

    private static Deliverable reworded(Deliverable deliverable, String title) {
        return Deliverable.builder().from(deliverable).title(Text.of(title)).build();
    }

    private Plan nextEdition() {
        Plan edited = withDeliverables(thurrock, "p-1.2", deliverables -> {
            deliverables.removeIf(d -> d.id().value().equals("d-1.2.4"));
            deliverables.replaceAll(d -> d.id().value().equals("d-1.2.2")
                    ? reworded(d, "Innovate our services through digital efficiencies and artificial intelligence")
                    : d);
            return deliverables;
        });
        return withDeliverables(edited, "p-1.3", deliverables -> {
            deliverables.add(Deliverable.builder()
                    .id(ElementId.of("d-1.3.5"))
                    .number(DisplayNumber.of("1.3.5"))
                    .title(Text.of("Open community hubs in every locality"))
                    .build());
            return deliverables;
        });
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
    void thurrocksPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(thurrock, ExamplePlans.thurrock()).isEmpty()).isTrue();
    }

    @Test
    void theFictionalPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(ExamplePlans.fictional(), ExamplePlans.fictional()).isEmpty()).isTrue();
    }
}
