package io.github.councilplan.trace;

/**
 * Why a {@link MeasureRollUp} has no value: what it would have had to guess. Each says what the
 * plan would need to give for the roll-up to be made.
 */
public enum NotRolledUp {
    /** The measure declares no roll-up method ({@code rollUp}). */
    NO_METHOD,
    /** The measure declares no frequency, so which of its actuals make up the period is not known. */
    NO_FREQUENCY,
    /**
     * The period is not made of whole periods of the measure's frequency: a month of a quarterly
     * measure, a financial year of calendar years.
     */
    NOT_MADE_OF_FREQUENCY,
    /** A year to date was asked through a period that is not within one financial year. */
    NOT_WITHIN_A_YEAR,
    /** A period the roll-up needs has no actual ({@link MeasureRollUp#missing()} lists them). */
    MISSING_PERIOD,
    /** A period's actual is given only in words ({@link MeasureRollUp#missing()} lists them). */
    VALUE_IN_WORDS,
    /**
     * The measure is a percentage and declares a mean: a mean of percentages is not the
     * percentage of the whole unless every denominator is the same. Declare it a ratio, with each
     * period's numerator and denominator.
     */
    MEAN_OF_PERCENTAGES,
    /**
     * The measure is a ratio and a period's actual gives no numerator and denominator to recompute it
     * from ({@link MeasureRollUp#missing()} lists them).
     */
    NO_NUMERATOR_AND_DENOMINATOR,
    /** The measure is a ratio and its periods' denominators add up to zero. */
    ZERO_DENOMINATOR
}
