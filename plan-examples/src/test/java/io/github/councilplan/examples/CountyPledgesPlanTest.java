package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.DatePrecision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.trace.RevisedTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The county plan ends at titled pledges straight under its ambitions: the pledges are its leaf
 * work, each with owners, an end date and a measure, and they serve its outcomes.
 */
class CountyPledgesPlanTest {
    /** After the first year's figures (2025/26) are in. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);

    private final Plan plan = ExamplePlans.countyPledges();
    private final PlanIndex index = PlanIndex.of(plan);

    private List<Deliverable> pledges() {
        return plan.themes().stream().flatMap(theme -> theme.deliverables().stream()).collect(Collectors.toList());
    }

    private static List<String> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(element -> element.id().value()).collect(Collectors.toList());
    }

    @Test
    void eightPledgesSitStraightUnderTheThreeAmbitions() {
        assertThat(plan.themes()).hasSize(3).allSatisfy(theme -> {
            assertThat(theme.priorities()).isEmpty();
            assertThat(theme.objectives()).isEmpty();
            assertThat(theme.deliverables()).isNotEmpty()
                    .allSatisfy(pledge -> assertThat(pledge.work()).isEmpty());
        });
        assertThat(pledges()).extracting(pledge -> pledge.number().orElseThrow().toString())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void thePledgesAreTheLeafWork() {
        assertThat(ids(index.leafWork())).isEqualTo(ids(pledges()));
    }

    @Test
    void aPledgeIsCalledAPledgeAndAThemeAnAmbition() {
        assertThat(index.levelName(ElementId.of("pl-1"))).isEqualTo(Text.of("Pledge"));
        assertThat(index.levelName(ElementId.of("t-1"))).isEqualTo(Text.of("Ambition"));
        assertThat(index.levelName(ElementId.of("m-1"))).isEqualTo(Text.of("Key measure"));
    }

    @Test
    void aPledgeIsTitledAsPublishedAndEndsInTheYearItNames() {
        Deliverable first = pledges().get(0);

        assertThat(first.title()).isEqualTo(Text.of("We will open two family hubs by 2027"));
        assertThat(first.end()).contains(PlanDate.parse("2027"));
        assertThat(first.end().orElseThrow().precision()).isEqualTo(DatePrecision.CALENDAR_YEAR);
    }

    @Test
    void everyPledgeHasOwnersAnEndDateAndAMeasure() {
        assertThat(pledges()).allSatisfy(pledge -> {
            assertThat(pledge.owners()).as(pledge.describe()).isNotEmpty();
            assertThat(pledge.end()).as(pledge.describe()).isPresent();
            assertThat(plan.links()).as(pledge.describe()).anySatisfy(link -> {
                assertThat(link.to()).isEqualTo(pledge.id());
                assertThat(index.get(link.from()).kind()).isEqualTo(ElementKind.MEASURE);
            });
        });
    }

    @Test
    void pledgesEndWithinThePlan() {
        assertThat(pledges()).allSatisfy(pledge -> assertThat(
                pledge.end().orElseThrow().endDate()).isBeforeOrEqualTo(plan.period().endDate()));
    }

    @Test
    void theFirstTwoAmbitionsPledgesServeTheOutcomesTheyLinkTo() {
        assertThat(index.outcomesServedBy(ElementId.of("pl-1")))
                .extracting(traced -> traced.element().id().value(), Traced::basis)
                .containsExactly(tuple("o-1-1", Basis.LINK),
                        tuple("o-1-2", Basis.LINK));
        assertThat(index.workServing(ElementId.of("o-2-2"))).extracting(traced -> traced.element().id().value())
                .containsExactly("pl-5");
    }

    @Test
    void theThirdAmbitionsPledgesServeAllItsOutcomesByContainment() {
        for (String outcome : List.of("o-3-1", "o-3-2", "o-3-3")) {
            assertThat(index.workServing(ElementId.of(outcome)))
                    .extracting(traced -> traced.element().id().value(), Traced::basis)
                    .containsExactly(tuple("pl-6", Basis.CONTAINMENT),
                            tuple("pl-7", Basis.CONTAINMENT),
                            tuple("pl-8", Basis.CONTAINMENT));
        }
    }

    @Test
    void theOnlyGapsAreThePledgesWithoutMilestones() {
        PlanGaps gaps = PlanGaps.of(index, AS_OF);

        assertThat(gaps.gaps()).extracting(Gap::kind).containsOnly(GapKind.WORK_WITHOUT_MILESTONE);
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MILESTONE)).extracting(gap -> gap.element().id().value())
                .containsExactly("pl-3", "pl-4", "pl-7", "pl-8");
    }

    @Test
    void theFirstAmbitionMeasuresSuccessByAListOfItsOwn() {
        Theme first = plan.themes().get(0);

        assertThat(first.lists()).singleElement().satisfies(list -> {
            assertThat(list.title()).isEqualTo(Text.of("We will measure success by:"));
            assertThat(list.items()).extracting(ListItem::id).extracting(ElementId::value)
                    .containsExactly("li-1-1", "li-1-2", "li-1-3");
        });
        assertThat(index.parent(ElementId.of("li-1-2")).map(PlanElement::id)).contains(ElementId.of("l-1-success"));
        assertThat(index.ofKind(ElementKind.LIST)).extracting(element -> ((ItemList) element).items().size())
                .containsExactly(3);
    }

    @Test
    void everyAmbitionIntroducesItsOutcomesAndPledgesAsWritten() {
        assertThat(plan.themes()).allSatisfy(theme -> {
            assertThat(theme.leadIn("outcomes")).contains(Text.of("By 2029 we want:"));
            assertThat(theme.leadIn("deliverables")).contains(Text.of("Our pledges:"));
        });
        assertThat(plan.leadIn("themes")).isPresent();
    }

    @Test
    void hasAVisionAndAForewordWithANumberedList() {
        assertThat(plan.vision().flatMap(vision -> vision.heading())).contains(Text.of("Our vision"));
        assertThat(plan.statements().get(0).body()).filteredOn(block -> !block.list().isEmpty())
                .singleElement().satisfies(block -> {
                    assertThat(block.numbered()).isTrue();
                    assertThat(block.list()).hasSize(3);
                });
        assertThat(plan.statements().get(0).body()).filteredOn(block -> block.paragraph().isPresent()).hasSize(3);
    }

    @Test
    void theFirstPledgeQuotesTheWordingOfItsSource() {
        assertThat(pledges().get(0).provenance()).hasValueSatisfying(provenance -> {
            assertThat(provenance.page()).contains("6");
            assertThat(provenance.quote().map(Text::value)).hasValueSatisfying(quote -> assertThat(quote)
                    .contains("two new Family Hubs").endsWith("by 2027."));
        });
        assertThat(plan.provenance().flatMap(Provenance::uri)).isPresent();
    }

    @Test
    void wasPublishedInAMonthAndAdoptedByADecisionOfFullCouncil() {
        assertThat(plan.published()).contains(PlanDate.parse("2025-06"));
        assertThat(plan.edition().flatMap(edition -> edition.decision())).hasValueSatisfying(decision -> {
            assertThat(decision.body()).contains(Text.of("Full Council"));
            assertThat(decision.reference()).contains("Minute 14/25");
        });
    }

    @Test
    void pledgesWithMilestonesHaveThemWithinThePlan() {
        assertThat(pledges().stream().flatMap(pledge -> pledge.milestones().stream()))
                .hasSize(5)
                .allSatisfy(milestone -> assertThat(plan.period().contains(milestone.due().endDate())).isTrue());
    }

    // ---- a revised target and a national metric (issue 14)

    private Measure recycling() {
        return index.get(ElementId.of("m-8"), Measure.class);
    }

    @Test
    void cabinetRaisedTheRecyclingTargetForTheSecondYearByDecision() {
        Target target = recycling().targetFor(ReportingPeriod.parse("2026/27")).orElseThrow();

        assertThat(target.value()).contains(new BigDecimal("56"));
        assertThat(target.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.date()).isEqualTo(LocalDate.of(2025, 11, 19));
            assertThat(revision.decision().reference()).contains("Minute 64");
            assertThat(revision.reason()).isPresent();
        });
        assertThat(recycling().targetFor(ReportingPeriod.parse("2026/27"), LocalDate.of(2025, 11, 18))
                .flatMap(Target::value)).contains(new BigDecimal("56"));
        assertThat(recycling().targetFor(ReportingPeriod.parse("2026/27"), LocalDate.of(2026, 3, 31))
                .flatMap(Target::value)).contains(new BigDecimal("57.5"));
    }

    @Test
    void theRevisionIsTheOnlyOneSinceThePlanWasAdopted() {
        assertThat(index.targetRevisionsSince(LocalDate.of(2025, 5, 22))).extracting(RevisedTarget::toString)
                .containsExactly("measure 'm-8': target for 2026/27 revised on 2025-11-19 to 57.5");
    }

    @Test
    void theRecyclingMeasureIsANationalMetricSoOnlyTheOtherAmbitionsOutcomesLackOne() {
        PlanGaps gaps = PlanGaps.of(index, AS_OF, java.util.EnumSet.of(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC));

        assertThat(recycling().hasNationalMetric()).isTrue();
        assertThat(gaps.gaps()).extracting(gap -> gap.element().id().value())
                .doesNotContain("o-3-1", "o-3-2", "o-3-3").isNotEmpty();
    }
}
