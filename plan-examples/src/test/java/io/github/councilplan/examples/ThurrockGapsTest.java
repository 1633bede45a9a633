package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.DropImpact;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanFilters;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.RollUp;
import io.github.councilplan.trace.Traced;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Gaps, impact, filters and roll-up on Thurrock's published plan, which gives no links, owners of
 * its work, milestones, measures or progress: every outcome rests on containment alone, and every
 * deliverable lacks an owner, a milestone and a measure.
 */
class ThurrockGapsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 15);

    private final Plan plan = ExamplePlans.thurrock();
    private final PlanIndex index = PlanIndex.of(plan);
    private final PlanGaps gaps = PlanGaps.of(index, AS_OF);

    private static List<ElementId> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(PlanElement::id).collect(Collectors.toList());
    }

    private List<ElementId> gapIds(GapKind kind) {
        return gaps.gaps(kind).stream().map(Gap::element).map(PlanElement::id).collect(Collectors.toList());
    }

    @Test
    void everyOutcomeIsServedByTheDeliverablesOfItsThemeByContainmentOnly() {
        for (PlanElement outcome : index.ofKind(ElementKind.OUTCOME)) {
            List<Traced<Deliverable>> serving = index.deliverablesServing(outcome.id());
            assertThat(serving).as("%s", outcome.describe()).isNotEmpty()
                    .allMatch(traced -> traced.basis() == Basis.CONTAINMENT);
            assertThat(ids(serving.stream().map(Traced::element).collect(Collectors.toList())))
                    .isEqualTo(ids(index.theme(outcome.id()).orElseThrow().allPriorities().stream()
                            .flatMap(p -> p.deliverables().stream()).collect(Collectors.toList())));
        }
    }

    @Test
    void noOutcomeIsUnsupported() {
        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    @Test
    void everyDeliverableServesAnOutcome() {
        assertThat(gaps.gaps(GapKind.DELIVERABLE_SERVES_NO_OUTCOME)).isEmpty();
    }

    @Test
    void everyDeliverableLacksAnOwnerAMilestoneAndAMeasure() {
        List<ElementId> deliverables = ids(index.ofKind(ElementKind.DELIVERABLE));

        assertThat(deliverables).hasSize(19);
        assertThat(gapIds(GapKind.DELIVERABLE_WITHOUT_OWNER)).isEqualTo(deliverables);
        assertThat(gapIds(GapKind.DELIVERABLE_WITHOUT_MILESTONE)).isEqualTo(deliverables);
        assertThat(gapIds(GapKind.DELIVERABLE_WITHOUT_MEASURE)).isEqualTo(deliverables);
    }

    @Test
    void gapCountsAreThreeForEachOfTheNineteenDeliverables() {
        assertThat(gaps.counts()).containsExactly(
                entry(GapKind.OUTCOME_UNSUPPORTED, 0),
                entry(GapKind.DELIVERABLE_SERVES_NO_OUTCOME, 0),
                entry(GapKind.DELIVERABLE_WITHOUT_OWNER, 19),
                entry(GapKind.DELIVERABLE_WITHOUT_MILESTONE, 19),
                entry(GapKind.DELIVERABLE_WITHOUT_MEASURE, 19),
                entry(GapKind.PRIORITY_WITHOUT_DELIVERABLES, 0),
                entry(GapKind.MEASURE_WITHOUT_TARGET, 0),
                entry(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL, 0));
        assertThat(gaps.size()).isEqualTo(57);
    }

    @Test
    void ownerGapSaysWhereItLooked() {
        assertThat(gaps.gaps(GapKind.DELIVERABLE_WITHOUT_OWNER).get(0).message())
                .isEqualTo("deliverable 1.1.1 has no owner, and neither has its priority 1.1 or theme 1, whose owners"
                        + " it would inherit");
    }

    @Test
    void droppingOneDeliverableLeavesItsThemesOutcomesServedByTheOthers() {
        DropImpact impact = DropImpact.of(index, ElementId.of("d-1.2.2"));

        assertThat(impact.leavesNothingUnsupported()).isTrue();
        assertThat(impact.deliverablesRerouted()).isEmpty();
    }

    @Test
    void droppingEveryDeliverableButOneOfAThemeLeavesItsOutcomesOnTheLastOne() {
        Plan lastOneLeft = plan;
        List<ElementId> place = ids(index.theme(ElementId.of("d-3.1.1")).orElseThrow().allPriorities().stream()
                .flatMap(p -> p.deliverables().stream()).collect(Collectors.toList()));
        for (ElementId id : place.subList(1, place.size())) {
            lastOneLeft = DropImpact.of(PlanIndex.of(lastOneLeft), id).planWithout();
        }

        DropImpact impact = DropImpact.of(PlanIndex.of(lastOneLeft), place.get(0));

        assertThat(impact.outcomesLeftUnsupported()).hasSize(8)
                .allMatch(outcome -> outcome.basis() == Basis.CONTAINMENT);
        assertThat(ids(impact.priorityLeftEmpty().stream().collect(Collectors.toList())))
                .containsExactly(ElementId.of("p-3.1"));
    }

    @Test
    void noElementNamesAnOwner() {
        for (PlanElement owner : index.ofKind(ElementKind.OWNER)) {
            assertThat(PlanFilters.ownedBy(index, owner.id())).as("%s", owner.describe()).isEmpty();
        }
    }

    @Test
    void noElementReflectsAValueByLinks() {
        for (PlanElement value : index.ofKind(ElementKind.VALUE)) {
            assertThat(PlanFilters.reflecting(index, value.id())).isEmpty();
        }
    }

    @Test
    void themeRollUpFindsNothingReported() {
        RollUp rollUp = RollUp.of(index, ElementId.of("t-enabling"), ReportingPeriod.parse("2025/26"));

        assertThat(rollUp.status()).isEmpty();
        assertThat(rollUp.items()).hasSize(11);
        assertThat(rollUp.notReported()).hasSize(11);
    }
}
