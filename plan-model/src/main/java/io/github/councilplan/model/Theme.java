package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A top-level area of a plan, such as Thurrock's "Enabling", "People" and "Place". A theme holds
 * its outcomes (with the lead-in they complete), its priorities (directly, or through an optional
 * level of {@link Objective}s), and its commitments.
 *
 * <p>Its children have distinct ids; within each list they have distinct numbers, and dotted
 * numbers are numbered within the theme's ({@code 1.2} in {@code 1}). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTheme.class)
@JsonDeserialize(as = ImmutableTheme.class)
@JsonPropertyOrder({"id", "number", "name", "description", "owners", "outcomesLeadIn", "outcomes", "objectives",
    "priorities", "commitments", "references", "extensions"})
public abstract class Theme implements PlanElement {
    Theme() {}

    /**
     * Returns the theme's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Returns the ids of the {@link Owner}s accountable for this theme.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns the words that each outcome completes, such as "Thurrock Council will have:".
     *
     * @return the lead-in, or empty; not null
     */
    public abstract Optional<Text> outcomesLeadIn();

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
     * Returns what staff and residents can expect to see, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Commitment> commitments();

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
        Siblings.require(this, "outcomes", outcomes());
        Siblings.require(this, "objectives", objectives());
        Siblings.require(this, "priorities", priorities());
        Siblings.require(this, "commitments", commitments());
        Siblings.requireDistinctIds(describe(), children());
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.THEME;
    }

    @Override
    public final Text label() {
        return name();
    }

    @Override
    public final List<PlanElement> children() {
        List<PlanElement> children = new ArrayList<>(outcomes());
        children.addAll(objectives());
        children.addAll(priorities());
        children.addAll(commitments());
        return List.copyOf(children);
    }

    /** Builds a {@link Theme}; not thread-safe. */
    public static final class Builder extends ImmutableTheme.Builder {
        Builder() {}
    }
}
