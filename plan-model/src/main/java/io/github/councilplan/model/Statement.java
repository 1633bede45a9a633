package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A passage of the plan's own text, such as its foreword or its vision, with the people who sign
 * it. Its body keeps the passage's structure: paragraphs and lists ({@link Block}).
 *
 * <p>A statement has at least one block. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
@JsonPropertyOrder({"id", "number", "levelName", "heading", "body", "signatories", "otherNames", "provenance",
    "references", "extensions"})
public abstract class Statement implements PlanElement {
    Statement() {}

    /**
     * Returns the statement's heading, such as "Foreword".
     *
     * @return the heading, or empty; not null
     */
    public abstract Optional<Text> heading();

    /**
     * Returns the body: paragraphs and lists, in order.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<Block> body();

    /**
     * Returns the people who sign the statement, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Signatory> signatories();

    /**
     * Returns the statement's paragraphs and list items, in order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        body().forEach(block -> texts.addAll(block.texts()));
        return List.copyOf(texts);
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
        if (body().isEmpty()) {
            throw new IllegalArgumentException(describe() + ": body must not be empty");
        }
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.STATEMENT;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(heading().orElseGet(() -> body().get(0).texts().get(0)));
    }

    /** Builds a {@link Statement}; not thread-safe. */
    public static final class Builder extends ImmutableStatement.Builder {
        Builder() {}
    }
}
