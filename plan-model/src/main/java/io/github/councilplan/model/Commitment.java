package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What staff and residents can expect to see: an example of the change a theme will bring
 * ("Easier access to the council, using digital technology backed up by welcoming community
 * hubs across the borough.").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableCommitment.class)
@JsonDeserialize(as = ImmutableCommitment.class)
@JsonPropertyOrder({"id", "number", "levelName", "text", "otherNames", "provenance", "references", "extensions"})
public abstract class Commitment implements PlanElement {
    Commitment() {}

    /**
     * Returns what people can expect to see.
     *
     * @return the text, not null
     */
    public abstract Text text();

    /**
     * Obtains an unnumbered commitment.
     *
     * @param id the id, not null
     * @param text the text, not null
     * @return the commitment, not null
     */
    public static Commitment of(ElementId id, Text text) {
        return builder().id(id).text(text).build();
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
        return ElementKind.COMMITMENT;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(text());
    }

    /** Builds a {@link Commitment}; not thread-safe. */
    public static final class Builder extends ImmutableCommitment.Builder {
        Builder() {}
    }
}
