package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An extension a plan declares that it uses, by name and version:
 * {@code {"name": "ward-funding", "version": "1.0"}}. The extension's data sits under the key of
 * its name in {@code extensions}, on the plan or on any element; a JSON Schema of the extension's
 * own, supplied locally (never fetched), describes that data, and the validator checks it.
 * {@link #schema()} may name that schema's {@code $id}; it is an identifier only.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableExtensionUse.class)
@JsonDeserialize(as = ImmutableExtensionUse.class)
@JsonPropertyOrder({"name", "version", "schema"})
public abstract class ExtensionUse {
    ExtensionUse() {}

    /**
     * Returns the extension's name, which is also its key under {@code extensions}, such as
     * {@code ward-funding}.
     *
     * @return the name, not null
     */
    public abstract ElementId name();

    /**
     * Returns the version of the extension the plan uses, such as {@code 1.0}.
     *
     * @return the version, not null
     */
    public abstract ElementId version();

    /**
     * Returns the {@code $id} of the extension's JSON Schema, an absolute URI that identifies the
     * schema; the validator never fetches it.
     *
     * @return the URI, or empty; not null
     */
    public abstract Optional<URI> schema();

    /**
     * Obtains the use of an extension.
     *
     * @param name the extension's name, not null
     * @param version its version, not null
     * @return the use, not null
     */
    public static ExtensionUse of(ElementId name, ElementId version) {
        return builder().name(name).version(version).build();
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
        schema().ifPresent(uri -> ExternalReference.checkUri("extensionsUsed '" + name() + "'.schema", uri));
    }

    /** Builds an {@link ExtensionUse}; not thread-safe. */
    public static final class Builder extends ImmutableExtensionUse.Builder {
        Builder() {}
    }
}
