package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.structure.PlanStructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The council's purpose: what it believes its purpose is ("our purpose is to: ...") and how it
 * will pursue it ("we will do this by: ..."), two ordered lists, with an optional introduction and
 * the lead-ins of the two lists as the plan prints them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePurpose.class)
@JsonDeserialize(as = ImmutablePurpose.class)
@JsonPropertyOrder({"introduction", "leadIns", "statements", "approaches"})
public abstract class Purpose {
    Purpose() {}

    /**
     * Returns the text that introduces the purpose.
     *
     * @return the introduction, or empty; not null
     */
    public abstract Optional<Text> introduction();

    /**
     * Returns the lead-ins of the two lists, by the list's property name: {@code "approaches"} to
     * "We will do this by:".
     *
     * @return an unmodifiable map whose keys are {@code "statements"} or {@code "approaches"}; not
     *     null
     */
    public abstract Map<String, Text> leadIns();

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
        Siblings.checkLeadIns("purpose", PlanStructure.named("purpose").orElseThrow(), leadIns());
    }

    /** Builds a {@link Purpose}; not thread-safe. */
    public static final class Builder extends ImmutablePurpose.Builder {
        Builder() {}
    }
}
