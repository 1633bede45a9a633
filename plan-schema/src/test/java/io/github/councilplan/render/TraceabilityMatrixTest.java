package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.deliverable;
import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.objective;
import static io.github.councilplan.render.RenderPlans.outcome;
import static io.github.councilplan.render.RenderPlans.priority;
import static io.github.councilplan.render.RenderPlans.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanIndex;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The matrix of leaf work against outcomes, cell by cell. */
class TraceabilityMatrixTest {
    private final TraceabilityMatrix matrix = TraceabilityMatrix.of(RenderPlans.small());

    @Test
    void rowsAreTheDeliverablesAndColumnsTheOutcomesInDocumentOrder() {
        assertThat(ids(matrix.work())).containsExactly("d-1.1.1", "d-1.1.2", "d-2.1.1");
        assertThat(ids(matrix.outcomes())).containsExactly("o-1", "o-2", "o-3");
    }

    @Test
    void eachCellIsTheBasisOnWhichTheWorkServesTheOutcome() {
        assertThat(matrix.basis(id("d-1.1.1"), id("o-1"))).contains(Basis.CONTAINMENT);
        assertThat(matrix.basis(id("d-1.1.1"), id("o-2"))).contains(Basis.CONTAINMENT);
        assertThat(matrix.basis(id("d-1.1.1"), id("o-3"))).isEmpty();
        assertThat(matrix.basis(id("d-1.1.2"), id("o-1"))).isEmpty();
        assertThat(matrix.basis(id("d-1.1.2"), id("o-2"))).contains(Basis.LINK);
        assertThat(matrix.basis(id("d-2.1.1"), id("o-3"))).contains(Basis.CONTAINMENT);
    }

    @Test
    void aPlanThatStopsAtPrioritiesHasAPriorityPerRow() {
        TraceabilityMatrix stopsAtPriorities = TraceabilityMatrix.of(PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean").build(),
                                priority("p-1.2", "1.2", "Fix roads").build())
                        .build())
                .build()));

        assertThat(ids(stopsAtPriorities.work())).containsExactly("p-1.1", "p-1.2");
        assertThat(stopsAtPriorities.basis(id("p-1.2"), id("o-1"))).contains(Basis.CONTAINMENT);
    }

    @Test
    void anObjectiveWithNoWorkBelowItIsARowAndOneWithWorkIsNot() {
        TraceabilityMatrix objectives = TraceabilityMatrix.of(PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addObjectives(objective("ob-1", "1.1", "Clean up").build(),
                                objective("ob-2", "1.2", "Green up")
                                        .addPriorities(priority("p-A", "A", "Plant trees").build())
                                        .build())
                        .build())
                .build()));

        assertThat(ids(objectives.work())).containsExactly("ob-1", "p-A");
    }

    @Test
    void deliverablesStraightUnderAThemeAreRowsBesideThoseUnderPriorities() {
        TraceabilityMatrix mixed = TraceabilityMatrix.of(PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1", "Sweep more")).build())
                        .addDeliverables(deliverable("d-1", "1.2", "We will open two hubs"))
                        .build())
                .build()));

        assertThat(ids(mixed.work())).containsExactly("d-1.1.1", "d-1");
        assertThat(mixed.basis(id("d-1"), id("o-1"))).contains(Basis.CONTAINMENT);
    }

    @Test
    void outcomesAtEveryLevelAreColumnsInDocumentOrderAndWorkServesThoseItHolds() {
        TraceabilityMatrix levels = TraceabilityMatrix.of(PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-theme", "1", "a clean place"))
                        .addObjectives(objective("ob-1", "1.1", "Clean up")
                                .addOutcomes(outcome("o-objective", "2", "clean streets"))
                                .addPriorities(priority("p-A", "A", "Sweep")
                                        .addOutcomes(outcome("o-priority", "3", "swept pavements"))
                                        .addDeliverables(Deliverable.builder().id(id("d-1"))
                                                .number(DisplayNumber.of("A.1")).title(Text.of("Buy sweepers"))
                                                .addOutcomes(outcome("o-deliverable", "4", "new sweepers")).build())
                                        .addDeliverables(deliverable("d-2", "A.2", "Hire crews"))
                                        .build())
                                .build())
                        .build())
                .build()));

        assertThat(ids(levels.outcomes())).containsExactly("o-theme", "o-objective", "o-priority", "o-deliverable");
        assertThat(levels.basis(id("d-1"), id("o-deliverable"))).contains(Basis.CONTAINMENT);
        assertThat(levels.basis(id("d-2"), id("o-deliverable"))).isEmpty();
        assertThat(levels.basis(id("d-2"), id("o-priority"))).contains(Basis.CONTAINMENT);
        assertThat(levels.basis(id("d-2"), id("o-objective"))).contains(Basis.CONTAINMENT);
        assertThat(levels.basis(id("d-2"), id("o-theme"))).contains(Basis.CONTAINMENT);
    }

    @Test
    void outcomesOfARelatedPlanAreNotColumnsEvenWhenTheirIdsAreThePlansOwn() {
        Plan strategy = emptyPlan().id(id("strategy"))
                .addThemes(theme("t-s", "1", "Strategy").addOutcomes(outcome("o-1", "1.1", "a thriving town")).build())
                .build();
        Plan delivery = emptyPlan().id(id("delivery"))
                .addRelatedPlans(RelatedPlan.of(id("strategy"), PlanRelation.DELIVERS))
                .addThemes(theme("t-1", "1", "Delivery")
                        .addOutcomes(outcome("o-1", "1.1", "busier shops"), outcome("o-2", "1.2", "more visitors"))
                        .addDeliverables(deliverable("a-1", "1.1", "Run a market"))
                        .build())
                .addLinks(Link.builder().from(id("a-1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-1"))
                        .toPlan(id("strategy")).build())
                .build();

        TraceabilityMatrix linked = TraceabilityMatrix.of(PlanIndex.of(delivery, List.of(strategy)));

        assertThat(ids(linked.outcomes())).containsExactly("o-1", "o-2");
        assertThat(linked.basis(id("a-1"), id("o-1"))).as("the plan's own o-1, which a-1 does not link to").isEmpty();
        assertThat(linked.basis(id("a-1"), id("o-2"))).isEmpty();
    }

    @Test
    void aCellOutsideTheMatrixIsRefused() {
        assertThatThrownBy(() -> matrix.basis(id("o-1"), id("o-1"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no leaf work with id 'o-1' in the matrix");
        assertThatThrownBy(() -> matrix.basis(id("p-1.1"), id("o-1"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no leaf work with id 'p-1.1' in the matrix");
        assertThatThrownBy(() -> matrix.basis(id("d-1.1.1"), id("d-1.1.1"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no outcome with id 'd-1.1.1' in the matrix");
    }

    private static List<String> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(PlanElement::id).map(ElementId::toString).toList();
    }
}
