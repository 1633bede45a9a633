package io.github.councilplan.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
     */
    record Result(String label, Median ours, Median ajv, String ourHeapLimit) {
        double ratio() {
            return ours.seconds() / ajv.seconds();
        }
    }

    private static final String AJV = "ajv@8.20.0";
    private static final String AJV_FORMATS = "ajv-formats@3.0.1";

    private final Path cliJar;
    private final Path schema;
    private final Path work;
    private final int runs;

    private ProcessComparison(Path cliJar, Path schema, Path work, int runs) {
        this.cliJar = cliJar;
        this.schema = schema;
        this.work = work;
        this.runs = runs;
    }

    /**
     * Installs ajv into {@code work} and returns a comparison that runs each command {@code runs}
     * times.
     */
    static ProcessComparison prepare(Path cliJar, Path schema, Path work, int runs) throws IOException,
            InterruptedException {
        if (!Files.isRegularFile(cliJar)) {
            throw new IllegalStateException("no command-line jar at " + cliJar + ": build it with package first");
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
        return new ProcessComparison(cliJar, schema, work, runs);
    }

    /**
     * Compares the two on files, alternating: ours, ajv, ours, ajv, ... Ours runs with
     * {@code heapLimit} as its maximum heap when it is given.
     */
    Result compare(String label, List<Path> files, String heapLimit) throws IOException, InterruptedException {
        List<String> ours = new ArrayList<>(List.of("java"));
        if (!heapLimit.isEmpty()) {
            ours.add("-Xmx" + heapLimit);
        }
        ours.addAll(List.of("-jar", cliJar.toString(), "validate"));
        files.forEach(file -> ours.add(file.toString()));
        List<String> ajv = new ArrayList<>(List.of("node", work.resolve("ajv-validate.cjs").toString(),
                schema.toString()));
        files.forEach(file -> ajv.add(file.toString()));
        double[][] seconds = new double[2][runs];
        long[][] peaks = new long[2][runs];
        int[] exits = new int[2];
        for (int run = 0; run < runs; run++) {
            for (int which = 0; which < 2; which++) {
                long[] measured = new long[3];
                seconds[which][run] = time(which == 0 ? ours : ajv, measured);
                peaks[which][run] = measured[0];
                exits[which] = (int) measured[1];
            }
        }
        return new Result(label, median(seconds[0], peaks[0], exits[0]), median(seconds[1], peaks[1], exits[1]),
                heapLimit);
    }

    /** Runs a command under GNU time; returns its wall time, and puts its peak KiB and exit code in {@code out}. */
    private double time(List<String> command, long[] out) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("NODE_PATH", work.resolve("node_modules").toString());
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
