package io.github.councilplan.model;

import io.github.councilplan.model.structure.JsonNames;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * A measure's state for a reporting period as a committee report shows it: red, amber or green
 * where the period is rated, or one of the states committees count besides them where it is not.
 * Written in a plan document (an assessment's {@code status} and {@code forecastStatus}) in
 * lowerCamelCase: {@code "red"}, {@code "amber"}, {@code "green"}, {@code "noTarget"},
 * {@code "dataAwaited"}, {@code "notApplicable"}, {@code "notRated"}.
 *
 * <p>A computed state comes from {@link RagStatus} for a rated period ({@link #of(RagStatus)}), and
 * from {@link Unrated#state()} for an unrated one: each reason maps to exactly one state.
 * {@link Rating#state()} is the override, where an assessment gives one, or else the computed state.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum RagState {
    /** The shortfall exceeds the tolerance. */
    RED,
    /** Short of the target, but within the tolerance. */
    AMBER,
    /** The target is met. */
    GREEN,
    /** No target is set for the period: none at all, or only for other periods. */
    NO_TARGET,
    /** The target is set, but the actual for the period is not in yet. */
    DATA_AWAITED,
    /**
     * Red, amber or green does not apply: the measure has no direction (nothing says which way is
     * better, as for a measure reported for context), or its target was withdrawn.
     */
    NOT_APPLICABLE,
    /**
     * The period has a target and an actual, but one of them only in words, so no state can be
     * computed; an assessment's override gives one.
     */
    NOT_RATED;

    /**
     * Returns the state of a red, amber or green status.
     *
     * @param status the status, not null
     * @return {@link #RED}, {@link #AMBER} or {@link #GREEN}, not null
     * @throws NullPointerException if {@code status} is null
     */
    public static RagState of(RagStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case RED:
                return RED;
            case AMBER:
                return AMBER;
            case GREEN:
                return GREEN;
            default:
                throw new AssertionError(status);
        }
    }

    /**
     * Returns the red, amber or green status this state is, if it is one.
     *
     * @return the status, or empty for a state other than red, amber and green; not null
     */
    public Optional<RagStatus> status() {
        switch (this) {
            case RED:
                return Optional.of(RagStatus.RED);
            case AMBER:
                return Optional.of(RagStatus.AMBER);
            case GREEN:
                return Optional.of(RagStatus.GREEN);
            default:
                return Optional.empty();
        }
    }

    /**
     * Tells whether this state is red, amber or green.
     *
     * @return true for {@link #RED}, {@link #AMBER} and {@link #GREEN}
     */
    public boolean rated() {
        return status().isPresent();
    }

    /**
     * Returns the state's name in a plan document, as {@link JsonNames#jsonName} names every
     * constant: {@code "noTarget"} for {@link #NO_TARGET}.
     *
     * @return the name, not null
     */
    public String jsonName() {
        return JsonNames.jsonName(this);
    }

    /**
     * Returns the state's words in a report: {@code "no target set"} for {@link #NO_TARGET}.
     *
     * @return the words, lower case, not null
     */
    public String words() {
        switch (this) {
            case NO_TARGET:
                return "no target set";
            default:
                return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
