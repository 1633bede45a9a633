package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far a measure may fall short of its target and still be amber rather than red: either an
 * absolute amount in the measure's unit ({@code {"absolute": 2.5}}) or a percentage of the
 * target ({@code {"percent": 5}}). Exactly one of the two is given; it is never negative.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTolerance.class)
@JsonDeserialize(as = ImmutableTolerance.class)
@JsonPropertyOrder({"absolute", "percent"})
public abstract class Tolerance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Tolerance() {}

    /**
     * Returns the amber band as an amount in the measure's unit.
     *
     * @return the amount, or empty if the tolerance is a percentage; not null
     */
    public abstract Optional<BigDecimal> absolute();

    /**
     * Returns the amber band as a percentage of the target.
     *
     * @return the percentage, or empty if the tolerance is absolute; not null
     */
    public abstract Optional<BigDecimal> percent();

    /**
     * Obtains an absolute tolerance.
     *
     * @param amount the amount in the measure's unit, not null and not negative
     * @return the tolerance, not null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public static Tolerance absolute(BigDecimal amount) {
        return ImmutableTolerance.builder().absolute(amount).build();
    }

    /**
     * Obtains a tolerance as a percentage of the target.
     *
     * @param percent the percentage, not null and not negative
     * @return the tolerance, not null
     * @throws IllegalArgumentException if {@code percent} is negative
     */
    public static Tolerance percentOfTarget(BigDecimal percent) {
        return ImmutableTolerance.builder().percent(percent).build();
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
    final Tolerance normalize() {
        if (absolute().isPresent() == percent().isPresent()) {
            throw new IllegalArgumentException("tolerance: give exactly one of 'absolute' and 'percent'");
        }
        BigDecimal amount = absolute().or(this::percent).get();
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("tolerance: '" + amount.toPlainString() + "' must not be negative");
        }
        BigDecimal normalized = Decimals.normalized("tolerance", amount);
        if (!normalized.equals(amount)) {
            return absolute().isPresent()
                    ? ImmutableTolerance.builder().absolute(normalized).build()
                    : ImmutableTolerance.builder().percent(normalized).build();
        }
        return this;
    }

    /**
     * Returns the width of the amber band for a target: the absolute amount, or the percentage of
     * the target's magnitude.
     *
     * @param target the target, not null
     * @return the band, not negative; not null
     */
    public final BigDecimal bandFor(BigDecimal target) {
        return absolute().orElseGet(() -> target.abs().multiply(percent().get()).divide(HUNDRED));
    }

    /** Builds a {@link Tolerance}; not thread-safe. */
    public static final class Builder extends ImmutableTolerance.Builder {
        Builder() {}
    }
}
