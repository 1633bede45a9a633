package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.jsonschema.PlanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan schema}: the bundled JSON Schema, exactly. */
class SchemaCommandTest {
    private static byte[] bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void readBundled() throws IOException {
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanSchema.RESOURCE)) {
            bundled = in.readAllBytes();
        }
    }

    @Test
    void theSchemaIsWrittenToStandardOutputAsBundled() {
        PlanRun run = PlanRun.of("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(bundled);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theBundledSchemaIsAsciiSoStandardOutputGivesItsBytesInAnyAsciiCompatibleEncoding() {
        for (int i = 0; i < bundled.length; i++) {
            assertThat(bundled[i]).as("byte %d of the schema", i).isNotNegative();
        }
    }

    @Test
    void theSchemaIsWrittenToAFileByteForByte() throws IOException {
        Path file = dir.resolve("plan.schema.json");
        Files.writeString(file, "an older file, replaced");

        PlanRun run = PlanRun.of("schema", "--output", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(bundled);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedWithoutAStackTrace() {
        Path file = dir.resolve("no-such-directory/plan.schema.json");

        PlanRun run = PlanRun.of("schema", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).isEqualTo("plan: " + file + ": cannot write: no such file" + System.lineSeparator());
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void anArgumentIsAUsageError() {
        PlanRun run = PlanRun.of("schema", "plan.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: plan schema");
    }
}
