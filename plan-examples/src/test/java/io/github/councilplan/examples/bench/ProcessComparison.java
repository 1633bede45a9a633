package io.github.councilplan.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Validation as whole processes, the project's command line against what a data team would run
 * instead: {@code node} with ajv (Ajv2020, strict, every error, ajv-formats) and the published plan
 * schema ({@code ajv-validate.cjs}, beside this class in the test resources). The two commands
 * alternate, run after run, on the same files; each run's wall time and peak resident memory come
 * from GNU {@code time}; a comparison reports the medians.
 *
 * <p>ajv is installed from the npm registry into a temporary directory, at pinned versions, as
 * {@code .ci/schema-outside-java} installs it.
 */
final class ProcessComparison {
    /** One command's median over its runs. */
    record Median(double seconds, long peakKiB, int exitCode) {}

    /**
     * One comparison.
     *
     * @param label what was validated
     * @param ours the project's command line
     * @param ajv node with ajv
     * @param ourHeapLimit the largest Java heap ours ran with, as {@code -Xmx} writes it, or empty
     * @param oursBy how ours ran: the distribution's {@code bin/plan}, or {@code java -jar}; for a
     *     bound, what ran instead
     * @param bound whether ours was not the command line but a floor under it ({@link #tokensOnly},
     *     {@link #bindingOnly}), which {@code oursBy} then names
     */
    record Result(String label, Median ours, Median ajv, String ourHeapLimit, String oursBy, boolean bound) {
        double ratio() {
            return ours.seconds() / ajv.seconds();
        }
    }

    /**
     * The JIT flag the distribution's launchers ({@code bin/plan}, {@code bin/plan.bat}) run with,
     * which the floors run with too ({@code LauncherJitFlagTest} holds the launchers to it).
     */
    static final String LAUNCHER_JIT = "-XX:TieredStopAtLevel=1";
    /** What ours does in a floor's row made by {@link #tokensOnly}. */
    static final String TOKENS_ONLY = "tokens only";
    /** What ours does in a floor's row made by {@link #bindingOnly}. */
    static final String BINDING_ONLY = "binding only";

    private static final String AJV = "ajv@8.20.0";
    private static final String AJV_FORMATS = "ajv-formats@3.0.1";

    private final Path cliJar;
    private final Path launcher;
    private final Path schema;
    private final Path work;
    private final int runs;
    private final Path javaHome;

    private ProcessComparison(Path cliJar, Path launcher, Path schema, Path work, int runs, Path javaHome) {
        this.cliJar = cliJar;
        this.launcher = launcher;
        this.schema = schema;
        this.work = work;
        this.runs = runs;
        this.javaHome = javaHome;
    }

    /**
     * Returns the same comparison with ours run on another JDK, the launcher's cache for that JDK
     * made by a first run on {@code warmUp}, as a user's first run makes it.
     *
     * @param home the JDK's home directory
     */
    ProcessComparison onJava(Path home, Path... warmUp) throws IOException, InterruptedException {
        ProcessComparison other = new ProcessComparison(cliJar, launcher, schema, work, runs, home);
        other.warmUp(warmUp);
        return other;
    }

    private void warmUp(Path... files) throws IOException, InterruptedException {
        if (launcher != null) {
            List<String> first = new ArrayList<>(List.of(launcher.toString(), "validate"));
            for (Path file : files) {
                first.add(file.toString());
            }
            time(first, "", new long[2]);
        }
    }

