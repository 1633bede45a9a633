package io.github.councilplan.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's table of versions has a row for the version being built, naming the plan format
 * version the model writes and the {@code $id} of the JSON Schema that plan-schema holds.
 */
class ReadmeVersionTableTest {
    @Test
    void theReadmeNamesTheFormatVersionAndSchemaIdOfTheVersionBeingBuilt() throws IOException {
        String version = System.getProperty("plan.version").replaceFirst("-SNAPSHOT$", "");
        String readme = Files.readString(Path.of(System.getProperty("plan.rootDirectory"), "README.md"));

        assertThat(readme).contains("| " + version + " | `" + Plan.SCHEMA_VERSION + "` | `" + schemaId() + "` |");
    }

    /** The {@code $id} of the schema of the model's format, as plan-schema ships it. */
    private static String schemaId() throws IOException {
        String resource = "io/github/councilplan/schema/plan-" + Plan.SCHEMA_VERSION + ".schema.json";
        try (InputStream in = ReadmeVersionTableTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("the schema %s in plan-schema", resource).isNotNull();
            return JsonMapper.builder().build().readTree(in).path("$id").asString();
        }
    }
}
