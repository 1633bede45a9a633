package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import java.io.IOException;
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

    /**
     * The {@code $id} of the schema of the model's format, from plan-schema's resources, which its
     * jar holds as they are. (Not through the class loader: these tests run in this module, and
     * plan-schema's module does not open the package that holds the schema.)
     */
    private static String schemaId() throws IOException {
        Path schema = Path.of(System.getProperty("plan.rootDirectory"), "plan-schema/src/main/resources",
                "io/github/councilplan/schema/plan-" + Plan.SCHEMA_VERSION + ".schema.json");
        assertThat(schema).as("the schema of format %s in plan-schema", Plan.SCHEMA_VERSION).isRegularFile();
        return JsonMapper.builder().build().readTree(Files.readString(schema)).path("$id").asString();
    }
}
