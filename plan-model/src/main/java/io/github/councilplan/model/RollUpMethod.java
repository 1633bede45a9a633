package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * How a {@link Measure}'s values for its reporting periods (its {@link Measure#frequency()}) combine
 * into the value of a longer period made of them: months into quarters, the year to date and the
 * year. In JSON they are written in camelCase: {@code "sum"}, {@code "mean"}, {@code "latest"},
 * {@code "maximum"}, {@code "minimum"}, {@code "ratio"}. The trace package's
 * {@code MeasureRollUp} applies them.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum RollUpMethod {
    /** The values add up: households helped, complaints received. */
    SUM,
    /** The mean of the values: an average waiting time reported each month. */
    MEAN,
    /** The value of the last period: a count of people on a list at each month's end. */
    LATEST,
    /** The highest of the values. */
    MAXIMUM,
    /** The lowest of the values. */
    MINIMUM,
    /**
     * A ratio recomputed from the periods' numerators and denominators, never averaged: the sum of
     * the numerators over the sum of the denominators, times the measure's
     * {@link Measure#ratioPer()} (100 for a percentage).
     */
    RATIO
}
