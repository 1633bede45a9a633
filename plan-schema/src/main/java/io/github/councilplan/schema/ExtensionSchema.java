package io.github.councilplan.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.schema.jsonschema.PlanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of one version of a plan extension: what the extension adds
 * under its name in {@code extensions}, on the plan or on any element. A plan declares the
 * extensions it uses in {@code extensionsUsed}, by name and version; the validator checks each
 * one's data against its schema.
 *
 * <p>Schemas are local only: one is given to the validator
 * ({@link PlanValidator.Builder#extensionSchema(ExtensionSchema)}), read from a file, or shipped as
 * a class path resource {@code META-INF/councilplan/extensions/NAME/VERSION.schema.json}
 * ({@link #resourceName(String, String)}) in a council's own jar. Nothing is ever fetched from the
 * network: a {@code $ref} resolves within the schema itself or to the official meta-schemas the
 * schema library ships, and a {@code $ref} to anything else makes the schema unusable.
 *
 * <p>A schema is checked when it is obtained: it must be a JSON object valid against the draft
 * 2020-12 meta-schema, with {@code $schema}, if present, naming draft 2020-12, and {@code $id},
 * if present, an absolute URI; and it must compile.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExtensionSchema {
    /** The class path directory extension schemas are found in, as {@code NAME/VERSION.schema.json}. */
    public static final String RESOURCE_DIRECTORY = "META-INF/councilplan/extensions/";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final int ERRORS_SHOWN = 3;
    /** The largest schema file read. */
    private static final long MAX_BYTES = 16L << 20;

    private final String name;
    private final String version;
    private final String text;
    private final Optional<String> id;
    private final Schema compiled;

    private ExtensionSchema(String name, String version, String text, Optional<String> id, Schema compiled) {
        this.name = name;
        this.version = version;
        this.text = text;
        this.id = id;
        this.compiled = compiled;
    }

    /**
     * Obtains the schema of an extension from its text.
     *
     * @param name the extension's name, as plans declare it (an id: a letter or digit, then
     *     letters, digits, {@code .}, {@code _}, {@code :} or {@code -}); not null
     * @param version the version it describes, of the same form; not null
     * @param schema the JSON Schema's text, not null
     * @return the schema, compiled; not null
     * @throws IllegalArgumentException if the name or version is not of that form, or the text is
     *     not a usable draft 2020-12 JSON Schema (the message says why)
     * @throws NullPointerException if an argument is null
     */
    public static ExtensionSchema of(String name, String version, String schema) {
        Objects.requireNonNull(schema, "schema");
        checkName("name", name);
        checkName("version", version);
        JsonNode tree;
        try {
            tree = JsonMapper.shared().readTree(schema);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what(name, version) + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException(what(name, version) + " is not a JSON object");
        }
        JsonNode dialect = tree.get("$schema");
        if (dialect != null && !DRAFT_2020_12.equals(dialect.asString(null))) {
            throw new IllegalArgumentException(what(name, version) + ": $schema must be '" + DRAFT_2020_12
                    + "' (draft 2020-12), not " + ShownValue.of(String.valueOf(dialect)));
        }
        Optional<String> id = Optional.empty();
        JsonNode idNode = tree.get("$id");
        if (idNode != null) {
            String given = idNode.isString() ? idNode.stringValue() : String.valueOf(idNode);
            if (!idNode.isString() || !isAbsoluteWithoutFragment(given)) {
                throw new IllegalArgumentException(what(name, version) + ": $id " + ShownValue.of(given)
                        + " is not an absolute URI without a fragment");
            }
            id = Optional.of(given);
        }
        String location = id.orElse("urn:councilplan:extension:" + name + ":" + version);
        SchemaRegistry registry = PlanSchema.registry(Map.of(location, schema));
        Schema compiled;
        try {
            List<Error> errors = registry.getSchema(SchemaLocation.of(DRAFT_2020_12)).validate(tree);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(what(name, version) + " is not a valid draft 2020-12 JSON Schema: "
                        + errors.stream().limit(ERRORS_SHOWN).map(Error::toString).collect(Collectors.joining("; "))
                        + (errors.size() > ERRORS_SHOWN ? "; ..." : ""));
            }
            compiled = registry.getSchema(SchemaLocation.of(location));
            compiled.initializeValidators();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // an unresolvable $ref (nothing is fetched), or a keyword the schema library cannot compile
            throw new IllegalArgumentException(what(name, version) + " cannot be used: " + e.getMessage(), e);
        }
        return new ExtensionSchema(name, version, schema, id, compiled);
    }

    /**
     * Reads the schema of an extension from a file (UTF-8).
     *
     * @param name the extension's name, as {@link #of} takes it; not null
     * @param version the version it describes; not null
     * @param file the file, not null
     * @return the schema, compiled; not null
     * @throws IOException if the file cannot be read, is not a regular file (a
     *     {@link FileSystemException} whose reason is {@code "not a regular file"} or
     *     {@code "is a directory"}), is larger than 16 MiB, or is not UTF-8 (a
     *     {@link CharacterCodingException})
     * @throws IllegalArgumentException as {@link #of} throws it
     * @throws NullPointerException if an argument is null
     */
    public static ExtensionSchema read(String name, String version, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            // a named pipe or a device could block for ever or never end
            throw new FileSystemException(file.toString(), null,
                    attributes.isDirectory() ? "is a directory" : "not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(file.toString());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = BoundedBytes.read(in, MAX_BYTES); // the file may have grown since its size was read
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file.toString());
        }
        return of(name, version, decode(bytes));
    }

    /** Decodes UTF-8 strictly, as {@link Files#readString(Path)} does: bytes that are not UTF-8 fail. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static FileSystemException tooLarge(String file) {
        return new FileSystemException(file, null, "larger than " + MAX_BYTES + " bytes");
    }

    /**
     * Finds the schema of an extension on the class path, as the resource
     * {@link #resourceName(String, String)}.
     *
     * @param name the extension's name, not null
     * @param version its version, not null
     * @param loader the class loader to look in, not null
     * @return the schema, or empty if there is no such resource; not null
     * @throws IOException if the resource cannot be read, is larger than 16 MiB, or is not UTF-8 (a
     *     {@link CharacterCodingException})
     * @throws IllegalArgumentException if the name or version is not of the form {@link #of}
     *     requires, or the resource is not a usable schema
     * @throws NullPointerException if an argument is null
     */
    public static Optional<ExtensionSchema> fromClassPath(String name, String version, ClassLoader loader)
            throws IOException {
        Objects.requireNonNull(loader, "loader");
        String resource = resourceName(name, version);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = BoundedBytes.read(in, MAX_BYTES);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(resource);
            }
            return Optional.of(of(name, version, decode(bytes)));
        }
    }

    /**
     * Returns the class path resource an extension's schema is found in:
     * {@code META-INF/councilplan/extensions/NAME/VERSION.schema.json}.
     *
     * @param name the extension's name, not null
     * @param version its version, not null
     * @return the resource's name, not null
     * @throws IllegalArgumentException if the name or version is not of the form {@link #of}
     *     requires
     * @throws NullPointerException if an argument is null
     */
    public static String resourceName(String name, String version) {
        checkName("name", name);
        checkName("version", version);
        return RESOURCE_DIRECTORY + name + "/" + version + ".schema.json";
    }

    private static void checkName(String field, String value) {
        Objects.requireNonNull(value, field);
        try {
            ElementId.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("extension " + field + " " + ShownValue.of(value)
                    + " is not an id (a letter or digit, then letters, digits, '.', '_', ':' or '-')", e);
        }
    }

    private static boolean isAbsoluteWithoutFragment(String uri) {
        if (!ExternalReference.isAbsoluteUri(uri)) {
            return false;
        }
        try {
            return new URI(uri).getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String what(String name, String version) {
        return "the schema of extension '" + name + "' version '" + version + "'";
    }

    /**
     * Returns the extension's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the version of the extension this schema describes.
     *
     * @return the version, not null
     */
    public String version() {
        return version;
    }

    /**
     * Returns the schema's text, as given.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the schema's {@code $id}, where it has one.
     *
     * @return the id, or empty; not null
     */
    public Optional<String> id() {
        return id;
    }

    /** Returns the compiled schema, which is immutable and thread-safe. */
    Schema compiled() {
        return compiled;
    }

    /**
     * Returns the extension's name and version, as {@code name@version}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return name + "@" + version;
    }
}
