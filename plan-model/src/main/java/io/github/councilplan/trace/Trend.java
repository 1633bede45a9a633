package io.github.councilplan.trace;

import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ReportingPeriod;
import java.util.Locale;

/**
 * How a measure's actual for a reporting period compares with its actual for the previous period of
 * the same kind (the quarter before a quarter, the year before a year), judged by the measure's
 * {@link Direction}: for {@link Direction#HIGHER_IS_BETTER} a higher actual is improving, for
 * {@link Direction#LOWER_IS_BETTER} a lower one, and for {@link Direction#ON_TARGET} one closer to
 * the period's target in force. See {@link QuarterReport.Line#trend()}.
 */
public enum Trend {
    /** The actual is better than the previous period's. */
    IMPROVING,
    /** The actual is worse than the previous period's. */
    WORSENING,
    /** The actual is as good as the previous period's (equal, or as far from the target). */
    UNCHANGED,
    /** The period has a number for its actual, but the previous period has none. */
    NO_PREVIOUS_VALUE,
    /** The period itself has no number for its actual. */
    NO_VALUE,
    /**
     * Both periods have a number, but nothing says which is better: the measure has no direction,
     * or its direction is {@link Direction#ON_TARGET} and the period has no number as its target.
     */
    NOT_COMPARABLE;

    /**
     * Returns the trend's words in a report: {@code "no previous value"} for
     * {@link #NO_PREVIOUS_VALUE}.
     *
     * @return the words, lower case, not null
     */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Returns the previous period of the same kind, or null when there is none to compare with.
     *
     * @param period the period, not null
     * @return the previous period, or null before the first period a plan can name
     */
    static ReportingPeriod previous(ReportingPeriod period) {
        try {
            return period.previous();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
