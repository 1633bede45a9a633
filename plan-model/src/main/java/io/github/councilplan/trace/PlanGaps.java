package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.message.ElementLabels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The gaps in a plan's traceability as of a date: outcomes nothing supports; leaf work that serves
 * no outcome or lacks an owner, a milestone or a measure; priorities without deliverables where the
 * plan has them elsewhere; principles nothing reflects; measures without a target or a recent
 * actual.
 *
 * <p>{@link #of(PlanIndex, LocalDate)} finds every gap, by these rules (one {@link GapKind} each).
 * Leaf work is what {@link PlanIndex#leafWork()} lists: the objectives, priorities and
 * deliverables that contain no other work, whatever level the plan stops at.
 * <ul>
 *   <li>{@link GapKind#OUTCOME_UNSUPPORTED outcome-unsupported}: an outcome is <em>supported</em>
 *       when leaf work serves it, by explicit links or by containment, as
 *       {@link PlanIndex#workServing} answers (work of related plans given with the index
 *       included), or a measure evidences it directly (an {@code evidences} link from a measure to
 *       the outcome). A measure that evidences the outcome's theme, or a piece of work, does not
 *       support the outcome by itself: the work does, if it serves the outcome.
 *   <li>{@link GapKind#WORK_SERVES_NO_OUTCOME work-serves-no-outcome}: no outcome is served by the
 *       leaf work ({@link PlanIndex#outcomesServedBy} is empty).
 *   <li>{@link GapKind#WORK_WITHOUT_OWNER work-without-owner}: neither the leaf work nor any element
 *       that contains it (the work above it, its theme) names an owner. Work without owners of its
 *       own inherits those of its nearest container that names some, so it is not a gap.
 *   <li>{@link GapKind#WORK_WITHOUT_MILESTONE work-without-milestone}: the leaf work has no
 *       milestones.
 *   <li>{@link GapKind#WORK_WITHOUT_MEASURE work-without-measure}: no measure evidences the leaf
 *       work, nor the work that contains it (the containers whose {@code contributesTo} links
 *       {@link PlanIndex} also follows). A measure of the whole theme does not count: it is too
 *       broad to show progress on one piece of work.
 *   <li>{@link GapKind#PRIORITY_WITHOUT_DELIVERABLES priority-without-deliverables}: the priority
 *       has no deliverables, and another priority of the plan has some. A plan that stops at
 *       priorities has none of these gaps.
 *   <li>{@link GapKind#PRINCIPLE_UNREFLECTED principle-unreflected}: no {@code reflects} link, of
 *       this plan or of a related plan given with the index, ends at the principle.
 *   <li>{@link GapKind#MEASURE_WITHOUT_TARGET measure-without-target}: the measure has no target,
 *       for any period or over the whole plan.
 *   <li>{@link GapKind#MEASURE_WITHOUT_RECENT_ACTUAL measure-without-recent-actual}: the measure has
 *       a frequency and a {@linkplain #latestDuePeriod latest due period} as of the date, and no
 *       actual for that period or any period that sorts after it, nor one as at a date on or after
 *       that period's end. A measure with no frequency, or no due period yet (the date is too early
 *       in the plan for one of its periods to have ended), has no such gap.
 *   <li>{@link GapKind#OUTCOME_WITHOUT_NATIONAL_METRIC outcome-without-national-metric}, checked
 *       only when asked: none of the outcome's measures (those with an {@code evidences} link to
 *       it, or to leaf work of this plan that serves it or to the work containing that work) has
 *       a national metric ({@link Measure#hasNationalMetric()}).
 * </ul>
 * Only resolved links count (see {@link PlanIndex#unresolvedLinks()}), and an {@code evidences}
 * link counts only when it starts at a measure.
 *
 * <p>The report lists the gaps grouped by kind in the order of {@link GapKind}, and within a kind
 * in document order, so it prints the same way every time. The date is always the caller's: the
 * report never reads the clock. To allow for the time it takes to collect a period's figures,
 * pass a date that much earlier.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class PlanGaps {
    private final LocalDate asOf;
    private final Set<GapKind> kinds;
    private final Map<GapKind, List<Gap>> byKind;
    private final List<Gap> all;
    private final Map<GapKind, Integer> counts;

    private PlanGaps(LocalDate asOf, Set<GapKind> kinds, Map<GapKind, List<Gap>> byKind) {
        this.asOf = asOf;
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        Map<GapKind, List<Gap>> frozen = new EnumMap<>(GapKind.class);
        Map<GapKind, Integer> sizes = new EnumMap<>(GapKind.class);
        List<Gap> every = new ArrayList<>();
        for (GapKind kind : this.kinds) {
            List<Gap> gaps = List.copyOf(byKind.getOrDefault(kind, List.of()));
            frozen.put(kind, gaps);
            sizes.put(kind, gaps.size());
            every.addAll(gaps);
        }
        this.byKind = Collections.unmodifiableMap(frozen);
        this.counts = Collections.unmodifiableMap(sizes);
        this.all = List.copyOf(every);
    }

    /**
     * Finds the gaps in the indexed plan as of a date, by the rules in the class description.
     *
     * @param index the index of the plan, not null
     * @param asOf the date the report is for, which decides which period's actual each measure
     *     is due to have; not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public static PlanGaps of(PlanIndex index, LocalDate asOf) {
        return of(index, asOf, GapKind.defaults());
    }

    /**
     * Finds the gaps of some kinds in the indexed plan as of a date, by the rules in the class
     * description: the {@linkplain GapKind#defaults() default kinds}, or others such as
     * {@link GapKind#OUTCOME_WITHOUT_NATIONAL_METRIC}.
     *
     * @param index the index of the plan, not null
     * @param asOf the date the report is for, not null
     * @param kinds the kinds to check, at least one; not null
     * @return the report, of these kinds only; not null
     * @throws NullPointerException if an argument is null or {@code kinds} holds null
     * @throws IllegalArgumentException if {@code kinds} is empty
     */
    public static PlanGaps of(PlanIndex index, LocalDate asOf, Set<GapKind> kinds) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(kinds, "kinds").forEach(kind -> Objects.requireNonNull(kind, "kinds holds null"));
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds: give at least one kind of gap to check");
        }
        Map<GapKind, List<Gap>> gaps = new EnumMap<>(GapKind.class);
        ElementLabels<ElementId> labels = ElementLabels.of(index, Optional.empty());
        for (PlanElement element : index.ofKind(ElementKind.OUTCOME)) {
            if (!Coverage.isSupported(index, (Outcome) element)) {
                add(gaps, GapKind.OUTCOME_UNSUPPORTED, element, labels.mention(element.id())
                        + " is served by no work, by links or by containment, and evidenced by no measure");
            }
        }
        for (Work work : index.leafWork()) {
            workGaps(index, labels, work, gaps);
        }
        boolean deliverablesUnderPriorities = index.ofKind(ElementKind.PRIORITY).stream()
                .anyMatch(priority -> !((Priority) priority).deliverables().isEmpty());
        for (PlanElement element : index.ofKind(ElementKind.PRIORITY)) {
            if (deliverablesUnderPriorities && ((Priority) element).deliverables().isEmpty()) {
                add(gaps, GapKind.PRIORITY_WITHOUT_DELIVERABLES, element, labels.mention(element.id())
                        + " has no deliverables, though other priorities of the plan have some");
            }
        }
        for (PlanElement element : index.ofKind(ElementKind.PRINCIPLE)) {
            if (!index.hasLinkInto(element.id(), LinkKind.REFLECTS)) {
                add(gaps, GapKind.PRINCIPLE_UNREFLECTED, element, labels.mention(element.id())
                        + " is reflected by nothing");
            }
        }
        PeriodRange range = index.plan().period();
        for (PlanElement element : index.ofKind(ElementKind.MEASURE)) {
            Measure measure = (Measure) element;
            if (measure.targets().isEmpty()) {
                add(gaps, GapKind.MEASURE_WITHOUT_TARGET, measure, labels.mention(measure.id())
                        + " has no target");
            }
            measure.frequency()
                    .flatMap(frequency -> latestDuePeriod(range, frequency, asOf))
                    .filter(due -> !hasActualSince(measure, due))
                    .ifPresent(due -> add(gaps, GapKind.MEASURE_WITHOUT_RECENT_ACTUAL, measure,
                            labels.mention(measure.id()) + " has no actual for " + due + " or later, its latest period that ended before " + asOf));
        }
        if (kinds.contains(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC)) {
            for (PlanElement element : index.ofKind(ElementKind.OUTCOME)) {
                List<Measure> measures = measuresOf(index, element.id());
                if (measures.stream().noneMatch(Measure::hasNationalMetric)) {
                    add(gaps, GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC, element, labels.mention(element.id())
                            + (measures.isEmpty() ? " has no measure, so no national metric"
                                    : " has no national metric among its " + measures.size()
                                            + (measures.size() == 1 ? " measure" : " measures")));
                }
            }
        }
        return new PlanGaps(asOf, kinds, gaps);
    }

    /** The measures of an outcome: those that evidence it, or evidence leaf work that serves it. */
    private static List<Measure> measuresOf(PlanIndex index, ElementId outcome) {
        Set<Measure> measures = new LinkedHashSet<>(Coverage.measuresEvidencing(index, outcome));
        for (Traced<Work> work : index.workServing(outcome)) {
            if (work.otherPlan().isEmpty()) {
                measures.addAll(Coverage.measuresOfWork(index, work.element()));
            }
        }
        return List.copyOf(measures);
    }

    private static boolean hasActualSince(Measure measure, ReportingPeriod due) {
        for (Observation actual : measure.actuals()) {
            if (actual.period().map(period -> period.compareTo(due) >= 0).orElse(false)
                    || actual.asAt().map(date -> !date.isBefore(due.endDate())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static void workGaps(PlanIndex index, ElementLabels<ElementId> labels, Work work,
            Map<GapKind, List<Gap>> gaps) {
        String name = labels.mention(work.id());
        if (index.outcomesServedBy(work.id()).isEmpty()) {
            add(gaps, GapKind.WORK_SERVES_NO_OUTCOME, work, name + " serves no outcome: no contributesTo route leads"
                    + " from it or the work containing it to an outcome, and neither it, that work nor its theme holds"
                    + " an outcome");
        }
        if (!Coverage.hasOwner(index, work)) {
            String containers = Coverage.describeContainers(Coverage.workAndContainers(index, work), labels);
            add(gaps, GapKind.WORK_WITHOUT_OWNER, work, name + " has no owner"
                    + (containers.isEmpty() ? "" : ", and neither has " + containers + ", whose owners it would inherit"));
        }
        if (work.milestones().isEmpty()) {
            add(gaps, GapKind.WORK_WITHOUT_MILESTONE, work, name + " has no milestones");
        }
        if (Coverage.measuresOfWork(index, work).isEmpty()) {
            String containers = Coverage.describeContainers(Coverage.workAndWorkContainers(index, work), labels);
            add(gaps, GapKind.WORK_WITHOUT_MEASURE, work, name + " is evidenced by no measure"
                    + (containers.isEmpty() ? "" : ", and neither is " + containers));
        }
    }

    private static void add(Map<GapKind, List<Gap>> gaps, GapKind kind, PlanElement element, String message) {
        gaps.computeIfAbsent(kind, k -> new ArrayList<>()).add(Gap.of(kind, element, message));
    }

    /**
     * Returns the latest period of a measure's frequency that a plan expects an actual for as of
     * a date: the latest period of that type that lies wholly within the plan's range and ended
     * before the date (a period ending on the day before {@code asOf} counts; one ending on
     * {@code asOf} does not). After the plan's range has ended, that is its last period of the
     * type.
     *
     * <p>For a plan of 2024 to 2029 as of 15 August 2025, a quarterly measure's due period is
     * {@code 2025/26 Q1} (April to June 2025) and a yearly one's {@code 2024/25}; as of 1 April
     * 2024 a yearly measure has none.
     *
     * @param range the plan's range, not null
     * @param frequency the type of period, not null
     * @param asOf the date, not null
     * @return the period, or empty if no period of the type within the range has ended by then;
     *     not null
     * @throws NullPointerException if an argument is null
     */
    public static Optional<ReportingPeriod> latestDuePeriod(PeriodRange range, PeriodType frequency, LocalDate asOf) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(asOf, "asOf");
        if (!asOf.isAfter(range.startDate())) {
            return Optional.empty();
        }
        LocalDate lastDay = asOf.isAfter(range.endDate()) ? range.endDate() : asOf.minusDays(1);
        Optional<ReportingPeriod> containing = period(() -> ReportingPeriod.of(frequency, lastDay));
        LocalDate lastPossible = LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31);
        if (containing.isEmpty() && lastDay.isAfter(lastPossible)) {
            // the period holding lastDay starts after the last year a period may start in
            containing = period(() -> ReportingPeriod.of(frequency, lastPossible));
        }
        Optional<ReportingPeriod> ended = containing.flatMap(period -> period.endDate().isAfter(lastDay)
                ? period(period::previous)
                : Optional.of(period));
        return ended.filter(range::encloses);
    }

    /** The period, or empty if it would lie outside the years periods may have. */
    private static Optional<ReportingPeriod> period(Supplier<ReportingPeriod> period) {
        try {
            return Optional.of(period.get());
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    /**
     * Returns the kinds of gap the report checked, in the order of {@link GapKind}.
     *
     * @return an unmodifiable set, not null
     */
    public Set<GapKind> kinds() {
        return kinds;
    }

    /**
     * Returns the date the report is for.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns every gap: grouped by kind in the order of {@link GapKind}, each group in document
     * order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Gap> gaps() {
        return all;
    }

    /**
     * Returns the gaps of one kind, in document order.
     *
     * @param kind the kind, not null
     * @return an unmodifiable list, empty if there are none or the kind was not checked; not null
     * @throws NullPointerException if {@code kind} is null
     */
    public List<Gap> gaps(GapKind kind) {
        return byKind.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of());
    }

    /**
     * Returns the gaps grouped by kind: every kind checked, in the order of {@link GapKind}, with its
     * gaps in document order (an empty list for a kind with none).
     *
     * @return an unmodifiable map, iterating in the order of {@link GapKind}; not null
     */
    public Map<GapKind, List<Gap>> byKind() {
        return byKind;
    }

    /**
     * Returns how many gaps there are of each kind: every kind checked, in the order of
     * {@link GapKind}, zero for a kind with none.
     *
     * @return an unmodifiable map, iterating in the order of {@link GapKind}; not null
     */
    public Map<GapKind, Integer> counts() {
        return counts;
    }

    /**
     * Returns how many gaps there are of one kind.
     *
     * @param kind the kind, not null
     * @return the number, zero or more (zero for a kind not checked)
     * @throws NullPointerException if {@code kind} is null
     */
    public int count(GapKind kind) {
        return counts.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
    }

    /**
     * Returns how many gaps there are in all.
     *
     * @return the number, zero or more
     */
    public int size() {
        return all.size();
    }

    /**
     * Tells whether the plan has no gaps.
     *
     * @return true if there are none
     */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * Returns the report as one line per gap ({@link Gap#toString()}), after a line with the date
     * and the number of gaps.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(all.size()).append(all.size() == 1 ? " gap" : " gaps").append(" as of ").append(asOf);
        all.forEach(gap -> text.append('\n').append(gap));
        return text.toString();
    }
}
