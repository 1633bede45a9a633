package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item of an {@link ItemList}: "strong financial management", "the number of families
 * supported".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableListItem.class)
@JsonDeserialize(as = ImmutableListItem.class)
@JsonPropertyOrder({"id", "number", "levelName", "text", "otherNames", "provenance", "references", "extensions"})
public abstract class ListItem implements PlanElement {
    ListItem() {}

    /**
     * Returns the item's text.
     *
     * @return the text, not null
     */
    public abstract Text text();

    /**
     * Obtains an unnumbered item.
     *
     * @param id the id, not null
     * @param text the text, not null
     * @return the item, not null
     */
    public static ListItem of(ElementId id, Text text) {
        return builder().id(id).text(text).build();
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
        Siblings.check(this);
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.ITEM;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(text());
    }

    /** Builds a {@link ListItem}; not thread-safe. */
    public static final class Builder extends ImmutableListItem.Builder {
        Builder() {}
    }
}
