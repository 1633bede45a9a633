package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan validate --extension-schema NAME@VERSION=FILE} and {@code plan schema --extension
 * NAME@VERSION}: extension schemas from local files, or from the class path (the test resources'
 * {@code META-INF/councilplan/extensions/}).
 */
class ExtensionOptionsTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String DECLARED = FIXTURES + "valid-declared-extensions.json";
    private static final String BAD_DATA = FIXTURES + "invalid-extension-data.json";
    private static final String CLASS_PATH_SCHEMA =
            "src/test/resources/META-INF/councilplan/extensions/ward-funding/1.0.schema.json";

    @Test
    void aPlanWhoseExtensionsTheirSchemasAcceptIsValid() {
        PlanRun run = PlanRun.of("validate", DECLARED);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
    }

    @Test
    void extensionDataItsSchemaRefusesIsReportedOnItsLine() {
        PlanRun run = PlanRun.of("validate", BAD_DATA);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(":33:25: error schema.type: ",
                "/themes/0/deliverables/0/extensions/ward-funding/amount");
    }

    @Test
    void aSchemaFromAFileIsUsedInPlaceOfTheClassPathOne(@TempDir Path directory) throws IOException {
        // the fixture's declaration names the schema's $id
        Path schema = Files.writeString(directory.resolve("funding.json"), "{\"type\": \"string\","
                + " \"$id\": \"https://schemas.example.org/councilplan/ward-funding/1.0\"}");

        PlanRun run = PlanRun.of("validate", "--extension-schema", "ward-funding@1.0=" + schema, DECLARED);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("error schema.type: ", "/extensions/ward-funding");
    }

    @Test
    void anExtensionSchemaOptionWithoutAVersionIsAFailureNamingTheForm() {
        PlanRun run = PlanRun.of("validate", "--extension-schema", "ward-funding=" + CLASS_PATH_SCHEMA, DECLARED);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("plan: --extension-schema ward-funding=", "expected NAME@VERSION=FILE");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnusableExtensionSchemaFileIsAFailureSayingWhy(@TempDir Path directory) throws IOException {
        Path schema = Files.writeString(directory.resolve("funding.json"), "{\"type\": \"strin\"}");

        PlanRun run = PlanRun.of("validate", "--extension-schema", "ward-funding@1.0=" + schema, DECLARED);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("not a valid draft 2020-12 JSON Schema");
    }

    @Test
    void aMissingExtensionSchemaFileCannotBeRead() {
        PlanRun run = PlanRun.of("validate", "--extension-schema", "ward-funding@1.0=no-such-file.json", DECLARED);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("no-such-file.json: cannot read");
    }

    @Test
    void schemaWritesAnExtensionsSchemaFromTheClassPath() throws IOException {
        PlanRun run = PlanRun.of("schema", "--extension", "ward-funding@1.0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).isEqualTo(Files.readString(Path.of(CLASS_PATH_SCHEMA)));
    }

    @Test
    void schemaWritesAnExtensionsSchemaGivenAsAFile(@TempDir Path directory) throws IOException {
        Path schema = Files.writeString(directory.resolve("lighting.json"), "{\"type\": \"boolean\"}\n");

        PlanRun run = PlanRun.of("schema", "--extension", "ward-lighting@2.0",
                "--extension-schema", "ward-lighting@2.0=" + schema);

        assertThat(run.out()).isEqualTo("{\"type\": \"boolean\"}\n");
    }

    @Test
    void schemaOfAnExtensionWithNoSchemaIsAFailureNamingWhereItLooked() {
        PlanRun run = PlanRun.of("schema", "--extension", "ward-lighting@2.0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("META-INF/councilplan/extensions/ward-lighting/2.0.schema.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void commandsThatNeedAValidPlanTakeExtensionSchemasToo(@TempDir Path directory) throws IOException {
        Path schema = Files.writeString(directory.resolve("ward.json"), "{\"type\": \"boolean\"}");

        PlanRun valid = PlanRun.of("trace", DECLARED, "d1");
        PlanRun invalid = PlanRun.of("trace", DECLARED, "d1", "--extension-schema", "ward@1.0=" + schema);

        assertThat(valid.exitCode()).as(valid.err()).isEqualTo(ExitCodes.VALID);
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(invalid.err()).contains("error schema.type: ", "/themes/0/deliverables/0/extensions/ward");
    }
}
