package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
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
     * Returns the record's address: an absolute URI as RFC 3986 has it (see
     * {@link #isAbsoluteUri(String)}).
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
            checkUri("reference '" + system() + "'.uri", uri().get());
        }
    }

    /**
     * Refuses what {@link URI} accepts but RFC 3986, and so the plan format, does not: characters
     * beyond ASCII (URI takes IRIs), and {@code [} or {@code ]} other than around an IPv6 host.
     * Every URI of the model is checked here.
     *
     * @param field the field, named in the message, as {@code "decision.uri"}
     */
    static void checkUri(String field, URI uri) {
        String text = uri.toString();
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(field + ": " + ShownValue.of(text) + " is not an absolute URI");
        }
        if (!text.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException(field + ": " + ShownValue.of(text)
                    + " has characters beyond ASCII, which a URI holds percent-encoded ("
                    + ShownValue.of(uri.toASCIIString()) + ")");
        }
        if (!isAbsoluteUri(text)) {
            throw new IllegalArgumentException(field + ": " + ShownValue.of(text)
                    + " is not a URI as RFC 3986 has it ('[' and ']', for one, only around an IPv6 host; "
                    + "elsewhere percent-encoded)");
        }
    }

    // RFC 3986, appendix A, in character classes and possessive quantifiers only, so that
    // matching takes time linear in the text and no stack: "%" stands in the classes for a
    // percent-encoding, whose two hex digits are checked apart.
    private static final String UNRESERVED_AND_SUB_DELIMS = "A-Za-z0-9\\-._~!$&'()*+,;=";
    private static final String PCHAR = "[" + UNRESERVED_AND_SUB_DELIMS + ":@%]";
    private static final String PATH = "[" + UNRESERVED_AND_SUB_DELIMS + ":@%/]*+";
    private static final String H16 = "[0-9A-Fa-f]{1,4}";
    private static final String DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final String LS32 = "(?:" + H16 + ":" + H16 + "|" + DEC_OCTET + "(?:\\." + DEC_OCTET + "){3})";
    private static final String IPV6 = "(?:(?:" + H16 + ":){6}" + LS32
            + "|::(?:" + H16 + ":){5}" + LS32
            + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32
            + "|(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + LS32
            + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32
            + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
            + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32
            + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
            + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)";
    private static final String HOST = "(?:\\[(?:" + IPV6 + "|[vV][0-9A-Fa-f]++\\.[" + UNRESERVED_AND_SUB_DELIMS
            + ":]++)\\]|[" + UNRESERVED_AND_SUB_DELIMS + "%]*+)";
    private static final String AUTHORITY = "(?:[" + UNRESERVED_AND_SUB_DELIMS + ":%]*+@)?" + HOST + "(?::[0-9]*+)?";
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+\\-.]*+:"
            + "(?://" + AUTHORITY + "(?:/" + PATH + ")?|/(?:" + PCHAR + PATH + ")?|" + PCHAR + PATH + ")"
            + "(?:\\?[" + UNRESERVED_AND_SUB_DELIMS + ":@%/?]*+)?(?:#[" + UNRESERVED_AND_SUB_DELIMS + ":@%/?]*+)?");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /**
     * Tells whether {@code text} is an absolute URI as RFC 3986 has it, and so as a plan document
     * may hold one: a scheme, a colon and something after it, in ASCII, each character beyond
     * ASCII, and each {@code [} or {@code ]} other than around an IPv6 host, percent-encoded. The
     * validator's {@code uri} format is this check. Takes time linear in the text's length.
     *
     * @param text the text, not null
     * @return whether the text is such a URI
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isAbsoluteUri(String text) {
        return ABSOLUTE_URI.matcher(text).matches() && !BAD_PERCENT.matcher(text).find();
    }

    /** Builds an {@link ExternalReference}; not thread-safe. */
    public static final class Builder extends ImmutableExternalReference.Builder {
        Builder() {}
    }
}
