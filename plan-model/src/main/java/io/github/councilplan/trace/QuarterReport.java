package io.github.councilplan.trace;

import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.Rating;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A committee's performance report on a plan for one reporting period (usually a quarter), as at a
 * reporting date: per theme, how many measures are in each {@link RagState}, and one line per
 * measure with its actual, target, state, forecast, trend and commentary.
 *
 * <p><b>Grouping.</b> There is a {@link Group} per theme, in the plan's order, even a theme with no
 * measure. A measure belongs to a theme when it has an {@link LinkKind#EVIDENCES evidences} link to
 * the theme or to anything the theme contains (its outcomes, objectives, priorities, deliverables,
 * commitments); a measure linked into several themes has a line in each, and counts in each
 * distribution. Measures linked into no theme (none of their evidences links resolves to an element
 * of a theme of this plan) form a last group, {@linkplain Group#theme() without a theme}, present
 * only when there is such a measure. Within a group, measures are in document order.
 *
 * <p><b>Each line</b> rates the measure for the period against the target in force at the reporting
 * date ({@link Measure#rating(ReportingPeriod, LocalDate)}), and shows the target as adopted where
 * revisions changed it; see {@link Line}.
 *
 * <p>Built in time linear in the number of measures and links. Immutable and thread-safe; no method
 * accepts or returns null.
 */
public final class QuarterReport {
    private final PlanIndex index;
    private final ReportingPeriod period;
    private final LocalDate reportingDate;
    private final List<Group> groups;
    private final Map<RagState, Integer> totals;

    private QuarterReport(PlanIndex index, ReportingPeriod period, LocalDate reportingDate, List<Group> groups,
            Map<RagState, Integer> totals) {
        this.index = index;
        this.period = period;
        this.reportingDate = reportingDate;
        this.groups = List.copyOf(groups);
        this.totals = totals;
    }

    /**
     * Makes the report for a period as at the period's last day.
     *
     * @param index the index of the plan, not null
     * @param period the period reported on, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public static QuarterReport of(PlanIndex index, ReportingPeriod period) {
        return of(index, period, Objects.requireNonNull(period, "period").endDate());
    }

    /**
     * Makes the report for a period as at a reporting date, whose targets in force are those used.
     *
     * @param index the index of the plan, not null
     * @param period the period reported on, not null
     * @param reportingDate the date the report is made as at, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public static QuarterReport of(PlanIndex index, ReportingPeriod period, LocalDate reportingDate) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportingDate, "reportingDate");
        List<Theme> themes = index.plan().themes();
        Map<ElementId, Integer> themeNumbers = new HashMap<>();
        List<List<Line>> lines = new ArrayList<>();
        for (Theme theme : themes) {
            themeNumbers.putIfAbsent(theme.id(), lines.size());
            lines.add(new ArrayList<>());
        }
        List<Line> unlinked = new ArrayList<>();
        ReportingPeriod previous = Trend.previous(period);
        for (PlanElement element : index.ofKind(ElementKind.MEASURE)) {
            Measure measure = (Measure) element;
            Line line = null;
            int last = -1;
            boolean[] added = null;
            for (Link link : index.linksFrom(measure.id(), LinkKind.EVIDENCES)) {
                if (link.toPlan().isPresent() || !index.contains(link.to())) {
                    continue;
                }
                Optional<Theme> theme = index.theme(link.to());
                Integer number = theme.map(t -> themeNumbers.get(t.id())).orElse(null);
                if (number == null || number == last) {
                    continue;
                }
                if (added == null) {
                    added = new boolean[lines.size()];
                } else if (added[number]) {
                    continue;
                }
                added[number] = true;
                last = number;
                if (line == null) {
                    line = new Line(measure, period, previous, reportingDate);
                }
                lines.get(number).add(line);
            }
            if (line == null) {
                unlinked.add(new Line(measure, period, previous, reportingDate));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            groups.add(new Group(Optional.of(themes.get(i)), lines.get(i)));
        }
        if (!unlinked.isEmpty()) {
            groups.add(new Group(Optional.empty(), unlinked));
        }
        Map<RagState, Integer> totals = zeroes();
        for (PlanElement element : index.ofKind(ElementKind.MEASURE)) {
            totals.merge(((Measure) element).rating(period, reportingDate).state(), 1, Integer::sum);
        }
        return new QuarterReport(index, period, reportingDate, groups, Collections.unmodifiableMap(totals));
    }

    /** A count of zero for every state, in the states' order; mutable, for counting into. */
    static Map<RagState, Integer> zeroes() {
        Map<RagState, Integer> counts = new EnumMap<>(RagState.class);
        for (RagState state : RagState.values()) {
            counts.put(state, 0);
        }
        return counts;
    }

    /**
     * Returns the index of the plan reported on.
     *
     * @return the index, not null
     */
    public PlanIndex index() {
        return index;
    }

    /**
     * Returns the period reported on.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the date the report is made as at: the targets in force on it are those used.
     *
     * @return the date, not null
     */
    public LocalDate reportingDate() {
        return reportingDate;
    }

    /**
     * Returns the groups: one per theme in the plan's order, then the measures linked to no theme,
     * if any.
     *
     * @return an unmodifiable list, not null
     */
    public List<Group> groups() {
        return groups;
    }

    /**
     * Returns how many of the plan's measures are in each state, each measure counted once however
     * many themes it is linked to: every state, in {@link RagState}'s order, zero included.
     *
     * @return an unmodifiable map, not null
     */
    public Map<RagState, Integer> totals() {
        return totals;
    }

    /**
     * Describes the report, as {@code "report for 2025/26 Q2 as at 2025-09-30: 3 groups"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "report for " + period + " as at " + reportingDate + ": " + groups.size() + " groups";
    }

    /**
     * The measures of one theme, or those linked to no theme, with the distribution of their states.
     * Immutable and thread-safe.
     */
    public static final class Group {
        private final Optional<Theme> theme;
        private final List<Line> lines;
        private final Map<RagState, Integer> distribution;

        private Group(Optional<Theme> theme, List<Line> lines) {
            this.theme = theme;
            this.lines = List.copyOf(lines);
            Map<RagState, Integer> counts = zeroes();
            for (Line line : lines) {
                counts.merge(line.state(), 1, Integer::sum);
            }
            this.distribution = Collections.unmodifiableMap(counts);
        }

        /**
         * Returns the theme.
         *
         * @return the theme, or empty for the group of measures linked to no theme; not null
         */
        public Optional<Theme> theme() {
            return theme;
        }

        /**
         * Returns one line per measure, in document order.
         *
         * @return an unmodifiable list, not null
         */
        public List<Line> lines() {
            return lines;
        }

        /**
         * Returns how many lines are in each state: every state, in {@link RagState}'s order, zero
         * included; the counts add up to the number of lines.
         *
         * @return an unmodifiable map, not null
         */
        public Map<RagState, Integer> distribution() {
            return distribution;
        }

        /**
         * Returns how many lines are in one state.
         *
         * @param state the state, not null
         * @return the number, zero or more
         * @throws NullPointerException if {@code state} is null
         */
        public int count(RagState state) {
            return distribution.get(Objects.requireNonNull(state, "state"));
        }

        /**
         * Describes the group, as {@code "theme t1: 3 measures"}.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return theme.map(t -> "theme " + t.id()).orElse("not linked to a theme") + ": " + lines.size()
                    + " measures";
        }
    }

    /**
     * One measure's line in a report. Immutable and thread-safe.
     */
    public static final class Line {
        private final Measure measure;
        private final Rating rating;
        private final Optional<Observation> actual;
        private final Optional<Target> target;
        private final Optional<Target> adopted;
        private final Trend trend;

        private Line(Measure measure, ReportingPeriod period, ReportingPeriod previous, LocalDate reportingDate) {
            this.measure = measure;
            this.rating = measure.rating(period, reportingDate);
            this.actual = measure.actualFor(period);
            this.target = measure.targetFor(period, reportingDate);
            this.adopted = measure.targetFor(period).filter(Target::revised).map(Target::adopted);
            this.trend = trend(measure, actual.flatMap(Observation::value),
                    previous == null ? Optional.empty() : measure.actualFor(previous).flatMap(Observation::value),
                    target.flatMap(Target::value));
        }

        static Trend trend(Measure measure, Optional<BigDecimal> current, Optional<BigDecimal> previous,
                Optional<BigDecimal> target) {
            if (current.isEmpty()) {
                return Trend.NO_VALUE;
            }
            if (previous.isEmpty()) {
                return Trend.NO_PREVIOUS_VALUE;
            }
            Optional<Direction> direction = measure.direction();
            if (direction.isEmpty() || (direction.get() == Direction.ON_TARGET && target.isEmpty())) {
                return Trend.NOT_COMPARABLE;
            }
            int better;
            switch (direction.get()) {
                case HIGHER_IS_BETTER:
                    better = current.get().compareTo(previous.get());
                    break;
                case LOWER_IS_BETTER:
                    better = previous.get().compareTo(current.get());
                    break;
                case ON_TARGET:
                    better = previous.get().subtract(target.get()).abs()
                            .compareTo(current.get().subtract(target.get()).abs());
                    break;
                default:
                    throw new AssertionError(direction.get());
            }
            return better > 0 ? Trend.IMPROVING : better < 0 ? Trend.WORSENING : Trend.UNCHANGED;
        }

        /**
         * Returns the measure.
         *
         * @return the measure, not null
         */
        public Measure measure() {
            return measure;
        }

        /**
         * Returns the measure's rating for the period against the target in force at the reporting
         * date, with the assessment's override, forecast and commentary where given.
         *
         * @return the rating, not null
         */
        public Rating rating() {
            return rating;
        }

        /**
         * Returns the actual for the period.
         *
         * @return the actual, or empty where none is given; not null
         */
        public Optional<Observation> actual() {
            return actual;
        }

        /**
         * Returns the target for the period in force at the reporting date.
         *
         * @return the target, or empty where there is none or it was withdrawn; not null
         */
        public Optional<Target> target() {
            return target;
        }

        /**
         * Returns the target for the period as the plan adopted it, where revisions changed it.
         *
         * @return the adopted target, or empty where the target was never revised; not null
         */
        public Optional<Target> adopted() {
            return adopted;
        }

        /**
         * Returns the state shown: the rating's {@linkplain Rating#state() state}.
         *
         * @return the state, not null
         */
        public RagState state() {
            return rating.state();
        }

        /**
         * Tells whether the state was set by hand, overriding the computed one.
         *
         * @return true where an override is given
         */
        public boolean overridden() {
            return rating.override().isPresent();
        }

        /**
         * Returns why the state was set by hand.
         *
         * @return the reason, present exactly when {@link #overridden()}; not null
         */
        public Optional<Text> overrideReason() {
            return rating.overrideReason();
        }

        /**
         * Returns the year-end forecast given for the period.
         *
         * @return the forecast, or empty; not null
         */
        public Optional<BigDecimal> forecast() {
            return rating.forecast();
        }

        /**
         * Returns the forecast's state.
         *
         * @return the state, or empty; not null
         */
        public Optional<RagState> forecastState() {
            return rating.forecastState();
        }

        /**
         * Returns how the actual compares with the previous period's, by the measure's direction, as
         * {@link Trend} says.
         *
         * @return the trend, not null
         */
        public Trend trend() {
            return trend;
        }

        /**
         * Returns the commentary given for the period.
         *
         * @return the commentary, or empty; not null
         */
        public Optional<Text> commentary() {
            return rating.commentary();
        }

        /**
         * Describes the line, as {@code "measure m1: green, improving"}.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return "measure " + measure.id() + ": " + state().words() + ", " + trend.words();
        }
    }
}
