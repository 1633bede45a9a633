package io.github.councilplan.model;

import static io.github.councilplan.model.Direction.HIGHER_IS_BETTER;
import static io.github.councilplan.model.Direction.LOWER_IS_BETTER;
import static io.github.councilplan.model.Direction.ON_TARGET;
import static io.github.councilplan.model.RagStatus.AMBER;
import static io.github.councilplan.model.RagStatus.GREEN;
import static io.github.councilplan.model.RagStatus.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class RagStatusTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();
    private static final Tolerance ABSOLUTE_2 = Tolerance.absolute(new BigDecimal("2"));
    private static final Tolerance PERCENT_5 = Tolerance.percentOfTarget(new BigDecimal("5"));

    @Provide
    Arbitrary<BigDecimal> values() {
        return ValueArbitraries.smallDecimals();
    }

    @Provide
    Arbitrary<Tolerance> tolerances() {
        return ValueArbitraries.smallTolerances();
    }

    @Provide
    Arbitrary<Tolerance> tolerancesOrNone() {
        return ValueArbitraries.smallTolerances().injectNull(0.25);
    }

    private static RagStatus rag(Direction direction, String target, String actual, Tolerance tolerance) {
        return RagStatus.of(direction, new BigDecimal(target), new BigDecimal(actual), tolerance);
    }

    private static void collectStatus(RagStatus status) {
        Statistics.label("status").collect(status);
        Statistics.label("status").coverage(c -> {
            c.check(RED).count(n -> n > 0);
            c.check(AMBER).count(n -> n > 0);
            c.check(GREEN).count(n -> n > 0);
        });
    }

    // ---------------------------------------------------------------- examples

    @ParameterizedTest
    @CsvSource({"85, GREEN", "80, GREEN", "80.00, GREEN", "79, AMBER", "78, AMBER", "77.99, RED", "0, RED"})
    void higherIsBetterWithAnAbsoluteTolerance(String actual, RagStatus expected) {
        assertThat(rag(HIGHER_IS_BETTER, "80", actual, ABSOLUTE_2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"210, GREEN", "200, GREEN", "195, AMBER", "190, AMBER", "189.99, RED"})
    void higherIsBetterWithAPercentTolerance(String actual, RagStatus expected) {
        assertThat(rag(HIGHER_IS_BETTER, "200", actual, PERCENT_5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"81, GREEN", "80, GREEN", "79.99, RED", "79, RED"})
    void higherIsBetterWithoutATolerance(String actual, RagStatus expected) {
        assertThat(rag(HIGHER_IS_BETTER, "80", actual, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"9, GREEN", "10, GREEN", "11, AMBER", "12, AMBER", "12.01, RED"})
    void lowerIsBetterWithAnAbsoluteTolerance(String actual, RagStatus expected) {
        assertThat(rag(LOWER_IS_BETTER, "10", actual, ABSOLUTE_2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-5, GREEN", "40, GREEN", "41, AMBER", "42, AMBER", "42.5, RED"})
    void lowerIsBetterWithAPercentTolerance(String actual, RagStatus expected) {
        assertThat(rag(LOWER_IS_BETTER, "40", actual, PERCENT_5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"9, GREEN", "10, GREEN", "10.01, RED"})
    void lowerIsBetterWithoutATolerance(String actual, RagStatus expected) {
        assertThat(rag(LOWER_IS_BETTER, "10", actual, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"50, GREEN", "50.0, GREEN", "52, AMBER", "48, AMBER", "52.01, RED", "47.99, RED"})
    void onTargetWithAnAbsoluteTolerance(String actual, RagStatus expected) {
        assertThat(rag(ON_TARGET, "50", actual, ABSOLUTE_2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"100, GREEN", "105, AMBER", "95, AMBER", "105.5, RED", "94, RED"})
    void onTargetWithAPercentTolerance(String actual, RagStatus expected) {
        assertThat(rag(ON_TARGET, "100", actual, PERCENT_5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"50, GREEN", "50.01, RED", "49.99, RED"})
    void onTargetWithoutATolerance(String actual, RagStatus expected) {
        assertThat(rag(ON_TARGET, "50", actual, null)).isEqualTo(expected);
    }

    @Test
    void aPercentToleranceOfANegativeTargetUsesItsMagnitude() {
        assertThat(rag(HIGHER_IS_BETTER, "-200", "-210", PERCENT_5)).isEqualTo(AMBER);
        assertThat(rag(HIGHER_IS_BETTER, "-200", "-211", PERCENT_5)).isEqualTo(RED);
    }

    @Test
    void aZeroToleranceGivesNoAmber() {
        assertThat(rag(HIGHER_IS_BETTER, "80", "79.99", Tolerance.absolute(BigDecimal.ZERO))).isEqualTo(RED);
    }

    @Test
    void ofRejectsNullDirectionTargetOrActual() {
        assertThatThrownBy(() -> RagStatus.of(null, BigDecimal.ONE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("direction");
        assertThatThrownBy(() -> RagStatus.of(ON_TARGET, null, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        assertThatThrownBy(() -> RagStatus.of(ON_TARGET, BigDecimal.ONE, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actual");
    }

    @ParameterizedTest
    @CsvSource({"RED, red", "AMBER, amber", "GREEN, green"})
    void statusesAreWrittenToJsonInLowerCase(RagStatus status, String json) {
        assertThat(JSON.writeValueAsString(status)).isEqualTo("\"" + json + "\"");
        assertThat(JSON.readValue("\"" + json + "\"", RagStatus.class)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"HIGHER_IS_BETTER, higherIsBetter", "LOWER_IS_BETTER, lowerIsBetter", "ON_TARGET, onTarget"})
    void directionsAreWrittenToJsonInCamelCase(Direction direction, String json) {
        assertThat(JSON.writeValueAsString(direction)).isEqualTo("\"" + json + "\"");
        assertThat(JSON.readValue("\"" + json + "\"", Direction.class)).isEqualTo(direction);
    }

    // ---------------------------------------------------------------- properties

    @Property
    void higherIsBetterNeverWorsensAsTheActualRises(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b,
            @ForAll("tolerancesOrNone") Tolerance tolerance) {
        BigDecimal lower = a.min(b);
        BigDecimal higher = a.max(b);
        RagStatus atLower = RagStatus.of(HIGHER_IS_BETTER, target, lower, tolerance);
        collectStatus(atLower);

        assertThat(RagStatus.of(HIGHER_IS_BETTER, target, higher, tolerance)).isGreaterThanOrEqualTo(atLower);
    }

    @Property
    void lowerIsBetterNeverImprovesAsTheActualRises(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b,
            @ForAll("tolerancesOrNone") Tolerance tolerance) {
        BigDecimal lower = a.min(b);
        BigDecimal higher = a.max(b);
        RagStatus atLower = RagStatus.of(LOWER_IS_BETTER, target, lower, tolerance);
        collectStatus(atLower);

        assertThat(RagStatus.of(LOWER_IS_BETTER, target, higher, tolerance)).isLessThanOrEqualTo(atLower);
    }

    @Property
    void onTargetDependsOnlyOnTheDistanceFromTheTarget(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal distance,
            @ForAll("tolerancesOrNone") Tolerance tolerance) {
        RagStatus above = RagStatus.of(ON_TARGET, target, target.add(distance), tolerance);
        collectStatus(above);

        assertThat(RagStatus.of(ON_TARGET, target, target.subtract(distance), tolerance)).isEqualTo(above);
    }

    @Property
    void onTargetNeverImprovesAsTheDistanceGrows(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b,
            @ForAll boolean aAbove, @ForAll boolean bAbove, @ForAll("tolerancesOrNone") Tolerance tolerance) {
        BigDecimal near = a.abs().min(b.abs());
        BigDecimal far = a.abs().max(b.abs());
        RagStatus atNear = RagStatus.of(ON_TARGET, target, aAbove ? target.add(near) : target.subtract(near), tolerance);
        collectStatus(atNear);

        assertThat(RagStatus.of(ON_TARGET, target, bAbove ? target.add(far) : target.subtract(far), tolerance))
                .isLessThanOrEqualTo(atNear);
    }

    @Property
    void greenExactlyWhenTheTargetIsMet(
            @ForAll Direction direction, @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual,
            @ForAll("tolerancesOrNone") Tolerance tolerance) {
        boolean met;
        switch (direction) {
            case HIGHER_IS_BETTER:
                met = actual.compareTo(target) >= 0;
                break;
            case LOWER_IS_BETTER:
                met = actual.compareTo(target) <= 0;
                break;
            default:
                met = actual.compareTo(target) == 0;
        }

        assertThat(RagStatus.of(direction, target, actual, tolerance) == GREEN).isEqualTo(met);
    }

    @Property
    void withoutAToleranceThereIsNeverAmber(
            @ForAll Direction direction, @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual) {
        assertThat(RagStatus.of(direction, target, actual, null)).isNotEqualTo(AMBER);
    }

    @Property
    void withoutAToleranceAMissedTargetIsRed(
            @ForAll Direction direction, @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual) {
        RagStatus status = RagStatus.of(direction, target, actual, null);

        assertThat(status).isIn(RED, GREEN);
        assertThat(status).isEqualTo(RagStatus.of(direction, target, actual, Tolerance.absolute(BigDecimal.ZERO)));
    }

    @Property
    void higherIsBetterIsAmberExactlyWhenShortByNoMoreThanTheBand(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual, @ForAll("tolerances") Tolerance tolerance) {
        BigDecimal floor = target.subtract(tolerance.bandFor(target));
        boolean amber = actual.compareTo(target) < 0 && actual.compareTo(floor) >= 0;
        Statistics.label("amber").collect(amber);

        assertThat(RagStatus.of(HIGHER_IS_BETTER, target, actual, tolerance) == AMBER).isEqualTo(amber);

        Statistics.label("amber").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property
    void lowerIsBetterMirrorsHigherIsBetter(
            @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual,
            @ForAll("tolerancesOrNone") Tolerance tolerance) {
        assertThat(RagStatus.of(LOWER_IS_BETTER, target.negate(), actual.negate(), tolerance))
                .isEqualTo(RagStatus.of(HIGHER_IS_BETTER, target, actual, tolerance));
    }

    @Property
    void trailingZerosDoNotChangeTheStatus(
            @ForAll Direction direction, @ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual,
            @ForAll @IntRange(max = 3) int zeros, @ForAll("tolerancesOrNone") Tolerance tolerance) {
        assertThat(RagStatus.of(direction, target.setScale(target.scale() + zeros), actual, tolerance))
                .isEqualTo(RagStatus.of(direction, target, actual.setScale(actual.scale() + zeros), tolerance));
    }
}
