package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where an element's words come from, so that an encoding can be checked against its source: the
 * document, the page, its address, and the wording as the source has it.
 * {@code {"document": "Corporate Plan 2024-2029", "page": "12", "quote": "We will open two family
 * hubs by 2027"}}.
 *
 * <p>Provenance names at least its document or its address. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
@JsonPropertyOrder({"document", "page", "uri", "quote"})
public abstract class Provenance {
    Provenance() {}

    /**
     * Returns the title of the source document.
     *
     * @return the title, or empty; not null
     */
    public abstract Optional<Text> document();

    /**
     * Returns the page or pages of the source, as the source numbers them ({@code "12"},
     * {@code "12-13"}, {@code "iv"}).
     *
     * @return the page, or empty; not null
     */
    public abstract Optional<String> page();

    /**
     * Returns the address of the source, an absolute URI.
     *
     * @return the URI, or empty; not null
     */
    public abstract Optional<URI> uri();

    /**
     * Returns the wording as the source has it, where the plan's text differs or was put together
     * from it.
     *
     * @return the quote, or empty; not null
     */
    public abstract Optional<Text> quote();

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
        if (document().isEmpty() && uri().isEmpty()) {
            throw new IllegalArgumentException("provenance: names no document or uri; give at least one");
        }
        if (page().isPresent() && page().get().isBlank()) {
            throw new IllegalArgumentException("provenance.page: must not be blank");
        }
        uri().ifPresent(uri -> ExternalReference.checkUri("provenance.uri", uri));
    }

    /** Builds a {@link Provenance}; not thread-safe. */
    public static final class Builder extends ImmutableProvenance.Builder {
        Builder() {}
    }
}
