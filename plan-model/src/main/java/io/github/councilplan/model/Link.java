package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An explicit alignment between two elements of a plan, kept apart from containment:
 * {@code {"from": "d-1.2.2", "kind": "contributesTo", "to": "o-easier-access"}}; or from an
 * element of this plan to an element of a related plan, named by its plan id:
 * {@code {"from": "a-7", "kind": "contributesTo", "to": "p-2", "toPlan": "riverford-strategy"}}.
 *
 * <p>Whether both ends exist and are of kinds the {@link LinkKind} allows is a plan-wide rule,
 * checked by the validator (across documents, for a link into another plan, when that plan's
 * document is given too); a link only refuses to point at its own source. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(as = ImmutableLink.class)
@JsonPropertyOrder({"from", "kind", "to", "toPlan", "note"})
@SuppressWarnings("immutables:from") // the attribute "from" replaces the builder's copy method of that name
public abstract class Link {
    Link() {}

    /**
     * Returns the id of the element the link starts at.
     *
     * @return the source id, not null
     */
    @Value.Parameter
    public abstract ElementId from();

    /**
     * Returns the kind of alignment.
     *
     * @return the kind, not null
     */
    @Value.Parameter
    public abstract LinkKind kind();

    /**
     * Returns the id of the element the link ends at.
     *
     * @return the target id, not null
     */
    @Value.Parameter
    public abstract ElementId to();

    /**
     * Returns the id of the related plan the link ends in, for a link into another plan's
     * document; see {@link Plan#relatedPlans()}.
     *
     * @return the other plan's id, or empty for a link within this plan; not null
     */
    public abstract Optional<ElementId> toPlan();

    /**
     * Returns a note on why the link holds.
     *
     * @return the note, or empty; not null
     */
    public abstract Optional<Text> note();

    /**
     * Obtains a link without a note.
     *
     * @param from the source id, not null
     * @param kind the kind, not null
     * @param to the target id, not null and not {@code from}
     * @return the link, not null
     * @throws IllegalArgumentException if {@code from} equals {@code to}
     */
    public static Link of(ElementId from, LinkKind kind, ElementId to) {
        return ImmutableLink.of(from, kind, to);
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
        if (toPlan().isEmpty() && from().equals(to())) {
            throw new IllegalArgumentException("link: '" + from() + "' cannot link to itself");
        }
    }

    /** Builds a {@link Link}; not thread-safe. */
    public static final class Builder extends ImmutableLink.Builder {
        Builder() {}
    }
}
