package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The council whose plan it is: its name and, optionally, an official code such as the ONS GSS
 * code of a local authority.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
@JsonPropertyOrder({"name", "code"})
public abstract class Organisation {
    Organisation() {}

    /**
     * Returns the council's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns the council's official code, such as an ONS GSS code.
     *
     * @return the code, or empty; not null
     */
    public abstract Optional<String> code();

    /**
     * Obtains an organisation with only a name.
     *
     * @param name the name, not null
     * @return the organisation, not null
     */
    public static Organisation of(Text name) {
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
        code().ifPresent(code -> {
            if (code.isBlank()) {
                throw new IllegalArgumentException("organisation.code: must not be blank, was '" + code + "'");
            }
        });
    }

    /** Builds an {@link Organisation}; not thread-safe. */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {}
    }
}
