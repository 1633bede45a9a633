package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.decimal;
import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.measureBuilder;
import static io.github.councilplan.model.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureTest {
    private static final ReportingPeriod Y1 = period("2024/25");
    private static final ReportingPeriod Y2 = period("2025/26");
    private static final ReportingPeriod Y3 = period("2026/27");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankUnitIsRejected(String unit) {
        Measure.Builder m = measureBuilder("kpi-7", null).unit(unit);

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 'kpi-7': unit must not be blank, was '" + unit + "'");
    }

    @Test
    void negativeScaleTargetIsNormalisedToPlainNotation() {
        Measure m = measureBuilder("k", null).putTargets(Y1, decimal("1E+3")).build();

        assertThat(m.targetFor(Y1).orElseThrow().value()).get().isEqualTo(new BigDecimal("1000")).hasToString("1000");
    }

    @Test
    void negativeScaleActualIsNormalisedToPlainNotation() {
        Measure m = measureBuilder("k", null).putActuals(Y1, decimal("2.5E+2")).build();

        assertThat(m.actualFor(Y1).orElseThrow().value()).get().isEqualTo(new BigDecimal("250")).hasToString("250");
    }

    @Test
    void normalisationKeepsOtherValuesAsGiven() {
        Measure m = measureBuilder("k", null)
                .putTargets(Y1, decimal("1E+3"))
                .putTargets(Y2, decimal("61.50"))
                .putActuals(Y1, decimal("0.00"))
                .build();

        assertThat(m.targets()).containsExactly(Target.of(Y1, new BigDecimal("1000")), Target.of(Y2, decimal("61.50")));
        assertThat(m.targets().get(1).value()).get().hasToString("61.50");
        assertThat(m.actuals().get(0).value()).get().hasToString("0.00");
    }

    @Test
    void negativeScaleBaselineIsNormalisedToPlainNotation() {
        Measure m = measureBuilder("k", null).baseline(Observation.of(Y1, decimal("3E+1"))).build();

        assertThat(m.baseline().get().value()).contains(new BigDecimal("30"));
    }

    @Test
    void targetsAndActualsAreKeptInDocumentOrder() {
        Measure m = measureBuilder("k", null)
                .putTargets(Y3, BigDecimal.ONE).putTargets(Y1, BigDecimal.TEN).putTargets(Y2, BigDecimal.ZERO)
                .putActuals(Y2, BigDecimal.ONE).putActuals(Y1, BigDecimal.TEN)
                .build();

        assertThat(m.targets()).extracting(target -> target.period().orElseThrow()).containsExactly(Y3, Y1, Y2);
        assertThat(m.actuals()).extracting(actual -> actual.period().orElseThrow()).containsExactly(Y2, Y1);
    }

    @Test
    void targetForAPeriodIsItsTarget() {
        Measure m = measureBuilder("k", null).putTargets(Y1, decimal("60")).putTargets(Y2, decimal("65")).build();

        assertThat(m.targetFor(Y2)).contains(Target.of(Y2, decimal("65")));
    }

    @Test
    void targetForAPeriodWithoutATargetIsEmpty() {
        Measure m = measureBuilder("k", null).putTargets(Y1, decimal("60")).putActuals(Y2, decimal("61")).build();

        assertThat(m.targetFor(Y2)).isEmpty();
    }

    @Test
    void actualForAPeriodIsItsActual() {
        Measure m = measureBuilder("k", null).putActuals(Y1, decimal("58.2")).build();

        assertThat(m.actualFor(Y1)).contains(Observation.of(Y1, decimal("58.2")));
        assertThat(m.actualFor(Y2)).isEmpty();
    }

    @Test
    void latestActualIsTheActualOfTheLatestPeriodWhateverTheOrderGiven() {
        Measure m = measureBuilder("k", null)
                .putActuals(Y3, decimal("70")).putActuals(Y1, decimal("50")).putActuals(Y2, decimal("60"))
                .build();

        assertThat(m.latestActual()).contains(Observation.of(Y3, decimal("70")));
    }

    @Test
    void latestActualOfAMeasureWithoutActualsIsEmpty() {
        Measure m = measureBuilder("k", null).putTargets(Y1, decimal("50")).build();

        assertThat(m.latestActual()).isEmpty();
    }

    @Test
    void ragIsGreenWhenTheTargetIsMet() {
        Measure m = measureBuilder("k", null).direction(Direction.HIGHER_IS_BETTER)
                .putTargets(Y1, decimal("60")).putActuals(Y1, decimal("60.0")).build();

        assertThat(m.rag(Y1)).contains(RagStatus.GREEN);
    }

    @Test
    void ragIsAmberWhenTheShortfallIsWithinTheMeasuresTolerance() {
        Measure m = measureBuilder("k", null).direction(Direction.HIGHER_IS_BETTER)
                .tolerance(Tolerance.absolute(decimal("5")))
                .putTargets(Y1, decimal("60")).putActuals(Y1, decimal("56")).build();

        assertThat(m.rag(Y1)).contains(RagStatus.AMBER);
    }

    @Test
    void ragIsRedWhenTheShortfallExceedsTheMeasuresTolerance() {
        Measure m = measureBuilder("k", null).direction(Direction.HIGHER_IS_BETTER)
                .tolerance(Tolerance.absolute(decimal("5")))
                .putTargets(Y1, decimal("60")).putActuals(Y1, decimal("54")).build();

        assertThat(m.rag(Y1)).contains(RagStatus.RED);
    }

    @Test
    void ragWithoutAToleranceHasNoAmberBand() {
        Measure m = measureBuilder("k", null).direction(Direction.HIGHER_IS_BETTER)
                .putTargets(Y1, decimal("60")).putActuals(Y1, decimal("59.99")).build();

        assertThat(m.rag(Y1)).contains(RagStatus.RED);
    }

    @Test
    void ragUsesTheMeasuresDirection() {
        // 8 against a target of 10 meets a ceiling but misses a floor
        Measure.Builder m = measureBuilder("k", null).putTargets(Y1, decimal("10")).putActuals(Y1, decimal("8"));

        assertThat(m.direction(Direction.LOWER_IS_BETTER).build().rag(Y1)).contains(RagStatus.GREEN);
        assertThat(m.direction(Direction.HIGHER_IS_BETTER).build().rag(Y1)).contains(RagStatus.RED);
    }

    @Test
    void ragIsEmptyForAPeriodWithoutAnActual() {
        Measure m = measureBuilder("k", null).putTargets(Y1, decimal("60")).build();

        assertThat(m.rag(Y1)).isEmpty();
    }

    @Test
    void ragIsEmptyForAPeriodWithoutATarget() {
        Measure m = measureBuilder("k", null).putActuals(Y1, decimal("60")).build();

        assertThat(m.rag(Y1)).isEmpty();
    }

    @Test
    void anOwnerListedTwiceIsRejected() {
        Measure.Builder m = measureBuilder("k", "4").addOwners(id("o1"), id("o1"));

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 4: owners [o1, o1] lists 'o1' twice");
    }
}
