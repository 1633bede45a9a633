package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the council will do: "1.2.2 Innovate our services through digital efficiencies". A
 * deliverable sits in a {@link Priority} and is the unit that gets owners, milestones, measures
 * and progress updates.
 *
 * <p>Its milestones have distinct ids and numbers, numbered within the deliverable, and it has at
 * most one progress update per period. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableDeliverable.class)
@JsonDeserialize(as = ImmutableDeliverable.class)
@JsonPropertyOrder({"id", "number", "title", "description", "owners", "milestones", "progress", "references",
    "extensions"})
public abstract class Deliverable implements PlanElement {
    Deliverable() {}

    /**
     * Returns what will be done.
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
     * Returns the ids of the {@link Owner}s accountable for this deliverable.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns the deliverable's milestones, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Milestone> milestones();

    /**
     * Returns the progress updates, one per period at most.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ProgressUpdate> progress();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the update for a period.
     *
     * @param period the period, not null
     * @return the update, or empty if none was reported; not null
     */
    public final Optional<ProgressUpdate> progressFor(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return progress().stream().filter(update -> update.period().equals(period)).findFirst();
    }

    @Value.Check
    final void check() {
        Siblings.require(this, "milestones", milestones());
        Set<ReportingPeriod> periods = new HashSet<>();
        for (int i = 0; i < progress().size(); i++) {
            if (!periods.add(progress().get(i).period())) {
                throw new IllegalArgumentException(describe() + ": progress[" + i + "].period '"
                        + progress().get(i).period() + "' is reported twice");
            }
        }
        if (new HashSet<>(owners()).size() != owners().size()) {
            throw new IllegalArgumentException(describe() + ": owners " + owners() + " lists an owner twice");
        }
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.DELIVERABLE;
    }

    @Override
    public final Text label() {
        return title();
    }

    @Override
    public final List<PlanElement> children() {
        return List.copyOf(milestones());
    }

    /** Builds a {@link Deliverable}; not thread-safe. */
    public static final class Builder extends ImmutableDeliverable.Builder {
        Builder() {}
    }
}
