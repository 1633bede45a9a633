package io.github.councilplan.schema.jsonschema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.PathType;
import io.github.councilplan.model.ExternalReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of plan documents, loaded from this library's own resources and compiled once.
 * Only that schema and the official meta-schemas (which the schema library ships) are ever
 * loaded: nothing is fetched from the network, whatever {@code $schema}, {@code $id} or
 * {@code $ref} a document carries.
 */
public final class PlanSchema {
    /** The resource holding the schema of format version {@code 0.2}. */
    public static final String RESOURCE = "/io/github/councilplan/schema/plan-0.2.schema.json";

    private PlanSchema() {}

    /**
     * Returns the schema's text, from the classpath.
     *
     * @return the text, not null
     * @throws IllegalStateException if the schema is missing from the classpath
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public static String text() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema is missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan schema " + RESOURCE, e);
        }
    }

    /**
     * Returns the schema as a tree, read once. Shared: callers only read it, and must not change
     * it.
     *
     * @return the tree, not null
     */
    public static JsonNode document() {
        return Document.TREE;
    }

    /** Holds the schema's tree, read on first use. */
    private static final class Document {
        static final JsonNode TREE = JsonMapper.shared().readTree(text());
    }

    /**
     * Returns the schema's {@code $id}.
     *
     * @return the id, not null
     * @throws IllegalStateException if the schema has no {@code $id}
     */
    public static String id() {
        String id = document().path("$id").asString();
        if (id.isEmpty()) {
            throw new IllegalStateException("the plan schema " + RESOURCE + " has no $id");
        }
        return id;
    }

    /**
     * Returns a registry that serves the plan schema from memory under its {@code $id}, with
     * format assertions on, JSON pointers for instance locations and English messages. Draft
     * 2020-12's {@code uri} format is RFC 3986's absolute URI exactly
     * ({@link ExternalReference#isAbsoluteUri(String)}, the model's own check), where the schema
     * library's would take {@code [} in some places RFC 3986 refuses it.
     *
     * @return a new registry, not null
     */
    public static SchemaRegistry registry() {
        return registry(Map.of(id(), text()));
    }

    /**
     * Returns a registry configured as {@link #registry()} is, serving the given schemas from
     * memory under their ids, and otherwise only the official meta-schemas the schema library
     * ships: nothing is fetched from the network.
     *
     * @param schemas each schema's text by its id, not null
     * @return a new registry, not null
     */
    public static SchemaRegistry registry(Map<String, String> schemas) {
        Slf4jStart.quietWithoutProvider();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new UriFormat()).build();
        return SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemas(Map.copyOf(schemas)).schemaRegistryConfig(config));
    }

    /** The {@code uri} format: an absolute URI as RFC 3986 has it. */
    private static final class UriFormat implements Format {
        @Override
        public String getName() {
            return "uri";
        }

        @Override
        public String getMessageKey() {
            return "format.uri";
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return ExternalReference.isAbsoluteUri(value);
        }
    }

    /**
     * Compiles the schema.
     *
     * @return the compiled schema, with its validators initialized; immutable and thread-safe
     */
    public static Schema compile() {
        Schema schema = registry().getSchema(SchemaLocation.of(id()));
        schema.initializeValidators();
        return schema;
    }
}
