package io.github.councilplan.model;

import java.math.BigDecimal;

/** The one form in which the model keeps decimal numbers. */
final class Decimals {
    private Decimals() {}

    /**
     * Returns {@code value} with a scale of at least zero ({@code 1E+3} becomes {@code 1000}), so
     * that it is written in plain notation and reads back equal.
     */
    static BigDecimal normalized(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
