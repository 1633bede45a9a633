package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A partner or stakeholder the council works with: the NHS, a freeport, residents, voluntary and
 * community groups. Work is tied to partners by {@link LinkKind#INVOLVES} and
 * {@link LinkKind#CONTRIBUTES_TO} links.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "description", "otherNames", "provenance", "references",
    "extensions"})
public abstract class Partner implements PlanElement {
    Partner() {}

    /**
     * Returns the partner's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a description of the partner.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

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
        return ElementKind.PARTNER;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(name());
    }

    /** Builds a {@link Partner}; not thread-safe. */
    public static final class Builder extends ImmutablePartner.Builder {
        Builder() {}
    }
}
