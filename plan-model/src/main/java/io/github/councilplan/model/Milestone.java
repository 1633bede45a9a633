package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A dated checkpoint on a {@link Deliverable}: when it is due, when it is now forecast, when it
 * was achieved, and its reported status.
 *
 * <p>A milestone with an achieved date is complete: its status, if given, is
 * {@link ProgressStatus#COMPLETE}. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
@JsonPropertyOrder({"id", "number", "title", "due", "forecast", "achieved", "status", "references", "extensions"})
public abstract class Milestone implements PlanElement {
    Milestone() {}

    /**
     * Returns what the checkpoint is.
     *
     * @return the title, not null
     */
    public abstract Text title();

    /**
     * Returns the planned date.
     *
     * @return the due date, not null
     */
    public abstract LocalDate due();

    /**
     * Returns the date now forecast, where it differs from the plan.
     *
     * @return the forecast date, or empty; not null
     */
    public abstract Optional<LocalDate> forecast();

    /**
     * Returns the date the milestone was achieved.
     *
     * @return the date, or empty if not yet achieved; not null
     */
    public abstract Optional<LocalDate> achieved();

    /**
     * Returns the reported status.
     *
     * @return the status, or empty; not null
     */
    public abstract Optional<ProgressStatus> status();

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
        if (achieved().isPresent() && status().isPresent() && status().get() != ProgressStatus.COMPLETE) {
            throw new IllegalArgumentException(describe() + ": status '" + status().get()
                    + "' contradicts achieved date " + achieved().get() + " (expected complete)");
        }
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.MILESTONE;
    }

    @Override
    public final Text label() {
        return title();
    }

    @Override
    public final List<PlanElement> children() {
        return List.of();
    }

    /** Builds a {@link Milestone}; not thread-safe. */
    public static final class Builder extends ImmutableMilestone.Builder {
        Builder() {}
    }
}
