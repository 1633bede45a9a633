package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import io.github.councilplan.model.structure.Repeats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A performance indicator: what is measured and, where the plan says, in what unit, which way is
 * better, how often it is reported, the baseline, the targets and actuals, the tolerance for
 * amber and the data source. Measures evidence outcomes and work through
 * {@link LinkKind#EVIDENCES} links.
 *
 * <p>Measures come as councils report them: a named aim with no unit, direction or frequency (a
 * qualitative measure); an annual target with quarterly actuals; a target over the plan's whole
 * period ("1,000 homes over the plan"); a running total as at a date ("150 households helped to
 * date"); a target in words. A measure has at most one target per period (and one over the whole
 * plan) and one actual per period or as-at date. {@link #rating(ReportingPeriod)} computes red,
 * amber or green by the rule of {@link RagStatus} where the period has a numeric target and actual
 * and the measure a direction, and otherwise says why it cannot; a period's {@link Assessment}
 * may override the computed state, with a reason, and give a year-end forecast and commentary.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "description", "unit", "direction", "frequency", "rollUp",
    "ratioPer", "baseline",
    "targets", "actuals", "assessments", "tolerance", "source", "metrics", "owners", "longTerm", "otherNames", "provenance", "references",
    "extensions"})
public abstract class Measure implements PlanElement {
    /** By the day a value is for, a period's after a value as at its last day. */
    private static final Comparator<Observation> LATEST_LAST =
            Comparator.comparing(Measure::endOf).thenComparing(observation -> observation.period().isPresent());

    Measure() {}

    /**
     * Returns what is measured.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a longer description, such as how the value is calculated.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Returns the unit of the values, such as {@code "%"}, {@code "count"}, {@code "£"} or
     * {@code "days"}.
     *
     * @return the unit, or empty for a measure without one; not null
     */
    public abstract Optional<String> unit();

    /**
     * Returns which way is better.
     *
     * @return the direction, or empty where the plan does not say; not null
     */
    public abstract Optional<Direction> direction();

    /**
     * Returns how often the measure is reported: the kind of period its actuals are for. Its
     * targets may be for longer periods made of these (an annual target for a quarterly measure).
     *
     * @return the frequency, or empty where the plan does not say; not null
     */
    public abstract Optional<PeriodType> frequency();

    /**
     * Returns how the measure's values for its reporting periods combine into a longer period's
     * (months into quarters and the year): the trace package's {@code MeasureRollUp} applies it.
     *
     * @return the method, or empty where the plan does not say, and nothing is rolled up; not null
     */
    public abstract Optional<RollUpMethod> rollUp();

    /**
     * Returns, for a measure rolled up as a {@linkplain RollUpMethod#RATIO ratio}, what the ratio is
     * per: 100 for a percentage, 1,000 for a rate per thousand. Only a ratio has one.
     *
     * @return the number, greater than zero, or empty for a plain ratio (per 1) or another method;
     *     not null
     */
    public abstract Optional<BigDecimal> ratioPer();

    /**
     * Returns the baseline position the plan starts from.
     *
     * @return the baseline, or empty; not null
     */
    public abstract Optional<Observation> baseline();

    /**
     * Returns the targets, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Target> targets();

    /**
     * Returns the actuals, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Observation> actuals();

    /**
     * Returns the assessments: for a period, a state set by hand with its reason, the year-end
     * forecast and its state, and commentary; at most one per period, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Assessment> assessments();

    /**
     * Returns how far short of target still counts as amber.
     *
     * @return the tolerance, or empty for no amber band; not null
     */
    public abstract Optional<Tolerance> tolerance();

    /**
     * Returns where the data comes from.
     *
     * @return the source, or empty; not null
     */
    public abstract Optional<Text> source();

    /**
     * Returns the metrics this measure is, in schemes others report in too: national ones (LG
     * Inform's metric types, the Local Outcomes Framework's metrics) or one the council names.
     *
     * @return an unmodifiable list, in document order; not null
     */
    public abstract List<MetricReference> metrics();

    /**
     * Tells whether the measure references a national metric ({@link MetricReference#national()}).
     *
     * @return true if one of its metrics is national
     */
    public final boolean hasNationalMetric() {
        return metrics().stream().anyMatch(MetricReference::national);
    }

    /**
     * Returns the ids of the {@link Owner}s accountable for this measure.
     *
     * @return an unmodifiable list of distinct ids, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Tells whether this measure tracks a long-term ambition that runs past the plan's period, so
     * that its targets past the plan's end draw no warning.
     *
     * @return true if long-term
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean longTerm() {
        return false;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the target for a period.
     *
     * @param period the period, not null
     * @return the target, or empty; not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Optional<Target> targetFor(ReportingPeriod period) {
        Optional<ReportingPeriod> key = Optional.of(Objects.requireNonNull(period, "period"));
        return targets().stream().filter(target -> target.period().equals(key)).findFirst();
    }

    /**
     * Returns the target over the plan's whole period.
     *
     * @return the target, or empty; not null
     */
    public final Optional<Target> targetOverPlan() {
        return targets().stream().filter(Target::forWholePlan).findFirst();
    }

