package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which edition of a plan a document holds, and its history in both directions. Plans are
 * reviewed every year, and each review is a new edition of the same plan:
 * {@code {"name": "2025 refresh", "status": "superseded", "adoptedOn": "2025-10-22",
 * "decision": {"body": "Cabinet"}, "supersedes": "2024", "supersededBy": {"edition": "2026
 * refresh", "on": "2026-10-21"}}}.
 *
 * <p>A draft has no adoption date; an edition neither supersedes nor is superseded by itself; only
 * a superseded edition names the edition that superseded it, and not before it was adopted
 * ({@link #violations} lists the breaks, which the validator reports as well). Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableEdition.class)
@JsonDeserialize(as = ImmutableEdition.class)
@JsonPropertyOrder({"name", "status", "adoptedOn", "decision", "supersedes", "supersededBy"})
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
     * Returns the decision that adopted this edition, such as "Cabinet, 12 February 2025".
     *
     * @return the decision, or empty; not null
     */
    public abstract Optional<Decision> decision();

    /**
     * Returns the name of the edition this one replaces.
     *
     * @return the name, or empty for a first edition; not null
     */
    public abstract Optional<String> supersedes();

    /**
     * Returns which edition replaced this one, when and by which decision.
     *
     * @return the supersession, or empty for an edition not (or not known to be) superseded;
     *     not null
     */
    public abstract Optional<Supersession> supersededBy();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists the breaks of the edition's rules in a document's values, for the validator, which
     * reads them from a document that may not build.
     *
     * @param name the edition's name, not null
     * @param status the status, or empty if unknown; not null
     * @param adoptedOn the adoption date, or empty; not null
     * @param supersedes the name of the edition it replaces, or empty; not null
     * @param supersededBy the name of the edition that replaced it, or empty; not null
     * @param supersededOn the date it was replaced, or empty; not null
     * @return the breaks, in field order; an unmodifiable list, not null
     */
    public static List<Violation> violations(String name,
            Optional<EditionStatus> status, Optional<LocalDate> adoptedOn, Optional<String> supersedes,
            Optional<String> supersededBy, Optional<LocalDate> supersededOn) {
        List<Violation> breaks = new ArrayList<>();
        if (status.equals(Optional.of(EditionStatus.DRAFT)) && adoptedOn.isPresent()) {
            breaks.add(Violation.of("adoptedOn", "a draft has no adoption date, was '" + adoptedOn.get() + "'"));
        }
        if (supersedes.isPresent() && supersedes.get().equals(name)) {
            breaks.add(Violation.of("supersedes", ShownValue.of(name) + " cannot supersede itself"));
        }
        if (supersededBy.isPresent() && supersededBy.get().equals(name)) {
            breaks.add(Violation.of("supersededBy", ShownValue.of(name)
                    + " cannot be superseded by itself"));
        }
        if (supersededBy.isPresent() && status.isPresent() && status.get() != EditionStatus.SUPERSEDED) {
            breaks.add(Violation.of("supersededBy", "names the edition that superseded this one, but the"
                    + " status is '" + status.get().name().toLowerCase(Locale.ROOT) + "', not 'superseded'"));
        }
        if (supersededOn.isPresent() && adoptedOn.isPresent() && supersededOn.get().isBefore(adoptedOn.get())) {
            breaks.add(Violation.of("supersededBy", "superseded on " + supersededOn.get()
                    + ", before it was adopted on " + adoptedOn.get()));
        }
        return List.copyOf(breaks);
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("edition.name: must not be blank, was '" + name() + "'");
        }
        if (supersedes().isPresent() && supersedes().get().isBlank()) {
            throw new IllegalArgumentException("edition.supersedes: must not be blank");
        }
        var breaks = violations(name(), Optional.of(status()), adoptedOn(), supersedes(),
                supersededBy().map(Supersession::edition), supersededBy().flatMap(Supersession::on));
        if (!breaks.isEmpty()) {
            throw new IllegalArgumentException("edition." + breaks.get(0));
        }
    }

    /** Builds an {@link Edition}; not thread-safe. */
    public static final class Builder extends ImmutableEdition.Builder {
        Builder() {}
    }
}
