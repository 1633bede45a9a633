package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ReportingPeriodTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return ValueArbitraries.reportingPeriods();
    }

    @Provide
    Arbitrary<ReportingPeriod> periodsWithNeighbours() {
        return ValueArbitraries.reportingPeriodsWithNeighbours();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return ValueArbitraries.dates();
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return ValueArbitraries.dayOffsets();
    }

    @Provide
    Arbitrary<Integer> years() {
        return ValueArbitraries.years();
    }

    @Provide
    Arbitrary<Integer> yearsOutOfRange() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(Integer.MIN_VALUE, ReportingPeriod.MIN_YEAR - 1),
                Arbitraries.integers().between(ReportingPeriod.MAX_YEAR + 1, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<Integer> quartersOutOfRange() {
        return Arbitraries.integers().filter(q -> q < 1 || q > 4);
    }

    // ---------------------------------------------------------------- examples: dates

    @Test
    void aFinancialYearRunsFromFirstAprilToThirtyFirstMarch() {
        ReportingPeriod year = ReportingPeriod.financialYear(2025);

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void quarterOneStartsOnFirstApril() {
        ReportingPeriod q1 = ReportingPeriod.financialQuarter(2025, 1);

        assertThat(q1.startDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q1.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void quarterTwoRunsFromJulyToSeptember() {
        ReportingPeriod q2 = ReportingPeriod.financialQuarter(2025, 2);

        assertThat(q2.startDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q2.endDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void quarterFourRunsFromJanuaryToMarchOfTheNextCalendarYear() {
        ReportingPeriod q4 = ReportingPeriod.financialQuarter(2025, 4);

        assertThat(q4.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q4.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aMonthEndsOnItsLastDayIncludingLeapDays() {
        assertThat(ReportingPeriod.month(YearMonth.of(2024, 2)).endDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReportingPeriod.month(YearMonth.of(2025, 2)).endDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aCalendarYearRunsFromJanuaryToDecember() {
        ReportingPeriod year = ReportingPeriod.calendarYear(2025);

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void typeIsTheKindOfPeriod() {
        assertThat(ReportingPeriod.parse("2025/26").type()).isEqualTo(PeriodType.FINANCIAL_YEAR);
        assertThat(ReportingPeriod.parse("2025/26 Q2").type()).isEqualTo(PeriodType.FINANCIAL_QUARTER);
        assertThat(ReportingPeriod.parse("2025-04").type()).isEqualTo(PeriodType.MONTH);
        assertThat(ReportingPeriod.parse("2025").type()).isEqualTo(PeriodType.CALENDAR_YEAR);
    }

    @Test
    void ofFindsThePeriodOfEachTypeContainingADate() {
        LocalDate date = LocalDate.of(2026, 2, 14);

        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, date)).hasToString("2025/26");
        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_QUARTER, date)).hasToString("2025/26 Q4");
        assertThat(ReportingPeriod.of(PeriodType.MONTH, date)).hasToString("2026-02");
        assertThat(ReportingPeriod.of(PeriodType.CALENDAR_YEAR, date)).hasToString("2026");
    }

    @Test
    void ofPutsThirtyFirstMarchInTheFinancialYearThatEndsThenAndFirstAprilInTheNext() {
        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, LocalDate.of(2026, 3, 31))).hasToString("2025/26");
        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, LocalDate.of(2026, 4, 1))).hasToString("2026/27");
    }

    @Test
    void containsIncludesBothEnds() {
        ReportingPeriod q1 = ReportingPeriod.financialQuarter(2025, 1);

        assertThat(q1.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(q1.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(q1.contains(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void aFinancialYearEnclosesItsQuartersAndMonthsButNotTheCalendarYear() {
        ReportingPeriod year = ReportingPeriod.parse("2025/26");

        assertThat(year.encloses(ReportingPeriod.parse("2025/26 Q3"))).isTrue();
        assertThat(year.encloses(ReportingPeriod.parse("2026-03"))).isTrue();
        assertThat(year.encloses(ReportingPeriod.parse("2026-04"))).isFalse();
        assertThat(year.encloses(ReportingPeriod.parse("2025"))).isFalse();
        assertThat(year.encloses(ReportingPeriod.parse("2024/25 Q4"))).isFalse();
    }

    @Test
    void nextAndPreviousCrossYearEnds() {
        assertThat(ReportingPeriod.parse("2025/26 Q4").next()).hasToString("2026/27 Q1");
        assertThat(ReportingPeriod.parse("2025-12").next()).hasToString("2026-01");
        assertThat(ReportingPeriod.parse("2026/27 Q1").previous()).hasToString("2025/26 Q4");
        assertThat(ReportingPeriod.parse("2026-01").previous()).hasToString("2025-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9998/99", "9998/99 Q4", "9998-12", "9998"})
    void nextRejectsAPeriodAfterTheLastYear(String text) {
        ReportingPeriod last = ReportingPeriod.parse(text);

        assertThatThrownBy(last::next)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year: 9999 is out of range 1000..9998");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000/01", "1000/01 Q1", "1000-01", "1000"})
    void previousRejectsAPeriodBeforeTheFirstYear(String text) {
        ReportingPeriod first = ReportingPeriod.parse(text);

        assertThatThrownBy(first::previous)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year: 999 is out of range 1000..9998");
    }

    @Test
    void periodsOrderByStartDateThenByEndDate() {
        ReportingPeriod april = ReportingPeriod.parse("2025-04");
        ReportingPeriod q1 = ReportingPeriod.parse("2025/26 Q1");
        ReportingPeriod year = ReportingPeriod.parse("2025/26");
        ReportingPeriod may = ReportingPeriod.parse("2025-05");
        ReportingPeriod calendar = ReportingPeriod.parse("2025");

        List<ReportingPeriod> sorted = new ArrayList<>(List.of(may, year, calendar, q1, april));
        sorted.sort(null);

        assertThat(sorted).containsExactly(calendar, april, q1, year, may);
    }

    // ---------------------------------------------------------------- examples: text

    @ParameterizedTest
    @CsvSource({"2025/26, 2025-04-01, 2026-03-31", "'2025/26 Q2', 2025-07-01, 2025-09-30",
        "2025-04, 2025-04-01, 2025-04-30", "2025, 2025-01-01, 2025-12-31"})
    void parseReadsEachForm(String text, LocalDate start, LocalDate end) {
        ReportingPeriod period = ReportingPeriod.parse(text);

        assertThat(period.startDate()).isEqualTo(start);
        assertThat(period.endDate()).isEqualTo(end);
    }

    @Provide
    Arbitrary<String> periodLikeText() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<String> shaped = Arbitraries.strings().numeric().ofLength(4).flatMap(year -> Arbitraries.oneOf(
                Arbitraries.just(year),
                digits.map(month -> year + "-" + month),
                digits.map(end -> year + "/" + end),
                Arbitraries.of("", " Q0", " Q1", " Q4", " Q5").map(quarter -> year + "/"
                        + String.format(Locale.ROOT, "%02d", (Integer.parseInt(year) + 1) % 100) + quarter),
                Arbitraries.strings().numeric().ofLength(3).map(rest -> year + "/" + rest.substring(0, 2) + " Q"
                        + rest.charAt(2))));
        return Arbitraries.oneOf(shaped, Arbitraries.strings().withChars("0123456789/- Q").ofMaxLength(11));
    }

    @Property(tries = 3_000)
    void textOfPeriodCharactersParsesOnlyToThePeriodItWrites(@ForAll("periodLikeText") String text) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException refused) {
            Statistics.collect("refused");
            return;
        }
        Statistics.collect(period.type());
        assertThat(period).hasToString(text);
    }

    @Test
    void toStringWritesEachForm() {
        assertThat(ReportingPeriod.financialYear(2025)).hasToString("2025/26");
        assertThat(ReportingPeriod.financialQuarter(2025, 2)).hasToString("2025/26 Q2");
        assertThat(ReportingPeriod.month(YearMonth.of(2025, 4))).hasToString("2025-04");
        assertThat(ReportingPeriod.calendarYear(2025)).hasToString("2025");
    }

    @Test
    void aFinancialYearEndingInANewCenturyIsWrittenWithTwoZeros() {
        ReportingPeriod year = ReportingPeriod.financialYear(1999);

        assertThat(year).hasToString("1999/00");
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2000, 3, 31));
    }

    @Test
    void parseReadsAFinancialYearEndingInANewCentury() {
        assertThat(ReportingPeriod.parse("1999/00")).isEqualTo(ReportingPeriod.financialYear(1999));
        assertThat(ReportingPeriod.parse("2099/00 Q4").startDate()).isEqualTo(LocalDate.of(2100, 1, 1));
    }

    @Test
    void parseRejectsFinancialYearWhoseEndIsNotTheNextYear() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2025/27"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '2025/27'")
                .hasMessageContaining("as in '2025/26'");
    }

    @Test
    void parseRejectsAFinancialYearAcrossTheCenturyEndingInTheWrongYear() {
        assertThatThrownBy(() -> ReportingPeriod.parse("1999/01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '1999/01'")
                .hasMessageContaining("as in '1999/00'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025/26 Q5", "2025/26 Q0", "2025/26 Q9"})
    void parseRejectsAQuarterOutsideOneToFour(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '" + text + "'")
                .hasMessageContaining("quarter: " + text.charAt(text.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-99"})
    void parseRejectsAMonthOutsideOneToTwelve(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '" + text + "'")
                .hasMessageContaining("month must be 01 to 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25/26", "2025/26Q1", " 2025", "2025 ", "2025/2026", "2025/26 q1", "2025/26  Q1",
        "2025-4", "2025-004", "", "FY2025", "2025/26 Q12", "25", "20250", "2025/6", "2025/26 Q", "2025-04-01",
        "\u0662\u0660\u0662\u0665", "2025 Q1"})
    void parseRejectsTextInNoneOfTheForms(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '" + text + "' is not a reporting period")
                .hasMessageContaining("expected a financial year '2025/26'");
    }

    @ParameterizedTest
    @CsvSource({"0999, 999", "9999, 9999", "0999/00, 999", "9999/00 Q1, 9999", "9999-01, 9999", "0000-12, 0"})
    void parseRejectsAYearOutOfRange(String text, int year) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '" + text + "'")
                .hasMessageContaining("year: " + year + " is out of range 1000..9998");
    }

    @Test
    void parseAcceptsTheFirstAndLastYears() {
        assertThat(ReportingPeriod.parse("1000").startDate()).isEqualTo(LocalDate.of(1000, 1, 1));
        assertThat(ReportingPeriod.parse("9998/99 Q4").endDate()).isEqualTo(LocalDate.of(9999, 3, 31));
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void toStringUsesAsciiDigitsWhateverTheDefaultLocale() {
        String written = DefaultLocale.with(DefaultLocale.ARABIC_DIGITS,
                () -> ReportingPeriod.financialQuarter(2025, 2) + " " + ReportingPeriod.month(YearMonth.of(2025, 4)));

        assertThat(written).isEqualTo("2025/26 Q2 2025-04");
    }

    @Test
    void parseOfToStringRoundTripsWhateverTheDefaultLocale() {
        ReportingPeriod year = ReportingPeriod.financialYear(2025);

        ReportingPeriod back = DefaultLocale.with(DefaultLocale.THAI_DIGITS, () -> ReportingPeriod.parse(year.toString()));

        assertThat(back).isEqualTo(year);
    }

    @Test
    void parseMessageUsesAsciiDigitsWhateverTheDefaultLocale() {
        assertThatThrownBy(() -> DefaultLocale.with(DefaultLocale.ARABIC_DIGITS, () -> ReportingPeriod.parse("2025/27")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("as in '2025/26'");
    }

    // ---------------------------------------------------------------- examples: factories

    @ParameterizedTest
    @ValueSource(ints = {999, 9999, 0, -2025})
    void financialYearRejectsAYearOutOfRange(int year) {
        assertThatThrownBy(() -> ReportingPeriod.financialYear(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: " + year + " is out of range 1000..9998");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void financialQuarterRejectsAQuarterOutsideOneToFour(int quarter) {
        assertThatThrownBy(() -> ReportingPeriod.financialQuarter(2025, quarter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter: " + quarter + " is not a quarter: expected 1 to 4");
    }

    @Test
    void financialQuarterRejectsAYearOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.financialQuarter(999, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: 999 is out of range 1000..9998");
    }

    @Test
    void monthRejectsAYearOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.month(YearMonth.of(9999, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: 9999 is out of range 1000..9998");
    }

    @Test
    void monthRejectsNull() {
        assertThatThrownBy(() -> ReportingPeriod.month(null)).isInstanceOf(NullPointerException.class).hasMessage("month");
    }

    @Test
    void calendarYearRejectsAYearOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.calendarYear(999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: 999 is out of range 1000..9998");
    }

    @Test
    void ofRejectsADateWhoseFinancialYearIsOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, LocalDate.of(1000, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: 999 is out of range 1000..9998");
    }

    @Test
    void ofRejectsNulls() {
        assertThatThrownBy(() -> ReportingPeriod.of(null, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> ReportingPeriod.of(PeriodType.MONTH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    @Test
    void containsRejectsNull() {
        assertThatThrownBy(() -> ReportingPeriod.calendarYear(2025).contains(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    @Test
    void isWrittenToJsonAsAString() {
        assertThat(JSON.writeValueAsString(ReportingPeriod.parse("2025/26 Q2"))).isEqualTo("\"2025/26 Q2\"");
    }

    @Test
    void jsonReadsAPeriodAsAMapKey() {
        Map<ReportingPeriod, Integer> targets = JSON.readValue("{\"2025/26 Q1\": 1, \"2025/26\": 2}",
                new TypeReference<LinkedHashMap<ReportingPeriod, Integer>>() {});

        assertThat(targets).containsExactly(
                Map.entry(ReportingPeriod.financialQuarter(2025, 1), 1), Map.entry(ReportingPeriod.financialYear(2025), 2));
    }

    @ParameterizedTest
    @CsvSource({"FINANCIAL_YEAR, financialYear", "FINANCIAL_QUARTER, financialQuarter", "MONTH, month",
        "CALENDAR_YEAR, calendarYear"})
    void periodTypesAreWrittenToJsonInCamelCase(PeriodType type, String json) {
        assertThat(JSON.writeValueAsString(type)).isEqualTo("\"" + json + "\"");
        assertThat(JSON.readValue("\"" + json + "\"", PeriodType.class)).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(PeriodType.class)
    void everyPeriodTypeHasPeriodsThatStartOnTheFirstOfAMonth(PeriodType type) {
        assertThat(ReportingPeriod.of(type, LocalDate.of(2025, 8, 17)).startDate().getDayOfMonth()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- properties: dates

    @Property
    void aPeriodStartsOnTheFirstDayOfAMonthThatItHoldsAndTheDayBeforeDoesNot(@ForAll("periodsWithNeighbours") ReportingPeriod period) {
        LocalDate start = period.startDate();

        assertThat(start.getDayOfMonth()).isEqualTo(1);
        assertThat(ReportingPeriod.of(period.type(), start)).isEqualTo(period);
        assertThat(ReportingPeriod.of(period.type(), start.minusDays(1))).isNotEqualTo(period);
    }

    @Property
    void aPeriodEndsOnTheLastDayOfAMonthThatItHoldsAndTheDayAfterDoesNot(@ForAll("periodsWithNeighbours") ReportingPeriod period) {
        LocalDate end = period.endDate();

        assertThat(end.plusDays(1).getDayOfMonth()).isEqualTo(1);
        assertThat(ReportingPeriod.of(period.type(), end)).isEqualTo(period);
        assertThat(ReportingPeriod.of(period.type(), end.plusDays(1))).isNotEqualTo(period);
    }

    // ---------------------------------------------------------------- properties: text

    @Property
    void parseOfToStringEqualsThePeriod(@ForAll("periods") ReportingPeriod period) {
        Statistics.label("type").collect(period.type());

        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period).hasSameHashCodeAs(period);

        Statistics.label("type").coverage(c -> {
            for (PeriodType type : PeriodType.values()) {
                c.check(type).count(n -> n > 0);
            }
        });
    }

    @Property
    void toStringHasTheFormOfItsType(@ForAll("periods") ReportingPeriod period) {
        String expected;
        switch (period.type()) {
            case FINANCIAL_YEAR:
                expected = "\\d{4}/\\d{2}";
                break;
            case FINANCIAL_QUARTER:
                expected = "\\d{4}/\\d{2} Q[1-4]";
                break;
            case MONTH:
                expected = "\\d{4}-(0[1-9]|1[0-2])";
                break;
            default:
                expected = "\\d{4}";
        }
        assertThat(period.toString()).matches(expected);
        if (period.type() == PeriodType.FINANCIAL_QUARTER) {
            assertThat(period.toString()).startsWith(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, period.startDate()) + " Q");
        } else {
            assertThat(period.toString()).startsWith(Integer.toString(period.startDate().getYear()));
        }
    }

    @Property
    void jsonRoundTripGivesAnEqualPeriod(@ForAll("periods") ReportingPeriod period) {
        assertThat(JSON.readValue(JSON.writeValueAsString(period), ReportingPeriod.class)).isEqualTo(period);
    }

    @Property
    void parseRejectsAFinancialYearNotEndingTheYearAfter(@ForAll("years") int start, @ForAll @IntRange(max = 99) int end) {
        String text = String.format(Locale.ROOT, "%d/%02d", start, end);
        boolean nextYear = end == (start + 1) % 100;

        if (nextYear) {
            assertThat(ReportingPeriod.parse(text)).isEqualTo(ReportingPeriod.financialYear(start));
        } else {
            assertThatThrownBy(() -> ReportingPeriod.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("period: '" + text + "'");
        }
    }

    @Property
    void parseRejectsAQuarterDigitOtherThanOneToFour(@ForAll("years") int start, @ForAll @IntRange(max = 9) int quarter) {
        String text = ReportingPeriod.financialYear(start) + " Q" + quarter;

        if (quarter >= 1 && quarter <= 4) {
            assertThat(ReportingPeriod.parse(text)).isEqualTo(ReportingPeriod.financialQuarter(start, quarter));
        } else {
            assertThatThrownBy(() -> ReportingPeriod.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("period: '" + text + "'")
                    .hasMessageContaining("quarter: " + quarter);
        }
    }

    @Property
    void parseRejectsAMonthOtherThanOneToTwelve(@ForAll("years") int year, @ForAll @IntRange(max = 99) int month) {
        String text = String.format(Locale.ROOT, "%d-%02d", year, month);

        if (month >= 1 && month <= 12) {
            assertThat(ReportingPeriod.parse(text)).isEqualTo(ReportingPeriod.month(YearMonth.of(year, month)));
        } else {
            assertThatThrownBy(() -> ReportingPeriod.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("period: '" + text + "'");
        }
    }

    @Property
    void parseRejectsSurroundingWhitespace(@ForAll("periods") ReportingPeriod period, @ForAll boolean before) {
        String text = before ? " " + period : period + " ";

        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period: '" + text + "'");
    }

    @Property
    void factoriesRejectYearsOutOfRange(@ForAll("yearsOutOfRange") int year) {
        assertThatThrownBy(() -> ReportingPeriod.calendarYear(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("year: " + year + " ");
        assertThatThrownBy(() -> ReportingPeriod.financialYear(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("year: " + year + " ");
    }

    @Property
    void financialQuarterRejectsQuartersOutOfRange(@ForAll("years") int year, @ForAll("quartersOutOfRange") int quarter) {
        assertThatThrownBy(() -> ReportingPeriod.financialQuarter(year, quarter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("quarter: " + quarter + " ");
    }

    // ---------------------------------------------------------------- properties: dates and order

    @Property
    void periodsStartOnTheFirstOfAMonthAndEndOnTheLastOfOne(@ForAll("periods") ReportingPeriod period) {
        assertThat(period.startDate().getDayOfMonth()).isEqualTo(1);
        assertThat(period.endDate().plusDays(1).getDayOfMonth()).isEqualTo(1);
        assertThat(period.endDate()).isAfter(period.startDate());
    }

    @Property
    void periodsLastAsLongAsTheirType(@ForAll("periods") ReportingPeriod period) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(period.startDate()), YearMonth.from(period.endDate())) + 1;
        long expected = period.type() == PeriodType.MONTH ? 1 : period.type() == PeriodType.FINANCIAL_QUARTER ? 3 : 12;

        assertThat(months).isEqualTo(expected);
    }

    @Property
    void financialPeriodsStartInTheRightMonth(@ForAll("years") int year, @ForAll @IntRange(min = 1, max = 4) int quarter) {
        assertThat(ReportingPeriod.financialYear(year).startDate()).isEqualTo(LocalDate.of(year, Month.APRIL, 1));
        assertThat(ReportingPeriod.financialQuarter(year, 1).startDate()).isEqualTo(LocalDate.of(year, Month.APRIL, 1));
        assertThat(ReportingPeriod.financialQuarter(year, quarter).startDate())
                .isEqualTo(LocalDate.of(year, Month.APRIL, 1).plusMonths(3L * (quarter - 1)));
    }

    @Property
    void orderFollowsStartDateThenEndDate(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        int byStart = a.startDate().compareTo(b.startDate());
        int expected = byStart != 0 ? byStart : a.endDate().compareTo(b.endDate());

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void periodsWithTheSameDatesAreEqual(@ForAll("periodsWithNeighbours") ReportingPeriod period, @ForAll PeriodType type) {
        ReportingPeriod other = ReportingPeriod.of(type, period.startDate());

        boolean sameDates = other.startDate().equals(period.startDate()) && other.endDate().equals(period.endDate());
        assertThat(other.equals(period)).isEqualTo(sameDates);
    }

    @Property
    void orderIsAntisymmetric(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void orderIsTransitive(
            @ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b, @ForAll("periods") ReportingPeriod c) {
        List<ReportingPeriod> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(null);

        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(1));
        assertThat(sorted.get(1)).isLessThanOrEqualTo(sorted.get(2));
        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(2));
    }

    @Property
    void containsExactlyTheDatesFromStartToEnd(@ForAll("periods") ReportingPeriod period, @ForAll("offsets") int offset) {
        LocalDate date = period.startDate().plusDays(offset);
        boolean between = !date.isBefore(period.startDate()) && !date.isAfter(period.endDate());
        Statistics.label("contained").collect(between);

        assertThat(period.contains(date)).isEqualTo(between);

        Statistics.label("contained").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
    }

    @Property
    void containsADateExactlyWhenThePeriodOfItsTypeForThatDateIsThisOne(
            @ForAll("periods") ReportingPeriod period, @ForAll("offsets") int offset) {
        LocalDate date = period.startDate().plusDays(offset);
        ReportingPeriod forDate;
        try {
            forDate = ReportingPeriod.of(period.type(), date);
        } catch (IllegalArgumentException outOfRange) {
            assertThat(period.contains(date)).isFalse();
            return;
        }

        assertThat(period.contains(date)).isEqualTo(forDate.equals(period));
    }

    @Property
    void ofGivesAPeriodContainingTheDate(@ForAll PeriodType type, @ForAll("dates") LocalDate date) {
        ReportingPeriod period = ReportingPeriod.of(type, date);

        assertThat(period.type()).isEqualTo(type);
        assertThat(period.contains(date)).isTrue();
    }

    @Property
    void ofTheStartOrEndDateOfAPeriodGivesThatPeriod(@ForAll("periods") ReportingPeriod period) {
        assertThat(ReportingPeriod.of(period.type(), period.startDate())).isEqualTo(period);
        assertThat(ReportingPeriod.of(period.type(), period.endDate())).isEqualTo(period);
    }

    @Property
    void nextStartsTheDayAfterThisEnds(@ForAll("periodsWithNeighbours") ReportingPeriod period) {
        ReportingPeriod next = period.next();

        assertThat(next.type()).isEqualTo(period.type());
        assertThat(next.startDate()).isEqualTo(period.endDate().plusDays(1));
        assertThat(next).isGreaterThan(period);
    }

    @Property
    void previousEndsTheDayBeforeThisStarts(@ForAll("periodsWithNeighbours") ReportingPeriod period) {
        ReportingPeriod previous = period.previous();

        assertThat(previous.type()).isEqualTo(period.type());
        assertThat(previous.endDate()).isEqualTo(period.startDate().minusDays(1));
        assertThat(previous).isLessThan(period);
    }

    @Property
    void nextAndPreviousAreInverse(@ForAll("periodsWithNeighbours") ReportingPeriod period) {
        assertThat(period.next().previous()).isEqualTo(period);
        assertThat(period.previous().next()).isEqualTo(period);
    }

    @Property
    void aPeriodEnclosesItself(@ForAll("periods") ReportingPeriod period) {
        assertThat(period.encloses(period)).isTrue();
    }

    @Property
    void aFinancialYearEnclosesItsQuarters(@ForAll("years") int year, @ForAll @IntRange(min = 1, max = 4) int quarter) {
        assertThat(ReportingPeriod.financialYear(year).encloses(ReportingPeriod.financialQuarter(year, quarter))).isTrue();
    }

    @Property
    void aFinancialYearEnclosesNoQuarterOfAnotherYear(
            @ForAll("years") int year, @ForAll @IntRange(min = -1, max = 1) int shift, @ForAll @IntRange(min = 1, max = 4) int quarter) {
        int otherYear = Math.max(ReportingPeriod.MIN_YEAR, Math.min(ReportingPeriod.MAX_YEAR, year + shift));
        ReportingPeriod q = ReportingPeriod.financialQuarter(otherYear, quarter);

        assertThat(ReportingPeriod.financialYear(year).encloses(q)).isEqualTo(otherYear == year);
    }

    @Property
    void theFourQuartersTileTheirFinancialYear(@ForAll("years") int year) {
        ReportingPeriod financialYear = ReportingPeriod.financialYear(year);

        assertThat(ReportingPeriod.financialQuarter(year, 1).startDate()).isEqualTo(financialYear.startDate());
        for (int q = 1; q < 4; q++) {
            assertThat(ReportingPeriod.financialQuarter(year, q + 1).startDate())
                    .isEqualTo(ReportingPeriod.financialQuarter(year, q).endDate().plusDays(1));
        }
        assertThat(ReportingPeriod.financialQuarter(year, 4).endDate()).isEqualTo(financialYear.endDate());
    }

    @Property
    void everyDayOfAFinancialYearIsInExactlyOneOfItsQuarters(@ForAll("years") int year, @ForAll @IntRange(max = 365) int day) {
        ReportingPeriod financialYear = ReportingPeriod.financialYear(year);
        LocalDate date = financialYear.startDate().plusDays(day);

        long containing = List.of(1, 2, 3, 4).stream()
                .filter(q -> ReportingPeriod.financialQuarter(year, q).contains(date))
                .count();

        assertThat(containing).isEqualTo(financialYear.contains(date) ? 1 : 0);
    }

    @Property
    void thePeriodsContainingADateNestInsideEachOther(@ForAll("dates") LocalDate date) {
        ReportingPeriod month = ReportingPeriod.of(PeriodType.MONTH, date);
        ReportingPeriod quarter = ReportingPeriod.of(PeriodType.FINANCIAL_QUARTER, date);

        assertThat(quarter.encloses(month)).isTrue();
        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, date).encloses(quarter)).isTrue();
        assertThat(ReportingPeriod.of(PeriodType.CALENDAR_YEAR, date).encloses(month)).isTrue();
    }

    @Property
    void theStartOfAQuarterIsAlwaysTheFirstOfAprilJulyOctoberOrJanuary(@ForAll("dates") LocalDate date) {
        assertThat(ReportingPeriod.of(PeriodType.FINANCIAL_QUARTER, date).startDate().getMonth())
                .isIn(Month.APRIL, Month.JULY, Month.OCTOBER, Month.JANUARY);
    }
}
