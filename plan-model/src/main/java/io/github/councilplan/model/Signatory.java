package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person who signs a statement: {@code {"name": "Councillor John Kent", "role": "Leader of the
 * Council"}}, or only {@code {"name": "..."}} where the plan gives no role.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableSignatory.class)
@JsonDeserialize(as = ImmutableSignatory.class)
@JsonPropertyOrder({"name", "role"})
public abstract class Signatory {
    Signatory() {}

    /**
     * Returns the signatory's name as printed, titles included.
     *
     * @return the name, not null and not blank
     */
    public abstract String name();

    /**
     * Returns the signatory's role.
     *
     * @return the role, or empty where the plan gives none; not null
     */
    public abstract Optional<Text> role();

    /**
     * Obtains a signatory.
     *
     * @param name the name, not null and not blank
     * @param role the role, not null
     * @return the signatory, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Signatory of(String name, Text role) {
        return builder().name(name).role(role).build();
    }

    /**
     * Obtains a signatory without a role.
     *
     * @param name the name, not null and not blank
     * @return the signatory, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Signatory of(String name) {
        return builder().name(name).build();
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
        if (name().isBlank()) {
            throw new IllegalArgumentException("signatory.name: must not be blank, was '" + name() + "'");
        }
    }

    /** Builds a {@link Signatory}; not thread-safe. */
    public static final class Builder extends ImmutableSignatory.Builder {
        Builder() {}
    }
}
