package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.RollUpMethod;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link MeasureRollUp} over a financial year of monthly values: the methods agree across
 * quarters, the year to date and the year; a ratio is recomputed; a missing month is refused.
 */
class MeasureRollUpPropertyTest {
    private static final int START = 2025;
    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(START);

    private static ReportingPeriod quarter(int q) {
        return ReportingPeriod.financialQuarter(START, q);
    }

    private static ReportingPeriod month(int index) {
        return ReportingPeriod.of(PeriodType.MONTH, LocalDate.of(START, 4, 1).plusMonths(index));
    }

    /** A monthly measure rolled up by {@code method}, with a value for each month of the year. */
    private static Measure monthly(RollUpMethod method, List<BigDecimal> values) {
        Measure.Builder b = Measure.builder().id(ElementId.of("kpi")).name(Text.of("K")).unit("count")
                .frequency(PeriodType.MONTH).rollUp(method);
        for (int i = 0; i < values.size(); i++) {
            b.putActuals(month(i), values.get(i));
        }
        return b.build();
    }

    private static BigDecimal valueOf(Measure measure, ReportingPeriod period) {
        return MeasureRollUp.of(measure, period).value().orElseThrow();
    }

    @Provide
    Arbitrary<List<BigDecimal>> years() {
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000"))
                .ofScale(2);
        return value.list().ofSize(12);
    }

    @Provide
    Arbitrary<List<BigDecimal>> counts() {
        return Arbitraries.integers().between(0, 5000).map(BigDecimal::valueOf).list().ofSize(12);
    }

    @Property
    void theSumOverTheQuartersEqualsTheYearsSum(@ForAll("years") List<BigDecimal> values) {
        Measure measure = monthly(RollUpMethod.SUM, values);
        BigDecimal quarters = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            quarters = quarters.add(valueOf(measure, quarter(q)));
        }

