package io.github.councilplan.render;

import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A small bar chart of one measure's numeric targets and actuals by period, as inline SVG for the
 * HTML report: a bar per period for the actual, a solid black line across the period for the
 * target, a dashed line across the chart for a target over the whole plan, the value axis from
 * zero (or the lowest value, when below zero) to the highest value, and a legend. Only the latest
 * {@link #MAX_PERIODS} periods are drawn; the report's table gives every value.
 *
 * <p>The chart holds no plan text: its labels are periods, numbers and the report's own words,
 * and its accessible name (given by the caller) is escaped. Coordinates are computed in decimal
 * arithmetic and written with one decimal place in the root locale, so numbers of any size (up to
 * the model's thousand digits) give a finite chart, the same on every platform. Immutable.
 */
final class MeasureChart {
    /** The most periods drawn: the latest ones. */
    static final int MAX_PERIODS = 12;

    private static final int LEFT = 96;
    private static final int SLOT = 88;
    private static final int TOP = 12;
    private static final int PLOT = 160;
    private static final int RIGHT = 12;
    private static final String INK = "#0b0c0c";
    private static final String BAR = "#1d70b8";
    private static final MathContext CONTEXT = MathContext.DECIMAL64;

    private final List<ReportingPeriod> periods;
    private final int periodCount;
    private final Measure measure;

    private MeasureChart(Measure measure, List<ReportingPeriod> periods, int periodCount) {
        this.measure = measure;
        this.periods = periods;
        this.periodCount = periodCount;
    }

    /**
     * Returns the chart of a measure, or empty if it has no numeric target or actual for a period
     * (a target over the whole plan alone is not charted: there is nothing to compare it with).
     */
    static Optional<MeasureChart> of(Measure measure) {
        TreeSet<ReportingPeriod> periods = new TreeSet<>();
        measure.targets().stream().filter(target -> target.value().isPresent())
                .forEach(target -> target.period().ifPresent(periods::add));
        measure.actuals().stream().filter(actual -> actual.value().isPresent())
                .forEach(actual -> actual.period().ifPresent(periods::add));
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        List<ReportingPeriod> all = new ArrayList<>(periods);
        List<ReportingPeriod> drawn = List.copyOf(all.subList(Math.max(0, all.size() - MAX_PERIODS), all.size()));
        return Optional.of(new MeasureChart(measure, drawn, all.size()));
    }

    /** Returns how many periods have a numeric target or actual, drawn or not. */
    int periodCount() {
        return periodCount;
    }

    /** Returns how many periods the chart draws: the latest, at most {@link #MAX_PERIODS}. */
    int drawnPeriods() {
        return periods.size();
    }

    /**
     * Writes the chart as an {@code <svg>} element whose accessible name is the element
     * {@code titleId}, a {@code <title>} holding {@code name} (escaped here).
     */
    void write(StringBuilder out, String titleId, String name) {
        Optional<BigDecimal> wholePlan = measure.targetOverPlan().flatMap(Target::value);
        List<BigDecimal> values = new ArrayList<>();
        values.add(BigDecimal.ZERO);
        wholePlan.ifPresent(values::add);
        for (ReportingPeriod period : periods) {
            target(period).ifPresent(values::add);
            actual(period).ifPresent(values::add);
        }
        BigDecimal low = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = values.stream().max(BigDecimal::compareTo).orElseThrow();
        if (low.compareTo(high) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        Scale scale = new Scale(low, high);
        int width = LEFT + SLOT * periods.size() + RIGHT;
        int legendY = TOP + PLOT + 44;
        int height = legendY + 24;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(HtmlText.escape(name)).append("</title>");
        // the value axis: its lowest and highest values, and zero where it lies between them
        String zero = scale.y(BigDecimal.ZERO);
        out.append("<g font-size=\"12\" fill=\"").append(INK).append("\" text-anchor=\"end\">");
        axisLabel(out, scale, high);
        axisLabel(out, scale, low);
        if (low.signum() != 0 && high.signum() != 0) {
            axisLabel(out, scale, BigDecimal.ZERO);
        }
        out.append("</g>");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + PLOT).append("\" stroke=\"").append(INK).append("\"/>");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(zero).append("\" x2=\"")
                .append(width - RIGHT).append("\" y2=\"").append(zero).append("\" stroke=\"").append(INK).append("\"/>");
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod period = periods.get(i);
            int x = LEFT + SLOT * i;
            Optional<BigDecimal> actual = actual(period);
            if (actual.isPresent() && actual.get().signum() != 0) {
                String y = scale.y(actual.get());
                boolean above = actual.get().signum() > 0;
                out.append("<rect x=\"").append(x + 20).append("\" y=\"").append(above ? y : zero)
                        .append("\" width=\"32\" height=\"").append(scale.height(actual.get()))
                        .append("\" fill=\"").append(BAR).append("\"/>");
            }
            Optional<BigDecimal> target = target(period);
            if (target.isPresent()) {
                String y = scale.y(target.get());
                out.append("<line x1=\"").append(x + 10).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(x + SLOT - 10).append("\" y2=\"").append(y).append("\" stroke=\"").append(INK)
                        .append("\" stroke-width=\"3\"/>");
            }
            out.append("<text x=\"").append(x + SLOT / 2).append("\" y=\"").append(TOP + PLOT + 20)
                    .append("\" font-size=\"11\" fill=\"").append(INK).append("\" text-anchor=\"middle\">")
                    .append(HtmlText.escape(period.toString())).append("</text>");
        }
        if (wholePlan.isPresent()) {
            String y = scale.y(wholePlan.get());
            out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(width - RIGHT)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        legend(out, legendY, wholePlan.isPresent());
        out.append("</svg>");
    }

    private static void legend(StringBuilder out, int y, boolean wholePlan) {
        out.append("<g font-size=\"12\" fill=\"").append(INK).append("\">");
        out.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(BAR).append("\"/><text x=\"").append(LEFT + 18).append("\" y=\"").append(y)
                .append("\">Actual</text>");
        out.append("<line x1=\"").append(LEFT + 80).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(LEFT + 100)
                .append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(INK)
                .append("\" stroke-width=\"3\"/><text x=\"").append(LEFT + 106).append("\" y=\"").append(y)
                .append("\">Target</text>");
        if (wholePlan) {
            out.append("<line x1=\"").append(LEFT + 170).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                    .append(LEFT + 194).append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"").append(LEFT + 200)
                    .append("\" y=\"").append(y).append("\">Target over the whole plan</text>");
        }
        out.append("</g>");
    }

    private static void axisLabel(StringBuilder out, Scale scale, BigDecimal value) {
        out.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(scale.y(value))
                .append("\" dy=\"4\">").append(HtmlText.escape(compact(value))).append("</text>");
    }

    /** A number as written on the axis: in full when short, else to four significant digits. */
    static String compact(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.length() <= 10 ? plain : value.round(new MathContext(4, RoundingMode.HALF_EVEN)).toString();
    }

    private Optional<BigDecimal> target(ReportingPeriod period) {
        return measure.targetFor(period).flatMap(Target::value);
    }

    private Optional<BigDecimal> actual(ReportingPeriod period) {
        return measure.actualFor(period).flatMap(Observation::value);
    }

    /** Maps values to the plot's vertical coordinates. */
    private record Scale(BigDecimal low, BigDecimal high) {
        /** The y coordinate of a value, with one decimal place. */
        String y(BigDecimal value) {
            return format(TOP + PLOT * (1 - fraction(value)));
        }

        /** The height of a bar from zero to a value. */
        String height(BigDecimal value) {
            return format(PLOT * Math.abs(fraction(value) - fraction(BigDecimal.ZERO)));
        }

        private double fraction(BigDecimal value) {
            return value.subtract(low, CONTEXT).divide(high.subtract(low, CONTEXT), CONTEXT).doubleValue();
        }

        private static String format(double coordinate) {
            return BigDecimal.valueOf(coordinate).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}
