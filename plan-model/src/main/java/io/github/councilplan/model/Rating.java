package io.github.councilplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure's red, amber or green for one reporting period, or why it has none: what
 * {@link Measure#rating(ReportingPeriod)} gives. A rated period has its status and the numbers it
 * came from; an unrated one has its {@link Unrated} reason, so that a report can say clearly what
 * it cannot rate and why.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Rating {
    Rating() {}

    static Rating rated(ReportingPeriod period, RagStatus status, BigDecimal target, BigDecimal actual) {
        return ImmutableRating.builder().period(period).status(status).target(target).actual(actual).build();
    }

    static Rating unrated(ReportingPeriod period, Unrated reason) {
        return ImmutableRating.builder().period(period).reason(reason).build();
    }

    /**
     * Returns the period rated.
     *
     * @return the period, not null
     */
    public abstract ReportingPeriod period();

    /**
     * Returns the status.
     *
     * @return the status, or empty when the period could not be rated; not null
     */
    public abstract Optional<RagStatus> status();

    /**
     * Returns the target the actual was compared with.
     *
     * @return the target, or empty when unrated; not null
     */
    public abstract Optional<BigDecimal> target();

    /**
     * Returns the actual compared.
     *
     * @return the actual, or empty when unrated; not null
     */
    public abstract Optional<BigDecimal> actual();

    /**
     * Returns why the period could not be rated.
     *
     * @return the reason, or empty when rated; not null
     */
    public abstract Optional<Unrated> reason();

    @Value.Check
    final void check() {
        boolean rated = status().isPresent();
        if (rated != target().isPresent() || rated != actual().isPresent() || rated == reason().isPresent()) {
            throw new IllegalArgumentException("rating of " + period() + ": a status with its target and actual,"
                    + " or a reason it has none, expected; was status " + status() + ", target " + target()
                    + ", actual " + actual() + ", reason " + reason());
        }
    }

    /**
     * Describes the rating, as {@code "2025/26 Q1: amber (78.5 against 80)"} or
     * {@code "2025/26 Q1: unrated (TARGET_FOR_OTHER_PERIOD)"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return period() + ": " + status()
                .map(status -> status.name().toLowerCase(java.util.Locale.ROOT) + " (" + actual().orElseThrow()
                        .toPlainString() + " against " + target().orElseThrow().toPlainString() + ")")
                .orElseGet(() -> "unrated (" + reason().orElseThrow() + ")");
    }
}
