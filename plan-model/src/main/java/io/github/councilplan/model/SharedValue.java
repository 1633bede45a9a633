package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value the whole council signs up to, "Together, we hold ourselves to account to get things
 * done", with the behaviours that show it ("demonstrating accountability and integrity") and the
 * words that introduce them ("We do this by").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableSharedValue.class)
@JsonDeserialize(as = ImmutableSharedValue.class)
@JsonPropertyOrder({"id", "number", "levelName", "name", "leadIns", "behaviours", "otherNames", "provenance",
    "references", "extensions"})
public abstract class SharedValue implements PlanElement {
    SharedValue() {}

    /**
     * Returns the value's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    @Override
    public abstract Map<String, Text> leadIns();

    /**
     * Returns the behaviours that show the value, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Text> behaviours();

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
        return ElementKind.VALUE;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(name());
    }

    /** Builds a {@link SharedValue}; not thread-safe. */
    public static final class Builder extends ImmutableSharedValue.Builder {
        Builder() {}
    }
}
