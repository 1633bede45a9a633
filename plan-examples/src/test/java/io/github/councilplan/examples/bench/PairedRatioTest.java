package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Tests {@link PairedRatio} with a clock of its own, which only the jobs move: no test here is timed. */
class PairedRatioTest {
    private final AtomicLong clock = new AtomicLong();
    private final List<String> calls = new ArrayList<>();

    /** A job that takes {@code nanos} on the test's clock, and records that it ran. */
    private Supplier<?> job(String name, long nanos) {
        return () -> {
            calls.add(name);
            return clock.addAndGet(nanos);
        };
    }

    private PairedRatio.Result measure(Supplier<?> first, Supplier<?> second) {
        return PairedRatio.measure(first, second, Duration.ofMillis(100), Duration.ofMillis(400), clock::get);
    }

    @Test
    void theRatioIsTheFirstJobsTimeOverTheSeconds() {
        PairedRatio.Result result = measure(job("a", 3_000_000), job("b", 1_000_000));

        assertThat(result.median()).isEqualTo(3.0);
        assertThat(result.lowerQuartile()).isEqualTo(3.0);
        assertThat(result.upperQuartile()).isEqualTo(3.0);
    }

    @Test
    void theShareIsTheFirstJobsThroughputAsAShareOfTheSeconds() {
        assertThat(new PairedRatio.Result(4.0, 3.0, 5.0, 5, 1, 1).share()).isEqualTo(0.25);
    }

    @Test
    void batchesOfDifferentLengthsAreComparedPerRun() {
        PairedRatio.Result result = measure(job("a", 40_000_000), job("b", 100_000));

        assertThat(result.firstBatch()).isEqualTo(1);
        assertThat(result.secondBatch()).isEqualTo(256);
        assertThat(result.median()).isEqualTo(400.0);
    }

    @Test
    void aBatchIsDoubledUntilItLastsTwentyMilliseconds() {
        // 3 ms a run: 1, 2, 4 runs last 3, 6, 12 ms; 8 runs 24 ms
        assertThat(PairedRatio.batch(job("a", 3_000_000), clock::get)).isEqualTo(8);
    }

    @Test
    void aRunLongerThanABatchIsABatchOfOne() {
        assertThat(PairedRatio.batch(job("a", 50_000_000), clock::get)).isEqualTo(1);
    }

    @Test
    void aJobThatTakesNoTimeIsBatchedAtTheMost() {
        assertThat(PairedRatio.batch(job("a", 0), clock::get)).isEqualTo(PairedRatio.MAX_BATCH);
    }

    @Test
    void eachPairRunsInTheOtherOrderToTheLast() {
        PairedRatio.Result result = measure(job("a", 20_000_000), job("b", 20_000_000));

        List<String> measured = calls.subList(calls.size() - 2 * result.pairs(), calls.size());
        List<String> expected = new ArrayList<>();
        for (int pair = 0; pair < result.pairs(); pair++) {
            expected.addAll(pair % 2 == 0 ? List.of("a", "b") : List.of("b", "a"));
        }
        assertThat(measured).isEqualTo(expected);
    }

    @Test
    void bothJobsRunThroughTheWarmUpBeforeTheMeasurement() {
        PairedRatio.Result result = measure(job("a", 20_000_000), job("b", 20_000_000));

        // 100 ms of warm-up at 40 ms a round: three rounds of both; one run of each sizes its batch
        // (20 ms: a batch of one); then one batch of each a pair
        assertThat(calls).hasSize(2 * 3 + 2 + 2 * result.pairs());
        assertThat(calls.subList(0, 6)).containsExactly("a", "b", "a", "b", "a", "b");
    }

    @Test
    void aMeasurementTakesAtLeastTheFewestPairsHoweverLongEachLasts() {
        PairedRatio.Result result = measure(job("a", 1_000_000_000), job("b", 1_000_000_000));

        assertThat(result.pairs()).isEqualTo(PairedRatio.MIN_PAIRS);
    }

    @Test
    void theMedianAndQuartilesAreOfThePairsRatios() {
        // the first job's runs take 1, 2, 3, ... units in turn; the second's 1 unit: ratios 1, 2, 3, ...
        AtomicLong runs = new AtomicLong();
        Supplier<?> growing = () -> clock.addAndGet(20_000_000 * runs.incrementAndGet());
        PairedRatio.Result result = PairedRatio.measure(growing, job("b", 20_000_000), Duration.ZERO,
                Duration.ZERO, clock::get);

        // one round of warm-up, one run of each to size the batches (of one), then five pairs: ratios 3 to 7
        assertThat(result.pairs()).isEqualTo(5);
        assertThat(result.median()).isEqualTo(5.0);
        assertThat(result.lowerQuartile()).isEqualTo(4.0);
        assertThat(result.upperQuartile()).isEqualTo(6.0);
    }

    @Test
    void aQuantileFallsBetweenTheTwoNearestValues() {
        assertThat(PairedRatio.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    }

    @Test
    void everyQuantileOfOneValueIsThatValue() {
        assertThat(PairedRatio.quantile(new double[] {7}, 0.75)).isEqualTo(7.0);
    }

    @Test
    void aQuantileOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> PairedRatio.quantile(new double[] {1, 2}, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void noValuesHaveNoQuantile() {
        assertThatThrownBy(() -> PairedRatio.quantile(new double[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
    }

}
