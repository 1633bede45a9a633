package io.github.councilplan.trace;

import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanStyle;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.RollUpMethod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure's value for a period longer than the periods it reports in, rolled up from its actuals
 * by the method it declares ({@link Measure#rollUp()}), or why it cannot be: monthly values into
 * quarters, the year to date and the year; quarterly values into the year.
 *
 * <p><b>What is rolled up.</b> {@link #of(Measure, ReportingPeriod)} takes the periods of the
 * measure's {@linkplain Measure#frequency() frequency} that make up the period (the twelve months
 * of {@code 2025/26}, the three of {@code 2025/26 Q1}); {@link #yearToDate(Measure, ReportingPeriod)}
 * takes those of the financial year up to the end of a period in it. These are the roll-up's
 * {@linkplain #parts() parts}, each with its actual ({@link Measure#actualFor(ReportingPeriod)});
 * actuals as at a date are not used.
 *
 * <p><b>The methods.</b> {@link RollUpMethod#SUM SUM}, {@link RollUpMethod#MEAN MEAN},
 * {@link RollUpMethod#MAXIMUM MAXIMUM} and {@link RollUpMethod#MINIMUM MINIMUM} need a numeric
 * actual for every part; {@link RollUpMethod#LATEST LATEST} needs one for the last part only, and is
 * its value. {@link RollUpMethod#RATIO RATIO} needs every part's numerator and denominator, and is
 * recomputed from them, never averaged: the sum of the numerators times
 * {@link Measure#ratioPer()} (1 if not given) over the sum of the denominators. A mean and a ratio
 * are computed to 16 significant digits ({@link MathContext#DECIMAL64}); a sum, a maximum, a
 * minimum and a latest value are exact.
 *
 * <p><b>Refusals.</b> What cannot be rolled up without guessing is refused, with the
 * {@link NotRolledUp reason} and, where parts are at fault, which ones ({@link #missing()}): no
 * method or frequency, a period not made of the measure's periods, a missing period, a value in
 * words, a mean of a percentage measure (unit {@code "%"}), a ratio without numerators and
 * denominators, or whose denominators add up to zero.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns null.
 */
@Value.Immutable
@PlanStyle
public abstract class MeasureRollUp {
    private static final MathContext DIGITS = MathContext.DECIMAL64;

    MeasureRollUp() {}

    /**
     * Returns the measure rolled up.
     *
     * @return the measure, not null
     */
    public abstract Measure measure();

    /**
     * Returns the period rolled up into: the period asked for, or, for a year to date, the
     * financial year.
     *
     * @return the period, not null
     */
    public abstract ReportingPeriod period();

    /**
     * Returns, for a year to date, the last period it includes.
     *
     * @return the period, or empty for a whole period; not null
     */
    public abstract Optional<ReportingPeriod> through();

    /**
     * Returns the method the measure declares.
     *
     * @return the method, or empty when it declares none; not null
     */
    public abstract Optional<RollUpMethod> method();

    /**
     * Returns the periods of the measure's frequency that the roll-up is made of, in order.
     *
     * @return an unmodifiable list, empty when the measure declares no frequency or the period is
     *     not made of its periods; not null
     */
    public abstract List<ReportingPeriod> parts();

    /**
     * Returns the rolled-up value, in the measure's unit.
     *
     * @return the value, or empty when refused; not null
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns, for a ratio, the sum of the parts' numerators.
     *
     * @return the numerator, or empty for another method or when refused; not null
     */
    public abstract Optional<BigDecimal> numerator();

    /**
     * Returns, for a ratio, the sum of the parts' denominators.
     *
     * @return the denominator, or empty for another method or when refused; not null
     */
    public abstract Optional<BigDecimal> denominator();

    /**
     * Returns why there is no value.
     *
     * @return the reason, or empty when rolled up; not null
     */
    public abstract Optional<NotRolledUp> reason();

    /**
     * Returns, for a refusal because of some parts ({@link NotRolledUp#MISSING_PERIOD},
     * {@link NotRolledUp#VALUE_IN_WORDS}, {@link NotRolledUp#NO_NUMERATOR_AND_DENOMINATOR}), those
     * parts, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ReportingPeriod> missing();

    /**
     * Rolls a measure's actuals up into a period by the method the measure declares, by the rules
     * of the class description.
     *
     * @param measure the measure, not null
     * @param period the period, such as a quarter or a financial year; not null
     * @return the roll-up, with its value or the reason it has none; not null
     * @throws NullPointerException if an argument is null
     */
    public static MeasureRollUp of(Measure measure, ReportingPeriod period) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        return rollUp(measure, period, Optional.empty(), period.endDate());
    }

    /**
     * Rolls a measure's actuals up from the start of a financial year to the end of a period in it
     * (a month or a quarter), by the method the measure declares. Through the year's last month or
     * quarter, it is the year's roll-up.
     *
     * @param measure the measure, not null
     * @param through the last period included, not null
     * @return the roll-up, for the financial year that contains {@code through}, with its value or
     *     the reason it has none; not null
     * @throws NullPointerException if an argument is null
     */
    public static MeasureRollUp yearToDate(Measure measure, ReportingPeriod through) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(through, "through");
        ReportingPeriod year = ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, through.startDate());
        if (!year.encloses(through)) {
            return refused(measure, year, Optional.of(through), List.of(), NotRolledUp.NOT_WITHIN_A_YEAR, List.of());
        }
        if (measure.frequency().isPresent() && !through.type().consistsOf(measure.frequency().get())) {
            return refused(measure, year, Optional.of(through), List.of(), NotRolledUp.NOT_MADE_OF_FREQUENCY,
                    List.of());
        }
        return rollUp(measure, year, Optional.of(through), through.endDate());
    }

    private static MeasureRollUp rollUp(Measure measure, ReportingPeriod period, Optional<ReportingPeriod> through,
            java.time.LocalDate until) {
        if (measure.rollUp().isEmpty()) {
            return refused(measure, period, through, List.of(), NotRolledUp.NO_METHOD, List.of());
        }
        if (measure.frequency().isEmpty()) {
            return refused(measure, period, through, List.of(), NotRolledUp.NO_FREQUENCY, List.of());
        }
        Optional<List<ReportingPeriod>> made = parts(period, measure.frequency().get(), until);
        if (made.isEmpty()) {
            return refused(measure, period, through, List.of(), NotRolledUp.NOT_MADE_OF_FREQUENCY, List.of());
        }
        List<ReportingPeriod> parts = made.get();
        RollUpMethod method = measure.rollUp().get();
        if (method == RollUpMethod.MEAN && measure.unit().map(unit -> unit.strip().equals("%")).orElse(false)) {
            return refused(measure, period, through, parts, NotRolledUp.MEAN_OF_PERCENTAGES, List.of());
        }
        List<ReportingPeriod> needed = method == RollUpMethod.LATEST ? parts.subList(parts.size() - 1, parts.size())
                : parts;
        List<Observation> actuals = new ArrayList<>(needed.size());
        List<ReportingPeriod> missing = new ArrayList<>();
        for (ReportingPeriod part : needed) {
            Optional<Observation> actual = measure.actualFor(part);
            if (actual.isEmpty()) {
                missing.add(part);
            } else {
                actuals.add(actual.get());
            }
        }
        if (!missing.isEmpty()) {
            return refused(measure, period, through, parts, NotRolledUp.MISSING_PERIOD, missing);
        }
        if (method == RollUpMethod.RATIO) {
            return ratio(measure, period, through, parts, actuals);
        }
        for (Observation actual : actuals) {
            if (actual.value().isEmpty()) {
                missing.add(actual.period().orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            return refused(measure, period, through, parts, NotRolledUp.VALUE_IN_WORDS, missing);
        }
        BigDecimal value = actuals.get(0).value().orElseThrow();
        for (Observation actual : actuals.subList(1, actuals.size())) {
            BigDecimal next = actual.value().orElseThrow();
            switch (method) {
                case SUM:
                case MEAN:
                    value = value.add(next);
                    break;
                case MAXIMUM:
                    value = value.max(next);
                    break;
                case MINIMUM:
                    value = value.min(next);
                    break;
                default:
                    throw new AssertionError(method);
            }
        }
        if (method == RollUpMethod.MEAN) {
            value = plain(value.divide(BigDecimal.valueOf(actuals.size()), DIGITS));
        }
        return builder(measure, period, through, parts).value(value).build();
    }

    private static MeasureRollUp ratio(Measure measure, ReportingPeriod period, Optional<ReportingPeriod> through,
            List<ReportingPeriod> parts, List<Observation> actuals) {
        List<ReportingPeriod> missing = new ArrayList<>();
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Observation actual : actuals) {
            if (actual.numerator().isEmpty()) {
                missing.add(actual.period().orElseThrow());
            } else {
                numerator = numerator.add(actual.numerator().get());
                denominator = denominator.add(actual.denominator().orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            return refused(measure, period, through, parts, NotRolledUp.NO_NUMERATOR_AND_DENOMINATOR, missing);
        }
        if (denominator.signum() == 0) {
            return refused(measure, period, through, parts, NotRolledUp.ZERO_DENOMINATOR, List.of());
        }
        BigDecimal value = plain(numerator.multiply(measure.ratioPer().orElse(BigDecimal.ONE))
                .divide(denominator, DIGITS));
        return builder(measure, period, through, parts).value(value).numerator(numerator).denominator(denominator)
                .build();
    }

    /**
     * The periods of type {@code frequency} from the start of {@code period} to {@code until}, or empty
     * when they do not fit it exactly (the period is not made of them, or they cannot be written).
     */
    private static Optional<List<ReportingPeriod>> parts(ReportingPeriod period, PeriodType frequency,
            java.time.LocalDate until) {
        if (!period.type().consistsOf(frequency)) {
            return Optional.empty();
        }
        List<ReportingPeriod> parts = new ArrayList<>();
        try {
            ReportingPeriod part = ReportingPeriod.of(frequency, period.startDate());
            while (!part.endDate().isAfter(until)) {
                parts.add(part);
                if (part.endDate().equals(until)) {
                    return Optional.of(List.copyOf(parts));
                }
                part = part.next();
            }
        } catch (IllegalArgumentException e) {
            // a part past the last year a period can have: the period is not made of periods that can be written
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Returns a mean or ratio without trailing zeros, and in plain notation. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static ImmutableMeasureRollUp.Builder builder(Measure measure, ReportingPeriod period,
            Optional<ReportingPeriod> through, List<ReportingPeriod> parts) {
        return ImmutableMeasureRollUp.builder().measure(measure).period(period).through(through)
                .method(measure.rollUp()).parts(parts);
    }

    private static MeasureRollUp refused(Measure measure, ReportingPeriod period, Optional<ReportingPeriod> through,
            List<ReportingPeriod> parts, NotRolledUp reason, List<ReportingPeriod> missing) {
        return builder(measure, period, through, parts).reason(reason).missing(missing).build();
    }

    /**
     * Tells whether the roll-up has a value.
     *
     * @return true if rolled up, false if refused
     */
    public final boolean isRolledUp() {
        return value().isPresent();
    }

    @Value.Check
    final void check() {
        if (value().isPresent() == reason().isPresent()) {
            throw new IllegalArgumentException("roll-up of " + measure().describe() + " for " + period()
                    + ": a value or a reason it has none expected; was value " + value() + ", reason " + reason());
        }
    }

    /**
     * Describes the roll-up, as {@code "measure 'kpi-1' for 2025/26 by sum: 1234"},
     * {@code "measure 'kpi-1' for 2025/26 to 2025/26 Q2 by ratio: 75 (30 / 40)"} or
     * {@code "measure 'kpi-1' for 2025/26 by sum: not rolled up (MISSING_PERIOD: 2025-05)"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(measure().describe()).append(" for ").append(period());
        through().ifPresent(last -> text.append(" to ").append(last));
        method().ifPresent(method -> text.append(" by ").append(method.name().toLowerCase(Locale.ROOT)));
        text.append(": ");
        if (value().isPresent()) {
            text.append(value().get().toPlainString());
            numerator().ifPresent(n -> text.append(" (").append(n.toPlainString()).append(" / ")
                    .append(denominator().orElseThrow().toPlainString()).append(')'));
        } else {
            text.append("not rolled up (").append(reason().orElseThrow());
            if (!missing().isEmpty()) {
                text.append(": ");
                for (int i = 0; i < missing().size(); i++) {
                    text.append(i == 0 ? "" : ", ").append(missing().get(i));
                }
            }
            text.append(')');
        }
        return text.toString();
    }
}
