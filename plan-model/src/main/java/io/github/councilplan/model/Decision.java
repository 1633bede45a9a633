package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A decision of the council that changed a plan, such as "Cabinet, 12 February 2025": the body
 * that took it, its date, its reference in the council's minutes and where it is published.
 * {@code {"body": "Cabinet", "date": "2025-02-12", "reference": "Minute 87"}}.
 *
 * <p>A decision names at least its body, its reference or its address. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
@JsonPropertyOrder({"body", "date", "reference", "uri"})
public abstract class Decision {
    Decision() {}

    /**
     * Returns the body that took the decision, such as "Cabinet" or "Full Council".
     *
     * @return the body, or empty; not null
     */
    public abstract Optional<Text> body();

    /**
     * Returns the date of the decision.
     *
     * @return the date, or empty; not null
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the decision's reference, such as a minute number.
     *
     * @return the reference, or empty; not null
     */
    public abstract Optional<String> reference();

    /**
     * Returns where the decision is published, an absolute URI.
     *
     * @return the URI, or empty; not null
     */
    public abstract Optional<URI> uri();

    /**
     * Obtains a decision of a body on a date.
     *
     * @param body the body, not null
     * @param date the date, not null
     * @return the decision, not null
     */
    public static Decision of(Text body, LocalDate date) {
        return builder().body(body).date(date).build();
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
        if (body().isEmpty() && reference().isEmpty() && uri().isEmpty()) {
            throw new IllegalArgumentException("decision: names no body, reference or uri; give at least one");
        }
        if (reference().isPresent() && reference().get().isBlank()) {
            throw new IllegalArgumentException("decision.reference: must not be blank");
        }
        uri().ifPresent(uri -> ExternalReference.checkUri("decision.uri", uri));
    }

    /** Builds a {@link Decision}; not thread-safe. */
    public static final class Builder extends ImmutableDecision.Builder {
        Builder() {}
    }
}
