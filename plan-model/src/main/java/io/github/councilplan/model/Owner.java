package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who is accountable: a role (an Executive Director, a Cabinet portfolio holder), a directorate,
 * a team, a board or a committee, and whom it answers to ("accountable to Cabinet and the Overview
 * and Scrutiny ... Committees"). Elements name their owners by id; the plan names the owners that
 * oversee it as a whole ({@link Plan#overseenBy()}).
 *
 * <p>An owner does not answer to itself. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableOwner.class)
@JsonDeserialize(as = ImmutableOwner.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "type", "holder", "accountableTo", "otherNames",
    "provenance", "references", "extensions"})
public abstract class Owner implements PlanElement {
    Owner() {}

    /**
     * Returns the owner's name, such as "Executive Director of Resources".
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns what kind of body or post the owner is.
     *
     * @return the type, or empty where the plan does not say; not null
     */
    public abstract Optional<OwnerType> type();

    /**
     * Returns the name of the person who holds the role, where the plan gives it.
     *
     * @return the holder, or empty; not null
     */
    public abstract Optional<String> holder();

    /**
     * Returns the ids of the owners this one is accountable to.
     *
     * @return an unmodifiable list of distinct ids, not null
     */
    public abstract List<ElementId> accountableTo();

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
        if (accountableTo().contains(id())) {
            throw new IllegalArgumentException(describe() + ": accountableTo must not name the owner itself, '"
                    + id() + "'");
        }
        if (holder().isPresent() && holder().get().isBlank()) {
            throw new IllegalArgumentException(describe() + ": holder must not be blank");
        }
        Siblings.requireDistinct(this, "accountableTo", accountableTo());
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.OWNER;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(name());
    }

    /** Builds an {@link Owner}; not thread-safe. */
    public static final class Builder extends ImmutableOwner.Builder {
        Builder() {}
    }
}
