package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One block of a statement's body: a paragraph, {@code {"paragraph": "..."}}, or a list of items,
 * bulleted {@code {"list": ["...", "..."]}} or numbered {@code {"list": [...], "numbered": true}}.
 * The structure is deliberately small: paragraphs and one level of list, as plans print them.
 *
 * <p>A block is either a paragraph or a non-empty list, and only a list is numbered. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableBlock.class)
@JsonDeserialize(as = ImmutableBlock.class)
@JsonPropertyOrder({"paragraph", "list", "numbered"})
public abstract class Block {
    Block() {}

    /**
     * Returns the paragraph's text.
     *
     * @return the text, or empty for a list; not null
     */
    public abstract Optional<Text> paragraph();

    /**
     * Returns the list's items, in order.
     *
     * @return an unmodifiable list, empty for a paragraph; not null
     */
    public abstract List<Text> list();

    /**
     * Tells whether the list is numbered rather than bulleted.
     *
     * @return true for a numbered list; false for a bulleted list or a paragraph
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean numbered() {
        return false;
    }

    /**
     * Obtains a paragraph.
     *
     * @param text the paragraph's text, not null
     * @return the block, not null
     */
    public static Block paragraph(Text text) {
        return builder().paragraph(text).build();
    }

    /**
     * Obtains a bulleted list.
     *
     * @param items the items, in order; not null, not empty
     * @return the block, not null
     * @throws IllegalArgumentException if {@code items} is empty
     */
    public static Block bullets(List<Text> items) {
        return builder().list(items).build();
    }

    /**
     * Obtains a numbered list.
     *
     * @param items the items, in order; not null, not empty
     * @return the block, not null
     * @throws IllegalArgumentException if {@code items} is empty
     */
    public static Block numbered(List<Text> items) {
        return builder().list(items).numbered(true).build();
    }

    /**
     * Returns the block's texts: the paragraph, or the list's items.
     *
     * @return an unmodifiable list, not empty; not null
     */
    public final List<Text> texts() {
        return paragraph().map(List::of).orElse(list());
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
        if (paragraph().isPresent() == !list().isEmpty()) {
            throw new IllegalArgumentException(paragraph().isPresent()
                    ? "block: has both a paragraph and a list; a block is one or the other"
                    : "block: has neither a paragraph nor a list item");
        }
        if (numbered() && list().isEmpty()) {
            throw new IllegalArgumentException("block.numbered: only a list is numbered, not a paragraph");
        }
    }

    /** Builds a {@link Block}; not thread-safe. */
    public static final class Builder extends ImmutableBlock.Builder {
        Builder() {}
    }
}
