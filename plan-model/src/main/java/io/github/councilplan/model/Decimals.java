package io.github.councilplan.model;

import java.math.BigDecimal;
import java.util.function.Supplier;

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
        return normalized(() -> field, value);
    }

    /**
     * Returns {@code value} with a scale of at least zero, as {@link #normalized(String, BigDecimal)}
     * does, naming the field only when the value is out of range (so that a caller reading many
     * values builds no name for the ones in range).
     *
     * @throws IllegalArgumentException naming {@code field.get()} if the value is out of range
     */
    static BigDecimal normalized(Supplier<String> field, BigDecimal value) {
        if (value.scale() > MAX_EXPONENT || value.scale() < -MAX_EXPONENT) {
            throw new IllegalArgumentException(field.get() + ": '" + value + "' is out of range: at most "
                    + MAX_EXPONENT + " digits before or after the decimal point");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
