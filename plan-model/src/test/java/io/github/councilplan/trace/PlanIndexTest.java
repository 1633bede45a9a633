package io.github.councilplan.trace;

import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.ids;
import static io.github.councilplan.trace.TracePlans.link;
import static io.github.councilplan.trace.TracePlans.tracedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PlanIndexTest {
    private final PlanIndex index = PlanIndex.of(TracePlans.twoThemes());

    @Test
    void sizeCountsEveryElementAndThePlan() {
        assertThat(index.size()).isEqualTo(index.plan().elements().size()).isEqualTo(15);
    }

    @Test
    void findsAnElementById() {
        assertThat(index.find(id("d-1.1.2"))).get().extracting(PlanElement::describe).isEqualTo("deliverable 1.1.2");
    }

    @Test
    void findIsEmptyForAnUnknownId() {
        assertThat(index.find(id("nowhere"))).isEmpty();
    }

    @Test
    void getNamesThePlanAndTheIdWhenTheIdIsUnknown() {
        assertThatThrownBy(() -> index.get(id("nowhere")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("plan 'plan' has no element with id 'nowhere'");
    }

    @Test
    void typedGetRefusesAnElementOfAnotherType() {
        assertThatThrownBy(() -> index.get(id("d-1.1.1"), Outcome.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id 'd-1.1.1' names deliverable 1.1.1, not a Outcome");
    }

    @Test
    void withNumberFindsTheElementsPrintedWithIt() {
        assertThat(ids(index.withNumber(DisplayNumber.of("2.1")))).containsExactly("p-2.1");
        assertThat(index.withNumber(DisplayNumber.of("9.9"))).isEmpty();
    }

    @Test
    void ofKindListsElementsInDocumentOrder() {
        assertThat(ids(index.ofKind(ElementKind.DELIVERABLE))).containsExactly("d-1.1.1", "d-1.1.2", "d-2.1.1");
        assertThat(index.ofKind(ElementKind.COMMITMENT)).isEmpty();
    }

    @Test
    void thePlanHasNoParent() {
        assertThat(index.parent(id("plan"))).isEmpty();
    }

    @Test
    void parentIsTheContainingElement() {
        assertThat(index.parent(id("m-1"))).get().extracting(PlanElement::id).isEqualTo(id("d-2.1.1"));
    }

    @Test
    void childrenAreInDocumentOrder() {
        assertThat(ids(index.children(id("t-1")))).containsExactly("o-1", "o-2", "p-1.1");
    }

    @Test
    void pathRunsFromTheElementUpToThePlan() {
        assertThat(ids(index.path(id("m-1")))).containsExactly("m-1", "d-2.1.1", "p-2.1", "t-2", "plan");
    }

    @Test
    void pathOfThePlanIsThePlanAlone() {
        assertThat(ids(index.path(id("plan")))).containsExactly("plan");
    }

    @Test
    void themeIsTheContainingTheme() {
        assertThat(index.theme(id("m-1"))).get().extracting(PlanElement::id).isEqualTo(id("t-2"));
        assertThat(index.theme(id("t-1"))).get().extracting(PlanElement::id).isEqualTo(id("t-1"));
    }

    @Test
    void elementsOutsideThemesHaveNoTheme() {
        assertThat(index.theme(id("k-1"))).isEmpty();
        assertThat(index.theme(id("plan"))).isEmpty();
    }

    @Test
    void linksFromListsEveryKindInPlanOrder() {
        assertThat(index.linksFrom(id("d-1.1.1"))).containsExactly(
                link("d-1.1.1", LinkKind.CONTRIBUTES_TO, "o-3"), link("d-1.1.1", LinkKind.INVOLVES, "pa-1"));
    }

    @Test
    void linksFromOfOneKindLeavesOtherKindsOut() {
        assertThat(index.linksFrom(id("d-1.1.1"), LinkKind.INVOLVES)).containsExactly(link("d-1.1.1", LinkKind.INVOLVES, "pa-1"));
        assertThat(index.linksFrom(id("d-1.1.1"), LinkKind.REFLECTS)).isEmpty();
    }

    @Test
    void linksToListsTheLinksEndingAtTheElement() {
        assertThat(index.linksTo(id("o-3"), LinkKind.CONTRIBUTES_TO)).containsExactly(
                link("d-1.1.1", LinkKind.CONTRIBUTES_TO, "o-3"), link("p-2.1", LinkKind.CONTRIBUTES_TO, "o-3"));
        assertThat(index.linksTo(id("o-1"))).containsExactly(link("k-1", LinkKind.EVIDENCES, "o-1"));
    }

    @Test
    void linkQueriesRefuseAnUnknownId() {
        assertThatThrownBy(() -> index.linksTo(id("nowhere"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> index.linksFrom(id("nowhere"), LinkKind.EVIDENCES))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aDeliverableLinkedToAnOutcomeServesItByLink() {
        List<Traced<Outcome>> served = index.outcomesServedBy(id("d-1.1.1"));

        assertThat(tracedIds(served)).containsExactly("o-3 LINK");
        assertThat(served.get(0).route()).containsExactly(link("d-1.1.1", LinkKind.CONTRIBUTES_TO, "o-3"));
    }

    @Test
    void aPriorityLinkServesTheOutcomeForEachOfItsDeliverables() {
        List<Traced<Outcome>> served = index.outcomesServedBy(id("d-2.1.1"));

        assertThat(tracedIds(served)).containsExactly("o-3 LINK");
        assertThat(served.get(0).route()).containsExactly(link("p-2.1", LinkKind.CONTRIBUTES_TO, "o-3"));
    }

    @Test
    void aDeliverableWithoutAnyRouteServesItsThemesOutcomesByContainment() {
        assertThat(tracedIds(index.outcomesServedBy(id("d-1.1.2")))).containsExactly("o-1 CONTAINMENT", "o-2 CONTAINMENT");
    }

    @Test
    void workServingListsLinkedOnesThenContainedOnes() {
        assertThat(tracedIds(index.workServing(id("o-3")))).containsExactly("d-1.1.1 LINK", "d-2.1.1 LINK");
        assertThat(tracedIds(index.workServing(id("o-1")))).containsExactly("d-1.1.2 CONTAINMENT");
    }

    @Test
    void aLinkedDeliverableDoesNotServeItsOwnThemeByContainment() {
        assertThat(tracedIds(index.workServing(id("o-2")))).doesNotContain("d-1.1.1 CONTAINMENT");
    }

    @Test
    void routesFollowContributionsThroughOtherWork() {
        Plan plan = TracePlans.twoThemesBuilder()
                .addLinks(link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "d-1.1.1"))
                .build();

        List<Traced<Outcome>> served = PlanIndex.of(plan).outcomesServedBy(id("d-1.1.2"));

        assertThat(tracedIds(served)).containsExactly("o-3 LINK");
        assertThat(served.get(0).route()).containsExactly(
                link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "d-1.1.1"), link("d-1.1.1", LinkKind.CONTRIBUTES_TO, "o-3"));
    }

    @Test
    void workReachedOnTheWayCountsWithItsPriority() {
        Plan plan = TracePlans.twoThemesBuilder()
                .addLinks(link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "d-2.1.1"))
                .build();

        List<Traced<Outcome>> served = PlanIndex.of(plan).outcomesServedBy(id("d-1.1.2"));

        assertThat(tracedIds(served)).containsExactly("o-3 LINK");
        assertThat(served.get(0).route()).containsExactly(
                link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "d-2.1.1"), link("p-2.1", LinkKind.CONTRIBUTES_TO, "o-3"));
    }

    @Test
    void aCycleOfContributionsEnds() {
        Plan plan = TracePlans.twoThemesBuilder()
                .addLinks(link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "d-2.1.1"),
                        link("d-2.1.1", LinkKind.CONTRIBUTES_TO, "d-1.1.2"))
                .build();

        PlanIndex cyclic = PlanIndex.of(plan);

        assertThat(tracedIds(cyclic.outcomesServedBy(id("d-1.1.2")))).containsExactly("o-3 LINK");
        assertThat(tracedIds(cyclic.outcomesServedBy(id("d-2.1.1")))).containsExactly("o-3 LINK");
    }

    @Test
    void outcomesServedByRefusesAnElementThatIsNotWork() {
        assertThatThrownBy(() -> index.outcomesServedBy(id("o-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Work");
    }

    @Test
    void workServingRefusesAnElementThatIsNotAnOutcome() {
        assertThatThrownBy(() -> index.workServing(id("d-1.1.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Outcome");
    }

    @Test
    void linksToIdsOutsideThePlanAreListedAsUnresolvedAndLeftOutOfQueries() {
        Link dangling = link("d-1.1.2", LinkKind.CONTRIBUTES_TO, "o-gone");
        PlanIndex withDangling = PlanIndex.of(TracePlans.twoThemesBuilder().addLinks(dangling).build());

        assertThat(withDangling.unresolvedLinks()).containsExactly(dangling);
        assertThat(withDangling.linksFrom(id("d-1.1.2"))).isEmpty();
        assertThat(tracedIds(withDangling.outcomesServedBy(id("d-1.1.2")))).containsExactly("o-1 CONTAINMENT", "o-2 CONTAINMENT");
    }

    @Test
    void aValidPlanHasNoUnresolvedLinks() {
        assertThat(index.unresolvedLinks()).isEmpty();
    }

    @Test
    void anIdUsedTwiceAcrossThePlanIsRefusedNamingBothElements() {
        Plan plan = TracePlans.twoThemesBuilder()
                .addMeasures(Measure.builder()
                        .id(id("d-1.1.2"))
                        .name(Text.of("Clash"))
                        .unit("count")
                        .direction(Direction.LOWER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_YEAR)
                        .build())
                .build();

        assertThatThrownBy(() -> PlanIndex.of(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id 'd-1.1.2' is used by both deliverable 1.1.2 and measure 'd-1.1.2'; ids must be unique"
                        + " across the plan");
    }

    @Test
    void aPlanWithoutThemesHasNoTraces() {
        PlanIndex empty = PlanIndex.of(TracePlans.emptyPlan().build());

        assertThat(empty.size()).isEqualTo(1);
        assertThat(empty.ofKind(ElementKind.DELIVERABLE)).isEmpty();
    }

    @Test
    void typedGetReturnsTheElementAsThatType() {
        Deliverable deliverable = index.get(id("d-1.1.1"), Deliverable.class);

        assertThat(deliverable.title()).isEqualTo(Text.of("Deliverable 1.1.1"));
    }
}
