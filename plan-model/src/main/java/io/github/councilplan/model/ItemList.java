package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An ordered list that belongs to an element, as plans print them under a priority or a theme:
 * "What we will need to do well is:", "We will measure success by:". Each item is an element of
 * its own, with an id, so that links and other systems can name it.
 *
 * <p>Its items have distinct ids and numbers. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableItemList.class)
@JsonDeserialize(as = ImmutableItemList.class)
@JsonPropertyOrder({"id", "number", "levelName", "title", "items", "otherNames", "provenance", "references",
    "extensions"})
public abstract class ItemList implements PlanElement {
    ItemList() {}

    /**
     * Returns the list's title, the words that introduce it as the plan prints them.
     *
     * @return the title, not null
     */
    public abstract Text title();

    /**
     * Returns the items, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ListItem> items();

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
        return ElementKind.LIST;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds an {@link ItemList}; not thread-safe. */
    public static final class Builder extends ImmutableItemList.Builder {
        Builder() {}
    }
}
