package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An optional level between a theme and its priorities, for plans that have one: a theme's
 * "strategic objectives", each holding its own {@link Priority}s.
 *
 * <p>Its priorities have distinct ids and numbers, and dotted priority numbers are numbered
 * within the objective's. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableObjective.class)
@JsonDeserialize(as = ImmutableObjective.class)
@JsonPropertyOrder({"id", "number", "title", "description", "owners", "priorities", "references", "extensions"})
public abstract class Objective implements PlanElement {
    Objective() {}

    /**
     * Returns the objective's wording.
     *
     * @return the title, not null
     */
    public abstract Text title();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Returns the ids of the {@link Owner}s accountable for this objective.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns the priorities, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Priority> priorities();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Siblings.require(this, "priorities", priorities());
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.OBJECTIVE;
    }

    @Override
    public final Text label() {
        return title();
    }

    @Override
    public final List<PlanElement> children() {
        return List.copyOf(priorities());
    }

    /** Builds an {@link Objective}; not thread-safe. */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {}
    }
}
