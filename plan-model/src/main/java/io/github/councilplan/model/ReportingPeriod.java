package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that a plan reports in: a UK financial year ({@code "2025/26"}, 1 April 2025 to
 * 31 March 2026), one of its quarters ({@code "2025/26 Q2"}, July to September 2025), a calendar
 * month ({@code "2025-04"}) or a calendar year ({@code "2025"}).
 *
 * <p>{@link #parse(CharSequence)} accepts exactly the forms {@link #toString()} writes, so the two
 * round-trip. Periods order by start date, then by end date (a shorter period first); two periods
 * are equal only when they are the same kind of period with the same dates, so the order is
 * consistent with {@link #equals(Object)}. Years run from {@value #MIN_YEAR} to
 * {@value #MAX_YEAR}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {
    /** The earliest year a period may start in. */
    public static final int MIN_YEAR = 1000;
    /** The latest year a period may start in. */
    public static final int MAX_YEAR = 9998;

    private static final Pattern FORMS = Pattern.compile(
            "(?<fy>\\d{4})/(?<fyEnd>\\d{2})(?: Q(?<q>\\d))?|(?<ym>\\d{4})-(?<m>\\d{2})|(?<cy>\\d{4})");

    private final PeriodType type;
    private final int year;
    private final int index;

    private ReportingPeriod(PeriodType type, int year, int index) {
        this.type = type;
        this.year = year;
        this.index = index;
    }

    /**
     * Obtains the financial year that starts on 1 April of {@code startYear}.
     *
     * @param startYear the calendar year the financial year starts in, such as 2025 for
     *     {@code "2025/26"}
     * @return the financial year, not null
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(PeriodType.FINANCIAL_YEAR, checkYear(startYear), 0);
    }

    /**
     * Obtains a quarter of a financial year: Q1 is April to June, Q4 January to March.
     *
     * @param startYear the calendar year the financial year starts in
     * @param quarter the quarter, 1 to 4
     * @return the quarter, not null
     * @throws IllegalArgumentException if the year or quarter is out of range
     */
    public static ReportingPeriod financialQuarter(int startYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter: " + quarter + " is not a quarter: expected 1 to 4");
        }
        return new ReportingPeriod(PeriodType.FINANCIAL_QUARTER, checkYear(startYear), quarter);
    }

    /**
     * Obtains a calendar month.
     *
     * @param month the month, not null
     * @return the month as a reporting period, not null
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code month} is null
     */
    public static ReportingPeriod month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportingPeriod(PeriodType.MONTH, checkYear(month.getYear()), month.getMonthValue());
    }

    /**
     * Obtains a calendar year.
     *
     * @param year the year
     * @return the calendar year, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod calendarYear(int year) {
        return new ReportingPeriod(PeriodType.CALENDAR_YEAR, checkYear(year), 0);
    }

    /**
     * Obtains the period of the given type that contains {@code date}.
     *
     * @param type the kind of period, not null
     * @param date the date, not null
     * @return the period containing the date, not null
     * @throws IllegalArgumentException if the period's year is out of range
     * @throws NullPointerException if an argument is null
     */
    public static ReportingPeriod of(PeriodType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        int financialStart = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        switch (type) {
            case FINANCIAL_YEAR:
                return financialYear(financialStart);
            case FINANCIAL_QUARTER:
                return financialQuarter(financialStart, ((date.getMonthValue() + 8) % 12) / 3 + 1);
            case MONTH:
                return month(YearMonth.from(date));
            case CALENDAR_YEAR:
                return calendarYear(date.getYear());
            default:
                throw new AssertionError(type);
        }
    }

    /**
     * Parses a period in one of the forms {@code "2025/26"}, {@code "2025/26 Q2"},
     * {@code "2025-04"} or {@code "2025"}.
     *
     * @param text the text to parse, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the text is in none of those forms, or names an
     *     impossible period (such as {@code "2025/27"} or {@code "2025/26 Q5"}); the message quotes
     *     the text and lists the forms
     * @throws NullPointerException if {@code text} is null
     */
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        ReportingPeriod common = commonOrNull(text);
        if (common != null) {
            return common;
        }
        // the longest form, "2025/26 Q2", has 10 characters: longer text is not matched at all
        Matcher m = FORMS.matcher(text);
        if (text.length() > "2025/26 Q2".length() || !m.matches()) {
            throw new IllegalArgumentException("period: " + ShownValue.of(text) + " is not a reporting period:"
                    + " expected a financial year '2025/26', a quarter '2025/26 Q2', a month '2025-04'"
                    + " or a calendar year '2025'");
        }
        try {
            if (m.group("fy") != null) {
                int start = Integer.parseInt(m.group("fy"));
                int end = Integer.parseInt(m.group("fyEnd"));
                if (end != (start + 1) % 100) {
                    throw new IllegalArgumentException("financial year must end the year after it starts, as in '"
                            + start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100) + "'");
                }
                String quarter = m.group("q");
                return quarter == null ? financialYear(start) : financialQuarter(start, Integer.parseInt(quarter));
            }
            if (m.group("ym") != null) {
                int month = Integer.parseInt(m.group("m"));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("month must be 01 to 12");
                }
                return month(YearMonth.of(Integer.parseInt(m.group("ym")), month));
            }
            return calendarYear(Integer.parseInt(m.group("cy")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "period: " + ShownValue.of(text) + " is not a reporting period: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every valid period, a financial year {@code "2025/26"}, a quarter {@code "2025/26 Q2"},
     * a month {@code "2025-04"} or a calendar year {@code "2025"}, without a regular expression;
     * returns null for any other text, which {@link #parse(CharSequence)} then reads (and
     * explains, as it is not a period) the long way.
     */
    private static ReportingPeriod commonOrNull(CharSequence text) {
        int length = text.length();
        if (length < 4 || !digits(text, 0, 4)) {
            return null;
        }
        int start = (text.charAt(0) - '0') * 1000 + (text.charAt(1) - '0') * 100 + (text.charAt(2) - '0') * 10
                + (text.charAt(3) - '0');
        if (start < MIN_YEAR || start > MAX_YEAR) {
            return null;
        }
        if (length == 4) {
            return new ReportingPeriod(PeriodType.CALENDAR_YEAR, start, 0);
        }
        if (length == 7 && text.charAt(4) == '-' && digits(text, 5, 7)) {
            int month = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
            return month < 1 || month > 12 ? null : new ReportingPeriod(PeriodType.MONTH, start, month);
        }
        if ((length != 7 && length != 10) || text.charAt(4) != '/' || !digits(text, 5, 7)) {
            return null;
        }
        int end = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
        if (end != (start + 1) % 100) {
            return null;
        }
        if (length == 7) {
            return new ReportingPeriod(PeriodType.FINANCIAL_YEAR, start, 0);
        }
        char quarter = text.charAt(9);
        if (text.charAt(7) != ' ' || text.charAt(8) != 'Q' || quarter < '1' || quarter > '4') {
            return null;
        }
        return new ReportingPeriod(PeriodType.FINANCIAL_QUARTER, start, quarter - '0');
    }

    private static boolean digits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a period from JSON, where it is a string, or a property name (a map key): the factory
     * the JSON mapping uses, which is {@link #parse(CharSequence)}.
     *
     * @param text the text, not null
     * @return a period, not null
     * @throws IllegalArgumentException if {@code text} is not one
     * @throws NullPointerException if {@code text} is null
     */
    @JsonCreator
    public static ReportingPeriod fromJson(String text) {
        return parse(text);
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "year: " + year + " is out of range " + MIN_YEAR + ".." + MAX_YEAR);
        }
        return year;
    }

    /**
     * Returns the kind of this period.
     *
     * @return the type, not null
     */
    public PeriodType type() {
        return type;
    }

    /**
     * Returns the first day of this period.
     *
     * @return the start date, not null
     */
    public LocalDate startDate() {
        switch (type) {
            case FINANCIAL_YEAR:
                return LocalDate.of(year, Month.APRIL, 1);
            case FINANCIAL_QUARTER:
                int month = firstMonthOfQuarter();
                return month > 12 ? LocalDate.of(year + 1, month - 12, 1) : LocalDate.of(year, month, 1);
            case MONTH:
                return LocalDate.of(year, index, 1);
            case CALENDAR_YEAR:
                return LocalDate.of(year, 1, 1);
            default:
                throw new AssertionError(type);
        }
    }

    /**
     * Returns the last day of this period (inclusive).
     *
     * @return the end date, not null
     */
    public LocalDate endDate() {
        switch (type) {
            case FINANCIAL_YEAR:
                return LocalDate.of(year + 1, Month.MARCH, 31);
            case CALENDAR_YEAR:
                return LocalDate.of(year, Month.DECEMBER, 31);
            case FINANCIAL_QUARTER:
                int month = firstMonthOfQuarter() + 2;
                return month > 12 ? lastDayOf(year + 1, month - 12) : lastDayOf(year, month);
            case MONTH:
                return lastDayOf(year, index);
            default:
                throw new AssertionError(type);
        }
    }

    /** The month a financial quarter starts in, counted from January of its financial year's first year: 4 to 13. */
    private int firstMonthOfQuarter() {
        return Month.APRIL.getValue() + 3 * (index - 1);
    }

    private static LocalDate lastDayOf(int year, int month) {
        return LocalDate.of(year, month, Month.of(month).length(Year.isLeap(year)));
    }

    /**
     * Tells whether {@code date} falls in this period, ends included.
     *
     * @param date the date, not null
     * @return true if the date is on or after the start and on or before the end
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /**
     * Tells whether {@code other} lies wholly inside this period, as a quarter lies inside its
     * financial year. A period encloses itself.
     *
     * @param other the other period, not null
     * @return true if both ends of {@code other} fall in this period
     * @throws NullPointerException if {@code other} is null
     */
    public boolean encloses(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return contains(other.startDate()) && contains(other.endDate());
    }

    /**
     * Returns the period of the same type that follows this one.
     *
     * @return the next period, not null
     * @throws IllegalArgumentException if it would start after {@value #MAX_YEAR}
     */
    public ReportingPeriod next() {
        return of(type, endDate().plusDays(1));
    }

    /**
     * Returns the period of the same type that precedes this one.
     *
     * @return the previous period, not null
     * @throws IllegalArgumentException if it would start before {@value #MIN_YEAR}
     */
    public ReportingPeriod previous() {
        return of(type, startDate().minusDays(1));
    }

    /**
     * Compares by start date, then by end date.
     *
     * @param other the other period, not null
     * @return negative, zero or positive as this period sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(ReportingPeriod other) {
        // every period starts on the first day of a month and ends on the last day of one, so months
        // order them as their dates do, without building the dates
        int c = Integer.compare(startMonth(), other.startMonth());
        return c != 0 ? c : Integer.compare(endMonth(), other.endMonth());
    }

    /** Returns the month the period starts in, counted from year 0 (January 2025 is 2025 * 12). */
    private int startMonth() {
        switch (type) {
            case FINANCIAL_YEAR:
                return year * 12 + 3;
            case FINANCIAL_QUARTER:
                return year * 12 + 3 + 3 * (index - 1);
            case MONTH:
                return year * 12 + index - 1;
            case CALENDAR_YEAR:
                return year * 12;
            default:
                throw new AssertionError(type);
        }
    }

    /** Returns the month after the period ends, counted as {@link #startMonth()} counts. */
    private int endMonth() {
        switch (type) {
            case FINANCIAL_YEAR:
            case CALENDAR_YEAR:
                return startMonth() + 12;
            case FINANCIAL_QUARTER:
                return startMonth() + 3;
            case MONTH:
                return startMonth() + 1;
            default:
                throw new AssertionError(type);
        }
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReportingPeriod)) {
            return false;
        }
        ReportingPeriod that = (ReportingPeriod) other;
        return type == that.type && year == that.year && index == that.index;
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + year) * 31 + index;
    }

    /**
     * Returns the period in the form {@link #parse(CharSequence)} reads: {@code "2025/26"},
     * {@code "2025/26 Q2"}, {@code "2025-04"} or {@code "2025"}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        switch (type) {
            case FINANCIAL_YEAR:
                return year + "/" + twoDigits((year + 1) % 100);
            case FINANCIAL_QUARTER:
                return year + "/" + twoDigits((year + 1) % 100) + " Q" + index;
            case MONTH:
                return year + "-" + twoDigits(index);
            case CALENDAR_YEAR:
                return Integer.toString(year);
            default:
                throw new AssertionError(type);
        }
    }
}
