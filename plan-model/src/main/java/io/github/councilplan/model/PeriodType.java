package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * The kinds of {@link ReportingPeriod}, which are also the frequencies a {@link Measure} reports
 * at. In JSON they are written in camelCase: {@code "financialYear"}, {@code "financialQuarter"},
 * {@code "month"}, {@code "calendarYear"}.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum PeriodType {
    /** A UK financial year, 1 April to 31 March, written {@code "2025/26"}. */
    FINANCIAL_YEAR,
    /** A quarter of a financial year (Q1 is April to June), written {@code "2025/26 Q2"}. */
    FINANCIAL_QUARTER,
    /** A calendar month, written {@code "2025-04"}. */
    MONTH,
    /** A calendar year, 1 January to 31 December, written {@code "2025"}. */
    CALENDAR_YEAR;

    /**
     * Tells whether every period of this type is made of whole periods of another type: a
     * financial year of quarters and months, a calendar year of months and of the financial
     * quarters within it, and every type of itself. A measure reported each period of one type
     * may have targets for periods of any type made of them (an annual target for quarterly
     * actuals).
     *
     * @param shorter the other type, not null
     * @return true if a period of this type is a union of whole periods of {@code shorter}
     * @throws NullPointerException if {@code shorter} is null
     */
    public boolean consistsOf(PeriodType shorter) {
        switch (java.util.Objects.requireNonNull(shorter, "shorter")) {
            case MONTH:
                return true;
            case FINANCIAL_QUARTER:
                return this != MONTH;
            case FINANCIAL_YEAR:
                return this == FINANCIAL_YEAR;
            case CALENDAR_YEAR:
                return this == CALENDAR_YEAR;
            default:
                throw new AssertionError(shorter);
        }
    }
}
