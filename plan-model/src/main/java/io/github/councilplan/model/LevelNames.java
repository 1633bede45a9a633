package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The plan's own names for its levels, in the singular, where they differ from the defaults:
 * one council's themes are "ambitions", another's priorities are "well-being objectives" or
 * "missions". {@code {"theme": "Ambition", "priority": {"en": "Well-being objective", "cy":
 * "Amcan llesiant"}}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableLevelNames.class)
@JsonDeserialize(as = ImmutableLevelNames.class)
@JsonPropertyOrder({"theme", "objective", "outcome", "priority", "deliverable", "commitment"})
public abstract class LevelNames {
    private static final LevelNames DEFAULTS = builder().build();

    LevelNames() {}

    /**
     * Returns the plan's name for a theme.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> theme();

    /**
     * Returns the plan's name for an objective, the optional level between theme and priority.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> objective();

    /**
     * Returns the plan's name for an outcome.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> outcome();

    /**
     * Returns the plan's name for a priority.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> priority();

    /**
     * Returns the plan's name for a deliverable.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> deliverable();

    /**
     * Returns the plan's name for a commitment.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> commitment();

    /**
     * Returns the level names that use every default.
     *
     * @return the defaults, not null
     */
    public static LevelNames defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name this plan uses for a kind of element: its own name where it gives one,
     * otherwise the kind's default English name, capitalised.
     *
     * @param kind the kind, not null
     * @return the name, not null
     */
    public final Text nameOf(ElementKind kind) {
        Objects.requireNonNull(kind, "kind");
        Optional<Text> own;
        switch (kind) {
            case THEME:
                own = theme();
                break;
            case OBJECTIVE:
                own = objective();
                break;
            case OUTCOME:
                own = outcome();
                break;
            case PRIORITY:
                own = priority();
                break;
            case DELIVERABLE:
                own = deliverable();
                break;
            case COMMITMENT:
                own = commitment();
                break;
            default:
                own = Optional.empty();
        }
        return own.orElseGet(() -> {
            String name = kind.defaultName();
            return Text.of(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        });
    }

    /** Builds {@link LevelNames}; not thread-safe. */
    public static final class Builder extends ImmutableLevelNames.Builder {
        Builder() {}
    }
}
