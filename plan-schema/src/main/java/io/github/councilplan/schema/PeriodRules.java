package io.github.councilplan.schema;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The plan's period, and the dates and reporting periods that must fall in it.
 *
 * <ul>
 *   <li>{@link ProblemCode#RULE_PERIOD_ORDER}: the plan's period does not end before it starts,
 *       by the model's own test ({@link PeriodRange#of}).
 *   <li>{@link ProblemCode#RULE_DATE_OUTSIDE_PLAN}: a milestone's due, forecast and achieved
 *       dates fall in the plan's period; {@link ProblemCode#RULE_ACHIEVED_BEFORE_START} instead for
 *       an achieved date before the plan starts. An edition's adoption date is not checked: a
 *       plan may be adopted before its period begins.
 *   <li>{@link ProblemCode#RULE_PERIOD_OUTSIDE_PLAN}: the periods of a measure's targets and
 *       actuals, and of a deliverable's progress updates, lie wholly within the plan's period. A
 *       measure's baseline is not checked: it normally precedes the plan.
 *   <li>{@link ProblemCode#RULE_PERIOD_NOT_REPORTED}: a target's or actual's period is of the
 *       kind the measure reports at, its {@code frequency}.
 *   <li>{@link ProblemCode#RULE_DUPLICATE_PERIOD}: a deliverable has at most one progress update
 *       for a period.
 * </ul>
 *
 * <p>Periods and dates that do not parse are the schema's to report, and are passed over; without
 * a valid, ordered plan period, nothing is checked against it.
 */
final class PeriodRules {
    private static final String[] MILESTONE_DATES = {"due", "forecast", "achieved"};
    private static final String[] MEASURE_VALUES = {"targets", "actuals"};

    private PeriodRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        Optional<PeriodRange> plan = planPeriod(elements.root(), sink);
        for (ElementNode element : elements.all()) {
            switch (element.kind()) {
                case MILESTONE:
                    plan.ifPresent(range -> checkMilestone(element, range, sink));
                    break;
                case MEASURE:
                    checkMeasure(element, plan, sink);
                    break;
                case DELIVERABLE:
                    checkProgress(element, plan, sink);
                    break;
                default:
                    break;
            }
        }
    }

    private static Optional<PeriodRange> planPeriod(JsonNode root, RuleSink sink) {
        JsonNode period = Trees.object(root, "period");
        Optional<String> startText = Trees.string(period, "start");
        Optional<String> endText = Trees.string(period, "end");
        Optional<ReportingPeriod> start = startText.flatMap(Trees::period);
        Optional<ReportingPeriod> end = endText.flatMap(Trees::period);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PeriodRange.of(start.get(), end.get()));
        } catch (IllegalArgumentException e) {
            sink.report(ProblemCode.RULE_PERIOD_ORDER, "/period/end", "plan: period end '" + endText.get()
                    + "' is before start '" + startText.get() + "' (the end period must not start before the start"
                    + " period, nor end sooner when both start together)");
            return Optional.empty();
        }
    }

    private static void checkMilestone(ElementNode milestone, PeriodRange plan, RuleSink sink) {
        for (String field : MILESTONE_DATES) {
            Optional<LocalDate> date = Trees.string(milestone.node(), field).flatMap(Trees::date);
            if (date.isEmpty() || plan.contains(date.get())) {
                continue;
            }
            String at = Trees.pointer(milestone.pointer(), field);
            if (field.equals("achieved") && date.get().isBefore(plan.startDate())) {
                sink.report(ProblemCode.RULE_ACHIEVED_BEFORE_START, at, milestone.describe() + ": achieved "
                        + date.get() + " is before the plan starts on " + plan.startDate() + " (" + plan.start() + ")");
            } else {
                sink.report(ProblemCode.RULE_DATE_OUTSIDE_PLAN, at, milestone.describe() + ": " + field + " "
                        + date.get() + " is outside the plan's period " + describe(plan));
            }
        }
    }

    private static void checkMeasure(ElementNode measure, Optional<PeriodRange> plan, RuleSink sink) {
        Optional<PeriodType> frequency =
                Trees.string(measure.node(), "frequency").flatMap(f -> Trees.fromJsonName(PeriodType.class, f));
        for (String field : MEASURE_VALUES) {
            JsonNode values = Trees.object(measure.node(), field);
            if (values == null) {
                continue;
            }
            String what = field.equals("targets") ? "target" : "actual";
            for (Entry<String, JsonNode> value : values.properties()) {
                Optional<ReportingPeriod> period = Trees.period(value.getKey());
                if (period.isEmpty()) {
                    continue;
                }
                boolean outside = plan.isPresent() && !plan.get().encloses(period.get());
                boolean notReported = frequency.isPresent() && period.get().type() != frequency.get();
                if (!outside && !notReported) {
                    continue;
                }
                String at = Trees.pointer(Trees.pointer(measure.pointer(), field), value.getKey());
                String named = measure.describe() + ": " + what + " for '" + value.getKey() + "'";
                if (outside) {
                    sink.report(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, at,
                            named + " is outside the plan's period " + describe(plan.get()));
                }
                if (notReported) {
                    sink.report(ProblemCode.RULE_PERIOD_NOT_REPORTED, at, named + " is for a "
                            + Trees.jsonName(period.get().type()) + ", but the measure reports each "
                            + Trees.jsonName(frequency.get()) + " (its frequency)");
                }
            }
        }
    }

    private static void checkProgress(ElementNode deliverable, Optional<PeriodRange> plan, RuleSink sink) {
        JsonNode progress = Trees.array(deliverable.node(), "progress");
        Map<ReportingPeriod, Integer> first = new HashMap<>();
        for (int i = 0; i < Trees.size(progress); i++) {
            Optional<String> text = Trees.string(progress.get(i), "period");
            Optional<ReportingPeriod> period = text.flatMap(Trees::period);
            if (period.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(period.get(), i);
            boolean outside = plan.isPresent() && !plan.get().encloses(period.get());
            if (earlier == null && !outside) {
                continue;
            }
            String at = Trees.pointer(Trees.pointer(Trees.pointer(deliverable.pointer(), "progress"), i), "period");
            String named = deliverable.describe() + ": progress[" + i + "].period '" + text.get() + "'";
            if (earlier != null) {
                sink.report(ProblemCode.RULE_DUPLICATE_PERIOD, at,
                        named + " is already reported by progress[" + earlier + "]");
            }
            if (outside) {
                sink.report(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, at,
                        named + " is outside the plan's period " + describe(plan.get()));
            }
        }
    }

    private static String describe(PeriodRange plan) {
        return plan.start() + " to " + plan.end() + " (" + plan.startDate() + " to " + plan.endDate() + ")";
    }
}
