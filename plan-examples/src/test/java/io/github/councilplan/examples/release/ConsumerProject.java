package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's own Maven project, from {@code src/test/resources/consumers}, copied into
 * {@code target/consumers} and built against the snapshot of this library installed in the local
 * repository: with this build's Maven (the project's wrapper), its local repository (and its tail),
 * its settings files and its offline mode, which the failsafe execution {@code consumer-projects}
 * passes in as {@code plan.maven.*} properties. A project's build writes its dependency tree and
 * its run-time class path into its {@code target}, from which {@link #run} starts its program in
 * a JVM of its own.
 */
final class ConsumerProject {
    /** Bounds on a build and a run, so that a hung process fails the test rather than CI. */
    private static final long BUILD_MINUTES = 10;
    private static final long RUN_MINUTES = 2;

    private final Path directory;
    private int runs;

    private ConsumerProject(Path directory) {
        this.directory = directory;
    }

    /**
     * Copies a consumer project afresh into its own directory.
     *
     * @param name the project's directory under {@code consumers}
     * @param variant what this copy is built for, which names the copy's directory
     */
    static ConsumerProject copy(String name, String variant) {
        Path source = resource("/consumers/" + name);
        Path target = Path.of(property("plan.consumers.directory")).resolve(name + "-" + variant);
        try {
            deleteRecursively(target);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            // a project root of its own, so that Maven does not take this repository's .mvn for it
            Files.createDirectories(target.resolve(".mvn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConsumerProject(target);
    }

    /**
     * Builds the project up to {@code process-classes}, which compiles it and writes its
     * dependency tree and class path, and fails the test with the end of the build's log if the
     * build fails.
     *
     * @param arguments more arguments for Maven, such as {@code -Pprofile}
     */
    void build(String... arguments) {
        List<String> command = new ArrayList<>();
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        command.add(Path.of(property("plan.rootDirectory"), windows ? "mvnw.cmd" : "mvnw").toString());
        command.addAll(List.of("-B", "-ntp", "-Dmaven.repo.local=" + property("plan.maven.localRepository")));
        given("plan.maven.localRepositoryTail").ifPresent(tail -> command.add("-Dmaven.repo.local.tail=" + tail));
        if (property("plan.maven.offline").equals("offline:true")) {
            command.add("-o");
        }
        existingFile("plan.maven.userSettings").ifPresent(file -> command.addAll(List.of("-s", file)));
        existingFile("plan.maven.globalSettings").ifPresent(file -> command.addAll(List.of("-gs", file)));
        command.addAll(Arrays.asList(arguments));
        command.add("process-classes");

        Path log = directory.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = await(builder, BUILD_MINUTES);
        assertThat(exit).as("%s exited %d; the end of %s:%n%s", String.join(" ", command), exit, log, tail(log))
                .isZero();
    }

    /** Returns the build's log. */
    String buildLog() {
        return read(directory.resolve("build.log"));
    }

    /**
     * Returns the versions of each artifact in the project's dependency tree, as
     * {@code dependency:tree} wrote it, by {@code groupId:artifactId}.
     */
    Map<String, Set<String>> resolvedVersions() {
        Map<String, Set<String>> versions = new TreeMap<>();
        List<String> lines = read(directory.resolve("target/dependency-tree.txt")).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] coordinates = line.replaceFirst("^[|+\\\\\\- ]*", "").split("\\s+")[0].split(":");
            // groupId:artifactId:type[:classifier]:version:scope
            String version = coordinates[coordinates.length - 2];
            versions.computeIfAbsent(coordinates[0] + ":" + coordinates[1], artifact -> new TreeSet<>()).add(version);
        }
        return versions;
    }

    /** Returns the project's compiled classes followed by its run-time class path. */
    String classPath() {
        return directory.resolve("target/classes") + File.pathSeparator
                + read(directory.resolve("target/class-path.txt")).strip();
    }

    /**
     * Runs {@code java} with the given arguments in the project's directory.
     *
     * @return the exit code and what the JVM wrote on standard output and standard error
     */
    Run run(String... javaArguments) {
        runs++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(javaArguments));
        Path out = directory.resolve("run-" + runs + ".out");
        Path err = directory.resolve("run-" + runs + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        int exit = await(builder, RUN_MINUTES);
        return new Run(exit, read(out), read(err));
    }

    /** What a run of {@code java} did. */
    record Run(int exitCode, String out, String err) {}

    private static int await(ProcessBuilder builder, long minutes) {
        try {
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(builder.command() + " did not end within " + minutes + " minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the failsafe execution consumer-projects)", name)
                .isNotBlank();
        return value;
    }

    /** A property's value, unless it is unset or blank, or Maven left its expression unresolved. */
    private static Optional<String> given(String name) {
        String value = System.getProperty(name, "");
        return value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> existingFile(String name) {
        return given(name).filter(file -> Files.isRegularFile(Path.of(file)));
    }

    private static Path resource(String name) {
        URL url = ConsumerProject.class.getResource(name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        List<String> lines = read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
