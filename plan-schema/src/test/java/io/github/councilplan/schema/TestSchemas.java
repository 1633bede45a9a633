package io.github.councilplan.schema;

import io.github.councilplan.schema.jsonschema.PlanSchema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan schema as the tests load it: from the classpath, through networknt's validator with
 * format assertions on and instance locations as JSON pointers, with nothing fetched from the
 * network. Also the fixture files.
 */
final class TestSchemas {
    /** The schema's {@code $id}. */
    static final String SCHEMA_ID = "https://councilplan.github.io/schema/plan-0.2.schema.json";
    /** Where {@code $id}s under the project's prefix live on the classpath. */
    static final String ID_PREFIX = "https://councilplan.github.io/schema/";
    static final String CLASSPATH_PREFIX = "classpath:io/github/councilplan/schema/";
    /** The schema's resource name on the classpath. */
    static final String SCHEMA_RESOURCE = "io/github/councilplan/schema/plan-0.2.schema.json";
    /** The 2020-12 meta-schema, which the validator's jar holds. */
    static final String META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";

    /** Reads JSON as strictly as a plan reader must: duplicate keys are errors. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The registry the validator uses: the schema served from memory, nothing from the network. */
    static final SchemaRegistry REGISTRY = PlanSchema.registry();

    private static final Schema PLAN = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));

    private TestSchemas() {}

    /** Returns the plan schema, loaded through its {@code $id}. */
    static Schema plan() {
        return PLAN;
    }

    /** Returns one definition of the plan schema, such as {@code "reportingPeriod"}. */
    static Schema definition(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + name));
    }

    /** Returns the schema document itself as a tree. */
    static JsonNode schemaDocument() {
        return JSON.readTree(PlanSchema.text());
    }

    /** Validates a document against the plan schema. */
    static List<Error> validate(JsonNode document) {
        return PLAN.validate(document);
    }

    /** Formats errors one a line, for assertion messages. */
    static String describe(List<Error> errors) {
        return errors.stream()
                .map(e -> "'" + e.getInstanceLocation() + "' " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Returns the fixture directory (in the test classes). */
    static Path fixtureDirectory() {
        URL url = TestSchemas.class.getClassLoader().getResource("fixtures");
        if (url == null) {
            throw new IllegalStateException("no fixtures directory on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the names of the fixture files that start with {@code prefix}, sorted. */
    static List<String> fixtures(String prefix) {
        try (Stream<Path> files = Files.list(fixtureDirectory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a fixture's bytes. */
    static byte[] fixtureBytes(String name) {
        try {
            return Files.readAllBytes(fixtureDirectory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a fixture as a tree. */
    static JsonNode fixture(String name) {
        return JSON.readTree(fixtureBytes(name));
    }
}
