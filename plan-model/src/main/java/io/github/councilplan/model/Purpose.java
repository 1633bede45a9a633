package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The council's purpose: what it believes its purpose is ("our purpose is to: ...") and how it
 * will pursue it ("we will do this by: ..."), two ordered lists, with an optional introduction.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePurpose.class)
@JsonDeserialize(as = ImmutablePurpose.class)
@JsonPropertyOrder({"introduction", "statements", "approaches"})
public abstract class Purpose {
    Purpose() {}

    /**
     * Returns the text that introduces the purpose.
     *
     * @return the introduction, or empty; not null
     */
    public abstract Optional<Text> introduction();

    /**
     * Returns the purpose statements, in order.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<Text> statements();

    /**
     * Returns the approaches, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Text> approaches();

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
        if (statements().isEmpty()) {
            throw new IllegalArgumentException("purpose.statements: must not be empty");
        }
    }

    /** Builds a {@link Purpose}; not thread-safe. */
    public static final class Builder extends ImmutablePurpose.Builder {
        Builder() {}
    }
}
