package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePrecisionTest {

    @ParameterizedTest
    @CsvSource({"MONTH, MONTH", "FINANCIAL_QUARTER, FINANCIAL_QUARTER", "FINANCIAL_YEAR, FINANCIAL_YEAR",
        "CALENDAR_YEAR, CALENDAR_YEAR"})
    void eachKindOfPeriodHasItsPrecision(PeriodType type, DatePrecision precision) {
        assertThat(DatePrecision.of(type)).isEqualTo(precision);
    }

    @Test
    void everyPrecisionButDayIsThatOfExactlyOneKindOfPeriod() {
        Set<DatePrecision> ofPeriods = EnumSet.noneOf(DatePrecision.class);
        Arrays.stream(PeriodType.values()).forEach(type -> assertThat(ofPeriods.add(DatePrecision.of(type))).isTrue());

        assertThat(ofPeriods).isEqualTo(EnumSet.complementOf(EnumSet.of(DatePrecision.DAY)));
    }
}
