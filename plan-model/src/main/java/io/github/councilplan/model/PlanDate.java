package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precise as a plan gives it: a day ({@code "2025-03-14"}), a month ({@code "2025-03"},
 * "March 2025"), a quarter of a financial year ({@code "2025/26 Q3"}), a financial year
 * ({@code "2025/26"}) or a calendar year ({@code "2030"}, "by 2030"). A date that is not a day
 * is its {@link ReportingPeriod}, and stands for the span from that period's first day to its
 * last: "March 2025" ends on 31 March 2025.
 *
 * <p>Rules treat a plan date by its span: {@link #isBefore(LocalDate)} is true when the whole
 * span is before the date, {@link #isAfter(LocalDate)} when the whole span is after it, and a
 * date inside the span is neither. The natural order is by the last day of the span, then by
 * its first day, so a deadline sorts where it falls due ({@code "2025-03-15"} before
 * {@code "2025-03"}, which ends on the 31st); two dates are equal only when they have the same
 * precision and span, so the order is consistent with {@link #equals(Object)}.
 *
 * <p>{@link #parse(CharSequence)} reads exactly the forms {@link #toString()} writes. Years run
 * from {@value ReportingPeriod#MIN_YEAR} to {@value ReportingPeriod#MAX_YEAR}. Instances are
 * immutable and thread-safe.
 */
public final class PlanDate implements Comparable<PlanDate> {
    /** The longest text {@link #parse(CharSequence)} reads: {@code "2025/26 Q3"}. */
    private static final int MAX_LENGTH = 10;
    private static final Comparator<PlanDate> ORDER =
            Comparator.comparing(PlanDate::endDate).thenComparing(PlanDate::startDate);

    private final LocalDate day;
    private final ReportingPeriod period;

    private PlanDate(LocalDate day, ReportingPeriod period) {
        this.day = day;
        this.period = period;
    }

    /**
     * Obtains a plan date that is a day.
     *
     * @param day the day, not null
     * @return the plan date, not null
     * @throws IllegalArgumentException if the year is outside
     *     {@value ReportingPeriod#MIN_YEAR}..{@value ReportingPeriod#MAX_YEAR}
     * @throws NullPointerException if {@code day} is null
     */
    public static PlanDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.getYear() < ReportingPeriod.MIN_YEAR || day.getYear() > ReportingPeriod.MAX_YEAR) {
            throw new IllegalArgumentException("date: '" + day + "' is out of range: the year must be "
                    + ReportingPeriod.MIN_YEAR + " to " + ReportingPeriod.MAX_YEAR);
        }
        return new PlanDate(day, null);
    }

    /**
     * Obtains a plan date that is a month, a quarter, a financial year or a calendar year.
     *
     * @param period the period, not null
     * @return the plan date, not null
     * @throws NullPointerException if {@code period} is null
     */
    public static PlanDate of(ReportingPeriod period) {
        return new PlanDate(null, Objects.requireNonNull(period, "period"));
    }

    /**
     * Parses a plan date: a day {@code "2025-03-14"}, or a period in a form
     * {@link ReportingPeriod#parse(CharSequence)} reads ({@code "2025-03"}, {@code "2025/26 Q3"},
     * {@code "2025/26"}, {@code "2030"}).
     *
     * @param text the text, not null
     * @return the plan date, not null
     * @throws IllegalArgumentException if the text is in none of those forms or names an
     *     impossible date ({@code "2025-02-30"}, {@code "2025-13"}); the message quotes the text
     *     and lists the forms
     * @throws NullPointerException if {@code text} is null
     */
    public static PlanDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == MAX_LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return ofDay(text);
        }
        if (text.length() > MAX_LENGTH) {
            throw notADate(text, "it is longer than " + MAX_LENGTH + " characters");
        }
        try {
            return of(ReportingPeriod.parse(text));
        } catch (IllegalArgumentException e) {
            throw notADate(text, "it is neither a day nor a period");
        }
    }

    private static PlanDate ofDay(CharSequence text) {
        for (int i = 0; i < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (i == 4 || i == 7 ? c != '-' : !digit) {
                throw notADate(text, "a day is written YYYY-MM-DD");
            }
        }
        try {
            return of(LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw notADate(text, "there is no such day");
        }
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static IllegalArgumentException notADate(CharSequence text, String why) {
        return new IllegalArgumentException("date: " + ShownValue.of(text) + " is not a plan date ("
                + why + "): expected a day '2025-03-14', a month '2025-03', a quarter '2025/26 Q3', a financial"
                + " year '2025/26' or a calendar year '2030'");
    }

    /**
     * Reads a plan date from JSON, where it is a string: the factory the JSON mapping uses,
     * which is {@link #parse(CharSequence)}.
     *
     * @param text the text, not null
     * @return a plan date, not null
     * @throws IllegalArgumentException if {@code text} is not one
     * @throws NullPointerException if {@code text} is null
     */
    @JsonCreator
    public static PlanDate fromJson(String text) {
        return parse(text);
    }

    /**
     * Returns how precise this date is.
     *
     * @return the precision, not null
     */
    public DatePrecision precision() {
        if (day != null) {
            return DatePrecision.DAY;
        }
        return DatePrecision.of(period.type());
    }

    /**
     * Returns the day, for a date of {@link DatePrecision#DAY} precision.
     *
     * @return the day, or empty for a coarser date; not null
     */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /**
     * Returns the period, for a date coarser than a day.
     *
     * @return the period, or empty for a day; not null
     */
    public Optional<ReportingPeriod> period() {
        return Optional.ofNullable(period);
    }

    /**
     * Returns the first day of the span this date stands for.
     *
     * @return the date, not null
     */
    public LocalDate startDate() {
        return day != null ? day : period.startDate();
    }

    /**
     * Returns the last day of the span this date stands for: the day itself, or the last day of
     * the period ("March 2025" ends on 31 March 2025).
     *
     * @return the date, not null
     */
    public LocalDate endDate() {
        return day != null ? day : period.endDate();
    }

    /**
     * Tells whether a day falls within the span of this date.
     *
     * @param date the day, not null
     * @return true if {@code date} is on or after {@link #startDate()} and on or before
     *     {@link #endDate()}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /**
     * Tells whether the whole span of this date is before a day.
     *
     * @param date the day, not null
     * @return true if {@link #endDate()} is before {@code date}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isBefore(LocalDate date) {
        return endDate().isBefore(Objects.requireNonNull(date, "date"));
    }

    /**
     * Tells whether the whole span of this date is after a day.
     *
     * @param date the day, not null
     * @return true if {@link #startDate()} is after {@code date}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isAfter(LocalDate date) {
        return startDate().isAfter(Objects.requireNonNull(date, "date"));
    }

    /**
     * Tells whether the whole span of this date ends before the span of another begins: an end
     * that is before a start, as the rule "work does not end before it starts" reads it.
     *
     * @param other the other date, not null
     * @return true if {@link #endDate()} is before {@code other}'s {@link #startDate()}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean endsBefore(PlanDate other) {
        return endDate().isBefore(Objects.requireNonNull(other, "other").startDate());
    }

    /**
     * Compares by the last day of the span, then by the first day.
     *
     * @param other the other date, not null
     * @return negative, zero or positive as this date sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(PlanDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PlanDate)) {
            return false;
        }
        PlanDate that = (PlanDate) other;
        return Objects.equals(day, that.day) && Objects.equals(period, that.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, period);
    }

    /**
     * Returns the date in the form {@link #parse(CharSequence)} reads.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return day != null ? day.toString() : period.toString();
    }
}
