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
 * <p>{@link #state()} is what a committee report shows: the {@linkplain #override() override} an
 * {@link Assessment} of the period gives, with its reason, or else the {@linkplain #computedState()
 * computed state} (the status, or the reason's {@link Unrated#state()}). A rating also carries the
 * assessment's year-end {@linkplain #forecast() forecast}, its {@linkplain #forecastState() state}
 * and the {@linkplain #commentary() commentary}.
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

    /**
     * Returns the state a report shows, set by hand in an assessment of the period, overriding the
     * computed one.
     *
     * @return the override, or empty where none is given; not null
     */
    public abstract Optional<RagState> override();

    /**
     * Returns why the state was set by hand: present exactly when {@link #override()} is.
     *
     * @return the reason, or empty; not null
     */
    public abstract Optional<Text> overrideReason();

    /**
     * Returns the value the measure is forecast to reach at the end of the year, as given for this
     * period.
     *
     * @return the forecast, in the measure's unit, or empty; not null
     */
    public abstract Optional<BigDecimal> forecast();

    /**
     * Returns the forecast's state: as the assessment of the period gives it, or else computed
     * from the {@linkplain #forecast() forecast} against the target, in force at the reporting date,
     * for the year that contains the period, by the rule of {@link RagStatus}.
     *
     * @return the state, or empty where none is given and none can be computed; not null
     */
    public abstract Optional<RagState> forecastState();

    /**
     * Returns the commentary given for the period: what explains the position.
     *
     * @return the commentary, or empty; not null
     */
    public abstract Optional<Text> commentary();

    /**
     * Returns the state computed from the data: the {@linkplain #status() status} where the period
     * is rated, or else the state of its {@linkplain #reason() reason}.
     *
     * @return the state, not null
     */
    public final RagState computedState() {
        return status().map(RagState::of).orElseGet(() -> reason().orElseThrow().state());
    }

    /**
     * Returns the state a report shows: the {@linkplain #override() override} where one is given,
     * or else the {@linkplain #computedState() computed state}.
     *
     * @return the state, never empty, not null
     */
    public final RagState state() {
        return override().orElseGet(this::computedState);
    }

    @Value.Check
    final void check() {
        if (override().isPresent() != overrideReason().isPresent()) {
            throw new IllegalArgumentException("rating of " + period() + ": an override needs its reason, and a"
                    + " reason its override; was override " + override() + ", reason " + overrideReason());
        }
        boolean rated = status().isPresent();
        if (rated != target().isPresent() || rated != actual().isPresent() || rated == reason().isPresent()) {
            throw new IllegalArgumentException("rating of " + period() + ": a status with its target and actual,"
                    + " or a reason it has none, expected; was status " + status() + ", target " + target()
                    + ", actual " + actual() + ", reason " + reason());
        }
    }

    /**
     * Describes the rating, as {@code "2025/26 Q1: amber (78.5 against 80)"} or
     * {@code "2025/26 Q1: unrated (TARGET_FOR_OTHER_PERIOD)"}, followed by
     * {@code ", overridden: green"} where an override is given.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return period() + ": " + status()
                .map(status -> status.name().toLowerCase(java.util.Locale.ROOT) + " (" + actual().orElseThrow()
                        .toPlainString() + " against " + target().orElseThrow().toPlainString() + ")")
                .orElseGet(() -> "unrated (" + reason().orElseThrow() + ")")
                + override().map(state -> ", overridden: " + state.words()).orElse("");
    }
}
