package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Which way a {@link Measure} should move. */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum Direction {
    /** A higher actual is better; the target is a floor. */
    HIGHER_IS_BETTER,
    /** A lower actual is better; the target is a ceiling. */
    LOWER_IS_BETTER,
    /** The actual should equal the target; any deviation counts against it. */
    ON_TARGET
}
