package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.principle;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.RelatedPlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long-term strategy and the annual delivery plan that delivers it, each its own document, joined
 * by links into the other plan ({@link Link#toPlan()}):
 * <pre>
 * strategy: theme s-t (outcome s-o), priority s-p (outcome s-po); principle s-pr
 * delivery: theme d-t, deliverables d1, d2
 *   d1 contributesTo s-o  (in strategy)
 *   d2 contributesTo s-p  (in strategy)
 *   d2 reflects      s-pr (in strategy)
 * </pre>
 */
class RelatedPlansTest {
    private static final ElementId STRATEGY = id("strategy");
    private static final ElementId DELIVERY = id("delivery");

    private static Link into(String from, LinkKind kind, String to) {
        return Link.builder().from(id(from)).kind(kind).to(id(to)).toPlan(STRATEGY).build();
    }

    private static Plan strategy() {
        return plan().id(STRATEGY).addPrinciples(principle("s-pr"))
                .addThemes(theme("s-t").addOutcomes(outcome("s-o"))
                        .addPriorities(priority("s-p").addOutcomes(outcome("s-po")).build()).build())
                .addRelatedPlans(RelatedPlan.of(DELIVERY, PlanRelation.DELIVERED_BY)).build();
    }

    private static Plan.Builder deliveryBuilder() {
        return plan().id(DELIVERY).addRelatedPlans(RelatedPlan.of(STRATEGY, PlanRelation.DELIVERS))
                .addThemes(theme("d-t").addDeliverables(deliverable("d1").build(), deliverable("d2").build()).build())
                .addLinks(into("d1", LinkKind.CONTRIBUTES_TO, "s-o"), into("d2", LinkKind.CONTRIBUTES_TO, "s-p"),
                        into("d2", LinkKind.REFLECTS, "s-pr"));
    }

    private static Plan delivery() {
        return deliveryBuilder().build();
    }

    private static List<String> traced(List<? extends Traced<?>> answers) {
        return answers.stream().map(t -> t.otherPlan().map(p -> p + ":").orElse("") + t.element().id() + " "
                + t.basis()).toList();
    }

    @Test
    void workOfOnePlanServesTheOutcomesOfTheOtherItLinksTo() {
        PlanIndex index = PlanIndex.of(delivery(), List.of(strategy()));

        assertThat(traced(index.outcomesServedBy(id("d1")))).containsExactly("strategy:s-o LINK");
    }

    @Test
    void outcomesOfOnePlanAreServedByTheWorkOfTheOtherThatLinksToThem() {
        PlanIndex index = PlanIndex.of(strategy(), List.of(delivery()));

        assertThat(traced(index.workServing(id("s-o"))))
                .containsExactly("delivery:d1 LINK", "delivery:d2 LINK", "s-p CONTAINMENT");
    }

    @Test
    void workOfTheOtherPlanReachedByALinkPassesOnWhatItServesByContainment() {
        PlanIndex index = PlanIndex.of(delivery(), List.of(strategy()));

        assertThat(traced(index.outcomesServedBy(id("d2")))).containsExactly("strategy:s-o LINK", "strategy:s-po LINK");
    }

    @Test
    void aRouteIntoTheOtherPlanIsTheLinksFollowed() {
        PlanIndex index = PlanIndex.of(delivery(), List.of(strategy()));

        assertThat(index.outcomesServedBy(id("d1"))).singleElement()
                .satisfies(t -> assertThat(t.route()).containsExactly(into("d1", LinkKind.CONTRIBUTES_TO, "s-o")));
    }

    @Test
    void aPlanOnItsOwnListsItsLinksIntoPlansNotGivenAndFollowsNone() {
        PlanIndex index = PlanIndex.of(delivery());

        assertThat(index.linksToPlansNotGiven()).containsExactlyElementsOf(delivery().links());
        assertThat(index.unresolvedLinks()).isEmpty();
        assertThat(index.outcomesServedBy(id("d1"))).isEmpty();
        assertThat(index.linksFrom(id("d1"))).isEmpty();
    }

    @Test
    void linksIntoAGivenPlanAreFollowedNotListedAsNotGiven() {
        PlanIndex index = PlanIndex.of(delivery(), List.of(strategy()));

        assertThat(index.linksToPlansNotGiven()).isEmpty();
        assertThat(index.linksFrom(id("d1"))).containsExactly(into("d1", LinkKind.CONTRIBUTES_TO, "s-o"));
    }

    @Test
    void aLinkToAnElementTheGivenPlanLacksIsUnresolved() {
        Link nowhere = into("d1", LinkKind.CONTRIBUTES_TO, "s-nowhere");
        PlanIndex index = PlanIndex.of(deliveryBuilder().addLinks(nowhere).build(), List.of(strategy()));

        assertThat(index.unresolvedLinks()).containsExactly(nowhere);
        assertThat(index.linksToPlansNotGiven()).isEmpty();
    }

    @Test
    void linksFromTheOtherPlanAreNotAmongTheLinksToAnElement() {
        PlanIndex index = PlanIndex.of(strategy(), List.of(delivery()));

        assertThat(index.linksTo(id("s-o"))).isEmpty();
    }

    @Test
    void eachPlanGivenHasItsOwnIndexSharingTheLinks() {
        PlanIndex delivery = PlanIndex.of(delivery(), List.of(strategy()));

        PlanIndex strategy = delivery.related(STRATEGY).orElseThrow();

        assertThat(strategy.plan().id()).isEqualTo(STRATEGY);
        assertThat(strategy.related(DELIVERY)).containsSame(delivery);
        assertThat(traced(strategy.workServing(id("s-o")))).contains("delivery:d1 LINK");
        assertThat(delivery.related(DELIVERY)).isEmpty();
        assertThat(delivery.related(id("elsewhere"))).isEmpty();
        assertThat(delivery.relatedPlans()).extracting(Plan::id).containsExactly(STRATEGY);
    }

    @Test
    void twoPlansWithOneIdAreRefused() {
        assertThatThrownBy(() -> PlanIndex.of(delivery(), List.of(strategy(), delivery())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plans: two plans have the id 'delivery'");
    }

    @Test
    void aPrincipleReflectedOnlyByTheOtherPlanIsUnreflectedWithoutIt() {
        LocalDate asOf = LocalDate.of(2025, 8, 15);

        assertThat(PlanGaps.of(PlanIndex.of(strategy()), asOf).gaps(GapKind.PRINCIPLE_UNREFLECTED))
                .extracting(gap -> gap.element().id()).containsExactly(id("s-pr"));
        assertThat(PlanGaps.of(PlanIndex.of(strategy(), List.of(delivery())), asOf)
                .gaps(GapKind.PRINCIPLE_UNREFLECTED)).isEmpty();
    }

    @Test
    void workThatServesOnlyTheOtherPlansOutcomesServesAnOutcome() {
        LocalDate asOf = LocalDate.of(2025, 8, 15);

        assertThat(PlanGaps.of(PlanIndex.of(delivery()), asOf).gaps(GapKind.WORK_SERVES_NO_OUTCOME)).hasSize(2);
        assertThat(PlanGaps.of(PlanIndex.of(delivery(), List.of(strategy())), asOf)
                .gaps(GapKind.WORK_SERVES_NO_OUTCOME)).isEmpty();
    }

    @Test
    void droppingWorkListsNoOutcomeOfTheOtherPlanAsLeftUnserved() {
        DropImpact impact = DropImpact.of(PlanIndex.of(delivery(), List.of(strategy())), id("d1"));

        assertThat(impact.outcomesLeftUnserved()).isEmpty();
        assertThat(impact.planWithout().links()).doesNotContain(into("d1", LinkKind.CONTRIBUTES_TO, "s-o"));
    }
}
