package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.PlanValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticPlanCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return SyntheticPlanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAValidPlanOfTheRequestedSizeToTheFile() throws IOException {
        Path file = dir.resolve("plan.json");

        int status = run("--deliverables", "25", "--seed", "4", "--out", file.toString());

        assertThat(status).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(SyntheticPlans.of(25, 4).generateJson());
        assertThat(PlanValidator.create().validate(file).problems()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.toString(), "25 deliverables", "seed 4");
        assertThat(err()).isEmpty();
    }

    @Test
    void acceptsOptionsWithEqualsSigns() throws IOException {
        Path file = dir.resolve("plan.json");

        assertThat(run("--deliverables=3", "--seed=-8", "--out=" + file)).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(SyntheticPlans.of(3, -8).generateJson());
    }

    @Test
    void seedDefaultsToOne() throws IOException {
        Path file = dir.resolve("plan.json");

        assertThat(run("--deliverables", "3", "--out", file.toString())).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(SyntheticPlans.of(3, 1).generateJson());
    }

    @Test
    void dashWritesTheDocumentToStandardOutput() {
        assertThat(run("--deliverables", "2", "--out", "-")).isZero();
        assertThat(out.toByteArray()).isEqualTo(SyntheticPlans.of(2, 1).generateJson());
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: synthetic --deliverables N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--out x.json", "--deliverables 3", "--deliverables ten --out x.json",
        "--deliverables 0 --out x.json", "--deliverables 200001 --out x.json", "--deliverables 3 --seed 1.5 --out x",
        "--deliverables 3 --colour red --out x", "--deliverables", "stray", "--deliverables 3 --out"})
    void aUsageErrorExitsWithTwoAndSaysWhatIsWrong(String args) {
        int status = run(args.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("synthetic: ").contains("Usage: synthetic");
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(out.size()).isZero();
    }

    @Test
    void aFileThatCannotBeWrittenExitsWithOneAndSaysWhy() {
        Path file = dir.resolve("missing-directory").resolve("plan.json");

        int status = run("--deliverables", "2", "--out", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).isEqualTo("synthetic: cannot write " + file + ": no such directory" + System.lineSeparator());
    }
}
