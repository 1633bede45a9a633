package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.ids;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.milestone;
import static io.github.councilplan.trace.HandBuiltPlans.objective;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.owner;
import static io.github.councilplan.trace.HandBuiltPlans.period;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.principle;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.HandBuiltPlans.value;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanGapsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 15);

    private static PlanGaps gaps(Plan.Builder plan) {
        return PlanGaps.of(PlanIndex.of(plan.build()), AS_OF);
    }

    private static List<ElementId> named(PlanGaps gaps, GapKind kind) {
        return gaps.gaps(kind).stream().map(Gap::element).map(PlanElement::id).collect(Collectors.toList());
    }

    // outcome-unsupported

    @Test
    void outcomeOfAThemeWithAnUnlinkedDeliverableIsSupportedByContainment() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    @Test
    void outcomeOfAThemeWithoutDeliverablesIsUnsupported() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o")).build()));

        assertThat(named(gaps, GapKind.OUTCOME_UNSUPPORTED)).containsExactly(id("o"));
    }

    @Test
    void outcomeThatOnlyAMeasureEvidencesIsSupported() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o")).build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "o")));

        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    @Test
    void measureOfTheOutcomesThemeDoesNotSupportTheOutcome() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o")).build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "t")));

        assertThat(named(gaps, GapKind.OUTCOME_UNSUPPORTED)).containsExactly(id("o"));
    }

    @Test
    void outcomeIsUnsupportedWhenEveryDeliverableOfItsThemeIsLinkedToAnotherOutcome() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o1"), outcome("o2"))
                        .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build())
                .addLinks(link("d", LinkKind.CONTRIBUTES_TO, "o1")));

        assertThat(named(gaps, GapKind.OUTCOME_UNSUPPORTED)).containsExactly(id("o2"));
    }

    @Test
    void unsupportedOutcomeMessageNamesTheOutcome() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o")).build()));

        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED).get(0).message())
                .isEqualTo("outcome 'o' is served by no work, by links or by containment, and evidenced by"
                        + " no measure");
    }

    // deliverable-serves-no-outcome

    @Test
    void deliverableOfAThemeWithoutOutcomesServesNoOutcome() {
        PlanGaps gaps = gaps(plan().addThemes(
                theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(named(gaps, GapKind.WORK_SERVES_NO_OUTCOME)).containsExactly(id("d"));
        assertThat(gaps.gaps(GapKind.WORK_SERVES_NO_OUTCOME).get(0).message())
                .isEqualTo("deliverable 'd' serves no outcome: no contributesTo route leads from it or the work"
                        + " containing it to an outcome, and neither it, that work nor its theme holds an outcome");
    }

    @Test
    void deliverableLinkedToAnOutcomeOfAnotherThemeServesIt() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t1").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build(), theme("t2").addOutcomes(outcome("o")).build())
                .addLinks(link("d", LinkKind.CONTRIBUTES_TO, "o")));

        assertThat(gaps.gaps(GapKind.WORK_SERVES_NO_OUTCOME)).isEmpty();
        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    // deliverable-without-owner

    @Test
    void deliverableThatNamesAnOwnerHasOne() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addPriorities(priority("p")
                        .addDeliverables(deliverable("d").addOwners(id("own")).build()).build()).build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).isEmpty();
    }

    @Test
    void deliverableInheritsTheOwnerOfItsPriority() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addPriorities(priority("p").addOwners(id("own"))
                        .addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).isEmpty();
    }

    @Test
    void deliverableInheritsTheOwnerOfItsObjective() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addObjectives(objective("ob").addOwners(id("own"))
                        .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build())
                        .build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).isEmpty();
    }

    @Test
    void deliverableInheritsTheOwnerOfItsTheme() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addOwners(id("own"))
                        .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).isEmpty();
    }

    @Test
    void deliverableWithNoOwnerOnItOrAnyContainerIsAGapThatSaysWhereItLooked() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").number(DisplayNumber.of("1"))
                .addObjectives(objective("ob").addPriorities(priority("p").number(DisplayNumber.of("1.2"))
                        .addDeliverables(deliverable("d").number(DisplayNumber.of("1.2.3")).build()).build()).build())
                .build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).singleElement()
                .extracting(Gap::message)
                .isEqualTo("deliverable 1.2.3 has no owner, and neither has its priority 1.2, objective 'ob' or"
                        + " theme 1, whose owners it would inherit");
    }

    @Test
    void ownerOfAMeasureOfTheDeliverableIsNotItsOwner() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build())
                .addMeasures(measure("m").addOwners(id("own")).build())
                .addLinks(link("m", LinkKind.EVIDENCES, "d")));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_OWNER)).containsExactly(id("d"));
    }

    // deliverable-without-milestone

    @Test
    void deliverableWithoutMilestonesIsAGap() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p")
                .addDeliverables(deliverable("d1").addMilestones(milestone("m1")).build(), deliverable("d2").build())
                .build()).build()));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_MILESTONE)).containsExactly(id("d2"));
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MILESTONE).get(0).message())
                .isEqualTo("deliverable 'd2' has no milestones");
    }

    // deliverable-without-measure

    @Test
    void deliverableThatAMeasureEvidencesHasAMeasure() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "d")));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MEASURE)).isEmpty();
    }

    @Test
    void measureOfTheDeliverablesPriorityCountsForTheDeliverable() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "p")));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MEASURE)).isEmpty();
    }

    @Test
    void measureOfTheDeliverablesObjectiveCountsForTheDeliverable() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addObjectives(objective("ob")
                        .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build())
                        .build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "ob")));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MEASURE)).isEmpty();
    }

    @Test
    void measureOfTheDeliverablesThemeDoesNotCountForTheDeliverable() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "t")));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MEASURE)).singleElement().extracting(Gap::message)
                .isEqualTo("deliverable 'd' is evidenced by no measure, and neither is its priority 'p'");
    }

    @Test
    void measureOfAnOutcomeTheDeliverableServesDoesNotCountForTheDeliverable() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addOutcomes(outcome("o"))
                        .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "o")));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_MEASURE)).containsExactly(id("d"));
    }

    @Test
    void unresolvedEvidencesLinkDoesNotCount() {
        PlanGaps gaps = gaps(plan()
                .addThemes(theme("t").addPriorities(priority("p").addDeliverables(deliverable("d").build()).build())
                        .build())
                .addLinks(link("m-gone", LinkKind.EVIDENCES, "d")));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_MEASURE)).containsExactly(id("d"));
    }

    // priority-without-deliverables

    @Test
    void priorityWithoutDeliverablesIsAGap() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p1").build(),
                priority("p2").addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(named(gaps, GapKind.PRIORITY_WITHOUT_DELIVERABLES)).containsExactly(id("p1"));
        assertThat(gaps.gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES).get(0).message())
                .isEqualTo("priority 'p1' has no deliverables, though other priorities of the plan have some");
    }

    @Test
    void aPlanThatStopsAtPrioritiesHasNoPriorityWithoutDeliverables() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p1").build(), priority("p2").build())
                .build()));

        assertThat(gaps.gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEmpty();
    }

    @Test
    void aPriorityWithoutDeliverablesIsAGapWhenAPriorityOfAnotherThemeHasSome() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t1").addPriorities(priority("p1").build()).build(),
                theme("t2").addObjectives(objective("ob").addPriorities(priority("p2")
                        .addDeliverables(deliverable("d").build()).build()).build()).build()));

        assertThat(named(gaps, GapKind.PRIORITY_WITHOUT_DELIVERABLES)).containsExactly(id("p1"));
    }

    @Test
    void deliverablesStraightUnderAThemeDoNotMakeAPriorityWithoutThemAGap() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p").build())
                .addDeliverables(deliverable("pledge").build()).build()));

        assertThat(gaps.gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEmpty();
    }

    // work gaps at every level

    @Test
    void leafWorkAtEveryLevelHasItsGaps() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addObjectives(objective("ob").build())
                .addPriorities(priority("p").build())
                .addDeliverables(deliverable("d").build()).build()));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_MILESTONE)).containsExactly(id("ob"), id("p"), id("d"));
        assertThat(named(gaps, GapKind.WORK_WITHOUT_OWNER)).containsExactly(id("ob"), id("p"), id("d"));
        assertThat(named(gaps, GapKind.WORK_WITHOUT_MEASURE)).containsExactly(id("ob"), id("p"), id("d"));
        assertThat(gaps.gaps(GapKind.WORK_SERVES_NO_OUTCOME)).isEmpty();
    }

    @Test
    void workThatContainsWorkHasNoWorkGapsOfItsOwn() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addPriorities(priority("p").addDeliverables(deliverable("d").build()).build()).build()));

        assertThat(named(gaps, GapKind.WORK_WITHOUT_MILESTONE)).containsExactly(id("d"));
    }

    @Test
    void leafWorkThatHoldsAnOutcomeServesIt() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t")
                .addDeliverables(deliverable("d").addOutcomes(outcome("o-d")).build()).build()));

        assertThat(gaps.gaps(GapKind.WORK_SERVES_NO_OUTCOME)).isEmpty();
        assertThat(gaps.gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    // principle-unreflected

    @Test
    void aPrincipleThatNothingReflectsIsAGap() {
        PlanGaps gaps = gaps(plan().addPrinciples(principle("equality"), principle("climate"))
                .addThemes(theme("t").addDeliverables(deliverable("d").build()).build())
                .addLinks(link("d", LinkKind.REFLECTS, "climate")));

        assertThat(named(gaps, GapKind.PRINCIPLE_UNREFLECTED)).containsExactly(id("equality"));
        assertThat(gaps.gaps(GapKind.PRINCIPLE_UNREFLECTED).get(0).message())
                .isEqualTo("principle 'equality' is reflected by nothing");
    }

    @Test
    void aPrincipleReflectedByAMeasureOrAListItemIsReflected() {
        PlanGaps gaps = gaps(plan().addPrinciples(principle("pr1"), principle("pr2"))
                .addThemes(theme("t").addLists(ItemList.builder().id(id("l")).title(Text.of("We will:"))
                        .addItems(ListItem.of(id("i"), Text.of("listen"))).build()).build())
                .addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.REFLECTS, "pr1"), link("i", LinkKind.REFLECTS, "pr2")));

        assertThat(gaps.gaps(GapKind.PRINCIPLE_UNREFLECTED)).isEmpty();
    }

    @Test
    void aLinkThatReflectsASharedValueDoesNotReflectAPrinciple() {
        PlanGaps gaps = gaps(plan().addPrinciples(principle("pr")).addValues(value("v"))
                .addThemes(theme("t").addDeliverables(deliverable("d").build()).build())
                .addLinks(link("d", LinkKind.REFLECTS, "v")));

        assertThat(named(gaps, GapKind.PRINCIPLE_UNREFLECTED)).containsExactly(id("pr"));
    }

    // measure-without-target

    @Test
    void measureWithoutTargetsIsAGap() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m1").build(),
                measure("m2").putTargets(period("2024/25 Q1"), BigDecimal.ONE).build()));

        assertThat(named(gaps, GapKind.MEASURE_WITHOUT_TARGET)).containsExactly(id("m1"));
        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_TARGET).get(0).message())
                .isEqualTo("measure 'm1' has no target");
    }

    // measure-without-recent-actual

    @Test
    void measureWithAnActualForItsLatestEndedPeriodHasARecentActual() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m").putActuals(period("2025/26 Q1"), BigDecimal.ONE).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEmpty();
    }

    @Test
    void measureWhoseLatestActualIsForAnEarlierPeriodLacksARecentActual() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m").putActuals(period("2024/25 Q4"), BigDecimal.ONE).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).singleElement().extracting(Gap::message)
                .isEqualTo("measure 'm' has no actual for 2025/26 Q1 or later, its latest period that ended before"
                        + " 2025-08-15");
    }

    @Test
    void actualForALaterPeriodThanTheDueOneCounts() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m").putActuals(period("2025/26 Q2"), BigDecimal.ONE).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEmpty();
    }

    @Test
    void yearlyMeasureIsDueForTheLastFinancialYearThatEnded() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m").frequency(PeriodType.FINANCIAL_YEAR)
                .putActuals(period("2023/24"), BigDecimal.ONE).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).singleElement().extracting(Gap::message)
                .asString().contains("no actual for 2024/25 or later");
    }

    @Test
    void measureHasNoRecentActualGapBeforeAnyOfItsPeriodsHasEnded() {
        PlanGaps gaps = PlanGaps.of(PlanIndex.of(plan().addMeasures(measure("m").build()).build()),
                LocalDate.of(2024, 3, 31));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEmpty();
    }

    @Test
    void anActualAsAtTheEndOfTheDuePeriodOrLaterIsRecent() {
        PlanGaps gaps = gaps(plan().addMeasures(
                measure("on").addActuals(Observation.asAt(LocalDate.of(2025, 6, 30), BigDecimal.ONE)).build(),
                measure("after").addActuals(Observation.asAt(LocalDate.of(2025, 8, 1), BigDecimal.ONE)).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEmpty();
    }

    @Test
    void anActualAsAtADayBeforeTheDuePeriodEndsIsNotRecent() {
        PlanGaps gaps = gaps(plan().addMeasures(
                measure("m").addActuals(Observation.asAt(LocalDate.of(2025, 6, 29), BigDecimal.ONE)).build()));

        assertThat(named(gaps, GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).containsExactly(id("m"));
    }

    @Test
    void aMeasureWithoutAFrequencyIsNeverDueAnActual() {
        PlanGaps gaps = gaps(plan().addMeasures(measure("m").frequency(Optional.empty()).build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEmpty();
        assertThat(named(gaps, GapKind.MEASURE_WITHOUT_TARGET)).containsExactly(id("m"));
    }

    @Test
    void aTargetOverTheWholePlanOrInWordsIsATarget() {
        PlanGaps gaps = gaps(plan().addMeasures(
                measure("whole").addTargets(Target.overPlan(BigDecimal.TEN)).build(),
                measure("words").addTargets(Target.builder().period(period("2025/26")).text(Text.of("all")).build())
                        .build()));

        assertThat(gaps.gaps(GapKind.MEASURE_WITHOUT_TARGET)).isEmpty();
    }

    // latestDuePeriod

    private static final PeriodRange PLAN_2024_TO_2029 = PeriodRange.of(period("2024"), period("2029"));

    @Test
    void duePeriodIsTheLatestThatEndedBeforeTheDate() {
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.FINANCIAL_QUARTER, AS_OF))
                .contains(period("2025/26 Q1"));
    }

    @Test
    void periodEndingOnTheDateIsNotYetDue() {
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.FINANCIAL_QUARTER, LocalDate.of(2025, 6, 30)))
                .contains(period("2024/25 Q4"));
    }

    @Test
    void periodEndingTheDayBeforeTheDateIsDue() {
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.FINANCIAL_QUARTER, LocalDate.of(2025, 7, 1)))
                .contains(period("2025/26 Q1"));
    }

    @Test
    void periodThatStartsBeforeThePlanIsNeverDue() {
        // financial year 2023/24 ends in March 2024, but starts before the plan's first day
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.FINANCIAL_YEAR, LocalDate.of(2025, 1, 1)))
                .isEmpty();
    }

    @Test
    void afterThePlanTheLastPeriodInsideItIsDue() {
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.FINANCIAL_YEAR, LocalDate.of(2040, 1, 1)))
                .contains(period("2028/29"));
    }

    @Test
    void nothingIsDueOnThePlansFirstDay() {
        assertThat(PlanGaps.latestDuePeriod(PLAN_2024_TO_2029, PeriodType.MONTH, LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void duePeriodNearTheLastYearPeriodsMayHaveIsFound() {
        PeriodRange lastYears = PeriodRange.of(period("9997"), period("9998/99"));

        assertThat(PlanGaps.latestDuePeriod(lastYears, PeriodType.CALENDAR_YEAR, LocalDate.of(9999, 12, 31)))
                .contains(period("9998"));
    }

    @Test
    void duePeriodNearTheFirstYearPeriodsMayHaveIsEmptyRatherThanAnError() {
        PeriodRange firstYears = PeriodRange.of(period("1000"), period("1001"));

        assertThat(PlanGaps.latestDuePeriod(firstYears, PeriodType.FINANCIAL_YEAR, LocalDate.of(1000, 2, 1))).isEmpty();
    }

    // the report

    @Test
    void gapsAreGroupedByKindInEnumOrderThenInDocumentOrder() {
        PlanGaps gaps = gaps(plan().addPrinciples(principle("pr"))
                .addThemes(theme("t").addOutcomes(outcome("o")).addPriorities(priority("p1").build(),
                        priority("p2").build()).build(), theme("t2").addOutcomes(outcome("o2")).build())
                .addMeasures(measure("m").build()));

        assertThat(gaps.gaps()).extracting(Gap::kind, gap -> gap.element().id()).containsExactly(
                tuple(GapKind.OUTCOME_UNSUPPORTED, id("o2")),
                tuple(GapKind.WORK_WITHOUT_OWNER, id("p1")),
                tuple(GapKind.WORK_WITHOUT_OWNER, id("p2")),
                tuple(GapKind.WORK_WITHOUT_MILESTONE, id("p1")),
                tuple(GapKind.WORK_WITHOUT_MILESTONE, id("p2")),
                tuple(GapKind.WORK_WITHOUT_MEASURE, id("p1")),
                tuple(GapKind.WORK_WITHOUT_MEASURE, id("p2")),
                tuple(GapKind.PRINCIPLE_UNREFLECTED, id("pr")),
                tuple(GapKind.MEASURE_WITHOUT_TARGET, id("m")),
                tuple(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL, id("m")));
    }

    @Test
    void countsListEveryKindInEnumOrderWithZeros() {
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p1").build(),
                priority("p2").addDeliverables(deliverable("d").addMilestones(milestone("ms")).build()).build())
                .build()));

        assertThat(gaps.counts()).containsExactly(
                entry(GapKind.OUTCOME_UNSUPPORTED, 0),
                entry(GapKind.WORK_SERVES_NO_OUTCOME, 2),
                entry(GapKind.WORK_WITHOUT_OWNER, 2),
                entry(GapKind.WORK_WITHOUT_MILESTONE, 1),
                entry(GapKind.WORK_WITHOUT_MEASURE, 2),
                entry(GapKind.PRIORITY_WITHOUT_DELIVERABLES, 1),
                entry(GapKind.PRINCIPLE_UNREFLECTED, 0),
                entry(GapKind.MEASURE_WITHOUT_TARGET, 0),
                entry(GapKind.MEASURE_WITHOUT_RECENT_ACTUAL, 0));
        assertThat(gaps.size()).isEqualTo(8);
    }

    @Test
    void byKindHasEveryDefaultKindInEnumOrder() {
        PlanGaps gaps = gaps(plan());

        assertThat(gaps.byKind().keySet()).containsExactlyElementsOf(GapKind.defaults());
        assertThat(gaps.byKind().values()).allMatch(List::isEmpty);
    }

    @Test
    void planWithNothingMissingHasNoGaps() {
        PlanGaps gaps = gaps(plan().addOwners(owner("own"))
                .addThemes(theme("t").addOwners(id("own")).addOutcomes(outcome("o")).addPriorities(priority("p")
                        .addDeliverables(deliverable("d").addMilestones(milestone("ms")).build()).build()).build())
                .addMeasures(measure("m").putTargets(period("2025/26 Q1"), BigDecimal.TEN)
                        .putActuals(period("2025/26 Q1"), BigDecimal.TEN).build())
                .addLinks(link("m", LinkKind.EVIDENCES, "d")));

        assertThat(gaps.isEmpty()).isTrue();
        assertThat(gaps.toString()).isEqualTo("0 gaps as of 2025-08-15");
    }

    @Test
    void reportPrintsAHeadLineThenOneLinePerGap() {
        PlanGaps gaps = gaps(plan().addPrinciples(principle("pr")));

        assertThat(gaps.toString()).isEqualTo("1 gap as of 2025-08-15\n"
                + "principle-unreflected: principle 'pr' is reflected by nothing");
    }

    @Test
    void reportKeepsTheDateItWasMadeFor() {
        assertThat(gaps(plan()).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void nullDateIsRefused() {
        PlanIndex index = PlanIndex.of(plan().build());

        assertThatThrownBy(() -> PlanGaps.of(index, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void ownerListsAreCheckedAsGivenNotResolved() {
        // an owner id that names no owner is the validator's concern; the deliverable names one
        PlanGaps gaps = gaps(plan().addThemes(theme("t").addPriorities(priority("p")
                .addDeliverables(deliverable("d").addAllOwners(ids("nobody")).build()).build()).build()));

        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_OWNER)).isEmpty();
    }
}
