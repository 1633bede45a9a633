package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The reported status of a deliverable for one reporting period, with commentary:
 * {@code {"period": "2025/26 Q2", "status": "amber", "commentary": "..."}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableProgressUpdate.class)
@JsonDeserialize(as = ImmutableProgressUpdate.class)
@JsonPropertyOrder({"period", "status", "commentary"})
public abstract class ProgressUpdate {
    ProgressUpdate() {}

    /**
     * Returns the period reported on.
     *
     * @return the period, not null
     */
    @Value.Parameter
    public abstract ReportingPeriod period();

    /**
     * Returns the status reported.
     *
     * @return the status, not null
     */
    @Value.Parameter
    public abstract ProgressStatus status();

    /**
     * Returns the commentary.
     *
     * @return the commentary, or empty; not null
     */
    public abstract Optional<Text> commentary();

    /**
     * Obtains an update without commentary.
     *
     * @param period the period, not null
     * @param status the status, not null
     * @return the update, not null
     */
    public static ProgressUpdate of(ReportingPeriod period, ProgressStatus status) {
        return ImmutableProgressUpdate.of(period, status);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgressUpdate}; not thread-safe. */
    public static final class Builder extends ImmutableProgressUpdate.Builder {
        Builder() {}
    }
}
