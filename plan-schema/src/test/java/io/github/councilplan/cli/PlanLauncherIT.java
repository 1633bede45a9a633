package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive and its {@code bin/plan} launcher, unpacked and run as a user would:
 * the launcher runs the command line on the java of {@code JAVA_HOME}, makes a class-data-sharing
 * archive on first use and maps it on later runs, passes the exit code on, and runs as well
 * without the archive (turned off, or nowhere to write it); its JIT stops at the first tier unless
 * {@code PLAN_JAVA_OPTS} says otherwise.
 */
class PlanLauncherIT {
    @TempDir
    Path dir;

    private Path home;
    private Path cache;

    @BeforeEach
    void unpackTheDistribution() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "bin/plan is a POSIX shell script");
        cache = dir.resolve("cache");
        Path archive = Path.of(System.getProperty("plan.distArchive"));
        assertThat(archive).isRegularFile();
        Result untar = run(List.of("tar", "-xzf", archive.toString(), "-C", dir.toString()), Map.of());
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        try (Stream<Path> unpacked = Files.list(dir)) {
            home = unpacked.filter(p -> p.getFileName().toString().startsWith("plan-")).findFirst().orElseThrow();
        }
    }

    @Test
    void theTarAndTheZipHoldTheLaunchersTheJarAndTheLicence() throws IOException {
        String base = home.getFileName() + "/";
        try (ZipFile zip = new ZipFile(System.getProperty("plan.distArchive").replace(".tar.gz", ".zip"))) {
            TreeSet<String> entries = new TreeSet<>();
            Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
            assertThat(entries).containsExactly(base + "LICENSE", base + "bin/plan", base + "bin/plan.bat",
                    base + "lib/plan-cli.jar");
        }
        assertThat(Files.isExecutable(home.resolve("bin/plan"))).as("bin/plan is executable").isTrue();
        assertThat(Files.readString(home.resolve("bin/plan"))).doesNotContain("\r");
        assertThat(Files.readString(home.resolve("bin/plan.bat"))).contains("\r\n");
    }

    @Test
    void theFirstRunValidatesAndLeavesOneClassDataSharingArchive() throws Exception {
        Result result = plan("validate", PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(result.err()).isEmpty();
        assertThat(cacheFiles()).singleElement().satisfies(file -> assertThat(file).matches("plan-[0-9]+\\.jsa"));
    }

    @Test
    void aLaterRunMapsTheArchive() throws Exception {
        plan("validate", PlanRun.THURROCK.toString());

        // -Xshare:on (after the launcher's -Xshare:auto) makes the JVM fail when it cannot map the archive
        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("PLAN_JAVA_OPTS", "-Xshare:on"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void theExitCodeOfTheCommandIsTheLaunchersOnTheFirstRunAndLater() throws Exception {
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"title\": 42", StandardCharsets.UTF_8);

        assertThat(plan("validate", invalid.toString()).exitCode()).isEqualTo(1);
        assertThat(cacheFiles()).hasSize(1);
        assertThat(plan("validate", invalid.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void planCdsOffMakesNoArchive() throws Exception {
        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("PLAN_CDS", "off"));

        assertThat(result.exitCode()).isZero();
        assertThat(cache).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheCommandToRunWithoutTheArchive() throws Exception {
        Files.writeString(cache, "not a directory");

        Result result = plan("validate", PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theLauncherRunsThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("plan"), home.resolve("bin/plan"));
        List<String> command = new ArrayList<>(List.of(link.toString(), "validate", PlanRun.THURROCK.toString()));

        Result result = run(command, Map.of());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
    }

    @Test
    void theJitStopsAtItsFirstTier() throws Exception {
        Result result = run(command("--version"), Map.of("PLAN_CDS", "off", "PLAN_JAVA_OPTS", "-XX:+PrintFlagsFinal"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(flag(result.out(), "TieredStopAtLevel")).isEqualTo("1");
    }

    @Test
    void planJavaOptsComesAfterTheLaunchersOwnOptions() throws Exception {
        Result result = run(command("--version"),
                Map.of("PLAN_CDS", "off", "PLAN_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(flag(result.out(), "TieredStopAtLevel")).isEqualTo("4");
    }

    /** The value of a flag as {@code -XX:+PrintFlagsFinal} prints it: type, name, =, value, origin. */
    private static String flag(String printed, String name) {
        return printed.lines()
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length >= 4 && fields[1].equals(name) && fields[2].equals("="))
                .map(fields -> fields[3])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no flag " + name + " in the output"));
    }

    private Result plan(String... args) throws Exception {
        return run(command(args), Map.of());
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/plan").toString());
        command.addAll(List.of(args));
        return command;
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("councilplan"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Result run(List<String> command, Map<String, String> environment) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("PLAN_CDS");
        builder.environment().remove("PLAN_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** How a process ended: its exit code and what it wrote to its output and error streams. */
    private record Result(int exitCode, String out, String err) {}
}
