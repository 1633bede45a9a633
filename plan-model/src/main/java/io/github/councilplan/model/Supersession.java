package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which edition replaced an edition of a plan, on what date and by which decision:
 * {@code {"edition": "2026 refresh", "on": "2026-02-11", "decision": {"body": "Cabinet"}}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableSupersession.class)
@JsonDeserialize(as = ImmutableSupersession.class)
@JsonPropertyOrder({"edition", "on", "decision"})
public abstract class Supersession {
    Supersession() {}

    /**
     * Returns the name of the edition that replaced this one.
     *
     * @return the name, not null and not blank
     */
    public abstract String edition();

    /**
     * Returns the date this edition was replaced.
     *
     * @return the date, or empty; not null
     */
    public abstract Optional<LocalDate> on();

    /**
     * Returns the decision that replaced it.
     *
     * @return the decision, or empty; not null
     */
    public abstract Optional<Decision> decision();

    /**
     * Obtains a supersession by a named edition on a date.
     *
     * @param edition the name of the later edition, not null and not blank
     * @param on the date, not null
     * @return the supersession, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Supersession of(String edition, LocalDate on) {
        return builder().edition(edition).on(on).build();
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
        if (edition().isBlank()) {
            throw new IllegalArgumentException("edition.supersededBy.edition: must not be blank");
        }
    }

    /** Builds a {@link Supersession}; not thread-safe. */
    public static final class Builder extends ImmutableSupersession.Builder {
        Builder() {}
    }
}