        assertThat(valueOf(measure, YEAR)).isEqualByComparingTo(quarters);
        assertThat(valueOf(measure, YEAR)).isEqualByComparingTo(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Property
    void theLatestMethodsYearEqualsItsFourthQuarterAndMarch(@ForAll("years") List<BigDecimal> values) {
        Measure measure = monthly(RollUpMethod.LATEST, values);

        assertThat(valueOf(measure, YEAR)).isEqualTo(valueOf(measure, quarter(4))).isEqualTo(values.get(11));
    }

    @Property
    void theYearsMaximumAndMinimumAreTheExtremesOfItsQuarters(@ForAll("years") List<BigDecimal> values) {
        Measure maximum = monthly(RollUpMethod.MAXIMUM, values);
        Measure minimum = monthly(RollUpMethod.MINIMUM, values);
        BigDecimal highest = valueOf(maximum, quarter(1));
        BigDecimal lowest = valueOf(minimum, quarter(1));
        for (int q = 2; q <= 4; q++) {
            highest = highest.max(valueOf(maximum, quarter(q)));
            lowest = lowest.min(valueOf(minimum, quarter(q)));
        }

        assertThat(valueOf(maximum, YEAR)).isEqualTo(highest);
        assertThat(valueOf(minimum, YEAR)).isEqualTo(lowest);
    }

    @Property
    void theMeanLiesBetweenTheMinimumAndMaximumAndIsTheMeanOfTheQuartersMeans(
            @ForAll("years") List<BigDecimal> values) {
        BigDecimal mean = valueOf(monthly(RollUpMethod.MEAN, values), YEAR);
        BigDecimal quarters = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            quarters = quarters.add(valueOf(monthly(RollUpMethod.MEAN, values), quarter(q)));
        }

        assertThat(mean).isBetween(valueOf(monthly(RollUpMethod.MINIMUM, values), YEAR),
                valueOf(monthly(RollUpMethod.MAXIMUM, values), YEAR));
        // quarters of three months each: the mean of their means is the year's mean, to rounding
        assertThat(quarters.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64).subtract(mean).abs())
                .isLessThanOrEqualTo(new BigDecimal("1E-9"));
    }

    @Property
    void aRatioIsRecomputedFromTheSummedNumeratorsAndDenominators(@ForAll("counts") List<BigDecimal> numerators,
            @ForAll("counts") List<BigDecimal> extra) {
        Measure.Builder b = Measure.builder().id(ElementId.of("kpi")).name(Text.of("K")).unit("%")
                .frequency(PeriodType.MONTH).rollUp(RollUpMethod.RATIO).ratioPer(BigDecimal.valueOf(100));
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            // each month's denominator is its numerator and more, so that its percentage is at most 100
            BigDecimal n = numerators.get(i);
            BigDecimal d = n.add(extra.get(i)).add(BigDecimal.ONE);
            b.addActuals(Observation.builder().period(month(i)).value(n.multiply(BigDecimal.valueOf(100))
                    .divide(d, MathContext.DECIMAL32)).numerator(n).denominator(d).build());
            numerator = numerator.add(n);
            denominator = denominator.add(d);
        }
        Measure measure = b.build();
        MeasureRollUp year = MeasureRollUp.of(measure, YEAR);

        assertThat(year.numerator()).contains(numerator);
        assertThat(year.denominator()).contains(denominator);
        assertThat(year.value().orElseThrow()).isEqualByComparingTo(
                numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64));
        BigDecimal quarterNumerators = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            quarterNumerators = quarterNumerators.add(MeasureRollUp.of(measure, quarter(q)).numerator().orElseThrow());
        }
        assertThat(quarterNumerators).isEqualTo(numerator);
    }

    @Property
    void theYearToDateThroughTheFourthQuarterIsTheYear(@ForAll("years") List<BigDecimal> values,
            @ForAll RollUpMethod method) {
        Measure measure = monthly(method, values);

        MeasureRollUp ytd = MeasureRollUp.yearToDate(measure, quarter(4));
        MeasureRollUp year = MeasureRollUp.of(measure, YEAR);

        assertThat(ytd.value()).isEqualTo(year.value());
        assertThat(ytd.reason()).isEqualTo(year.reason());
        assertThat(ytd.parts()).isEqualTo(year.parts());
    }

    @Property
    void theYearToDateThroughAMonthIsTheSumOfTheMonthsSoFar(@ForAll("years") List<BigDecimal> values,
            @ForAll @IntRange(min = 0, max = 11) int last) {
        BigDecimal sum = values.subList(0, last + 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(MeasureRollUp.yearToDate(monthly(RollUpMethod.SUM, values), month(last)).value().orElseThrow())
                .isEqualByComparingTo(sum);
    }

    @Property
    void aMissingMonthRefusesEveryRollUpThatNeedsItAndNoOther(@ForAll("years") List<BigDecimal> values,
            @ForAll @IntRange(min = 0, max = 11) int gap, @ForAll RollUpMethod method) {
        Measure full = monthly(method == RollUpMethod.RATIO ? RollUpMethod.SUM : method, values);
        List<Observation> actuals = new ArrayList<>(full.actuals());
        actuals.remove(gap);
        Measure measure = Measure.builder().from(full).actuals(actuals).build();
        ReportingPeriod missing = month(gap);

        for (int q = 1; q <= 4; q++) {
            MeasureRollUp rolled = MeasureRollUp.of(measure, quarter(q));
            boolean needed = quarter(q).encloses(missing)
                    && (measure.rollUp().orElseThrow() != RollUpMethod.LATEST || gap % 3 == 2);
            assertThat(rolled.isRolledUp()).as("%s", rolled).isEqualTo(!needed);
            if (needed) {
                assertThat(rolled.reason()).contains(NotRolledUp.MISSING_PERIOD);
                assertThat(rolled.missing()).containsExactly(missing);
            }
        }
    }
}
