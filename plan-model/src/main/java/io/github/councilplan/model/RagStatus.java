package io.github.councilplan.model;

import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * Red, amber or green: how a measure's actual compares with its target.
 *
 * <p>{@link #of(Direction, BigDecimal, BigDecimal, Tolerance)} computes it. The <em>shortfall</em>
 * is how far the actual falls short of the target in the measure's {@link Direction}:
 * {@code target - actual} when higher is better, {@code actual - target} when lower is better,
 * and {@code |actual - target|} when on target is best. Then: GREEN when the shortfall is zero or
 * less (the target is met), AMBER when it is positive but within the tolerance, RED when it
 * exceeds the tolerance. With no tolerance there is no amber band.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum RagStatus {
    /** The shortfall exceeds the tolerance. */
    RED,
    /** Short of the target, but within the tolerance. */
    AMBER,
    /** The target is met. */
    GREEN;

    /**
     * Computes the status of an actual against a target.
     *
     * @param direction which way the measure should move, not null
     * @param target the target, not null
     * @param actual the actual, not null
     * @param tolerance the amber band, or null for none
     * @return the status, not null
     * @throws NullPointerException if {@code direction}, {@code target} or {@code actual} is null
     */
    public static RagStatus of(Direction direction, BigDecimal target, BigDecimal actual, Tolerance tolerance) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        BigDecimal shortfall;
        switch (direction) {
            case HIGHER_IS_BETTER:
                shortfall = target.subtract(actual);
                break;
            case LOWER_IS_BETTER:
                shortfall = actual.subtract(target);
                break;
            case ON_TARGET:
                shortfall = actual.subtract(target).abs();
                break;
            default:
                throw new AssertionError(direction);
        }
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        BigDecimal band = tolerance == null ? BigDecimal.ZERO : tolerance.bandFor(target);
        return shortfall.compareTo(band) <= 0 ? AMBER : RED;
    }
}
