package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code plan-schema-VERSION-cli.jar}, run as a separate process with
 * {@code java -jar}: it holds every dependency and runs without a class path of its own.
 */
class PlanJarIT {
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheJar() throws IOException {
        jar = CliJar.find();
    }

    @Test
    void theThurrockPlanIsValid() throws Exception {
        Result result = run("validate", PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(result.err()).as("no SLF4J warning, nothing else").isEmpty();
    }

    @Test
    void aValidDocumentIsCheckedWithoutMapperSchemaLibraryYamlEngineOrLogging() throws Exception {
        Path loaded = dir.resolve("classes.log");

        Result result = runWith(List.of("-Xlog:class+load=info:file=" + loaded), "validate",
                PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        List<String> classes = Files.readAllLines(loaded).stream()
                .map(line -> line.replaceFirst("^.*\\[class,load\\] (\\S+) .*$", "$1"))
                .collect(Collectors.toList());
        assertThat(classes).contains("io.github.councilplan.schema.FastPath")
                .doesNotContain("tools.jackson.databind.ObjectMapper", "org.snakeyaml.engine.v2.api.LoadSettings",
                        "org.slf4j.LoggerFactory", "java.util.GregorianCalendar")
                .noneMatch(name -> name.startsWith("com.networknt."));
    }

    @Test
    void anInvalidAndAMissingFileExitTwoWithoutAStackTrace() throws Exception {
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"title\": 42", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");

        Result result = run("validate", "--format", "json", invalid.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).startsWith("{\"files\":[").contains("\"syntax.malformed\"")
                .contains("\"syntax.unreadable\"");
        assertThat(result.err()).isEqualTo("plan: " + missing + ": cannot read: no such file\n");
    }

    @Test
    void traceNamesTheThurrockDeliverablesPriorityAndTheme() throws Exception {
        Result result = run("trace", PlanRun.THURROCK.toString(), "1.2.2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith(""
                + "Deliverable 1.2.2 (d-1.2.2): Innovate our services through digital efficiencies\n"
                + "Path: Deliverable 1.2.2 < Priority 1.2 < Theme 1 < Plan 'thurrock-corporate-plan'\n"
                + "Theme: Theme 1 (t-enabling): Enabling\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void traceOfAnUnknownIdSuggestsAndExitsOne() throws Exception {
        Result result = run("trace", "--format", "json", PlanRun.THURROCK.toString(), "d-1.2.9");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("plan: " + PlanRun.THURROCK
                + ": no element has the id or number 'd-1.2.9'; nearest: d-1.2.1, d-1.2.2, d-1.2.3, d-1.2.4, d-1.1.1\n");
    }

    @Test
    void gapsCountsTheThurrockGapsByKind() throws Exception {
        Result result = run("gaps", "--as-of", "2026-01-01", PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("58 gaps in " + PlanRun.THURROCK + " as of 2026-01-01\n")
                .contains("  work-without-owner              19\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void diffOfAPlanWithItselfHasNoChanges() throws Exception {
        Result result = run("diff", PlanRun.THURROCK.toString(), PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("no changes\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void renderWritesEachFormat() throws Exception {
        Path csv = dir.resolve("matrix.csv");

        Result markdown = run("render", "--format", "markdown", PlanRun.THURROCK.toString());
        Result mermaid = run("render", "--format", "mermaid", PlanRun.THURROCK.toString());
        Result matrix = run("render", "--format", "csv", "--output", csv.toString(), PlanRun.THURROCK.toString());

        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).startsWith("# A fresh start for Thurrock\n").contains("\n## Theme 1: Enabling\n");
        assertThat(mermaid.exitCode()).isZero();
        assertThat(mermaid.out()).startsWith("flowchart TD\n  n0([\"A fresh start for Thurrock\"])\n");
        assertThat(matrix.exitCode()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .startsWith("number,id,title,o-1-1,o-1-2,")
                .contains("\r\n1.2.2,d-1.2.2,Innovate our services through digital efficiencies,containment,");
        assertThat(markdown.err() + mermaid.err() + matrix.err()).isEmpty();
    }

    @Test
    void versionIsTheProjectVersion() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("plan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
        assertThat(jar.getFileName().toString()).contains(result.out().strip().substring("plan ".length()));
    }

    @Test
    void theJarHoldsEveryDependency() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(JarEntry::getName).collect(Collectors.toList());

            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(PlanCommand.class.getName());
            assertThat(names).contains(
                    "io/github/councilplan/cli/PlanCommand.class",
                    "io/github/councilplan/cli/version.properties",
                    "io/github/councilplan/schema/plan-0.2.schema.json",
                    "io/github/councilplan/model/Plan.class",
                    "picocli/CommandLine.class",
                    "com/networknt/schema/Schema.class",
                    "tools/jackson/databind/ObjectMapper.class",
                    "io/github/councilplan/render/MermaidDiagram.class",
                    "org/slf4j/LoggerFactory.class",
                    "org/slf4j/nop/NOPServiceProvider.class",
                    "META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
            assertThat(names).noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
            assertThat(names).noneMatch(name -> name.endsWith("module-info.class"));
            assertThat(names).noneMatch(name -> name.startsWith("tools/jackson/dataformat/"));
        }
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    private Result runWith(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out).replace("\r\n", "\n"),
                Files.readString(err).replace("\r\n", "\n"));
    }

    /**
     * How a process ended.
     *
     * @param exitCode its exit code
     * @param out what it wrote to its output stream
     * @param err what it wrote to its error stream
     */
    private record Result(int exitCode, String out, String err) {}
}
