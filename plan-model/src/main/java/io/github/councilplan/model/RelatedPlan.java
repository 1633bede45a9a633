package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Another plan document that this plan's links may point into, by its plan id: a long-term
 * strategy and its annual delivery plan, each its own document.
 * {@code {"id": "riverford-strategy-2024-2034", "relation": "delivers", "title": "Riverford 2034"}}.
 * A {@link Link} names the other plan with {@link Link#toPlan()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableRelatedPlan.class)
@JsonDeserialize(as = ImmutableRelatedPlan.class)
@JsonPropertyOrder({"id", "relation", "title", "uri"})
public abstract class RelatedPlan {
    RelatedPlan() {}

    /**
     * Returns the other plan's id, as its document gives it.
     *
     * @return the id, not null
     */
    public abstract ElementId id();

    /**
     * Returns how the other plan relates to this one.
     *
     * @return the relation, or empty; not null
     */
    public abstract Optional<PlanRelation> relation();

    /**
     * Returns the other plan's title.
     *
     * @return the title, or empty; not null
     */
    public abstract Optional<Text> title();

    /**
     * Returns where the other plan's document is published, an absolute URI.
     *
     * @return the URI, or empty; not null
     */
    public abstract Optional<URI> uri();

    /**
     * Obtains a related plan with a relation.
     *
     * @param id the other plan's id, not null
     * @param relation the relation, not null
     * @return the related plan, not null
     */
    public static RelatedPlan of(ElementId id, PlanRelation relation) {
        return builder().id(id).relation(relation).build();
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
        uri().ifPresent(uri -> ExternalReference.checkUri("relatedPlans '" + id() + "'.uri", uri));
    }

    /** Builds a {@link RelatedPlan}; not thread-safe. */
    public static final class Builder extends ImmutableRelatedPlan.Builder {
        Builder() {}
    }
}
