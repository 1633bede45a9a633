package io.github.councilplan.model;

import java.util.Objects;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * Which way is good for a national metric, as the scheme that defines it says (LG Inform's
 * "high value is good", "low value is good"). A polarity contradicts a measure's
 * {@link Direction} when they point opposite ways; a measure that should be on target agrees with
 * either, since the scheme says nothing about a target.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum Polarity {
    /** A high value is good. */
    HIGH_IS_GOOD,
    /** A low value is good. */
    LOW_IS_GOOD;

    /**
     * Tells whether this polarity contradicts a measure's direction: high is good where lower is
     * better, or low is good where higher is better.
     *
     * @param direction the measure's direction, not null
     * @return true if they point opposite ways
     * @throws NullPointerException if {@code direction} is null
     */
    public boolean contradicts(Direction direction) {
        switch (Objects.requireNonNull(direction, "direction")) {
            case HIGHER_IS_BETTER:
                return this == LOW_IS_GOOD;
            case LOWER_IS_BETTER:
                return this == HIGH_IS_GOOD;
            default:
                return false;
        }
    }
}
