package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a theme looks like in practice: a statement that completes its theme's lead-in ("Thurrock
 * Council will have: robust internal oversight, ...").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
@JsonPropertyOrder({"id", "number", "statement", "references", "extensions"})
public abstract class Outcome implements PlanElement {
    Outcome() {}

    /**
     * Returns the outcome's statement, completing the theme's lead-in.
     *
     * @return the statement, not null
     */
    public abstract Text statement();

    /**
     * Obtains an unnumbered outcome.
     *
     * @param id the id, not null
     * @param statement the statement, not null
     * @return the outcome, not null
     */
    public static Outcome of(ElementId id, Text statement) {
        return builder().id(id).statement(statement).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.OUTCOME;
    }

    @Override
    public final Text label() {
        return statement();
    }

    @Override
    public final List<PlanElement> children() {
        return List.of();
    }

    /** Builds an {@link Outcome}; not thread-safe. */
    public static final class Builder extends ImmutableOutcome.Builder {
        Builder() {}
    }
}
