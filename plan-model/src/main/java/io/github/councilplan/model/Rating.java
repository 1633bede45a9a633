package io.github.councilplan.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure's red, amber or green for one reporting period, or why it has none: what
 * {@link Measure#rating(ReportingPeriod)} gives. A rated period has its status and the numbers it
 * came from; an unrated one has its {@link Unrated} reason, so that a report can say clearly what
 * it cannot rate and why.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rating {
    private final ReportingPeriod period;
    private final RagStatus status;
    private final BigDecimal target;
    private final BigDecimal actual;
    private final Unrated reason;

    private Rating(ReportingPeriod period, RagStatus status, BigDecimal target, BigDecimal actual, Unrated reason) {
        this.period = period;
        this.status = status;
        this.target = target;
        this.actual = actual;
        this.reason = reason;
    }

    static Rating rated(ReportingPeriod period, RagStatus status, BigDecimal target, BigDecimal actual) {
        return new Rating(period, status, target, actual, null);
    }

    static Rating unrated(ReportingPeriod period, Unrated reason) {
        return new Rating(period, null, null, null, reason);
    }

    /**
     * Returns the period rated.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the status.
     *
     * @return the status, or empty when the period could not be rated; not null
     */
    public Optional<RagStatus> status() {
        return Optional.ofNullable(status);
    }

    /**
     * Returns the target the actual was compared with.
     *
     * @return the target, or empty when unrated; not null
     */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the actual compared.
     *
     * @return the actual, or empty when unrated; not null
     */
    public Optional<BigDecimal> actual() {
        return Optional.ofNullable(actual);
    }

    /**
     * Returns why the period could not be rated.
     *
     * @return the reason, or empty when rated; not null
     */
    public Optional<Unrated> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Rating)) {
            return false;
        }
        Rating that = (Rating) other;
        return period.equals(that.period) && status == that.status && reason == that.reason
                && Objects.equals(target, that.target) && Objects.equals(actual, that.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, status, target, actual, reason);
    }

    /**
     * Describes the rating, as {@code "2025/26 Q1: amber (78.5 against 80)"} or
     * {@code "2025/26 Q1: unrated (TARGET_FOR_OTHER_PERIOD)"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return period + ": " + (status != null
                ? status.name().toLowerCase(java.util.Locale.ROOT) + " (" + actual.toPlainString() + " against "
                        + target.toPlainString() + ")"
                : "unrated (" + reason + ")");
    }
}
