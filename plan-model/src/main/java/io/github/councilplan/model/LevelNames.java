package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A plan's own names for its levels, in the singular, where they differ from the defaults: one
 * council's themes are "ambitions", another's priorities are "well-being objectives" or
 * "missions"; {@code {"theme": "Ambition", "priority": {"en": "Well-being objective", "cy":
 * "Amcan llesiant"}}}. A plan gives them for the whole plan ({@link Plan#levelNames()}), a theme
 * for the elements within it ({@link Theme#levelNames()}), and an element for itself
 * ({@link PlanElement#levelName()}); the nearest wins.
 *
 * <p>There is one name for each kind of element but the plan. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableLevelNames.class)
@JsonDeserialize(as = ImmutableLevelNames.class)
@JsonPropertyOrder({"statement", "value", "principle", "theme", "objective", "outcome", "priority", "deliverable",
    "commitment", "list", "item", "measure", "milestone", "owner", "partner"})
public abstract class LevelNames {
    private static final LevelNames DEFAULTS = builder().build();

    LevelNames() {}

    /**
     * Returns the plan's name for a statement, such as a foreword.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> statement();

    /**
     * Returns the plan's name for a shared value.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> value();

    /**
     * Returns the plan's name for a cross-cutting principle.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> principle();

    /**
     * Returns the plan's name for a theme ("Ambition", "Mission").
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> theme();

    /**
     * Returns the plan's name for an objective, the optional level between theme and priority ("Strategic objective").
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> objective();

    /**
     * Returns the plan's name for an outcome ("Policy outcome").
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> outcome();

    /**
     * Returns the plan's name for a priority ("Well-being objective").
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> priority();

    /**
     * Returns the plan's name for a deliverable ("Action", "Pledge", "Project").
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
     * Returns the plan's name for a list.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> list();

    /**
     * Returns the plan's name for an item of a list.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> item();

    /**
     * Returns the plan's name for a measure ("Key performance indicator").
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> measure();

    /**
     * Returns the plan's name for a milestone.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> milestone();

    /**
     * Returns the plan's name for an owner.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> owner();

    /**
     * Returns the plan's name for a partner.
     *
     * @return the name, or empty for the default; not null
     */
    public abstract Optional<Text> partner();

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
     * Returns the property that holds the name of a kind of element, as a document writes it:
     * the kind's name in camelCase, such as {@code "deliverable"}.
     *
     * @param kind the kind, not null and not {@link ElementKind#PLAN}
     * @return the property's name, not null
     * @throws IllegalArgumentException for {@link ElementKind#PLAN}, which has no level name
     */
    public static String propertyName(ElementKind kind) {
        if (Objects.requireNonNull(kind, "kind") == ElementKind.PLAN) {
            throw new IllegalArgumentException("the plan has no level name");
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the name given here for a kind of element.
     *
     * @param kind the kind, not null
     * @return the name, or empty where none is given (always for {@link ElementKind#PLAN}); not null
     */
    public final Optional<Text> own(ElementKind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case STATEMENT:
                return statement();
            case VALUE:
                return value();
            case PRINCIPLE:
                return principle();
            case THEME:
                return theme();
            case OBJECTIVE:
                return objective();
            case OUTCOME:
                return outcome();
            case PRIORITY:
                return priority();
            case DELIVERABLE:
                return deliverable();
            case COMMITMENT:
                return commitment();
            case LIST:
                return list();
            case ITEM:
                return item();
            case MEASURE:
                return measure();
            case MILESTONE:
                return milestone();
            case OWNER:
                return owner();
            case PARTNER:
                return partner();
            default:
                return Optional.empty();
        }
    }

    /**
     * Returns the name for a kind of element: the name given here, otherwise the kind's default
     * English name, capitalised.
     *
     * @param kind the kind, not null
     * @return the name, not null
     */
    public final Text nameOf(ElementKind kind) {
        return own(kind).orElseGet(() -> defaultName(kind));
    }

    /**
     * Returns the default English name of a kind of element, capitalised: {@code "Deliverable"}.
     *
     * @param kind the kind, not null
     * @return the name, not null
     */
    public static Text defaultName(ElementKind kind) {
        String name = kind.defaultName();
        return Text.of(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /** Builds {@link LevelNames}; not thread-safe. */
    public static final class Builder extends ImmutableLevelNames.Builder {
        Builder() {}
    }
}