    /**
     * Returns the actual for a period.
     *
     * @param period the period, not null
     * @return the actual, or empty; not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Optional<Observation> actualFor(ReportingPeriod period) {
        Optional<ReportingPeriod> key = Optional.of(Objects.requireNonNull(period, "period"));
        return actuals().stream().filter(actual -> actual.period().equals(key)).findFirst();
    }

    /**
     * Returns the assessment of a period.
     *
     * @param period the period, not null
     * @return the assessment, or empty; not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Optional<Assessment> assessmentFor(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return assessments().stream().filter(assessment -> assessment.period().equals(period)).findFirst();
    }

    /**
     * Returns the target for the year that contains a period: the target for the financial year
     * that encloses it, or else for the calendar year that does, or the period's own where it is a
     * year.
     *
     * @param period the period, not null
     * @return the target, or empty where there is none for such a year; not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Optional<Target> targetForYearOf(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        for (PeriodType year : List.of(PeriodType.FINANCIAL_YEAR, PeriodType.CALENDAR_YEAR)) {
            Optional<Target> target = targets().stream().filter(t -> t.period().isPresent()
                    && t.period().get().type() == year && t.period().get().encloses(period)).findFirst();
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the most recent actual: the one whose period ends last, or whose as-at date is
     * latest (a period ending on a day comes after a value as at that day).
     *
     * @return the latest actual, or empty if there is none; not null
     */
    public final Optional<Observation> latestActual() {
        return actuals().stream().max(LATEST_LAST);
    }

    private static LocalDate endOf(Observation observation) {
        return observation.period().map(ReportingPeriod::endDate).orElseGet(() -> observation.asAt().orElseThrow());
    }

    /**
     * Returns the target for a period in force on a date: as the plan adopted it, or as the
     * latest {@link TargetRevision} on or before the date revised it.
     *
     * @param period the period, not null
     * @param date the date, not null
     * @return the target in force, or empty where there is none for the period or it was withdrawn;
     *     not null
     * @throws NullPointerException if {@code period} or {@code date} is null
     */
    public final Optional<Target> targetFor(ReportingPeriod period, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return targetFor(period).flatMap(target -> target.asAt(date));
    }

    /**
     * Computes red, amber or green for a period from its actual and the target in force at the
     * period's end, this measure's direction and its tolerance, by the rule of {@link RagStatus},
     * or says why it cannot: {@code rating(period, period.endDate())}.
     *
     * @param period the period, not null
     * @return the rating, not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Rating rating(ReportingPeriod period) {
        return rating(period, Objects.requireNonNull(period, "period").endDate());
    }

    /**
     * Computes red, amber or green for a period against the target in force on a reporting date
     * ({@link #targetFor(ReportingPeriod, LocalDate)}), or says why it cannot; a target withdrawn
     * by then leaves the period {@link Unrated#TARGET_WITHDRAWN}. The period's {@link Assessment},
     * if any, adds its override and reason, its forecast and commentary; the forecast's state is
     * the one the assessment gives, or else computed from the forecast against the target in force
     * on the reporting date for the year that contains the period ({@link #targetForYearOf}).
     *
     * @param period the period, not null
     * @param reportingDate the date the report is made on, not null
     * @return the rating, not null
     * @throws NullPointerException if {@code period} or {@code reportingDate} is null
     */
    public final Rating rating(ReportingPeriod period, LocalDate reportingDate) {
        Objects.requireNonNull(reportingDate, "reportingDate");
        Optional<Target> yearTarget = targetForYearOf(period).flatMap(t -> t.asAt(reportingDate));
        Optional<Target> target = targetFor(period);
        if (target.isPresent()) {
            Optional<Target> inForce = target.get().asAt(reportingDate);
            if (inForce.isEmpty()) {
                return assessed(direction().isEmpty() ? Rating.unrated(period, Unrated.NO_DIRECTION)
                        : Rating.unrated(period, Unrated.TARGET_WITHDRAWN), yearTarget);
            }
            target = inForce;
        }
        return assessed(rate(period, target), yearTarget);
    }

