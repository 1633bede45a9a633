package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the plan wants to see: a statement that completes its lead-in ("Thurrock Council will
 * have: robust internal oversight, ..."), or an action's expected outcome ("fewer empty shops in
 * the town centre"). Outcomes belong to a theme or to any level of its work, and may say by when
 * ("net zero by 2030").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
@JsonPropertyOrder({"id", "number", "levelName", "statement", "by", "longTerm", "otherNames", "provenance",
    "references", "extensions"})
public abstract class Outcome implements PlanElement {
    Outcome() {}

    /**
     * Returns the outcome's statement, completing the lead-in of its list.
     *
     * @return the statement, not null
     */
    public abstract Text statement();

    /**
     * Returns by when the outcome is to be reached: "by 2030".
     *
     * @return the date, or empty; not null
     */
    public abstract Optional<PlanDate> by();

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

    @Value.Check
    final void check() {
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.OUTCOME;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(statement());
    }

    /** Builds an {@link Outcome}; not thread-safe. */
    public static final class Builder extends ImmutableOutcome.Builder {
        Builder() {}
    }
}
