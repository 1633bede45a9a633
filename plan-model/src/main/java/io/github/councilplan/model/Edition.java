package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which edition of a plan a document holds. Plans are reviewed every year, and each review is a
 * new edition of the same plan: {@code {"name": "2025 refresh", "status": "adopted",
 * "adoptedOn": "2025-10-22", "supersedes": "2024"}}.
 *
 * <p>A draft has no adoption date. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableEdition.class)
@JsonDeserialize(as = ImmutableEdition.class)
@JsonPropertyOrder({"name", "status", "adoptedOn", "supersedes"})
public abstract class Edition {
    Edition() {}

    /**
     * Returns the edition's name, such as {@code "2025 refresh"}.
     *
     * @return the name, not null and not blank
     */
    public abstract String name();

    /**
     * Returns where the edition stands.
     *
     * @return the status, not null
     */
    public abstract EditionStatus status();

    /**
     * Returns the date the council adopted or endorsed this edition.
     *
     * @return the date, or empty; not null
     */
    public abstract Optional<LocalDate> adoptedOn();

    /**
     * Returns the name of the edition this one replaces.
     *
     * @return the name, or empty for a first edition; not null
     */
    public abstract Optional<String> supersedes();

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
            throw new IllegalArgumentException("edition.name: must not be blank, was '" + name() + "'");
        }
        if (supersedes().isPresent() && supersedes().get().isBlank()) {
            throw new IllegalArgumentException("edition.supersedes: must not be blank");
        }
        if (supersedes().isPresent() && supersedes().get().equals(name())) {
            throw new IllegalArgumentException("edition.supersedes: '" + name() + "' cannot supersede itself");
        }
        if (status() == EditionStatus.DRAFT && adoptedOn().isPresent()) {
            throw new IllegalArgumentException(
                    "edition.adoptedOn: a draft has no adoption date, was '" + adoptedOn().get() + "'");
        }
    }

    /** Builds an {@link Edition}; not thread-safe. */
    public static final class Builder extends ImmutableEdition.Builder {
        Builder() {}
    }
}
