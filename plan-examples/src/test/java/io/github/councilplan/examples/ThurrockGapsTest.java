package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.DropImpact;
import io.github.councilplan.trace.FilterMatch;
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
 * Gaps, impact, filters and roll-up on Thurrock's published plan, which gives no owners of its
 * work, milestones or progress, and whose only links are from its illustrative measures to
 * outcomes: its deliverables are its leaf work, every outcome rests on containment alone, and every
 * deliverable lacks an owner, a milestone and a measure. As of mid-August 2025 every measure has
 * its actual for the quarter then due (2025/26 Q1).
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
    void theDeliverablesAreTheLeafWork() {
        assertThat(ids(index.leafWork())).isEqualTo(ids(index.ofKind(ElementKind.DELIVERABLE)));
    }

    @Test
    void everyOutcomeIsServedByTheDeliverablesOfItsThemeByContainmentOnly() {
        for (PlanElement outcome : index.ofKind(ElementKind.OUTCOME)) {
            List<Traced<Work>> serving = index.workServing(outcome.id());
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
        assertThat(gaps.gaps(GapKind.WORK_SERVES_NO_OUTCOME)).isEmpty();
    }

    @Test
    void everyDeliverableLacksAnOwnerAMilestoneAndAMeasure() {
        List<ElementId> deliverables = ids(index.ofKind(ElementKind.DELIVERABLE));

        assertThat(deliverables).hasSize(19);
        assertThat(gapIds(GapKind.WORK_WITHOUT_OWNER)).isEqualTo(deliverables);
        assertThat(gapIds(GapKind.WORK_WITHOUT_MILESTONE)).isEqualTo(deliverables);
        assertThat(gapIds(GapKind.WORK_WITHOUT_MEASURE)).isEqualTo(deliverables);
    }

    @Test
    void gapCountsAreThreeForEachOfTheNineteenDeliverables() {
        assertThat(gaps.counts()).containsExactly(
                entry(GapKind.OUTCOME_UNSUPPORTED, 0),
                entry(GapKind.WORK_SERVES_NO_OUTCOME, 0),
                entry(GapKind.WORK_WITHOUT_OWNER, 19),
                entry(GapKind.WORK_WITHOUT_MILESTONE, 19),
                entry(GapKind.WORK_WITHOUT_MEASURE, 19),
                entry(GapKind.PRIORITY_WITHOUT_DELIVERABLES, 0),
                entry(GapKind.PRINCIPLE_UNREFLECTED, 0),
                entry(GapKind.MEASURE_WITHOUT_TARGET, 0),
                entry(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL, 0));
        assertThat(gaps.size()).isEqualTo(57);
    }

    @Test
    void ownerGapSaysWhereItLooked() {
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER).get(0).message())
                .isEqualTo("deliverable 1.1.1 has no owner, and neither has its priority 1.1 or theme 1, whose owners"
                        + " it would inherit");
    }

    @Test
    void droppingOneDeliverableLeavesItsThemesOutcomesServedByTheOthers() {
        DropImpact impact = DropImpact.of(index, ElementId.of("d-1.2.2"));

        assertThat(impact.leavesNothingUnsupported()).isTrue();
        assertThat(impact.workRerouted()).isEmpty();
    }

    @Test
    void droppingEveryDeliverableOfAThemeLeavesItsPrioritiesAsTheLeafWorkServingItsOutcomes() {
        Plan lastOneLeft = plan;
        List<ElementId> place = ids(index.theme(ElementId.of("d-3.1.1")).orElseThrow().allPriorities().stream()
                .flatMap(p -> p.deliverables().stream()).collect(Collectors.toList()));
        for (ElementId id : place.subList(1, place.size())) {
            lastOneLeft = DropImpact.of(PlanIndex.of(lastOneLeft), id).planWithout();
        }

        DropImpact impact = DropImpact.of(PlanIndex.of(lastOneLeft), place.get(0));
        PlanIndex after = PlanIndex.of(impact.planWithout());

        assertThat(impact.containerLeftWithoutWork().map(PlanElement::id)).contains(ElementId.of("p-3.1"));
        assertThat(impact.outcomesLeftUnsupported()).isEmpty();
        assertThat(ids(after.leafWork()).subList(11, 14))
                .containsExactly(ElementId.of("p-3.1"), ElementId.of("p-3.2"), ElementId.of("p-3.3"));
        assertThat(after.workServing(ElementId.of("o-3-1"))).extracting(traced -> traced.element().id())
                .containsExactly(ElementId.of("p-3.1"), ElementId.of("p-3.2"), ElementId.of("p-3.3"));
    }

    @Test
    void theSeniorLeadershipTeamOwnsThePlanAndNoOwnerOwnsAnythingElse() {
        for (PlanElement owner : index.ofKind(ElementKind.OWNER)) {
            List<PlanElement> owned = PlanFilters.ownedBy(index, owner.id()).stream().map(FilterMatch::element)
                    .collect(Collectors.toList());
            if (owner.id().value().equals("own-senior-leadership-team")) {
                assertThat(owned).containsExactly(plan);
            } else {
                assertThat(owned).as("%s", owner.describe()).isEmpty();
            }
        }
    }

    @Test
    void noElementReflectsAValueByLinks() {
        for (PlanElement value : index.ofKind(ElementKind.VALUE)) {
            assertThat(PlanFilters.reflecting(index, value.id())).isEmpty();
        }
    }

    @Test
    void themeRollUpRatesItsTwoMeasuresAndFindsItsWorkNotReported() {
        RollUp rollUp = RollUp.of(index, ElementId.of("t-enabling"), ReportingPeriod.parse("2025/26 Q2"));

        assertThat(rollUp.status()).contains(RagStatus.AMBER);
        assertThat(rollUp.items()).hasSize(13);
        assertThat(rollUp.notReported()).hasSize(11);
    }
}
