package io.github.councilplan.model;

/**
 * How precise a {@link PlanDate} is: a day, or one of the kinds of {@link ReportingPeriod}.
 */
public enum DatePrecision {
    /** A day, {@code "2025-03-14"}. */
    DAY,
    /** A calendar month, {@code "2025-03"}. */
    MONTH,
    /** A quarter of a financial year, {@code "2025/26 Q3"}. */
    FINANCIAL_QUARTER,
    /** A UK financial year, {@code "2025/26"}. */
    FINANCIAL_YEAR,
    /** A calendar year, {@code "2030"}. */
    CALENDAR_YEAR;

    /**
     * Returns the precision of a date that is a period of the given type.
     *
     * @param type the type, not null
     * @return the precision, not null
     */
    public static DatePrecision of(PeriodType type) {
        switch (type) {
            case MONTH:
                return MONTH;
            case FINANCIAL_QUARTER:
                return FINANCIAL_QUARTER;
            case FINANCIAL_YEAR:
                return FINANCIAL_YEAR;
            case CALENDAR_YEAR:
                return CALENDAR_YEAR;
            default:
                throw new AssertionError(type);
        }
    }
}
