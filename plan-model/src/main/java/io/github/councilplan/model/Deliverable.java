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
 * What the council will do: "1.2.2 Innovate our services through digital efficiencies", a titled
 * pledge ("We will open two family hubs by 2027"), a project or an action. A deliverable sits in
 * a {@link Priority}, an {@link Objective} or straight in a {@link Theme}, and is the plan's
 * lowest level of work: it gets owners, dates, its own expected outcomes, milestones, measures and
 * progress updates.
 *
 * <p>Its children have distinct ids and, in each list, distinct numbers, numbered within the
 * deliverable's; it has at most one progress update per period. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableDeliverable.class)
@JsonDeserialize(as = ImmutableDeliverable.class)
@JsonPropertyOrder({"id", "number", "levelName", "title", "description", "owners", "start", "end", "longTerm",
    "leadIns", "outcomes", "lists", "milestones", "progress", "otherNames", "provenance", "references",
    "extensions"})
public abstract class Deliverable implements Work {
    Deliverable() {}

    /**
     * Returns the deliverable's wording, "Innovate our services through digital efficiencies".
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
        return ElementKind.DELIVERABLE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds a {@link Deliverable}; not thread-safe. */
    public static final class Builder extends ImmutableDeliverable.Builder {
        Builder() {}
    }
}
