package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive and its {@code bin/plan} launcher, unpacked and run as a user would:
 * the launcher runs the command line on the java of {@code JAVA_HOME}, makes a cache of its classes
 * on first use (an AOT cache on Java 25 or later, a dynamic class-data-sharing archive before) and
 * maps it on later runs, passes the exit code on, and runs as well without the cache (turned off,
 * nowhere to write it, damaged or made under other options); its JIT stops at the first tier
 * unless {@code PLAN_JAVA_OPTS} says otherwise. The tests named {@code onJava25...} run the
 * launcher on a Java 25 or later (this JVM's, else one under {@code /usr/lib/jvm}) and are skipped
 * when there is none; the others run it on this JVM's java, and CI runs them on 17 and on 25.
 */
class PlanLauncherIT {
    /**
     * The tag of the {@code onJava25...} tests, which pick their JDK themselves: CI's run on JDK 25
     * leaves them out ({@code -DexcludedGroups}), as its run on JDK 17 has run them on the same JDK 25.
     */
    static final String ON_JAVA_25 = "on-java-25";

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
    void theFirstRunValidatesAndLeavesOneArchive() throws Exception {
        Result result = plan("validate", PlanRun.THURROCK.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(result.err()).isEmpty();
        // an AOT cache on Java 25 or later, a class-data-sharing archive on 17 to 24
        String kind = feature(Path.of(System.getProperty("java.home"))) >= 25 ? "aot" : "jsa";
        assertThat(cacheFiles()).singleElement().satisfies(file -> assertThat(file).matches("plan-[0-9]+\\." + kind));
    }

    @Test
    void aLaterRunMapsTheArchive() throws Exception {
        plan("validate", PlanRun.THURROCK.toString());

        // -Xshare:on (after the launcher's -Xshare:auto) makes the JVM fail when it cannot map the
        // archive; on Java 25 or later -XX:AOTMode=on does so for the AOT cache
        String mustMap = feature(Path.of(System.getProperty("java.home"))) >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";
        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("PLAN_JAVA_OPTS", mustMap));

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

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25TheFirstRunLeavesOneAotCacheAndNoRecording() throws Exception {
        Path java25 = java25();

        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cacheFiles()).singleElement().satisfies(file -> assertThat(file).matches("plan-[0-9]+\\.aot"));
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25TheFirstRunPrintsOnlyTheCommandsOwnOutputWithItsExitCode() throws Exception {
        Path java25 = java25();
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"title\": 42", StandardCharsets.UTF_8);
        List<String> validate = command("validate", invalid.toString());
        Result plain = run(validate, Map.of("JAVA_HOME", java25.toString(), "PLAN_CDS", "off"));

        Result first = run(validate, Map.of("JAVA_HOME", java25.toString()));

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(first).isEqualTo(plain);
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25ALaterRunUsesTheAotCache() throws Exception {
        Path java25 = java25();
        run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));
        Path aotCache = cache.resolve("councilplan").resolve(cacheFiles().get(0));

        // -Xlog:aot, after the launcher's -Xlog:aot*=off, logs the JVM's use of the cache on the output
        Result result = run(command("validate", PlanRun.THURROCK.toString()),
                Map.of("JAVA_HOME", java25.toString(), "PLAN_JAVA_OPTS", "-Xlog:aot"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Opened AOT cache " + aotCache + ".")
                .contains("Using AOT-linked classes: true")
                .endsWith(PlanRun.THURROCK + ": valid\n");
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25ALaterRunWithAnotherHeapSizeStillUsesTheAotCache() throws Exception {
        Path java25 = java25();
        run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));

        // -XX:AOTMode=on makes the JVM fail when it cannot use the cache
        Result result = run(command("validate", PlanRun.THURROCK.toString()),
                Map.of("JAVA_HOME", java25.toString(), "PLAN_JAVA_OPTS", "-Xmx256m -XX:AOTMode=on"));

        assertThat(result).isEqualTo(new Result(0, PlanRun.THURROCK + ": valid\n", ""));
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25ADamagedAotCacheIsIgnoredWithoutAWord() throws Exception {
        Path java25 = java25();
        run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));
        Path aotCache = cache.resolve("councilplan").resolve(cacheFiles().get(0));
        // cut to half its length, as a copy or a disk might leave it
        byte[] whole = Files.readAllBytes(aotCache);
        Files.write(aotCache, Arrays.copyOf(whole, whole.length / 2));

        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));

        assertThat(result).isEqualTo(new Result(0, PlanRun.THURROCK + ": valid\n", ""));
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25AnAotCacheMadeWithAnotherGarbageCollectorIsIgnoredWithoutAWord() throws Exception {
        Path java25 = java25();
        run(command("validate", PlanRun.THURROCK.toString()),
                Map.of("JAVA_HOME", java25.toString(), "PLAN_JAVA_OPTS", "-XX:+UseZGC"));
        assertThat(cacheFiles()).hasSize(1);

        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", java25.toString()));

        assertThat(result).isEqualTo(new Result(0, PlanRun.THURROCK + ": valid\n", ""));
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25SharingOptionsInPlanJavaOptsRunTheCommandWithoutTheAotCache() throws Exception {
        Path java25 = java25();

        // the JVM refuses -Xshare beside -XX:AOTCache
        Result result = run(command("validate", PlanRun.THURROCK.toString()),
                Map.of("JAVA_HOME", java25.toString(), "PLAN_JAVA_OPTS", "-Xshare:off"));

        assertThat(result).isEqualTo(new Result(0, PlanRun.THURROCK + ": valid\n", ""));
        assertThat(cache).doesNotExist();
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25SharingOptionsInJavaToolOptionsRunTheCommandWithoutTheAotCache() throws Exception {
        Path java25 = java25();

        Result result = run(command("validate", PlanRun.THURROCK.toString()),
                Map.of("JAVA_HOME", java25.toString(), "JAVA_TOOL_OPTIONS", "-Xshare:off"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(PlanRun.THURROCK + ": valid\n");
        assertThat(cache).doesNotExist();
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25AJvmThatCannotStartShowsItsOwnMessageOnTheFirstRun() throws Exception {
        Path java25 = java25();
        Result plain = run(command("--version"),
                Map.of("JAVA_HOME", java25.toString(), "PLAN_CDS", "off", "PLAN_JAVA_OPTS", "-Xmx1k"));

        Result first = run(command("--version"), Map.of("JAVA_HOME", java25.toString(), "PLAN_JAVA_OPTS", "-Xmx1k"));

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.out() + plain.err()).contains("Too small maximum heap");
        assertThat(first).isEqualTo(plain);
    }

    @Test
    @Tag(PlanLauncherIT.ON_JAVA_25)
    void onJava25WithoutAReleaseFileTheLauncherMakesTheClassDataSharingArchive() throws Exception {
        Path java25 = java25();
        // a JAVA_HOME whose bin/java is a script running Java 25's: no release file beside it
        Path fakeHome = dir.resolve("fake-jdk");
        Path fakeJava = Files.createDirectories(fakeHome.resolve("bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nexec '" + java25.resolve("bin/java") + "' \"$@\"\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();

        Result result = run(command("validate", PlanRun.THURROCK.toString()), Map.of("JAVA_HOME", fakeHome.toString()));

        assertThat(result).isEqualTo(new Result(0, PlanRun.THURROCK + ": valid\n", ""));
        assertThat(cacheFiles()).singleElement().satisfies(file -> assertThat(file).matches("plan-[0-9]+\\.jsa"));
    }

    /** A Java 25 or later: this JVM's home if it is one, else the first under /usr/lib/jvm; the test is skipped without. */
    private static Path java25() throws IOException {
        Path running = Path.of(System.getProperty("java.home"));
        if (feature(running) >= 25) {
            return running;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        Optional<Path> found = Optional.empty();
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                found = homes.sorted()
                        .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> feature(home) >= 25)
                        .findFirst();
            }
        }
        assumeTrue(found.isPresent(), "no Java 25 or later here");
        return found.orElseThrow();
    }

    /** The feature version of the JDK at {@code home} (25 of 25.0.3), from its release file; 0 without one. */
    private static int feature(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.substring("JAVA_VERSION=\"".length()).replaceFirst("[^0-9].*", ""))
                    .filter(digits -> !digits.isEmpty())
                    .mapToInt(Integer::parseInt)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0;
        }
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
