package io.github.councilplan.model;

/**
 * Why a measure has no red, amber or green for a period: what {@link Measure#rating} lacks to
 * compute one. Each reason says what the plan would have to add, or that the comparison is not one
 * the library makes (a quarter's actual against a year's target). Each reason is one
 * {@link RagState} in a report: {@link #state()}.
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
;

    /**
     * Returns the state a report shows for a period unrated for this reason: the one place the
     * reasons map to states. {@link #NO_TARGET} and {@link #TARGET_FOR_OTHER_PERIOD} are
     * {@link RagState#NO_TARGET} (no target is set for the period); {@link #NO_ACTUAL} is
     * {@link RagState#DATA_AWAITED}; {@link #NO_DIRECTION} and {@link #TARGET_WITHDRAWN} are
     * {@link RagState#NOT_APPLICABLE}; {@link #TARGET_IN_WORDS} and {@link #ACTUAL_IN_WORDS} are
     * {@link RagState#NOT_RATED}.
     *
     * @return the state, not null
     */
    public RagState state() {
        switch (this) {
            case NO_TARGET:
            case TARGET_FOR_OTHER_PERIOD:
                return RagState.NO_TARGET;
            case NO_ACTUAL:
                return RagState.DATA_AWAITED;
            case NO_DIRECTION:
            case TARGET_WITHDRAWN:
                return RagState.NOT_APPLICABLE;
            case TARGET_IN_WORDS:
            case ACTUAL_IN_WORDS:
                return RagState.NOT_RATED;
            default:
                throw new AssertionError(this);
        }
    }
}
