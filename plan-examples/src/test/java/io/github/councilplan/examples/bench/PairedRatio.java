package io.github.councilplan.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How long one job takes against another, measured in one JVM by running the two in turn: a batch
 * of the one, then a batch of the other (each pair in the opposite order to the last), and the
 * median of the pairs' ratios. On a machine shared with other work, what slows the machine for a
 * while slows both batches of a pair alike, so the ratio holds where times measured one after the
 * other (JMH's forks, one benchmark after another) drift apart; docs/performance.md, "Measuring in
 * turn, on a busy machine", gives what was measured both ways.
 *
 * <p>The suite measures the load against {@code readTree} this way ({@link LoadInTurn}), and
 * {@link BuildComparison} one build of the library against another.
 */
final class PairedRatio {
    /**
     * How long a batch should last at least: long enough that the clock's grain and a pause
     * matter little. A batch is one run where a run lasts longer.
     */
    static final Duration BATCH = Duration.ofMillis(20);
    /** The fewest pairs a measurement takes, however long each lasts. */
    static final int MIN_PAIRS = 5;
    /** The most runs a batch holds, whatever the job. */
    static final int MAX_BATCH = 1 << 20;

    /** Written with each result, so that the compiler cannot drop the jobs' work. */
    private static volatile int sink;

    private PairedRatio() {}

    /**
     * A measured ratio: the first job's time per run divided by the second's, over the pairs.
     *
     * @param median the median of the pairs' ratios
     * @param lowerQuartile the first quartile of the ratios
     * @param upperQuartile the third quartile of the ratios
     * @param pairs how many pairs were measured
     * @param firstBatch how many runs of the first job a batch held
     * @param secondBatch how many runs of the second job a batch held
     */
    record Result(double median, double lowerQuartile, double upperQuartile, int pairs, int firstBatch,
            int secondBatch) {
        /** Returns the first job's throughput as a share of the second's, at the median pair. */
        double share() {
            return 1 / median;
        }
    }

    /**
     * Measures two jobs in turn with the system's clock.
     *
     * @param first the job measured
     * @param second the job it is measured against
     * @param warmUp how long both run in turn before the measurement, which also sizes the batches
     * @param measurement how long the measurement runs at least ({@link #MIN_PAIRS} pairs at least)
     * @return the ratio of the first job's time to the second's
     */
    static Result measure(Supplier<?> first, Supplier<?> second, Duration warmUp, Duration measurement) {
        return measure(first, second, warmUp, measurement, System::nanoTime);
    }

    /** Measures two jobs in turn, timed by {@code clock} (nanoseconds): the tests give a clock of their own. */
    static Result measure(Supplier<?> first, Supplier<?> second, Duration warmUp, Duration measurement,
            LongSupplier clock) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        long start = clock.getAsLong();
        do {
            time(first, 1, clock);
            time(second, 1, clock);
        } while (clock.getAsLong() - start < warmUp.toNanos());
        int firstBatch = batch(first, clock);
        int secondBatch = batch(second, clock);
        List<Double> ratios = new ArrayList<>();
        start = clock.getAsLong();
        while (ratios.size() < MIN_PAIRS || clock.getAsLong() - start < measurement.toNanos()) {
            long firstTime;
            long secondTime;
            if (ratios.size() % 2 == 0) {
                firstTime = time(first, firstBatch, clock);
                secondTime = time(second, secondBatch, clock);
            } else {
                secondTime = time(second, secondBatch, clock);
                firstTime = time(first, firstBatch, clock);
            }
            ratios.add(((double) Math.max(1, firstTime) / firstBatch) / ((double) Math.max(1, secondTime) / secondBatch));
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length,
                firstBatch, secondBatch);
    }

    /**
     * How many runs of a job make a batch of at least {@link #BATCH}: doubled from one until a
     * batch lasts that long (at most {@link #MAX_BATCH}), so that the size does not rest on one
     * run's time.
     */
    static int batch(Supplier<?> job, LongSupplier clock) {
        int runs = 1;
        while (runs < MAX_BATCH && time(job, runs, clock) < BATCH.toNanos()) {
            runs *= 2;
        }
        return runs;
    }

    /** The quantile {@code q} of sorted values, interpolated between the two nearest. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be from 0 to 1: " + q);
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static long time(Supplier<?> job, int runs, LongSupplier clock) {
        long start = clock.getAsLong();
        int kept = 0;
        for (int i = 0; i < runs; i++) {
            kept += System.identityHashCode(job.get());
        }
        long elapsed = clock.getAsLong() - start;
        sink = kept;
        return elapsed;
    }

    /** Returns the ratios' text as the tools print it: median and quartiles. */
    static String describe(Result result) {
        return String.format(Locale.ROOT, "%.3f× (quartiles %.3f× to %.3f×, %d pairs)", result.median(),
                result.lowerQuartile(), result.upperQuartile(), result.pairs());
    }
}
