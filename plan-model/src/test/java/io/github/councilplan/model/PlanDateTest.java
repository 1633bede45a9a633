package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.json.PlanJson;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class PlanDateTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<PlanDate> planDates() {
        return ValueArbitraries.planDates();
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return ValueArbitraries.dayOffsets();
    }

    // ---- the forms

    @ParameterizedTest
    @CsvSource({
        "2025-03-14, DAY, 2025-03-14, 2025-03-14",
        "2025-03, MONTH, 2025-03-01, 2025-03-31",
        "2024-02, MONTH, 2024-02-01, 2024-02-29",
        "2025/26 Q3, FINANCIAL_QUARTER, 2025-10-01, 2025-12-31",
        "2025/26, FINANCIAL_YEAR, 2025-04-01, 2026-03-31",
        "2030, CALENDAR_YEAR, 2030-01-01, 2030-12-31"})
    void eachFormIsReadWithItsPrecisionAndSpan(String text, DatePrecision precision, LocalDate start, LocalDate end) {
        PlanDate date = PlanDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.startDate()).isEqualTo(start);
        assertThat(date.endDate()).isEqualTo(end);
        assertThat(date).hasToString(text);
    }

    @Test
    void aDayHasItsDayAndNoPeriod() {
        PlanDate date = PlanDate.parse("2025-03-14");

        assertThat(date.day()).contains(LocalDate.of(2025, 3, 14));
        assertThat(date.period()).isEmpty();
    }

    @Test
    void aMonthHasItsPeriodAndNoDay() {
        PlanDate date = PlanDate.parse("2025-03");

        assertThat(date.period()).contains(ReportingPeriod.parse("2025-03"));
        assertThat(date.day()).isEmpty();
    }

    @Property
    void parseReadsWhatToStringWrites(@ForAll("planDates") PlanDate date) {
        PlanDate read = PlanDate.parse(date.toString());

        assertThat(read).isEqualTo(date);
        assertThat(read).hasToString(date.toString());
    }

    @Property
    void precisionIsThatOfTheDayOrPeriod(@ForAll("planDates") PlanDate date) {
        assertThat(date.precision()).isEqualTo(date.period().map(p -> DatePrecision.of(p.type()))
                .orElse(DatePrecision.DAY));
        assertThat(date.day().isPresent()).isNotEqualTo(date.period().isPresent());
    }

    @Property
    void jsonWritesTheTextAndReadsItBack(@ForAll("planDates") PlanDate date) {
        String json = JSON.writeValueAsString(date);

        assertThat(json).isEqualTo("\"" + date + "\"");
        assertThat(JSON.readValue(json, PlanDate.class)).isEqualTo(date);
    }

    // ---- order and span

    @Property
    void orderIsConsistentWithEquals(@ForAll("planDates") PlanDate a, @ForAll("planDates") PlanDate b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property
    void orderIsByEndDateThenStartDate(@ForAll("planDates") PlanDate a, @ForAll("planDates") PlanDate b) {
        int byEnd = a.endDate().compareTo(b.endDate());
        int expected = byEnd != 0 ? byEnd : a.startDate().compareTo(b.startDate());

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    }

    @Test
    void aDayInAMonthSortsBeforeTheMonthWhichEndsLater() {
        assertThat(PlanDate.parse("2025-03-15")).isLessThan(PlanDate.parse("2025-03"));
        assertThat(PlanDate.parse("2025-03-31")).isGreaterThan(PlanDate.parse("2025-03"));
    }

    @Test
    void aQuarterSortsBeforeTheFinancialYearThatEndsWithIt() {
        // 2025/26 Q4 and 2025/26 both end on 31 March 2026; the quarter starts later
        assertThat(PlanDate.parse("2025/26")).isLessThan(PlanDate.parse("2025/26 Q4"));
    }

    @Property
    void containsIsBeforeAndIsAfterAgreeWithTheSpan(@ForAll("planDates") PlanDate date,
            @ForAll("offsets") int offset) {
        LocalDate day = date.startDate().plusDays(offset);

        assertThat(date.contains(day)).isEqualTo(!day.isBefore(date.startDate()) && !day.isAfter(date.endDate()));
        assertThat(date.isBefore(day)).isEqualTo(date.endDate().isBefore(day));
        assertThat(date.isAfter(day)).isEqualTo(date.startDate().isAfter(day));
        assertThat(Stream.of(date.isBefore(day), date.contains(day), date.isAfter(day)).filter(b -> b).count())
                .as("exactly one of before, within and after").isEqualTo(1);
    }

    @Property
    void endsBeforeIsTheEndOfOneSpanBeforeTheStartOfTheOther(@ForAll("planDates") PlanDate a,
            @ForAll("planDates") PlanDate b) {
        assertThat(a.endsBefore(b)).isEqualTo(a.endDate().isBefore(b.startDate()));
        if (a.endsBefore(b)) {
            assertThat(a).isLessThan(b);
            assertThat(b.endsBefore(a)).isFalse();
        }
    }

    @Test
    void aMonthEndsOnItsLastDay() {
        PlanDate march = PlanDate.parse("2025-03");

        assertThat(march.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(march.isBefore(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(march.isBefore(LocalDate.of(2025, 4, 1))).isTrue();
    }

    // ---- bad text

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-02-30", "2025-13-01", "2025/27", "2025/26 Q5", "", " 2025",
        "2025 ", "2025-3-14", "25/26", "2025-03-14T00:00", "twenty", "2025-03-1x", "0999-12-31", "0999", "9999-01-01"})
    void textThatIsNoPlanDateIsRefusedNamingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanDate.parse(text))
                .withMessageStartingWith("date: '" + text + "' is not a plan date (")
                .withMessageContaining("expected a day '2025-03-14', a month '2025-03', a quarter '2025/26 Q3'");
    }

    @Test
    void anImpossibleDaySaysThereIsNoSuchDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanDate.parse("2025-02-30"))
                .withMessageContaining("there is no such day");
    }

    @Test
    void controlCharactersInBadTextAreEscapedInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanDate.parse("2025\n"))
                .withMessageStartingWith("date: '2025\\u000a' is not a plan date")
                .withMessageNotContaining("\n");
    }

    @Test
    void longTextIsRefusedAfterReadingABoundedPrefix() {
        CountingText text = new CountingText(1_000_000);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanDate.parse(text))
                .withMessageContaining("longer than 10 characters");
        // however long the text, parsing reads no more than the start of it, for its message
        assertThat(text.reads).isLessThanOrEqualTo(100);
    }

    @Test
    void nullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> PlanDate.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> PlanDate.of((LocalDate) null)).withMessage("day");
        assertThatNullPointerException().isThrownBy(() -> PlanDate.of((ReportingPeriod) null)).withMessage("period");
    }

    @Test
    void aDayOutsideTheYearsPeriodsMayHaveIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanDate.of(LocalDate.of(999, 12, 31)))
                .withMessage("date: '0999-12-31' is out of range: the year must be 1000 to 9998");
    }

    /** A long text of digits that counts the characters read from it. */
    private static final class CountingText implements CharSequence {
        private final int length;
        int reads;

        CountingText(int length) {
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return (char) ('0' + index % 10);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            StringBuilder s = new StringBuilder();
            for (int i = start; i < end; i++) {
                s.append((char) ('0' + i % 10));
            }
            return s;
        }

        @Override
        public String toString() {
            reads += length;
            return subSequence(0, length).toString();
        }
    }
}
