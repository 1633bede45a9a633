package io.github.councilplan.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The valid-document load (3) against {@code readTree} (1) at one document size, run in turn
 * ({@link PairedRatio}) in a JVM of its own, started as the suite's JMH forks are ({@link
 * BenchmarkSuite#FORK_JVM_ARGS}, the saved documents), on the methods the forks measure
 * ({@link LoadBenchmark#load}, {@link LoadBenchmark#readTree}).
 *
 * <pre>
 * LoadInTurn SIZE WARM_UP_SECONDS MEASUREMENT_SECONDS
 * </pre>
 *
 * <p>It prints one line, {@link #format}ted, which {@link #run} reads back.
 */
public final class LoadInTurn {
    /** What the result's line starts with. */
    static final String PREFIX = "in turn:";

    private LoadInTurn() {}

    /**
     * Measures and prints the result's line.
     *
     * @param args the size's label, and the warm-up's and the measurement's seconds
     */
    public static void main(String[] args) {
        LoadBenchmark jobs = new LoadBenchmark();
        jobs.size = BenchmarkDocuments.Size.of(args[0]).label();
        jobs.prepare("load");
        PairedRatio.Result result = PairedRatio.measure(jobs::load, jobs::readTree,
                Duration.ofSeconds(Long.parseLong(args[1])), Duration.ofSeconds(Long.parseLong(args[2])));
        System.out.println(format(result));
    }

    /**
     * Runs the measurement in a JVM of its own and reads its result.
     *
     * @param size the document's size
     * @param warmUp how long both jobs run in turn before they are measured
     * @param measurement how long they are measured in turn, at least
     * @param documents the directory where the suite saved the documents
     * @return the load's time as a ratio of {@code readTree}'s
     * @throws IOException if the JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     * @throws IllegalStateException if the JVM fails or prints no result
     */
    static PairedRatio.Result run(BenchmarkDocuments.Size size, Duration warmUp, Duration measurement,
            Path documents) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(BenchmarkSuite.FORK_JVM_ARGS));
        command.add("-D" + BenchmarkDocuments.DIRECTORY_PROPERTY + "=" + documents);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadInTurn.class.getName(),
                size.label(), Long.toString(warmUp.toSeconds()), Long.toString(measurement.toSeconds())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String line = output.lines().filter(l -> l.startsWith(PREFIX)).reduce((a, b) -> b).orElse(null);
        if (exit != 0 || line == null) {
            throw new IllegalStateException("the " + size.label() + " load in turn ended with " + exit + ":\n" + output);
        }
        return parse(line);
    }

    /** Writes a result as one line: the prefix, then its numbers. */
    static String format(PairedRatio.Result result) {
        return String.format(Locale.ROOT, "%s %s %s %s %d %d %d", PREFIX, Double.toString(result.median()),
                Double.toString(result.lowerQuartile()), Double.toString(result.upperQuartile()), result.pairs(),
                result.firstBatch(), result.secondBatch());
    }

    /**
     * Reads a result back from its {@link #format}ted line.
     *
     * @throws IllegalArgumentException if the line is not one
     */
    static PairedRatio.Result parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 8 || !(parts[0] + " " + parts[1]).equals(PREFIX)) {
            throw new IllegalArgumentException("not a result of the load in turn: " + line);
        }
        return new PairedRatio.Result(Double.parseDouble(parts[2]), Double.parseDouble(parts[3]),
                Double.parseDouble(parts[4]), Integer.parseInt(parts[5]), Integer.parseInt(parts[6]),
                Integer.parseInt(parts[7]));
    }
}
