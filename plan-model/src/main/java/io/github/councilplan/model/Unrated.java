package io.github.councilplan.model;

/**
 * Why a measure has no red, amber or green for a period: what {@link Measure#rating} lacks to
 * compute one. Each reason says what the plan would have to add, or that the comparison is not one
 * the library makes (a quarter's actual against a year's target).
 */
public enum Unrated {
    /** The measure has no direction, so nothing says which way is better. */
    NO_DIRECTION,
    /** There is no target for the period, or for any period. */
    NO_TARGET,
    /**
     * The targets are for other periods than the actual's, such as an annual target with
     * quarterly actuals, or over the whole plan: comparing them would need a roll-up method the
     * measure does not declare.
     */
    TARGET_FOR_OTHER_PERIOD,
    /** The target for the period was withdrawn by a revision in force on the reporting date. */
    TARGET_WITHDRAWN,
    /** The target for the period is given only in words. */
    TARGET_IN_WORDS,
    /** There is no actual for the period. */
    NO_ACTUAL,
    /** The actual for the period is given only in words. */
    ACTUAL_IN_WORDS
}
