package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A link from a plan element to a record in another system (a project, a service plan, a risk, a
 * budget line, a KPI in a performance system): the "golden thread" from plan to services. It
 * names the system and gives a key within it, an absolute URI, or both:
 * {@code {"system": "pentana", "key": "KPI-017"}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableExternalReference.class)
@JsonDeserialize(as = ImmutableExternalReference.class)
@JsonPropertyOrder({"system", "key", "uri", "title"})
public abstract class ExternalReference {
    ExternalReference() {}

    /**
     * Returns the name of the other system.
     *
     * @return the system, not null and not blank
     */
    public abstract String system();

    /**
     * Returns the record's key in the other system.
     *
     * @return the key, or empty if only a URI is given; not null
     */
    public abstract Optional<String> key();

    /**
     * Returns the record's address: an absolute URI as RFC 3986 has it, all in ASCII (a character
     * beyond ASCII is percent-encoded, as {@link URI#toASCIIString()} does) and without
     * {@code [} or {@code ]} in its query.
     *
     * @return an absolute URI, or empty if only a key is given; not null
     */
    public abstract Optional<URI> uri();

    /**
     * Returns a human-readable title for the record.
     *
     * @return the title, or empty; not null
     */
    public abstract Optional<Text> title();

    /**
     * Obtains a reference by system and key.
     *
     * @param system the system, not null and not blank
     * @param key the key, not null and not blank
     * @return the reference, not null
     * @throws IllegalArgumentException if either is blank
     */
    public static ExternalReference of(String system, String key) {
        return builder().system(system).key(key).build();
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
        if (system().isBlank()) {
            throw new IllegalArgumentException("reference.system: must not be blank, was '" + system() + "'");
        }
        if (key().isEmpty() && uri().isEmpty()) {
            throw new IllegalArgumentException("reference '" + system() + "': give a key, a uri or both");
        }
        if (key().isPresent() && key().get().isBlank()) {
            throw new IllegalArgumentException("reference '" + system() + "'.key: must not be blank");
        }
        if (uri().isPresent()) {
            checkUri(uri().get());
        }
    }

    /**
     * Refuses what {@link URI} accepts but RFC 3986, and so the plan format, does not: a
     * character beyond ASCII (URI takes IRIs), and {@code [} or {@code ]} in the query.
     */
    private void checkUri(URI uri) {
        String text = uri.toString();
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("reference '" + system() + "'.uri: '" + text + "' is not an absolute URI");
        }
        if (!text.chars().allMatch(c -> c < 0x7f)) {
            throw new IllegalArgumentException("reference '" + system() + "'.uri: '" + text
                    + "' has characters beyond ASCII, which a URI holds percent-encoded ('"
                    + uri.toASCIIString() + "')");
        }
        String query = uri.getRawQuery();
        if (query != null && (query.indexOf('[') >= 0 || query.indexOf(']') >= 0)) {
            throw new IllegalArgumentException("reference '" + system() + "'.uri: '" + text
                    + "' has '[' or ']' in its query, which a URI holds percent-encoded (%5B, %5D)");
        }
    }

    /** Builds an {@link ExternalReference}; not thread-safe. */
    public static final class Builder extends ImmutableExternalReference.Builder {
        Builder() {}
    }
}