    /** Returns the JDKs under {@code /usr/lib/jvm} of Java 25 or later other than the one running, by their release files. */
    static List<Path> laterJdks() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(jvms)) {
            return found;
        }
        Path running = Path.of(System.getProperty("java.home")).toRealPath();
        try (var homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isSymbolicLink(home) || !Files.isRegularFile(release) || home.toRealPath().equals(running)) {
                    continue;
                }
                for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                    if (line.startsWith("JAVA_VERSION=\"") && featureVersion(line.substring(14)) >= 25) {
                        found.add(home);
                    }
                }
            }
        }
        return found;
    }

    private static int featureVersion(String quoted) {
        String digits = quoted.replaceAll("^([0-9]+).*$", "$1");
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? 0 : Integer.parseInt(digits);
    }

    /** Returns the feature version of the JDK ours runs on, from its release file; 0 when unknown. */
    int javaFeature() throws IOException {
        Path release = javaHome.resolve("release");
        if (Files.isRegularFile(release)) {
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return featureVersion(line.substring(14));
                }
            }
        }
        return 0;
    }

    /** Tells what runs as ours: the distribution's {@code bin/plan}, or {@code java -jar} with the cli jar. */
    boolean byLauncher() {
        return launcher != null;
    }

    /**
     * Installs ajv into {@code work} and returns a comparison that runs each command {@code runs}
     * times.
     */
    static ProcessComparison prepare(Path cliJar, Path schema, Path work, int runs) throws IOException,
            InterruptedException {
        return prepare(cliJar, null, schema, work, runs);
    }

    /**
     * Installs ajv into {@code work} and returns a comparison that runs each command {@code runs}
     * times; ours is the distribution's {@code bin/plan} when {@code distribution} (its
     * {@code .tar.gz}) is given, unpacked into {@code work} and run once first, on {@code warmUp},
     * to make its class-data-sharing archive, as a user's first run does.
     */
    static ProcessComparison prepare(Path cliJar, Path distribution, Path schema, Path work, int runs, Path... warmUp)
            throws IOException, InterruptedException {
        if (distribution == null && !Files.isRegularFile(cliJar)) {
            throw new IllegalStateException("no command-line jar at " + cliJar + ": build it with package first");
        }
        Path launcher = null;
        if (distribution != null) {
            if (!Files.isRegularFile(distribution)) {
                throw new IllegalStateException("no distribution at " + distribution + ": build it with package first");
            }
            Path unpacked = Files.createDirectories(work.resolve("dist"));
            if (new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", unpacked.toString()).inheritIO()
                    .start().waitFor() != 0) {
                throw new IllegalStateException("could not unpack " + distribution);
            }
            try (var homes = Files.newDirectoryStream(unpacked, "plan-*")) {
                launcher = homes.iterator().next().resolve("bin").resolve("plan");
            }
        }
        Path script = work.resolve("ajv-validate.cjs");
        try (InputStream in = Objects.requireNonNull(ProcessComparison.class.getResourceAsStream("ajv-validate.cjs"))) {
            Files.copy(in, script);
        }
        int installed = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                work.toString(), AJV, AJV_FORMATS).inheritIO().start().waitFor();
        if (installed != 0) {
            throw new IllegalStateException("npm install " + AJV + " " + AJV_FORMATS + " failed: " + installed);
        }
        ProcessComparison comparison =
                new ProcessComparison(cliJar, launcher, schema, work, runs, Path.of(System.getProperty("java.home")));
        comparison.warmUp(warmUp);
        return comparison;
    }

    /**
     * Compares the two on files, alternating: ours, ajv, ours, ajv, ... Ours runs with
     * {@code heapLimit} as its maximum heap when it is given.
     */
    Result compare(String label, List<Path> files, String heapLimit) throws IOException, InterruptedException {
        List<String> ours = new ArrayList<>();
        if (launcher != null) {
            ours.addAll(List.of(launcher.toString(), "validate"));
        } else {
            ours.add(javaHome.resolve("bin").resolve("java").toString());
            if (!heapLimit.isEmpty()) {
                ours.add("-Xmx" + heapLimit);
            }
            ours.addAll(List.of("-jar", cliJar.toString(), "validate"));
        }
        files.forEach(file -> ours.add(file.toString()));
        return alternate(label, ours, files, heapLimit, launcher != null ? "the distribution's `bin/plan`, its cache of"
                + " classes (a class-data-sharing archive; on Java 25 and later an AOT cache) made by a first run before"
                + " the timed ones" : "the `-cli` jar, `java -jar`", false);
    }

    /**
     * Compares with ajv, alternating, the floor under ours on one file: a fresh JVM that only reads
     * the file's tokens with Jackson's parser ({@link TokenReading}) and exits, with the JIT flag
     * the launcher gives ours (its first tier only) and {@code heapLimit} as its maximum heap. Its
     * class path is Jackson's streaming jar and the benchmarks' classes, and it has no archive of
     * its own classes, which ours has.
     */
    Result tokensOnly(String label, Path file, String heapLimit) throws IOException, InterruptedException {
        return floor(label, file, heapLimit, TokenReading.class, codeSource(JsonFactory.class), TOKENS_ONLY);
    }

    /**
     * Compares with ajv, alternating, the floor under ours' fast path on one file: a fresh JVM that
     * only binds the file to the model as the fast path does ({@link ModelBinding}: no check of
     * bytes or tokens, no rule) and exits, run as {@link #tokensOnly} is. Its class path is the
     * {@code -cli} jar and the benchmarks' classes, and it has no archive of its classes either.
     */
    Result bindingOnly(String label, Path file, String heapLimit) throws IOException, InterruptedException {
        if (!Files.isRegularFile(cliJar)) {
            throw new IllegalStateException("no -cli jar at " + cliJar + " to bind with: build plan-schema first");
        }
        return floor(label, file, heapLimit, ModelBinding.class, cliJar.toString(), BINDING_ONLY);
    }

    private Result floor(String label, Path file, String heapLimit, Class<?> main, String library, String does)
            throws IOException, InterruptedException {
        String classPath = library + File.pathSeparator + codeSource(main);
        List<String> reader = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                LAUNCHER_JIT));
        if (!heapLimit.isEmpty()) {
            reader.add("-Xmx" + heapLimit);
        }
        reader.addAll(List.of("-cp", classPath, main.getName(), file.toString()));
        return alternate(label, reader, List.of(file), heapLimit, does, true);
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no path for where " + type.getName() + " was loaded from", e);
        }
    }

    /** Runs {@code ours} and ajv on {@code files}, alternating, and returns their medians. */
    private Result alternate(String label, List<String> ours, List<Path> files, String heapLimit, String oursBy,
            boolean bound) throws IOException, InterruptedException {
        List<String> ajv = new ArrayList<>(List.of("node", work.resolve("ajv-validate.cjs").toString(),
                schema.toString()));
        files.forEach(file -> ajv.add(file.toString()));
        double[][] seconds = new double[2][runs];
        long[][] peaks = new long[2][runs];
        int[] exits = new int[2];
        for (int run = 0; run < runs; run++) {
            for (int which = 0; which < 2; which++) {
                long[] measured = new long[3];
                seconds[which][run] = time(which == 0 ? ours : ajv, which == 0 ? heapLimit : "", measured);
                peaks[which][run] = measured[0];
                exits[which] = (int) measured[1];
            }
        }
        if (exits[0] != exits[1]) {
            // a comparison of a valid verdict with an invalid one times two different jobs
            throw new IllegalStateException(label + ": ours exited with " + exits[0] + " and ajv with "
                    + exits[1] + ", so the two did not reach the same verdict");
        }
        return new Result(label, median(seconds[0], peaks[0], exits[0]), median(seconds[1], peaks[1], exits[1]),
                heapLimit, oursBy, bound);
    }

    /**
     * Runs a command under GNU time; returns its wall time, and puts its peak KiB and exit code in
     * {@code out}. The launcher is given {@code heapLimit} through {@code PLAN_JAVA_OPTS} and keeps
     * its class-data-sharing archive in {@code work}.
     */
    private double time(List<String> command, String heapLimit, long[] out) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("NODE_PATH", work.resolve("node_modules").toString());
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("PLAN_CDS");
        builder.environment().put("PLAN_JAVA_OPTS", heapLimit.isEmpty() ? "" : "-Xmx" + heapLimit);
        Process process = builder.start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        String[] lines = errors.split("\n");
        String[] last = lines[lines.length - 1].strip().split(" ");
        out[0] = Long.parseLong(last[1]);
        out[1] = exit;
        return Double.parseDouble(last[0]);
    }

    private static Median median(double[] seconds, long[] peaks, int exitCode) {
        double[] s = seconds.clone();
        long[] p = peaks.clone();
        Arrays.sort(s);
        Arrays.sort(p);
        return new Median(s[s.length / 2], p[p.length / 2], exitCode);
    }
}
