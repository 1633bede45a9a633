package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A numbered priority of a theme, "1.2 Modernise and digitise services ...", holding the
 * {@link Deliverable}s that say what will be done.
 *
 * <p>Its deliverables have distinct ids and numbers, and a dotted deliverable number is numbered
 * within the priority's ({@code 1.2.3} in {@code 1.2}). Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePriority.class)
@JsonDeserialize(as = ImmutablePriority.class)
@JsonPropertyOrder({"id", "number", "title", "description", "owners", "deliverables", "references", "extensions"})
public abstract class Priority implements PlanElement {
    Priority() {}

    /**
     * Returns the priority's wording.
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
     * Returns the ids of the {@link Owner}s accountable for this priority.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns the deliverables, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Deliverable> deliverables();

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
        Siblings.require(this, "deliverables", deliverables());
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.PRIORITY;
    }

    @Override
    public final Text label() {
        return title();
    }

    @Override
    public final List<PlanElement> children() {
        return List.copyOf(deliverables());
    }

    /** Builds a {@link Priority}; not thread-safe. */
    public static final class Builder extends ImmutablePriority.Builder {
        Builder() {}
    }
}
