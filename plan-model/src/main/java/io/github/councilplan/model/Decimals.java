package io.github.councilplan.model;

import java.math.BigDecimal;

/** The one form in which the model keeps decimal numbers, and the range it accepts. */
final class Decimals {
    /**
     * The furthest the decimal point may sit from a number's digits, either way: beyond it, writing
     * the number in plain notation (or normalising it) would take unbounded time and memory.
     */
    static final int MAX_EXPONENT = 1000;

    private Decimals() {}

    /**
     * Returns {@code value} with a scale of at least zero ({@code 1E+3} becomes {@code 1000}), so
     * that it is written in plain notation and reads back equal.
     *
     * @throws IllegalArgumentException naming {@code field} if the value is out of range
     */
    static BigDecimal normalized(String field, BigDecimal value) {
        if (value.scale() > MAX_EXPONENT || value.scale() < -MAX_EXPONENT) {
            throw new IllegalArgumentException(field + ": '" + value + "' is out of range: at most "
                    + MAX_EXPONENT + " digits before or after the decimal point");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
