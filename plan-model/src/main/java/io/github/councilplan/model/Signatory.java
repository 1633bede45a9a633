package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person who signs a statement: {@code {"name": "Councillor John Kent", "role": "Leader of the
 * Council"}}.
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
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the signatory's role.
     *
     * @return the role, not null
     */
    @Value.Parameter
    public abstract Text role();

    /**
     * Obtains a signatory.
     *
     * @param name the name, not null and not blank
     * @param role the role, not null
     * @return the signatory, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Signatory of(String name, Text role) {
        return ImmutableSignatory.of(name, role);
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("signatory.name: must not be blank, was '" + name() + "'");
        }
    }
}
