package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.ValidationLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest documents the default limits admit (64 MiB: {@link ValidationLimits#maxDocumentBytes()}),
 * each validated by the built command line in its own process with a 256 MiB heap, as a service
 * embedding the validator with the default limits might run it: a synthetic plan of nearly 64 MiB
 * is valid; the same plan made invalid, and a legal document of millions of empty objects, end in
 * a verdict (a located problem, or {@code limit.memory} when the document cannot be checked within
 * the heap), never an {@code OutOfMemoryError}.
 */
class LargestDocumentIT {
    /** The heap every run gets. */
    private static final String HEAP = "-Xmx256m";
    /** How long one run may take: minutes, on a 2-core machine shared with other builds. */
    private static final long SECONDS = 600;
    /** The deliverables of a synthetic plan of just under 64 MiB. */
    private static final int DELIVERABLES = 29_000;
    private static final long LIMIT = ValidationLimits.defaults().maxDocumentBytes();

    @TempDir
    static Path dir;

    private static Path cli;
    private static Path valid;

    @BeforeAll
    static void writeThePlan() throws IOException {
        cli = cliJar();
        valid = Files.write(dir.resolve("valid-largest.json"), SyntheticPlans.of(DELIVERABLES, 2026).generateJson());
        assertThat(Files.size(valid)).as("the plan is within the limit and within 1 MiB of it")
                .isBetween(LIMIT - (1 << 20), LIMIT);
    }

    @Test
    void aValidPlanOfNearly64MiBIsValidWithin256MiB() throws Exception {
        Result result = validate(valid);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(valid + ": valid\n");
    }

    @Test
    void thatPlanWithAnUnknownPropertyEndsInAVerdictWithin256MiB() throws Exception {
        byte[] bytes = Files.readAllBytes(valid);
        byte[] head = "{\"colour\":\"red\",".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[bytes.length - 1 + head.length];
        System.arraycopy(head, 0, invalid, 0, head.length);
        System.arraycopy(bytes, 1, invalid, head.length, bytes.length - 1);
        Path file = Files.write(dir.resolve("invalid-largest.json"), invalid);
        assertThat(Files.size(file)).isLessThanOrEqualTo(LIMIT);

        Result result = validate(file);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).as(result.toString()).matches("(?s)" + Pattern.quote(file.toString())
                + ":1:\\d+: error (schema\\.unknown-property|limit\\.memory): .*");
    }

    @Test
    void sixtyFourMiBOfEmptyObjectsEndInAVerdictWithin256MiB() throws Exception {
        String head = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\",\"organisation\":{\"name\":\"C\"},"
                + "\"period\":{\"start\":\"2024\",\"end\":\"2029\"},\"extensions\":{\"x\":[{}";
        String tail = "]}}";
        Path file = dir.resolve("valid-empty-objects.json");
        try (var out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] more = ",{}".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            long written = head.length();
            while (written + more.length + tail.length() <= LIMIT) {
                out.write(more);
                written += more.length;
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isBetween(LIMIT - (1 << 20), LIMIT);

        Result result = validate(file);

        assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
        assertThat(result.out()).as(result.toString()).matches(
                "(?s)" + Pattern.quote(file.toString()) + "(: valid\n|:1:1: error limit\\.memory: .*)");
    }

    private static Result validate(Path file) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", cli.toString(), "validate", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("finished within %d seconds", SECONDS).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(result.err()).as(result.toString()).isEmpty();
        assertThat(result.out()).doesNotContain("internal error", "OutOfMemoryError");
        return result;
    }

    /** plan-schema's {@code -cli} jar, which its build packages before this module's tests run. */
    private static Path cliJar() throws IOException {
        Path target = Path.of(System.getProperty("plan.rootDirectory", ".."), "plan-schema", "target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().matches("plan-schema-.*-cli\\.jar")).toList();
            assertThat(jars).as("plan-schema's -cli jar").hasSize(1);
            return jars.get(0);
        }
    }

    /**
     * How a run ended.
     *
     * @param exitCode its exit code
     * @param out what it wrote to its output stream
     * @param err what it wrote to its error stream
     */
    private record Result(int exitCode, String out, String err) {}
}
