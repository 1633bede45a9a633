package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LoadInTurnTest {
    @Property
    void aResultReadsBackFromItsLine(@ForAll @DoubleRange(min = 0.01, max = 1e6) double median,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double lower,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double upper, @ForAll @IntRange(min = 1) int pairs,
            @ForAll @IntRange(min = 1, max = PairedRatio.MAX_BATCH) int firstBatch,
            @ForAll @IntRange(min = 1, max = PairedRatio.MAX_BATCH) int secondBatch) {
        PairedRatio.Result result = new PairedRatio.Result(median, lower, upper, pairs, firstBatch, secondBatch);

        assertThat(LoadInTurn.parse(LoadInTurn.format(result))).isEqualTo(result);
    }

    @Property
    void aLineThatIsNoResultIsRefused(@ForAll String line) {
        assertThatThrownBy(() -> LoadInTurn.parse(line)).isInstanceOf(IllegalArgumentException.class);
    }
}
