package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Another name an element is known by: an earlier name, or the name another body uses, with a
 * note saying which. {@code {"name": "Healthy lives", "note": "the Health and Wellbeing Board's
 * name"}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableAlternativeName.class)
@JsonDeserialize(as = ImmutableAlternativeName.class)
@JsonPropertyOrder({"name", "note"})
public abstract class AlternativeName {
    AlternativeName() {}

    /**
     * Returns the other name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a note on where or when the name is used, such as "the name until the 2025
     * refresh".
     *
     * @return the note, or empty; not null
     */
    public abstract Optional<Text> note();

    /**
     * Obtains another name with a note.
     *
     * @param name the name, not null
     * @param note the note, not null
     * @return the alternative name, not null
     */
    public static AlternativeName of(Text name, Text note) {
        return builder().name(name).note(note).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AlternativeName}; not thread-safe. */
    public static final class Builder extends ImmutableAlternativeName.Builder {
        Builder() {}
    }
}
