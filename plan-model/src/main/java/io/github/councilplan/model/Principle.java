package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A cross-cutting principle that "runs through everything we do": equality, climate, a
 * transformation programme. Elements show it through {@link LinkKind#REFLECTS} links, and the
 * gaps report names the principles nothing reflects.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePrinciple.class)
@JsonDeserialize(as = ImmutablePrinciple.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "description", "otherNames", "provenance", "references",
    "extensions"})
public abstract class Principle implements PlanElement {
    Principle() {}

    /**
     * Returns the principle's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Obtains an unnumbered principle.
     *
     * @param id the id, not null
     * @param name the name, not null
     * @return the principle, not null
     */
    public static Principle of(ElementId id, Text name) {
        return builder().id(id).name(name).build();
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
        return ElementKind.PRINCIPLE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(name());
    }

    /** Builds a {@link Principle}; not thread-safe. */
    public static final class Builder extends ImmutablePrinciple.Builder {
        Builder() {}
    }
}
