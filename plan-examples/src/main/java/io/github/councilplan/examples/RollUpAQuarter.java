package io.github.councilplan.examples;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.Rating;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.RollUp;
import io.github.councilplan.trace.RollUpItem;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Example: RAG for measures and status roll-up for a quarter. For the fictional bilingual plan,
 * which reports quarterly, prints each measure's target, actual and computed RAG for the quarter,
 * then each theme's rolled-up status with the items behind it.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@roll-up}, or pass another
 * quarter: {@code -Dexec.args="2025/26 Q2"}. This class is stateless and thread-safe.
 */
public final class RollUpAQuarter {
    private static final String NL = System.lineSeparator();

    private RollUpAQuarter() {}

    /**
     * Prints the RAG and roll-up report for quarter {@code 2025/26 Q3}, or for the period given
     * as the first argument, to standard output; a period that does not parse gets one line on
     * standard error.
     *
     * @param args optionally, a reporting period such as {@code "2025/26 Q2"}; may be null or empty
     */
    public static void main(String[] args) {
        String text = args == null || args.length == 0 ? "2025/26 Q3" : String.join(" ", args);
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return;
        }
        System.out.print(report(PlanIndex.of(ExamplePlans.fictional()), period));
    }

    /**
     * Returns the report for a period: one line for each measure (its target and actual for the
     * period, and its RAG or why it has none), then for
     * each theme its roll-up and one line for each item behind it. Text is shown in the plan's
     * first language. Each line ends with the platform's line separator.
     *
     * @param index the index of the plan, not null
     * @param period the period, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public static String report(PlanIndex index, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        Plan plan = index.plan();
        StringBuilder out = new StringBuilder("Measures for ").append(period).append(':').append(NL);
        for (Measure measure : plan.measures()) {
            Rating rating = measure.rating(period);
            out.append("  ").append(measure.name().value()).append(": target ")
                    .append(measure.targetFor(period).map(t -> value(t.value(), t.text())).orElse("none"))
                    .append(", actual ")
                    .append(measure.actualFor(period).map(a -> value(a.value(), a.text())).orElse("none"))
                    .append(measure.unit().map(unit -> " " + unit).orElse("")).append(" -> ")
                    .append(rating.status().map(RollUpAQuarter::rag)
                            .orElseGet(() -> "no RAG (" + rating.reason().orElseThrow().name().toLowerCase(Locale.ROOT)
                                    .replace('_', ' ') + ")"))
                    .append(NL);
        }
        for (PlanElement theme : index.ofKind(ElementKind.THEME)) {
            RollUp rollUp = RollUp.of(index, theme.id(), period);
            out.append(NL).append(theme.label().map(Text::value).orElseGet(theme::describe)).append(": ")
                    .append(rollUp.status().map(RollUpAQuarter::rag).orElse("not rated")).append(NL);
            for (RollUpItem item : rollUp.items()) {
                String progress = item.progress().map(status -> status.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .orElse(item.isReported() ? "measured" : "not reported");
                String rag = item.rag().map(RollUpAQuarter::rag).filter(r -> !r.equals(progress))
                        .map(r -> " (" + r + ")").orElse("");
                out.append("  ").append(item.element().describe()).append(": ").append(progress).append(rag)
                        .append(item.reportedFor().filter(used -> !used.equals(period))
                                .map(used -> " for " + used).orElse(""))
                        .append(NL);
            }
        }
        return out.toString();
    }

    /** A target's or actual's value as the plan gives it: the number, else the words. */
    private static String value(Optional<BigDecimal> number, Optional<Text> words) {
        return number.map(BigDecimal::toPlainString).orElseGet(() -> "\"" + words.orElseThrow().value() + "\"");
    }

    private static String rag(RagStatus rag) {
        return rag.name().toLowerCase(Locale.ROOT);
    }
}
