package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A dated checkpoint on a piece of {@link Work}: when it is due, when it is now forecast, when it
 * was achieved, and its reported status. Dates are as precise as the plan gives them
 * ({@link PlanDate}: "March 2026").
 *
 * <p>A milestone with an achieved date is complete: its status, if given, is
 * {@link ProgressStatus#COMPLETE}. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
@JsonPropertyOrder({"id", "number", "levelName", "title", "due", "forecast", "achieved", "status", "longTerm",
    "otherNames", "provenance", "references", "extensions"})
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
    public abstract PlanDate due();

    /**
     * Returns the date now forecast, where it differs from the plan.
     *
     * @return the forecast date, or empty; not null
     */
    public abstract Optional<PlanDate> forecast();

    /**
     * Returns the date the milestone was achieved.
     *
     * @return the date, or empty if not yet achieved; not null
     */
    public abstract Optional<PlanDate> achieved();

    /**
     * Returns the reported status.
     *
     * @return the status, or empty; not null
     */
    public abstract Optional<ProgressStatus> status();

    /**
     * Tells whether this is a long-term ambition that runs past the plan's period, so that its
     * dates past the plan's end draw no warning.
     *
     * @return true if long-term
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean longTerm() {
        return false;
    }

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
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.MILESTONE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds a {@link Milestone}; not thread-safe. */
    public static final class Builder extends ImmutableMilestone.Builder {
        Builder() {}

        /**
         * Sets the due date to a day.
         *
         * @param day the day, not null
         * @return this builder, not null
         */
        public Builder due(LocalDate day) {
            return due(PlanDate.of(day));
        }

        /**
         * Sets the forecast date to a day.
         *
         * @param day the day, not null
         * @return this builder, not null
         */
        public Builder forecast(LocalDate day) {
            return forecast(PlanDate.of(day));
        }

        /**
         * Sets the achieved date to a day.
         *
         * @param day the day, not null
         * @return this builder, not null
         */
        public Builder achieved(LocalDate day) {
            return achieved(PlanDate.of(day));
        }
    }
}
