package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.DatePrecision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A district council's ten-year strategy and its annual delivery plan are two documents: the
 * strategy stops at priorities (one with outcomes of its own, one with a list of what it needs to
 * do well); the delivery plan's actions, each with its own expected outcome and an end month, link
 * to the strategy's priorities and outcomes by plan id and element id, and serve the strategy's
 * outcomes when the two are indexed together.
 */
class DistrictPlansTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
    private static final ElementId STRATEGY = ElementId.of("riverford-strategy-2024-2034");
    private static final ElementId DELIVERY = ElementId.of("riverford-delivery-plan-2025-26");

    private final Plan strategy = ExamplePlans.districtStrategy();
    private final Plan delivery = ExamplePlans.districtDeliveryPlan();
    private final PlanIndex strategyAlone = PlanIndex.of(strategy);
    private final PlanIndex deliveryAlone = PlanIndex.of(delivery);
    private final PlanIndex strategyWithDelivery = PlanIndex.of(strategy, List.of(delivery));
    private final PlanIndex deliveryWithStrategy = PlanIndex.of(delivery, List.of(strategy));

    private List<Deliverable> actions() {
        return delivery.themes().stream().flatMap(theme -> theme.deliverables().stream()).collect(Collectors.toList());
    }

    private static List<String> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(element -> element.id().value()).collect(Collectors.toList());
    }

    private static List<String> gapIds(PlanGaps gaps, GapKind kind) {
        return gaps.gaps(kind).stream().map(gap -> gap.element().id().value()).collect(Collectors.toList());
    }

    @Test
    void eachDocumentNamesTheOtherAsARelatedPlan() {
        assertThat(strategy.relatedPlans()).extracting(RelatedPlan::id, RelatedPlan::relation)
                .containsExactly(tuple(DELIVERY, Optional.of(PlanRelation.DELIVERED_BY)));
        assertThat(delivery.relatedPlans()).extracting(RelatedPlan::id, RelatedPlan::relation)
                .containsExactly(tuple(STRATEGY, Optional.of(PlanRelation.DELIVERS)));
        assertThat(delivery.relatedPlans().get(0).title()).contains(strategy.title());
    }

    @Test
    void theStrategyStopsAtItsPriorities() {
        assertThat(ids(strategyAlone.leafWork())).containsExactly("p-1.1", "p-1.2", "p-2.1", "p-2.2", "p-3.1", "p-3.2");
        assertThat(strategy.themes()).allSatisfy(theme -> assertThat(theme.priorities())
                .allSatisfy(priority -> assertThat(priority.deliverables()).isEmpty()));
        assertThat(PlanGaps.of(strategyAlone, AS_OF).gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEmpty();
    }

    @Test
    void aPriorityOfTheStrategyHasItsOwnOutcomeAsWritten() {
        Priority emptyShops = strategyAlone.get(ElementId.of("p-1.1"), Priority.class);

        assertThat(emptyShops.leadIn("outcomes")).contains(Text.of("This will mean:"));
        assertThat(emptyShops.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.statement()).isEqualTo(Text.of("fewer empty shops in the town centre"));
            assertThat(outcome.by()).contains(PlanDate.parse("2030"));
        });
        assertThat(strategyAlone.outcomesServedBy(emptyShops.id())).extracting(traced -> traced.element().id().value())
                .containsExactly("o-1.1-1", "o-1-1", "o-1-2");
    }

    @Test
    void aPriorityOfTheStrategySaysWhatItWillNeedToDoWell() {
        Priority business = strategyAlone.get(ElementId.of("p-1.2"), Priority.class);

        assertThat(business.lists()).singleElement().satisfies(list -> {
            assertThat(list.title()).isEqualTo(Text.of("What we will need to do well is:"));
            assertThat(list.items()).hasSize(3);
        });
    }

    @Test
    void everyActionHasItsOwnExpectedOutcomeAndEndsInAMonth() {
        assertThat(actions()).hasSize(6).allSatisfy(action -> {
            assertThat(action.outcomes()).as(action.describe()).hasSize(1);
            assertThat(action.end().orElseThrow().precision()).as(action.describe()).isEqualTo(DatePrecision.MONTH);
            assertThat(action.longTerm()).isFalse();
        });
        assertThat(actions().get(0).outcomes().get(0).statement())
                .isEqualTo(Text.of("fewer empty shops in the town centre"));
    }

    @Test
    void oneActionEndsAQuarterAfterThePlansYear() {
        assertThat(actions()).filteredOn(action -> action.end().orElseThrow().isAfter(delivery.period().endDate()))
                .singleElement().satisfies(action -> {
                    assertThat(action.id()).isEqualTo(ElementId.of("a-1.2"));
                    assertThat(action.end()).contains(PlanDate.parse("2026-06"));
                    assertThat(action.progress().get(1).commentary().orElseThrow().value())
                            .contains("after the end of this plan's year");
                });
    }

    @Test
    void everyActionLinksIntoTheStrategy() {
        assertThat(delivery.links()).filteredOn(link -> link.toPlan().isPresent())
                .hasSize(6)
                .allSatisfy(link -> {
                    assertThat(link.toPlan()).contains(STRATEGY);
                    assertThat(strategyAlone.contains(link.to())).as("%s", link.to()).isTrue();
                });
    }

    @Test
    void aloneTheDeliveryPlanCannotFollowItsLinksIntoTheStrategy() {
        assertThat(deliveryAlone.linksToPlansNotGiven()).hasSize(6);
        assertThat(deliveryAlone.unresolvedLinks()).isEmpty();
        assertThat(deliveryAlone.outcomesServedBy(ElementId.of("a-1.1")))
                .extracting(traced -> traced.element().id().value(), Traced::basis)
                .containsExactly(tuple("ao-1.1", Basis.CONTAINMENT));
    }

    @Test
    void togetherTheActionsServeTheStrategysOutcomes() {
        assertThat(deliveryWithStrategy.linksToPlansNotGiven()).isEmpty();
        assertThat(deliveryWithStrategy.unresolvedLinks()).isEmpty();
        assertThat(deliveryWithStrategy.outcomesServedBy(ElementId.of("a-1.1")))
                .extracting(traced -> traced.element().id().value(), Traced::basis, Traced::otherPlan)
                .containsExactly(
                        tuple("o-1-1", Basis.LINK, Optional.of(STRATEGY)),
                        tuple("o-1-2", Basis.LINK, Optional.of(STRATEGY)),
                        tuple("o-1.1-1", Basis.LINK, Optional.of(STRATEGY)),
                        tuple("ao-1.1", Basis.CONTAINMENT, Optional.empty()));
    }

    @Test
    void anActionLinkedToAnOutcomeServesThatOutcomeAlone() {
        assertThat(deliveryWithStrategy.outcomesServedBy(ElementId.of("a-2.1")))
                .extracting(traced -> traced.element().id().value(), Traced::otherPlan)
                .containsExactly(tuple("o-2-1", Optional.of(STRATEGY)), tuple("ao-2.1", Optional.empty()));
    }

    @Test
    void theStrategysOutcomesAreServedByTheActionsThenByItsOwnPriorities() {
        assertThat(strategyWithDelivery.workServing(ElementId.of("o-1.1-1")))
                .extracting(traced -> traced.element().id().value(), Traced::basis, Traced::otherPlan)
                .containsExactly(
                        tuple("a-1.1", Basis.LINK, Optional.of(DELIVERY)),
                        tuple("p-1.1", Basis.CONTAINMENT, Optional.empty()));
        assertThat(strategyAlone.workServing(ElementId.of("o-1.1-1"))).extracting(traced -> traced.element().id().value())
                .containsExactly("p-1.1");
    }

    @Test
    void theLinkRouteOfAnActionRunsThroughTheStrategysPriority() {
        Traced<?> served = strategyWithDelivery.workServing(ElementId.of("o-3-2")).get(0);

        assertThat(served.element().id()).isEqualTo(ElementId.of("a-3.1"));
        assertThat(served.route()).singleElement().satisfies(link -> {
            assertThat(link.from()).isEqualTo(ElementId.of("a-3.1"));
            assertThat(link.to()).isEqualTo(ElementId.of("p-3.2"));
        });
    }

    @Test
    void theStrategysGapsArePrioritiesWithoutMilestonesOrMeasuresGivenTheDeliveryPlanOrNot() {
        for (PlanIndex index : List.of(strategyAlone, strategyWithDelivery)) {
            PlanGaps gaps = PlanGaps.of(index, AS_OF);

            assertThat(gaps.gaps()).extracting(Gap::kind)
                    .containsOnly(GapKind.WORK_WITHOUT_MILESTONE, GapKind.WORK_WITHOUT_MEASURE);
            assertThat(gapIds(gaps, GapKind.WORK_WITHOUT_MILESTONE)).hasSize(6);
            assertThat(gapIds(gaps, GapKind.WORK_WITHOUT_MEASURE)).containsExactly("p-1.2", "p-2.1", "p-3.1");
        }
    }

    @Test
    void theDeliveryPlansGapsAreOneActionWithoutAMilestoneAndThreeWithoutAMeasure() {
        PlanGaps gaps = PlanGaps.of(deliveryWithStrategy, AS_OF);

        assertThat(gaps.size()).isEqualTo(4);
        assertThat(gapIds(gaps, GapKind.WORK_WITHOUT_MILESTONE)).containsExactly("a-2.2");
        assertThat(gapIds(gaps, GapKind.WORK_WITHOUT_MEASURE)).containsExactly("a-1.2", "a-2.1", "a-3.2");
        assertThat(PlanGaps.of(deliveryAlone, AS_OF).gaps()).isEqualTo(gaps.gaps());
    }
}
