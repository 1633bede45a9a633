package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A top-level area of a plan, such as Thurrock's "Enabling", "People" and "Place". A theme holds
 * its outcomes, its work (priorities directly, through an optional level of {@link Objective}s,
 * or {@link Deliverable}s straight under it, as a plan of titled pledges has them), its
 * commitments and its lists. It may name its own levels, where they differ from the plan's (one
 * theme's outcomes are "corporate outcomes", the others' "policy outcomes").
 *
 * <p>A theme has a name, a number, or both (a heading that is only a number). Its children have
 * distinct ids; within each list they have distinct numbers, and dotted numbers are numbered
 * within the theme's ({@code 1.2} in {@code 1}). Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTheme.class)
@JsonDeserialize(as = ImmutableTheme.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "description", "owners", "levelNames", "leadIns",
    "outcomes", "objectives", "priorities", "deliverables", "commitments", "lists", "otherNames", "provenance",
    "references", "extensions"})
public abstract class Theme implements PlanElement {
    Theme() {}

    /**
     * Returns the theme's name.
     *
     * @return the name, or empty for a theme known only by its number; not null
     */
    public abstract Optional<Text> name();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Returns the ids of the {@link Owner}s accountable for this theme.
     *
     * @return an unmodifiable list of distinct ids, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns the theme's own names for the levels within it, where they differ from the plan's.
     *
     * @return the level names, or empty; not null
     */
    public abstract Optional<LevelNames> levelNames();

    @Override
    public abstract Map<String, Text> leadIns();

    /**
     * Returns what the theme looks like in practice, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Outcome> outcomes();

    /**
     * Returns the theme's objectives, for plans with that extra level.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Objective> objectives();

    /**
     * Returns the priorities that sit directly in the theme, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Priority> priorities();

    /**
     * Returns the deliverables that sit directly in the theme, with no priority between: a plan's
     * titled pledges, or projects under a theme.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Deliverable> deliverables();

    /**
     * Returns what staff and residents can expect to see, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Commitment> commitments();

    /**
     * Returns the lists that belong to the theme, such as "we will measure success by".
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ItemList> lists();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every priority of the theme: those that sit in it directly, then those of its
     * objectives, in order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<Priority> allPriorities() {
        if (objectives().isEmpty()) {
            return priorities();
        }
        List<Priority> all = new ArrayList<>(priorities());
        objectives().forEach(objective -> all.addAll(objective.priorities()));
        return List.copyOf(all);
    }

    @Value.Check
    final void check() {
        if (name().isEmpty() && number().isEmpty()) {
            throw new IllegalArgumentException(describe() + ": has neither a name nor a number; give one");
        }
        Siblings.requireDistinct(this, "owners", owners());
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.THEME;
    }

    @Override
    public final Optional<Text> label() {
        return name();
    }

    /** Builds a {@link Theme}; not thread-safe. */
    public static final class Builder extends ImmutableTheme.Builder {
        Builder() {}
    }
}
