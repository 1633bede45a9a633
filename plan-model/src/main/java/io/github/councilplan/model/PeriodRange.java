package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The span of a plan, from the start of one reporting period to the end of another, such as
 * calendar years {@code 2024} to {@code 2029} or financial years {@code 2024/25} to
 * {@code 2028/29}. Both ends are inclusive.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePeriodRange.class)
@JsonDeserialize(as = ImmutablePeriodRange.class)
@JsonPropertyOrder({"start", "end"})
public abstract class PeriodRange {
    PeriodRange() {}

    /**
     * Returns the first period.
     *
     * @return the start, not null
     */
    @Value.Parameter
    public abstract ReportingPeriod start();

    /**
     * Returns the last period.
     *
     * @return the end, not null
     */
    @Value.Parameter
    public abstract ReportingPeriod end();

    /**
     * Obtains a range.
     *
     * @param start the first period, not null
     * @param end the last period, not null and not before {@code start}
     * @return the range, not null
     * @throws IllegalArgumentException if {@code end} sorts before {@code start}
     */
    public static PeriodRange of(ReportingPeriod start, ReportingPeriod end) {
        return ImmutablePeriodRange.of(start, end);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        if (end().endDate().isBefore(start().startDate()) || end().compareTo(start()) < 0) {
            throw new IllegalArgumentException(
                    "period: end '" + end() + "' is before start '" + start() + "'");
        }
    }

    /**
     * Returns the first day of the range.
     *
     * @return the start date, not null
     */
    public final LocalDate startDate() {
        return start().startDate();
    }

    /**
     * Returns the last day of the range.
     *
     * @return the end date, not null
     */
    public final LocalDate endDate() {
        return end().endDate();
    }

    /**
     * Tells whether {@code date} falls in the range, ends included.
     *
     * @param date the date, not null
     * @return true if the date is within the range
     */
    public final boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /**
     * Tells whether {@code period} lies wholly within the range.
     *
     * @param period the period, not null
     * @return true if both ends of the period fall within the range
     */
    public final boolean encloses(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        // a period starts before it ends: both ends fall within the range when these two do
        return !period.startDate().isBefore(startDate()) && !period.endDate().isAfter(endDate());
    }

    /**
     * Returns the range as {@code "start..end"}, such as {@code "2024..2029"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return start() + ".." + end();
    }

    /** Builds a {@link PeriodRange}; not thread-safe. */
    public static final class Builder extends ImmutablePeriodRange.Builder {
        Builder() {}
    }
}
