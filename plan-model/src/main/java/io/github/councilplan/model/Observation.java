package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value of a measure: an actual, or a baseline. It is for a reporting period
 * ({@code {"period": "2025/26 Q1", "value": 78.5}}) or as at a date, for a running total with no
 * period ({@code {"asAt": "2025-09-30", "value": 150}}, "150 households helped to date"); it is
 * a number in the measure's unit, words ({@code "text"}), or both (a number with the words the
 * plan gives it).
 *
 * <p>A value that is a ratio (a percentage of cases, a rate per thousand) may give the numerator
 * and denominator it was computed from ({@code {"period": "2025-04", "value": 75, "numerator": 30,
 * "denominator": 40}}), both or neither, neither negative, so that a measure rolled up as a
 * {@linkplain RollUpMethod#RATIO ratio} is recomputed from them rather than averaged.
 *
 * <p>An observation has exactly one of a period and an as-at date, and at least one of a value and
 * a text. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
@JsonPropertyOrder({"period", "asAt", "value", "numerator", "denominator", "text"})
public abstract class Observation {
    Observation() {}

    /**
     * Returns the period the value is for.
     *
     * @return the period, or empty for a value as at a date; not null
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * Returns the date the value is as at, for a running total with no period.
     *
     * @return the date, or empty for a value for a period; not null
     */
    public abstract Optional<LocalDate> asAt();

    /**
     * Returns the value, in the measure's unit.
     *
     * @return the value, or empty for a value given only in words; not null
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns the numerator a ratio was computed from, such as the cases dealt with in time.
     *
     * @return the numerator, not negative, or empty; present exactly when the denominator is; not null
     */
    public abstract Optional<BigDecimal> numerator();

    /**
     * Returns the denominator a ratio was computed from, such as all the cases.
     *
     * @return the denominator, not negative, or empty; present exactly when the numerator is; not null
     */
    public abstract Optional<BigDecimal> denominator();

    /**
     * Returns the value in words, as the plan gives it.
     *
     * @return the text, or empty; not null
     */
    public abstract Optional<Text> text();

    /**
     * Obtains a numeric value for a period.
     *
     * @param period the period, not null
     * @param value the value, not null
     * @return the observation, not null
     * @throws IllegalArgumentException if the value is out of the model's range
     */
    public static Observation of(ReportingPeriod period, BigDecimal value) {
        return builder().period(period).value(value).build();
    }

    /**
     * Obtains a numeric value as at a date.
     *
     * @param date the date, not null
     * @param value the value, not null
     * @return the observation, not null
     * @throws IllegalArgumentException if the value is out of the model's range
     */
    public static Observation asAt(LocalDate date, BigDecimal value) {
        return builder().asAt(date).value(value).build();
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
     * Returns when this value is for, as written: its period, or {@code "as at "} and its date.
     *
     * @return the text, not null
     */
    public final String when() {
        return period().map(ReportingPeriod::toString).orElseGet(() -> "as at " + asAt().orElseThrow());
    }

    @Value.Check
    final Observation check() {
        // each accessor makes an Optional: each is read once
        boolean hasPeriod = period().isPresent();
        if (hasPeriod == asAt().isPresent()) {
            throw new IllegalArgumentException(hasPeriod
                    ? "observation: has both a period and an asAt date; give one"
                    : "observation: has neither a period nor an asAt date; give one");
        }
        Optional<BigDecimal> givenValue = value();
        if (givenValue.isEmpty() && text().isEmpty()) {
            throw new IllegalArgumentException("observation " + when() + ": has neither a value nor a text");
        }
        Optional<BigDecimal> givenNumerator = numerator();
        Optional<BigDecimal> givenDenominator = denominator();
        if (givenNumerator.isPresent() != givenDenominator.isPresent()) {
            throw new IllegalArgumentException("observation " + when() + ": has a "
                    + (givenNumerator.isPresent() ? "numerator but no denominator" : "denominator but no numerator")
                    + "; give both or neither");
        }
        BigDecimal numerator = part("numerator", givenNumerator);
        BigDecimal denominator = part("denominator", givenDenominator);
        BigDecimal value = givenValue.isEmpty() ? null
                : Decimals.normalized(() -> "observation " + when() + ".value", givenValue.get());
        // normalizing returns the very value it was given when that is already in the model's form
        if (value == givenValue.orElse(null) && numerator == givenNumerator.orElse(null)
                && denominator == givenDenominator.orElse(null)) {
            return this;
        }
        return builder().from(this).value(Optional.ofNullable(value)).numerator(Optional.ofNullable(numerator))
                .denominator(Optional.ofNullable(denominator)).build();
    }

    /** Checks a numerator or denominator and returns it in the model's form, or null when absent. */
    private BigDecimal part(String name, Optional<BigDecimal> part) {
        if (part.isEmpty()) {
            return null;
        }
        BigDecimal normalized = Decimals.normalized(() -> "observation " + when() + "." + name, part.get());
        if (normalized.signum() < 0) {
            throw new IllegalArgumentException("observation " + when() + "." + name + ": '"
                    + normalized.toPlainString() + "' must not be negative");
        }
        return normalized;
    }

    /** Builds an {@link Observation}; not thread-safe. */
    public static final class Builder extends ImmutableObservation.Builder {
        Builder() {}
    }
}
