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
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** {@link MeasureRollUp}: each method on a year of monthly data, and each refusal with its reason. */
class MeasureRollUpTest {
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2025/26");
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025/26 Q1");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2025/26 Q2");
    private static final ReportingPeriod Q4 = ReportingPeriod.parse("2025/26 Q4");

    private static ReportingPeriod month(int year, int month) {
        return ReportingPeriod.month(YearMonth.of(year, month));
    }

    /** A monthly measure with the actuals 1, 2, ..., 12 for April 2025 to March 2026. */
    private static Measure.Builder monthly(RollUpMethod method) {
        Measure.Builder b = Measure.builder().id(ElementId.of("kpi-1")).name(Text.of("Households helped"))
                .unit("count").frequency(PeriodType.MONTH).rollUp(method);
        for (int i = 0; i < 12; i++) {
            b.putActuals(ReportingPeriod.of(PeriodType.MONTH, LocalDate.of(2025, 4, 1).plusMonths(i)),
                    BigDecimal.valueOf(i + 1));
        }
        return b;
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aSumAddsTheQuartersMonths() {
        MeasureRollUp q1 = MeasureRollUp.of(monthly(RollUpMethod.SUM).build(), Q1);

        assertThat(q1.value()).contains(decimal("6"));
        assertThat(q1.parts()).containsExactly(month(2025, 4), month(2025, 5), month(2025, 6));
        assertThat(q1).hasToString("measure 'kpi-1' for 2025/26 Q1 by sum: 6");
    }

    @Test
    void aSumAddsTheYearsMonths() {
        assertThat(MeasureRollUp.of(monthly(RollUpMethod.SUM).build(), YEAR).value()).contains(decimal("78"));
    }

    @Test
    void aMeanDividesTheSumByTheNumberOfMonths() {
        assertThat(MeasureRollUp.of(monthly(RollUpMethod.MEAN).build(), YEAR).value()).contains(decimal("6.5"));
    }

    @Test
    void latestIsTheLastMonthsValue() {
        assertThat(MeasureRollUp.of(monthly(RollUpMethod.LATEST).build(), Q2).value()).contains(decimal("6"));
    }

    @Test
    void maximumAndMinimumAreTheHighestAndLowestMonths() {
        assertThat(MeasureRollUp.of(monthly(RollUpMethod.MAXIMUM).build(), Q2).value()).contains(decimal("6"));
        assertThat(MeasureRollUp.of(monthly(RollUpMethod.MINIMUM).build(), Q2).value()).contains(decimal("4"));
    }

    @Test
    void aYearToDateRunsFromAprilToTheEndOfThePeriodGiven() {
        MeasureRollUp ytd = MeasureRollUp.yearToDate(monthly(RollUpMethod.SUM).build(), Q2);

        assertThat(ytd.period()).isEqualTo(YEAR);
        assertThat(ytd.through()).contains(Q2);
        assertThat(ytd.parts()).hasSize(6);
        assertThat(ytd.value()).contains(decimal("21"));
        assertThat(ytd).hasToString("measure 'kpi-1' for 2025/26 to 2025/26 Q2 by sum: 21");
    }

    @Test
    void aYearToDateThroughAMonthEndsWithThatMonth() {
        assertThat(MeasureRollUp.yearToDate(monthly(RollUpMethod.SUM).build(), month(2025, 11)).value())
                .contains(decimal("36"));
    }

    @Test
    void aRatioIsRecomputedFromNumeratorsAndDenominatorsNotAveraged() {
        // 1 of 10 (10%) in April, 90 of 100 (90%) in May, 0 of 0 in June: the mean of the percentages would be 50
        Measure measure = Measure.builder().id(ElementId.of("kpi-2")).name(Text.of("Calls answered in time"))
                .unit("%").frequency(PeriodType.MONTH).rollUp(RollUpMethod.RATIO).ratioPer(decimal("100"))
                .addActuals(ratio(month(2025, 4), "10", "1", "10"), ratio(month(2025, 5), "90", "90", "100"),
                        Observation.builder().period(month(2025, 6)).text(Text.of("no calls")).numerator(decimal("0"))
                                .denominator(decimal("0")).build())
                .build();

        MeasureRollUp q1 = MeasureRollUp.of(measure, Q1);

        assertThat(q1.numerator()).contains(decimal("91"));
        assertThat(q1.denominator()).contains(decimal("110"));
        assertThat(q1.value()).contains(decimal("82.72727272727273"));
        assertThat(q1).hasToString("measure 'kpi-2' for 2025/26 Q1 by ratio: 82.72727272727273 (91 / 110)");
    }

    private static Observation ratio(ReportingPeriod period, String value, String numerator, String denominator) {
        return Observation.builder().period(period).value(decimal(value)).numerator(decimal(numerator))
                .denominator(decimal(denominator)).build();
    }

    @Test
    void aMissingMonthIsRefusedNamingTheMonth() {
        Measure measure = monthly(RollUpMethod.SUM).build();
        Measure withoutMay = Measure.builder().from(measure)
                .actuals(measure.actuals().stream().filter(a -> !a.period().orElseThrow().equals(month(2025, 5)))
                        .toList())
                .build();

        MeasureRollUp q1 = MeasureRollUp.of(withoutMay, Q1);

        assertThat(q1.value()).isEmpty();
        assertThat(q1.reason()).contains(NotRolledUp.MISSING_PERIOD);
        assertThat(q1.missing()).containsExactly(month(2025, 5));
        assertThat(q1).hasToString("measure 'kpi-1' for 2025/26 Q1 by sum: not rolled up (MISSING_PERIOD: 2025-05)");
        assertThat(MeasureRollUp.of(withoutMay, Q2).value()).contains(decimal("15"));
    }

    @Test
    void latestNeedsOnlyTheLastMonth() {
        Measure measure = monthly(RollUpMethod.LATEST).build();
        Measure withoutApril = Measure.builder().from(measure).actuals(measure.actuals().subList(1, 12)).build();

        assertThat(MeasureRollUp.of(withoutApril, Q1).value()).contains(decimal("3"));
    }

    @Test
    void aMeanOfPercentagesIsRefused() {
        Measure measure = monthly(RollUpMethod.MEAN).unit("%").build();

        assertThat(MeasureRollUp.of(measure, Q1).reason()).contains(NotRolledUp.MEAN_OF_PERCENTAGES);
    }

    @Test
    void aRatioWithoutDenominatorsIsRefusedNamingTheMonths() {
        Measure measure = monthly(RollUpMethod.RATIO).unit("%").build();

        MeasureRollUp q1 = MeasureRollUp.of(measure, Q1);

        assertThat(q1.reason()).contains(NotRolledUp.NO_NUMERATOR_AND_DENOMINATOR);
        assertThat(q1.missing()).containsExactly(month(2025, 4), month(2025, 5), month(2025, 6));
    }

    @Test
    void aRatioWhoseDenominatorsAddUpToZeroIsRefused() {
        Measure measure = Measure.builder().id(ElementId.of("kpi-2")).name(Text.of("Calls answered in time"))
                .frequency(PeriodType.FINANCIAL_QUARTER).rollUp(RollUpMethod.RATIO)
                .addActuals(ratio(Q1, "0", "0", "0"))
                .build();

        assertThat(MeasureRollUp.of(measure, Q1).reason()).contains(NotRolledUp.ZERO_DENOMINATOR);
    }

    @Test
    void aValueInWordsIsRefusedNamingTheMonth() {
        Measure measure = Measure.builder().from(monthly(RollUpMethod.SUM).build()).actuals(java.util.List.of())
                .putActuals(month(2025, 4), BigDecimal.ONE).putActuals(month(2025, 5), BigDecimal.ONE)
                .addActuals(Observation.builder().period(month(2025, 6)).text(Text.of("not collected")).build())
                .build();

        MeasureRollUp q1 = MeasureRollUp.of(measure, Q1);

        assertThat(q1.reason()).contains(NotRolledUp.VALUE_IN_WORDS);
        assertThat(q1.missing()).containsExactly(month(2025, 6));
    }

    @Test
    void aMeasureWithoutAMethodOrFrequencyIsRefused() {
        Measure noMethod = Measure.builder().from(monthly(RollUpMethod.SUM).build()).rollUp(java.util.Optional.empty())
                .build();
        Measure noFrequency = Measure.builder().from(monthly(RollUpMethod.SUM).build())
                .frequency(java.util.Optional.empty()).build();

        assertThat(MeasureRollUp.of(noMethod, YEAR).reason()).contains(NotRolledUp.NO_METHOD);
        assertThat(MeasureRollUp.of(noFrequency, YEAR).reason()).contains(NotRolledUp.NO_FREQUENCY);
    }

    @Test
    void aPeriodNotMadeOfTheMeasuresPeriodsIsRefused() {
        Measure quarterly = Measure.builder().id(ElementId.of("kpi-3")).name(Text.of("Complaints"))
                .frequency(PeriodType.FINANCIAL_QUARTER).rollUp(RollUpMethod.SUM).putActuals(Q1, BigDecimal.TEN)
                .build();

        assertThat(MeasureRollUp.of(quarterly, month(2025, 4)).reason()).contains(NotRolledUp.NOT_MADE_OF_FREQUENCY);
        assertThat(MeasureRollUp.yearToDate(quarterly, month(2025, 4)).reason())
                .contains(NotRolledUp.NOT_MADE_OF_FREQUENCY);
    }

    @Test
    void aYearToDateThroughACalendarYearIsRefused() {
        assertThat(MeasureRollUp.yearToDate(monthly(RollUpMethod.SUM).build(), ReportingPeriod.calendarYear(2025))
                .reason()).contains(NotRolledUp.NOT_WITHIN_A_YEAR);
    }

    @Test
    void aCalendarYearOfAMonthlyMeasureIsMadeOfItsTwelveMonths() {
        MeasureRollUp year = MeasureRollUp.of(monthly(RollUpMethod.SUM).build(), ReportingPeriod.calendarYear(2025));

        // April to December 2025 are given, January to March 2025 are not
        assertThat(year.missing()).containsExactly(month(2025, 1), month(2025, 2), month(2025, 3));
    }

    @Test
    void theYearRollUpOfTheLastPossibleYearIsRefusedRatherThanThrowing() {
        Measure measure = Measure.builder().id(ElementId.of("kpi-1")).name(Text.of("K")).frequency(PeriodType.MONTH)
                .rollUp(RollUpMethod.SUM).build();

        assertThat(MeasureRollUp.of(measure, ReportingPeriod.financialYear(ReportingPeriod.MAX_YEAR)).reason())
                .contains(NotRolledUp.NOT_MADE_OF_FREQUENCY);
    }
}
