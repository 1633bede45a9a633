package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A passage of the plan's own text, such as its foreword, with the people who sign it.
 *
 * <p>A statement has at least one paragraph. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
@JsonPropertyOrder({"id", "number", "heading", "paragraphs", "signatories", "references", "extensions"})
public abstract class Statement implements PlanElement {
    Statement() {}

    /**
     * Returns the statement's heading, such as "Foreword".
     *
     * @return the heading, or empty; not null
     */
    public abstract Optional<Text> heading();

    /**
     * Returns the paragraphs, in order.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<Text> paragraphs();

    /**
     * Returns the people who sign the statement, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Signatory> signatories();

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
        if (paragraphs().isEmpty()) {
            throw new IllegalArgumentException(describe() + ": paragraphs must not be empty");
        }
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.STATEMENT;
    }

    @Override
    public final Text label() {
        return heading().orElseGet(() -> paragraphs().get(0));
    }

    @Override
    public final List<PlanElement> children() {
        return List.of();
    }

    /** Builds a {@link Statement}; not thread-safe. */
    public static final class Builder extends ImmutableStatement.Builder {
        Builder() {}
    }
}
