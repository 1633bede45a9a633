package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.MetricReference;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.message.ElementLabels;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.trace.PlanFacts.Placed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PlanGaps} over arbitrary valid plans and dates: each kind of gap is reported for exactly
 * the elements that meet its documented condition, checked by {@link PlanFacts}. Plans come from
 * {@link LinkedPlans}.
 */
class PlanGapsPropertyTest {

    /** A plan and a date from a year before it starts to a year after it ends. */
    record Dated(Plan plan, LocalDate asOf) {}

    @Provide
    Arbitrary<Dated> dated() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 100_000))
                .as((plan, seed) -> {
                    LocalDate from = plan.period().startDate().minusYears(1);
                    long days = ChronoUnit.DAYS.between(from, plan.period().endDate().plusYears(1)) + 1;
                    return new Dated(plan, from.plusDays(seed % days));
                });
    }

    private static PlanGaps gaps(Dated dated) {
        return PlanGaps.of(PlanIndex.of(dated.plan()), dated.asOf());
    }

    private static List<ElementId> reported(Dated dated, GapKind kind) {
        return gaps(dated).gaps(kind).stream().map(g -> g.element().id()).collect(Collectors.toList());
    }

    private static List<ElementId> leafWorkWhere(PlanFacts facts, Predicate<Placed> condition) {
        return facts.leafWork().stream().filter(condition).map(p -> p.work().id()).collect(Collectors.toList());
    }

    @Property(tries = 100)
    void everyGapNamesAnElementOfItsKindThatThePlanHas(@ForAll("dated") Dated dated) {
        List<PlanElement> elements = dated.plan().elements();
        ElementLabels<ElementId> labels = ElementLabels.of(PlanIndex.of(dated.plan()), Optional.empty());

        for (Gap gap : gaps(dated).gaps()) {
            assertThat(gap.kind().elementKinds()).contains(gap.element().kind());
            assertThat(elements).contains(gap.element());
            assertThat(gap.message()).startsWith(labels.mention(gap.element().id()) + " ");
        }
    }

    @Property(tries = 100)
    void checkingMoreKindsAddsTheirGapsAndChangesNoOther(@ForAll("dated") Dated dated) {
        PlanGaps defaults = gaps(dated);
        PlanGaps all = PlanGaps.of(PlanIndex.of(dated.plan()), dated.asOf(), java.util.EnumSet.allOf(GapKind.class));

        for (GapKind kind : GapKind.defaults()) {
            assertThat(all.gaps(kind)).isEqualTo(defaults.gaps(kind));
        }
        assertThat(all.kinds()).containsExactly(GapKind.values());
        assertThat(defaults.gaps(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC)).isEmpty();
    }

    @Property(tries = 100)
    void withoutNationalMetricsEveryOutcomeIsAGapAndWithThemEverywhereOnlyOutcomesWithoutMeasuresAre(
            @ForAll("dated") Dated dated) {
        Set<GapKind> national = java.util.EnumSet.of(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC);
        Plan none = Plan.builder().from(dated.plan()).measures(dated.plan().measures().stream()
                .map(m -> Measure.builder().from(m).metrics(List.of()).build()).collect(Collectors.toList())).build();
        Plan every = Plan.builder().from(dated.plan()).measures(dated.plan().measures().stream()
                .map(m -> Measure.builder().from(m).metrics(List.of(MetricReference.lgInform(7))).build())
                .collect(Collectors.toList())).build();

        List<Gap> withNone = PlanGaps.of(PlanIndex.of(none), dated.asOf(), national).gaps();
        List<Gap> withEvery = PlanGaps.of(PlanIndex.of(every), dated.asOf(), national).gaps();

        assertThat(withNone).extracting(gap -> gap.element().id())
                .containsExactlyElementsOf(PlanIndex.of(none).ofKind(ElementKind.OUTCOME).stream()
                        .map(PlanElement::id).collect(Collectors.toList()));
        assertThat(withEvery).allMatch(gap -> gap.message().endsWith(" has no measure, so no national metric"));
    }

    @Property(tries = 100)
    void gapsAreTheGroupsOfEveryKindInOrderAndCountsAgree(@ForAll("dated") Dated dated) {
        PlanGaps gaps = gaps(dated);

        List<Gap> concatenated = new ArrayList<>();
        for (GapKind kind : GapKind.values()) {
            concatenated.addAll(gaps.gaps(kind));
            assertThat(gaps.count(kind)).isEqualTo(gaps.gaps(kind).size());
            assertThat(gaps.gaps(kind)).allMatch(gap -> gap.kind() == kind);
        }
        assertThat(gaps.gaps()).isEqualTo(concatenated);
        assertThat(gaps.counts().keySet()).containsExactlyElementsOf(GapKind.defaults());
        assertThat(gaps.size()).isEqualTo(concatenated.size());
    }

    @Property(tries = 100)
    void outcomeIsUnsupportedIffNoWorkServesItAndNoMeasureEvidencesIt(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = facts.outcomes().stream().filter(o -> !facts.supported(o)).map(Outcome::id)
                .collect(Collectors.toList());

        assertThat(reported(dated, GapKind.OUTCOME_UNSUPPORTED)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void leafWorkServesNoOutcomeIffNoOutcomeIsServedByIt(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = leafWorkWhere(facts,
                p -> facts.outcomes().stream().noneMatch(o -> facts.index.workServing(o.id()).stream()
                        .anyMatch(w -> w.element().id().equals(p.work().id()))));

        assertThat(reported(dated, GapKind.WORK_SERVES_NO_OUTCOME)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void leafWorkLacksAnOwnerIffNeitherItNorAContainerNamesOne(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = leafWorkWhere(facts, p -> p.work().owners().isEmpty()
                && p.containers().stream().allMatch(w -> w.owners().isEmpty())
                && p.theme().owners().isEmpty());

        assertThat(reported(dated, GapKind.WORK_WITHOUT_OWNER)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void leafWorkLacksAMilestoneIffItHasNone(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = leafWorkWhere(facts, p -> p.work().milestones().isEmpty());

        assertThat(reported(dated, GapKind.WORK_WITHOUT_MILESTONE)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void leafWorkLacksAMeasureIffNoMeasureEvidencesItOrTheWorkContainingIt(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = leafWorkWhere(facts, p -> {
            Set<ElementId> work = new HashSet<>(Set.of(p.work().id()));
            p.containers().forEach(w -> work.add(w.id()));
            return !facts.evidenced(work);
        });

        assertThat(reported(dated, GapKind.WORK_WITHOUT_MEASURE)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void priorityLacksDeliverablesIffItHasNoneAndAnotherPriorityHasSome(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());
        boolean someHave = facts.priorities().stream().anyMatch(p -> !p.deliverables().isEmpty());

        List<ElementId> expected = facts.priorities().stream().filter(p -> someHave && p.deliverables().isEmpty())
                .map(Priority::id).collect(Collectors.toList());

        assertThat(reported(dated, GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void measureLacksATargetIffItHasNone(@ForAll("dated") Dated dated) {
        List<ElementId> expected = dated.plan().measures().stream().filter(m -> m.targets().isEmpty())
                .map(Measure::id).collect(Collectors.toList());

        assertThat(reported(dated, GapKind.MEASURE_WITHOUT_TARGET)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void principleIsUnreflectedIffNoReflectsLinkEndsAtIt(@ForAll("dated") Dated dated) {
        PlanFacts facts = new PlanFacts(dated.plan());

        List<ElementId> expected = dated.plan().principles().stream()
                .filter(p -> facts.resolvedLinks().stream()
                        .noneMatch(l -> l.kind() == LinkKind.REFLECTS && l.to().equals(p.id())))
                .map(Principle::id).collect(Collectors.toList());

        assertThat(reported(dated, GapKind.PRINCIPLE_UNREFLECTED)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void measureLacksARecentActualIffItHasAFrequencyAndNoActualForItsDuePeriodOrLater(@ForAll("dated") Dated dated) {
        PeriodRange range = dated.plan().period();

        List<ElementId> expected = dated.plan().measures().stream()
                .filter(m -> m.frequency().flatMap(frequency -> due(range, frequency, dated.asOf()))
                        .map(due -> m.actuals().stream().noneMatch(actual -> actual.period()
                                .map(p -> p.compareTo(due) >= 0)
                                .orElseGet(() -> !actual.asAt().orElseThrow().isBefore(due.endDate()))))
                        .orElse(false))
                .map(Measure::id).collect(Collectors.toList());

        assertThat(reported(dated, GapKind.MEASURE_WITHOUT_RECENT_ACTUAL)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void duePeriodIsTheLastPeriodInsideThePlanThatEndedBeforeTheDate(@ForAll("dated") Dated dated,
            @ForAll PeriodType type) {
        PeriodRange range = dated.plan().period();

        assertThat(PlanGaps.latestDuePeriod(range, type, dated.asOf())).isEqualTo(due(range, type, dated.asOf()));
    }

    /** Every period of the type inside the range, one after another; the last that ended before the date. */
    private static Optional<ReportingPeriod> due(PeriodRange range, PeriodType type, LocalDate asOf) {
        Optional<ReportingPeriod> due = Optional.empty();
        for (ReportingPeriod p = ReportingPeriod.of(type, range.startDate()); !p.startDate().isAfter(range.endDate());
                p = p.next()) {
            if (range.encloses(p) && p.endDate().isBefore(asOf)) {
                due = Optional.of(p);
            }
        }
        return due;
    }
}
