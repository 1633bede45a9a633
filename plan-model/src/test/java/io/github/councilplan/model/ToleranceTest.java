package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class ToleranceTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<BigDecimal> nonNegative() {
        return ValueArbitraries.nonNegativeDecimals();
    }

    @Provide
    Arbitrary<BigDecimal> negative() {
        return ValueArbitraries.negativeDecimals();
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return ValueArbitraries.decimals();
    }

    @Provide
    Arbitrary<Tolerance> tolerances() {
        return ValueArbitraries.tolerances();
    }

    // ---------------------------------------------------------------- examples

    @Test
    void absoluteHoldsOnlyAnAmount() {
        Tolerance tolerance = Tolerance.absolute(new BigDecimal("2.5"));

        assertThat(tolerance.absolute()).contains(new BigDecimal("2.5"));
        assertThat(tolerance.percent()).isEmpty();
    }

    @Test
    void percentOfTargetHoldsOnlyAPercentage() {
        Tolerance tolerance = Tolerance.percentOfTarget(new BigDecimal("5"));

        assertThat(tolerance.percent()).contains(new BigDecimal("5"));
        assertThat(tolerance.absolute()).isEmpty();
    }

    @Test
    void zeroIsAllowed() {
        assertThat(Tolerance.absolute(BigDecimal.ZERO).absolute()).contains(BigDecimal.ZERO);
        assertThat(Tolerance.percentOfTarget(BigDecimal.ZERO).percent()).contains(BigDecimal.ZERO);
    }

    @Test
    void absoluteRejectsANegativeAmount() {
        assertThatThrownBy(() -> Tolerance.absolute(new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: '-0.5' must not be negative");
    }

    @Test
    void percentOfTargetRejectsANegativePercentage() {
        assertThatThrownBy(() -> Tolerance.percentOfTarget(new BigDecimal("-1E+1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: '-10' must not be negative");
    }

    @Test
    void bothAbsoluteAndPercentAreRejected() {
        assertThatThrownBy(() -> ImmutableTolerance.builder().absolute(BigDecimal.ONE).percent(BigDecimal.ONE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: give exactly one of 'absolute' and 'percent'");
    }

    @Test
    void neitherAbsoluteNorPercentIsRejected() {
        assertThatThrownBy(() -> ImmutableTolerance.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: give exactly one of 'absolute' and 'percent'");
    }

    @Test
    void nullAmountsAreRejected() {
        assertThatThrownBy(() -> Tolerance.absolute(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Tolerance.percentOfTarget(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNegativeScaleIsNormalisedToPlainDigits() {
        BigDecimal amount = Tolerance.absolute(new BigDecimal("1E+1")).absolute().orElseThrow();

        assertThat(amount).isEqualTo(new BigDecimal("10"));
        assertThat(amount.scale()).isZero();
    }

    @Test
    void aNegativeScaleIsNormalisedForPercentagesToo() {
        assertThat(Tolerance.percentOfTarget(new BigDecimal("5E+1")).percent()).contains(new BigDecimal("50"));
    }

    @Test
    void aPositiveScaleIsKept() {
        assertThat(Tolerance.absolute(new BigDecimal("2.50")).absolute()).contains(new BigDecimal("2.50"));
    }

    @Test
    void tolerancesWrittenDifferentlyButNormalisedAlikeAreEqual() {
        assertThat(Tolerance.absolute(new BigDecimal("1E+1"))).isEqualTo(Tolerance.absolute(new BigDecimal("10")));
    }

    @Test
    void bandForAnAbsoluteToleranceIsTheAmountWhateverTheTarget() {
        Tolerance tolerance = Tolerance.absolute(new BigDecimal("2.5"));

        assertThat(tolerance.bandFor(new BigDecimal("80"))).isEqualTo(new BigDecimal("2.5"));
        assertThat(tolerance.bandFor(new BigDecimal("-3"))).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void bandForAPercentageIsThatShareOfTheTarget() {
        assertThat(Tolerance.percentOfTarget(new BigDecimal("5")).bandFor(new BigDecimal("200")))
                .isEqualByComparingTo("10");
        assertThat(Tolerance.percentOfTarget(new BigDecimal("2.5")).bandFor(new BigDecimal("3")))
                .isEqualByComparingTo("0.075");
    }

    @Test
    void bandForAPercentageOfANegativeTargetUsesItsMagnitude() {
        assertThat(Tolerance.percentOfTarget(new BigDecimal("5")).bandFor(new BigDecimal("-200")))
                .isEqualByComparingTo("10");
    }

    @Test
    void isWrittenToJsonWithItsOneProperty() {
        assertThat(JSON.writeValueAsString(Tolerance.absolute(new BigDecimal("2.5"))).replaceAll("\\s", ""))
                .isEqualTo("{\"absolute\":2.5}");
        assertThat(JSON.writeValueAsString(Tolerance.percentOfTarget(new BigDecimal("1E+1"))).replaceAll("\\s", ""))
                .isEqualTo("{\"percent\":10}");
    }

    @Test
    void jsonWithBothPropertiesIsRejected() {
        assertThatThrownBy(() -> JSON.readValue("{\"absolute\": 1, \"percent\": 2}", Tolerance.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("give exactly one of 'absolute' and 'percent'");
    }

    @Test
    void jsonWithANegativeAmountIsRejected() {
        assertThatThrownBy(() -> JSON.readValue("{\"percent\": -5}", Tolerance.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("tolerance: '-5' must not be negative");
    }

    // ---------------------------------------------------------------- properties

    @Property
    void anyNonNegativeAmountIsKeptAtTheSameValueWithAScaleOfAtLeastZero(@ForAll("nonNegative") BigDecimal amount) {
        BigDecimal absolute = Tolerance.absolute(amount).absolute().orElseThrow();
        BigDecimal percent = Tolerance.percentOfTarget(amount).percent().orElseThrow();

        assertThat(absolute).isEqualByComparingTo(amount);
        assertThat(absolute.scale()).isEqualTo(Math.max(0, amount.scale()));
        assertThat(percent).isEqualTo(absolute);
    }

    @Property
    void anyNegativeAmountIsRejected(@ForAll("negative") BigDecimal amount) {
        assertThatThrownBy(() -> Tolerance.absolute(amount))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: '" + amount.toPlainString() + "' must not be negative");
        assertThatThrownBy(() -> Tolerance.percentOfTarget(amount))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: '" + amount.toPlainString() + "' must not be negative");
    }

    @Property
    void bandIsNeverNegative(@ForAll("tolerances") Tolerance tolerance, @ForAll("decimals") BigDecimal target) {
        assertThat(tolerance.bandFor(target).signum()).isNotNegative();
    }

    @Property
    void bandIsTheSameForATargetAndItsNegation(@ForAll("tolerances") Tolerance tolerance, @ForAll("decimals") BigDecimal target) {
        assertThat(tolerance.bandFor(target.negate())).isEqualByComparingTo(tolerance.bandFor(target));
    }

    @Property
    void bandForAPercentageGrowsInProportionToTheTarget(@ForAll("nonNegative") BigDecimal percent, @ForAll("decimals") BigDecimal target) {
        Tolerance tolerance = Tolerance.percentOfTarget(percent);

        assertThat(tolerance.bandFor(target.multiply(BigDecimal.valueOf(3))))
                .isEqualByComparingTo(tolerance.bandFor(target).multiply(BigDecimal.valueOf(3)));
    }

    @Property
    void bandForAHundredPercentIsTheTargetsMagnitude(@ForAll("decimals") BigDecimal target) {
        assertThat(Tolerance.percentOfTarget(BigDecimal.valueOf(100)).bandFor(target)).isEqualByComparingTo(target.abs());
    }

    @Property
    void jsonRoundTripGivesAnEqualTolerance(@ForAll("tolerances") Tolerance tolerance) {
        assertThat(JSON.readValue(JSON.writeValueAsString(tolerance), Tolerance.class)).isEqualTo(tolerance);
    }
}
