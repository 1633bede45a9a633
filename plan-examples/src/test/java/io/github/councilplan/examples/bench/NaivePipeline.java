package io.github.councilplan.examples.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user would write to load a plan without this library's validator: Jackson's
 * {@code readTree}, networknt's validation of the tree against the plan schema (compiled once,
 * configured as the library configures it: format assertions on, JSON pointers), and
 * {@code treeToValue} into the model with {@link PlanJson}'s mapper. It has no locations, no plan
 * rules and reads into a tree the size of several documents. Thread-safe.
 */
final class NaivePipeline {
    /** The plan schema, a resource of plan-schema. */
    static final String SCHEMA_RESOURCE = "io/github/councilplan/schema/plan-0.2.schema.json";

    private final JsonMapper mapper = PlanJson.standard().mapper();
    private final Schema schema;

    NaivePipeline() {
        String text = schemaText();
        String id = JsonMapper.shared().readTree(text).path("$id").asString();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, text)).schemaRegistryConfig(config));
        this.schema = registry.getSchema(SchemaLocation.of(id));
        this.schema.initializeValidators();
    }

    /** Reads, validates and binds a document; throws if the schema finds a problem. */
    Plan load(byte[] document) {
        JsonNode tree = mapper.readTree(document);
        List<Error> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.size() + " schema errors, the first " + errors.get(0));
        }
        return mapper.treeToValue(tree, Plan.class);
    }

    /** Validates a tree against the schema alone. */
    List<Error> validate(JsonNode tree) {
        return schema.validate(tree);
    }

    /** Binds a tree to the model alone. */
    Plan bind(JsonNode tree) {
        return mapper.treeToValue(tree, Plan.class);
    }

    /** Reads a document into a tree with the plan mapper (exact decimals, duplicate keys refused). */
    JsonNode read(byte[] document) {
        return mapper.readTree(document);
    }

    private static String schemaText() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema is not on the class path: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
