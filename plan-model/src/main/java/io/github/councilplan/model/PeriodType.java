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
    CALENDAR_YEAR
}
