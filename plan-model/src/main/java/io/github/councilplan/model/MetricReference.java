package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.message.ShownValue;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A measure's reference to a metric that others report too, so that the measure can be
 * benchmarked against other councils without re-keying: the scheme that defines the metric, its
 * id there, its address, its title and its polarity. {@code {"scheme": "lgInform", "id": "3217",
 * "uri": "http://id.esd.org.uk/metricType/3217", "polarity": "lowIsGood"}}.
 *
 * <p>Two schemes are known, and national: {@value #LG_INFORM}, LG Inform's metric types, each a
 * number whose address is {@code http://id.esd.org.uk/metricType/<number>}; and
 * {@value #LOCAL_OUTCOMES_FRAMEWORK}, the metrics of England's Local Outcomes Framework (February
 * 2026), which publishes no identifiers of its own, so the id is the metric as the framework names
 * it. Any other scheme is one the council names ({@code "pentana"}, a regional benchmarking club).
 * {@link #violations()} says where a reference does not have the form its known scheme gives it;
 * the validator reports it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMetricReference.class)
@JsonDeserialize(as = ImmutableMetricReference.class)
@JsonPropertyOrder({"scheme", "id", "uri", "title", "polarity"})
public abstract class MetricReference {
    /** The scheme of LG Inform's metric types. */
    public static final String LG_INFORM = "lgInform";
    /** The scheme of the Local Outcomes Framework's metrics. */
    public static final String LOCAL_OUTCOMES_FRAMEWORK = "localOutcomesFramework";
    /** Where LG Inform's metric types are, each followed by its number. */
    public static final String LG_INFORM_URI = "http://id.esd.org.uk/metricType/";
    /** An LG Inform metric type's number: digits, without a leading zero, at most nine. */
    private static final Pattern LG_INFORM_ID = Pattern.compile("[1-9][0-9]{0,8}");

    MetricReference() {}

    /**
     * Returns the scheme that defines the metric: {@value #LG_INFORM},
     * {@value #LOCAL_OUTCOMES_FRAMEWORK}, or one the council names.
     *
     * @return the scheme, not blank; not null
     */
    public abstract String scheme();

    /**
     * Returns the metric's id in its scheme: for LG Inform, the metric type's number.
     *
     * @return the id, not blank; not null
     */
    public abstract String id();

    /**
     * Returns the metric's address, an absolute URI.
     *
     * @return the URI, or empty; not null
     */
    public abstract Optional<URI> uri();

    /**
     * Returns the metric's title in its scheme.
     *
     * @return the title, or empty; not null
     */
    public abstract Optional<Text> title();

    /**
     * Returns which way is good for the metric, as its scheme says.
     *
     * @return the polarity, or empty where the plan does not say; not null
     */
    public abstract Optional<Polarity> polarity();

    /**
     * Obtains a reference to an LG Inform metric type, with its address.
     *
     * @param number the metric type's number, such as {@code 3217}; positive
     * @return the reference, not null
     * @throws IllegalArgumentException if {@code number} is not positive
     */
    public static MetricReference lgInform(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("metric reference: LG Inform metric type " + number
                    + " is not a positive number");
        }
        return builder().scheme(LG_INFORM).id(Integer.toString(number)).uri(URI.create(LG_INFORM_URI + number))
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the metric is a national one: of a known scheme, LG Inform's or the Local
     * Outcomes Framework's.
     *
     * @return true for a known scheme
     */
    public final boolean national() {
        return scheme().equals(LG_INFORM) || scheme().equals(LOCAL_OUTCOMES_FRAMEWORK);
    }

    /**
     * Says where the reference does not have the form its scheme gives it, as
     * {@link #violations(String, String, Optional)} does.
     *
     * @return the violations; empty when there are none; not null
     */
    public final List<Violation> violations() {
        return violations(scheme(), id(), uri().map(URI::toString));
    }

    /**
     * Says where a reference does not have the form its scheme gives it, if the scheme is a known
     * one: an LG Inform id is a metric type's number (digits, no leading zero, at most nine), and
     * its URI, if given, is {@code http://id.esd.org.uk/metricType/} followed by that number. The
     * Local Outcomes Framework publishes no identifiers, and a council's own scheme is its own:
     * neither is checked. The validator reports these from a document's values, which may not
     * build a reference.
     *
     * @param scheme the scheme, not null
     * @param id the id, not null
     * @param uri the URI as written, or empty; not null
     * @return the violations, each naming its field ({@code id} or {@code uri}); empty when there
     *     are none; not null
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> violations(String scheme, String id, Optional<String> uri) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uri, "uri");
        if (!Objects.requireNonNull(scheme, "scheme").equals(LG_INFORM)) {
            return List.of();
        }
        if (!LG_INFORM_ID.matcher(id).matches()) {
            return List.of(Violation.of("id", ShownValue.of(id) + " is not an LG Inform metric type number"
                    + " (digits without a leading zero, such as '3217')"));
        }
        if (uri.isPresent() && !uri.get().equals(LG_INFORM_URI + id)) {
            return List.of(Violation.of("uri", ShownValue.of(uri.get()) + " is not the address of LG Inform"
                    + " metric type " + id + ", " + ShownValue.of(LG_INFORM_URI + id)));
        }
        return List.of();
    }

    @Value.Check
    final void check() {
        if (scheme().isBlank()) {
            throw new IllegalArgumentException("metric reference.scheme: must not be blank");
        }
        if (id().isBlank()) {
            throw new IllegalArgumentException("metric reference.id: must not be blank");
        }
        uri().ifPresent(uri -> ExternalReference.checkUri("metric reference.uri", uri));
    }

    /** Builds a {@link MetricReference}; not thread-safe. */
    public static final class Builder extends ImmutableMetricReference.Builder {
        Builder() {}
    }
}