    /**
     * Computes red, amber or green for a period against its target as the plan adopted it,
     * whatever revisions followed, or says why it cannot; the period's {@link Assessment} adds to it
     * as to {@link #rating(ReportingPeriod, LocalDate)}, a forecast's state computed against the
     * year's target as adopted.
     *
     * @param period the period, not null
     * @return the rating, not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Rating ratingAgainstAdopted(ReportingPeriod period) {
        return assessed(rate(period, targetFor(period).map(Target::adopted)),
                targetForYearOf(Objects.requireNonNull(period, "period")).map(Target::adopted));
    }

    /**
     * Adds to a rating what the period's assessment gives: the override with its reason, the
     * forecast, the forecast's state (given, or computed against the year's target) and the
     * commentary.
     */
    private Rating assessed(Rating rating, Optional<Target> yearTarget) {
        Optional<Assessment> assessment = assessmentFor(rating.period());
        if (assessment.isEmpty()) {
            return rating;
        }
        Assessment given = assessment.get();
        Optional<RagState> forecastState = given.forecastStatus();
        if (forecastState.isEmpty() && given.forecast().isPresent() && direction().isPresent()
                && yearTarget.flatMap(Target::value).isPresent()) {
            forecastState = Optional.of(RagState.of(RagStatus.of(direction().get(),
                    yearTarget.get().value().get(), given.forecast().get(), tolerance().orElse(null))));
        }
        return ImmutableRating.builder().from(rating).override(given.status()).overrideReason(given.reason())
                .forecast(given.forecast()).forecastState(forecastState).commentary(given.commentary()).build();
    }

    private Rating rate(ReportingPeriod period, Optional<Target> target) {
        Optional<Observation> actual = actualFor(period);
        if (direction().isEmpty()) {
            return Rating.unrated(period, Unrated.NO_DIRECTION);
        }
        if (target.isEmpty()) {
            return Rating.unrated(period, targets().isEmpty() ? Unrated.NO_TARGET : Unrated.TARGET_FOR_OTHER_PERIOD);
        }
        if (target.get().value().isEmpty()) {
            return Rating.unrated(period, Unrated.TARGET_IN_WORDS);
        }
        if (actual.isEmpty()) {
            return Rating.unrated(period, Unrated.NO_ACTUAL);
        }
        if (actual.get().value().isEmpty()) {
            return Rating.unrated(period, Unrated.ACTUAL_IN_WORDS);
        }
        BigDecimal targetValue = target.get().value().get();
        BigDecimal actualValue = actual.get().value().get();
        return Rating.rated(period, RagStatus.of(direction().get(), targetValue, actualValue,
                tolerance().orElse(null)), targetValue, actualValue);
    }

    /**
     * Computes red, amber or green for a period, as {@link #rating(ReportingPeriod)} does.
     *
     * @param period the period, not null
     * @return the status, or empty when the period cannot be rated; not null
     * @throws NullPointerException if {@code period} is null
     */
    public final Optional<RagStatus> rag(ReportingPeriod period) {
        return rating(period).status();
    }

    @Value.Check
    final void check() {
        if (unit().isPresent() && unit().get().isBlank()) {
            throw new IllegalArgumentException(describe() + ": unit must not be blank, was '" + unit().get() + "'");
        }
        if (ratioPer().isPresent()) {
            if (!rollUp().equals(Optional.of(RollUpMethod.RATIO))) {
                throw new IllegalArgumentException(describe() + ": ratioPer is only for a measure rolled up as a"
                        + " ratio, and its rollUp is " + rollUp().map(Object::toString).orElse("not given"));
            }
            Decimals.normalized(describe() + ".ratioPer", ratioPer().get());
            if (ratioPer().get().signum() <= 0) {
                throw new IllegalArgumentException(describe() + ": ratioPer must be greater than zero, was '"
                        + ratioPer().get().toPlainString() + "'");
            }
        }
        Siblings.requireDistinct(this, "owners", owners());
        // keyed by value, not by when()'s text, which would make a string for every target and actual
        requireOnePer("targets", targets(), Target::period, Target::when);
        requireOnePer("actuals", actuals(),
                actual -> actual.period().<Object>map(period -> period).orElseGet(() -> actual.asAt().orElseThrow()),
                Observation::when);
        requireOnePer("assessments", assessments(), Assessment::period, Assessment::period);
        Siblings.check(this);
    }

    /**
     * Requires that no two of a list's items have the same key, naming the field, the later item's
     * index and what it is for, and the earlier one's index; a list of one repeats nothing, and
     * makes no keys.
     */
    private <T> void requireOnePer(String field, List<T> items, Function<T, Object> key, Function<T, Object> shown) {
        if (items.size() < 2) {
            return;
        }
        List<Optional<Object>> keys = new ArrayList<>(items.size());
        items.forEach(item -> keys.add(Optional.of(key.apply(item))));
        Repeats.find(keys, (index, first) -> {
            throw new IllegalArgumentException(describe() + ": " + field + "[" + index + "] is for "
                    + shown.apply(items.get(index)) + ", as " + field + "[" + first + "] is");
        });
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.MEASURE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(name());
    }

    /** Builds a {@link Measure}; not thread-safe. */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {}

        /**
         * Adds a numeric target for a period.
         *
         * @param period the period, not null
         * @param value the value, not null
         * @return this builder, not null
         */
        public Builder putTargets(ReportingPeriod period, BigDecimal value) {
            return addTargets(Target.of(period, value));
        }

        /**
         * Adds a numeric actual for a period.
         *
         * @param period the period, not null
         * @param value the value, not null
         * @return this builder, not null
         */
        public Builder putActuals(ReportingPeriod period, BigDecimal value) {
            return addActuals(Observation.of(period, value));
        }
    }
}
