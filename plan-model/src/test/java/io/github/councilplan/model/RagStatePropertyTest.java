package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The invariants of a measure's state: improving the actual never worsens it, an override always
 * wins, it is never empty, every reason maps to one, and assessments read back as written.
 */
class RagStatePropertyTest {
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2025/26");
    private static final List<ReportingPeriod> PERIODS = List.of(YEAR, ReportingPeriod.parse("2025/26 Q1"),
            ReportingPeriod.parse("2025/26 Q2"), ReportingPeriod.parse("2025"));

    /** How a state ranks: green best, then amber, then red. */
    private static int rank(RagState state) {
        switch (state) {
            case GREEN:
                return 2;
            case AMBER:
                return 1;
            case RED:
                return 0;
            default:
                throw new AssertionError("not rated: " + state);
        }
    }

    /** The kinds of tolerance the monotonicity holds for. */
    enum ToleranceKind { NONE, ABSOLUTE, PERCENT }

    @Provide
    Arbitrary<Optional<Tolerance>> toleranceOfEachKind() {
        Arbitrary<ToleranceKind> kinds = Arbitraries.of(ToleranceKind.class);
        return Combinators.combine(kinds, ValueArbitraries.smallDecimals().map(BigDecimal::abs),
                Arbitraries.integers().between(0, 50)).as((kind, amount, percent) -> {
                    switch (kind) {
                        case ABSOLUTE:
                            return Optional.of(Tolerance.absolute(amount));
                        case PERCENT:
                            return Optional.of(Tolerance.percentOfTarget(BigDecimal.valueOf(percent)));
                        default:
                            return Optional.<Tolerance>empty();
                    }
                });
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return ValueArbitraries.smallDecimals();
    }

    @Provide
    Arbitrary<Measure> measures() {
        return ValueArbitraries.measures();
    }

    @Provide
    Arbitrary<RagState> states() {
        return Arbitraries.of(RagState.class);
    }

    @Provide
    Arbitrary<Optional<RagState>> optionalStates() {
        return states().optional();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.of(PERIODS);
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Combinators.combine(periods(), states().optional(), states().optional(),
                ValueArbitraries.decimals().optional(), ValueArbitraries.texts().optional(),
                ValueArbitraries.texts())
                .as((period, status, forecastStatus, forecast, commentary, reason) -> Assessment.builder()
                        .period(period).status(status).reason(status.map(s -> reason)).forecast(forecast)
                        .forecastStatus(forecastStatus).commentary(commentary).build());
    }

    private static Rating rate(Direction direction, Optional<Tolerance> tolerance, BigDecimal target,
            BigDecimal actual) {
        return Measure.builder().id(ElementId.of("k")).name(Text.of("K")).direction(direction).tolerance(tolerance)
                .putTargets(YEAR, target).putActuals(YEAR, actual).build().rating(YEAR);
    }

    /** The actual moved by {@code step} (not negative) in the better direction: towards the target when on target is best. */
    private static BigDecimal improved(Direction direction, BigDecimal target, BigDecimal actual, BigDecimal step) {
        switch (direction) {
            case HIGHER_IS_BETTER:
                return actual.add(step);
            case LOWER_IS_BETTER:
                return actual.subtract(step);
            case ON_TARGET:
                BigDecimal gap = target.subtract(actual);
                BigDecimal move = step.min(gap.abs());
                return gap.signum() >= 0 ? actual.add(move) : actual.subtract(move);
            default:
                throw new AssertionError(direction);
        }
    }

    @Property
    void improvingTheActualInTheMeasuresDirectionNeverWorsensTheState(@ForAll Direction direction,
            @ForAll("toleranceOfEachKind") Optional<Tolerance> tolerance, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual, @ForAll("values") BigDecimal step) {
        BigDecimal better = improved(direction, target, actual, step.abs());

        RagState before = rate(direction, tolerance, target, actual).state();
        RagState after = rate(direction, tolerance, target, better).state();

        assertThat(rank(after)).as("%s to %s against %s", before, after, target).isGreaterThanOrEqualTo(rank(before));
    }

    @Property
    void anOverrideAlwaysWins(@ForAll("measures") Measure measure, @ForAll("periods") ReportingPeriod period,
            @ForAll("states") RagState override) {
        Measure assessed = Measure.builder().from(measure).addAssessments(Assessment.builder().period(period)
                .status(override).reason(Text.of("Set by hand")).build()).build();

        Rating rating = assessed.rating(period);

        assertThat(rating.state()).isEqualTo(override);
        assertThat(rating.override()).contains(override);
        assertThat(rating.computedState()).isEqualTo(measure.rating(period).computedState());
        assertThat(assessed.ratingAgainstAdopted(period).state()).isEqualTo(override);
    }

    @Property
    void aRatingAlwaysHasAState(@ForAll("measures") Measure measure, @ForAll("assessments") Assessment assessment,
            @ForAll("periods") ReportingPeriod period) {
        Measure assessed = Measure.builder().from(measure).addAssessments(assessment).build();

        Rating rating = assessed.rating(period);

        assertThat(rating.state()).isNotNull();
        assertThat(rating.state()).isEqualTo(rating.override().orElse(rating.computedState()));
    }

    @Property
    void theMappingOfReasonsToStatesIsTotalAndNeverRedAmberOrGreen(@ForAll Unrated reason) {
        assertThat(reason.state()).isNotNull();
        assertThat(reason.state().rated()).isFalse();
    }

    @Property
    void aGivenForecastStateWinsAndOtherwiseItIsComputedAgainstTheYearsTarget(@ForAll Direction direction,
            @ForAll("toleranceOfEachKind") Optional<Tolerance> tolerance, @ForAll("values") BigDecimal yearTarget,
            @ForAll("values") BigDecimal forecast, @ForAll("optionalStates") Optional<RagState> given,
            @ForAll @IntRange(min = 1, max = 4) int quarter) {
        ReportingPeriod q = ReportingPeriod.financialQuarter(2025, quarter);
        Measure measure = Measure.builder().id(ElementId.of("k")).name(Text.of("K")).direction(direction)
                .tolerance(tolerance).putTargets(YEAR, yearTarget)
                .addAssessments(Assessment.builder().period(q).forecast(forecast).forecastStatus(given).build())
                .build();

        Rating rating = measure.rating(q);

        assertThat(rating.forecast()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(forecast));
        assertThat(rating.forecastState()).contains(given.orElseGet(() -> RagState.of(RagStatus.of(direction,
                yearTarget, forecast, tolerance.orElse(null)))));
    }

    @Property
    void anAssessmentReadsBackFromJsonAsWritten(@ForAll("assessments") Assessment assessment) {
        String json = PlanJson.standard().mapper().writeValueAsString(assessment);

        assertThat(PlanJson.standard().mapper().readValue(json, Assessment.class)).isEqualTo(assessment);
    }
}
