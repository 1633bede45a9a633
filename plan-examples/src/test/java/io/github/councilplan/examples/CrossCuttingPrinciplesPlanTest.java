package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.Block;
import io.github.councilplan.model.DatePrecision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Unrated;
import io.github.councilplan.trace.FilterMatch;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanFilters;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.RollUp;
import io.github.councilplan.trace.RollUpItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The borough plan has cross-cutting principles that its elements reflect, and one that nothing
 * reflects; dates as precise as it gives them; an outcome and work past its end marked long-term;
 * measures as councils report them; a board that oversees it; and an edition superseded by a later
 * one, on a date, by a decision.
 */
class CrossCuttingPrinciplesPlanTest {
    /** The day the 2025 refresh superseded this edition, its figures to the end of 2024/25 Q3. */
    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 12);
    private static final ReportingPeriod Q3 = ReportingPeriod.parse("2024/25 Q3");

    private final Plan plan = ExamplePlans.crossCuttingPrinciples();
    private final PlanIndex index = PlanIndex.of(plan);

    private Measure measure(String id) {
        return index.get(ElementId.of(id), Measure.class);
    }

    private List<String> reflecting(String principle) {
        return PlanFilters.reflecting(index, ElementId.of(principle)).stream()
                .map(match -> match.element().id().value()).collect(Collectors.toList());
    }

    @Test
    void threePrinciplesRunThroughThePlanAsItsLeadInSays() {
        assertThat(plan.principles()).extracting(principle -> principle.name().value())
                .containsExactly("Fairness", "Climate and nature", "The Kestrelford Way");
        assertThat(plan.leadIn("principles")).contains(Text.of("Three principles run through everything we do:"));
    }

    @Test
    void themesOutcomesPrioritiesAndDeliverablesReflectThePrinciples() {
        assertThat(reflecting("pr-fairness")).containsExactly("o-1-1", "d-1.2.2", "p-3.2");
        assertThat(reflecting("pr-climate")).containsExactly("t-2", "d-2.1.1", "d-2.2.1");
        assertThat(PlanFilters.reflecting(index, ElementId.of("pr-climate"))).extracting(FilterMatch::element)
                .extracting(element -> element.kind())
                .containsExactly(ElementKind.THEME, ElementKind.DELIVERABLE, ElementKind.DELIVERABLE);
    }

    @Test
    void theTransformationProgrammeIsReflectedByNothingAndIsTheOnePrincipleGap() {
        assertThat(reflecting("pr-kestrelford-way")).isEmpty();
        assertThat(PlanGaps.of(index, AS_OF).gaps(GapKind.PRINCIPLE_UNREFLECTED))
                .extracting(gap -> gap.element().id().value()).containsExactly("pr-kestrelford-way");
    }

    @Test
    void theOtherGapsAreTwoDeliverablesWithoutMilestones() {
        PlanGaps gaps = PlanGaps.of(index, AS_OF);

        assertThat(gaps.gaps()).extracting(Gap::kind)
                .containsOnly(GapKind.PRINCIPLE_UNREFLECTED, GapKind.WORK_WITHOUT_MILESTONE);
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MILESTONE)).extracting(gap -> gap.element().id().value())
                .containsExactly("d-1.2.2", "d-3.2.1");
    }

    @Test
    void deliverablesEndInAMonthButTheLongTermOne() {
        List<Deliverable> deliverables = index.ofKind(ElementKind.DELIVERABLE).stream().map(Deliverable.class::cast)
                .collect(Collectors.toList());

        assertThat(deliverables).filteredOn(d -> !d.longTerm()).hasSize(9).allSatisfy(d -> {
            assertThat(d.end().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(d.end().orElseThrow().endDate()).isBeforeOrEqualTo(plan.period().endDate());
        });
        assertThat(deliverables).filteredOn(Deliverable::longTerm).singleElement().satisfies(d -> {
            assertThat(d.end()).contains(PlanDate.parse("2030"));
            assertThat(d.end().orElseThrow().isAfter(plan.period().endDate())).isTrue();
        });
    }

    @Test
    void aMonthEndsOnItsLastDaySoAMilestoneAchievedInItsMonthIsOnTime() {
        Milestone panels = index.get(ElementId.of("ms-2.1.1-a"), Milestone.class);

        assertThat(panels.due()).isEqualTo(panels.achieved().orElseThrow());
        assertThat(panels.due().endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        Milestone centre = index.get(ElementId.of("ms-1.2.1-a"), Milestone.class);
        assertThat(centre.achieved().orElseThrow().compareTo(centre.due())).isNegative();
    }

    @Test
    void netZeroBy2030IsALongTermOutcomePastThePlansEnd() {
        Outcome netZero = index.get(ElementId.of("o-2-1"), Outcome.class);

        assertThat(netZero.by()).contains(PlanDate.parse("2030"));
        assertThat(netZero.by().orElseThrow().isAfter(plan.period().endDate())).isTrue();
        assertThat(netZero.longTerm()).isTrue();
        assertThat(index.ofKind(ElementKind.OUTCOME)).filteredOn(o -> ((Outcome) o).longTerm()).hasSize(1);
    }

    @Test
    void anAnnualTargetWithQuarterlyActualsCannotRateAQuarter() {
        Measure calls = measure("m-calls");

        assertThat(calls.targetFor(ReportingPeriod.parse("2024/25")).flatMap(t -> t.value()))
                .contains(new BigDecimal("80"));
        assertThat(calls.actualFor(Q3).flatMap(a -> a.value())).contains(new BigDecimal("81.2"));
        assertThat(calls.rating(Q3).reason()).contains(Unrated.TARGET_FOR_OTHER_PERIOD);
        assertThat(calls.rating(ReportingPeriod.parse("2024/25")).reason()).contains(Unrated.NO_ACTUAL);
    }

    @Test
    void aTargetOverTheWholePlanIsGivenInNumberAndWords() {
        Measure homes = measure("m-homes");

        assertThat(homes.targetOverPlan()).hasValueSatisfying(target -> {
            assertThat(target.value()).contains(new BigDecimal("1000"));
            assertThat(target.text()).contains(Text.of("1,000 homes over the plan"));
        });
        assertThat(homes.rating(ReportingPeriod.parse("2023/24")).reason()).contains(Unrated.TARGET_FOR_OTHER_PERIOD);
    }

    @Test
    void aRunningTotalIsAsAtADateWithNoPeriod() {
        Measure prevention = measure("m-prevention");

        assertThat(prevention.latestActual()).hasValueSatisfying(actual -> {
            assertThat(actual.period()).isEmpty();
            assertThat(actual.asAt()).contains(LocalDate.of(2024, 12, 31));
            assertThat(actual.value()).contains(new BigDecimal("150"));
            assertThat(actual.text()).contains(Text.of("150 households helped to date"));
        });
    }

    @Test
    void aTargetInWordsCannotBeRated() {
        Measure schools = measure("m-schools");
        ReportingPeriod lastYear = ReportingPeriod.parse("2027/28");

        assertThat(schools.targetFor(lastYear).flatMap(t -> t.text()))
                .contains(Text.of("Every primary school rated good or outstanding"));
        assertThat(schools.rating(lastYear).reason()).contains(Unrated.TARGET_IN_WORDS);
    }

    @Test
    void aQualitativeMeasureHasNoUnitDirectionOrFrequency() {
        Measure listens = measure("m-listens");

        assertThat(listens.unit()).isEmpty();
        assertThat(listens.direction()).isEmpty();
        assertThat(listens.frequency()).isEmpty();
        assertThat(listens.targets()).singleElement().satisfies(target -> {
            assertThat(target.forWholePlan()).isTrue();
            assertThat(target.value()).isEmpty();
        });
        assertThat(listens.rating(ReportingPeriod.parse("2024")).reason()).contains(Unrated.NO_DIRECTION);
    }

    @Test
    void theCarbonMeasureIsLongTermWithItsNetZeroTargetPastThePlan() {
        Measure carbon = measure("m-carbon");

        assertThat(carbon.longTerm()).isTrue();
        assertThat(carbon.targets()).anySatisfy(target -> {
            assertThat(target.period().orElseThrow().endDate()).isAfter(plan.period().endDate());
            assertThat(target.text()).contains(Text.of("Net zero by 2030"));
        });
    }

    @Test
    void theHomesThemesRollUpIsAmberAndSaysWhyItsMeasuresHaveNoRagForTheQuarter() {
        RollUp rollUp = RollUp.of(index, ElementId.of("t-1"), Q3);

        assertThat(rollUp.status()).contains(RagStatus.AMBER);
        assertThat(rollUp.notReported()).extracting(item -> item.element().id().value(), RollUpItem::unrated)
                .containsExactly(tuple("m-homes", Optional.of(Unrated.TARGET_FOR_OTHER_PERIOD)),
                        tuple("m-prevention", Optional.of(Unrated.TARGET_FOR_OTHER_PERIOD)),
                        tuple("m-rough-sleeping", Optional.of(Unrated.TARGET_FOR_OTHER_PERIOD)));
    }

    @Test
    void aBoardOverseesThePlanAndTheDirectorsAnswerToIt() {
        assertThat(plan.overseenBy()).containsExactly(ElementId.of("own-plan-board"));
        Owner board = index.get(ElementId.of("own-plan-board"), Owner.class);
        assertThat(board.name()).isEqualTo(Text.of("Kestrelford Together Board"));
        assertThat(board.type()).contains(OwnerType.TEAM);
        assertThat(plan.owners()).filteredOn(owner -> owner.accountableTo().contains(board.id()))
                .extracting(owner -> owner.name().value())
                .containsExactly("Director of Place", "Director of People", "Director of Resources");
    }

    @Test
    void thisEditionWasSupersededByANamedLaterEditionOnADateByADecision() {
        assertThat(plan.edition()).hasValueSatisfying(edition -> {
            assertThat(edition.status()).isEqualTo(EditionStatus.SUPERSEDED);
            assertThat(edition.supersededBy()).hasValueSatisfying(later -> {
                assertThat(later.edition()).isEqualTo("2025 refresh");
                assertThat(later.on()).contains(LocalDate.of(2025, 2, 12));
                assertThat(later.decision()).hasValueSatisfying(decision -> {
                    assertThat(decision.body()).contains(Text.of("Cabinet"));
                    assertThat(decision.date()).contains(LocalDate.of(2025, 2, 12));
                    assertThat(decision.reference()).contains("Minute 87");
                });
            });
        });
        assertThat(plan.published()).contains(PlanDate.parse("2023-03"));
    }

    @Test
    void hasAVisionApartFromItsForeword() {
        assertThat(plan.vision()).hasValueSatisfying(vision -> {
            assertThat(vision.heading()).contains(Text.of("Our vision"));
            assertThat(plan.statements()).doesNotContain(vision);
        });
    }

    @Test
    void theForewordHasABulletListAndASignatoryWithoutARole() {
        List<Block> body = plan.statements().get(0).body();

        assertThat(body).filteredOn(block -> !block.list().isEmpty()).singleElement().satisfies(list -> {
            assertThat(list.numbered()).isFalse();
            assertThat(list.list()).hasSize(4);
        });
        assertThat(plan.statements().get(0).signatories()).extracting(Signatory::name, Signatory::role)
                .containsExactly(tuple("Councillor Joanna Breck", Optional.empty()));
    }

    @Test
    void theFourthThemeIsKnownOnlyByItsNumber() {
        Theme fourth = plan.themes().get(3);

        assertThat(fourth.name()).isEmpty();
        assertThat(fourth.label()).isEmpty();
        assertThat(fourth.number().orElseThrow().toString()).isEqualTo("4");
        assertThat(fourth.describe()).isEqualTo("theme 4");
        assertThat(index.theme(ElementId.of("d-4.1.1"))).contains(fourth);
    }
}
