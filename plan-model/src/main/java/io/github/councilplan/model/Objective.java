package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An optional level of work between a theme and its priorities, for plans that have one: a
 * theme's "strategic objectives", each holding its own lettered {@link Priority}s, or
 * {@link Deliverable}s directly.
 *
 * <p>As every level of {@link Work}, it may have owners, dates, outcomes, lists, milestones and
 * progress updates. Its children have distinct ids and, in each list, distinct numbers; dotted
 * numbers are numbered within the objective's. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableObjective.class)
@JsonDeserialize(as = ImmutableObjective.class)
@JsonPropertyOrder({"id", "number", "levelName", "title", "description", "owners", "start", "end", "longTerm",
    "leadIns", "outcomes", "priorities", "deliverables", "lists", "milestones", "progress", "otherNames",
    "provenance", "references", "extensions"})
public abstract class Objective implements Work {
    Objective() {}

    /**
     * Returns the objective's wording.
     *
     * @return the title, not null
     */
    @Override
    public abstract Text title();

    @Override
    public abstract Optional<Text> description();

    @Override
    public abstract List<ElementId> owners();

    @Override
    public abstract Optional<PlanDate> start();

    @Override
    public abstract Optional<PlanDate> end();

    @Override
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean longTerm() {
        return false;
    }

    @Override
    public abstract Map<String, Text> leadIns();

    @Override
    public abstract List<Outcome> outcomes();

    /**
     * Returns the priorities, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Priority> priorities();

    /**
     * Returns the deliverables that sit directly in the objective, with no priority between.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Deliverable> deliverables();

    @Override
    public abstract List<ItemList> lists();

    @Override
    public abstract List<Milestone> milestones();

    @Override
    public abstract List<ProgressUpdate> progress();

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
        WorkRules.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.OBJECTIVE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds an {@link Objective}; not thread-safe. */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {}
    }
}
