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
 * A numbered priority, "1.2 Modernise and digitise services ...", holding the
 * {@link Deliverable}s that say what will be done; or, in a plan that stops at priorities, itself
 * the work the plan delivers.
 *
 * <p>As every level of {@link Work}, it may have owners, dates, outcomes, lists, milestones and
 * progress updates. Its children have distinct ids and, in each list, distinct numbers; a dotted
 * deliverable number is numbered within the priority's ({@code 1.2.3} in {@code 1.2}). Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePriority.class)
@JsonDeserialize(as = ImmutablePriority.class)
@JsonPropertyOrder({"id", "number", "levelName", "title", "description", "owners", "start", "end", "longTerm",
    "leadIns", "outcomes", "deliverables", "lists", "milestones", "progress", "otherNames", "provenance",
    "references", "extensions"})
public abstract class Priority implements Work {
    Priority() {}

    /**
     * Returns the priority's wording, "Modernise and digitise services ...".
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
     * Returns the deliverables, in order.
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
        return ElementKind.PRIORITY;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds a {@link Priority}; not thread-safe. */
    public static final class Builder extends ImmutablePriority.Builder {
        Builder() {}
    }
}
