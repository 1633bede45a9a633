package io.github.councilplan.schema.rules;

import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.structure.Repeats;
import io.github.councilplan.model.structure.ValueType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan's period, and the dates and reporting periods of its elements.
 *
 * <ul>
 *   <li>{@link ProblemCode#RULE_PERIOD_ORDER}: the plan's period does not end before it starts, by
 *       the model's own test ({@link PeriodRange#of}); a piece of work does not end before it
 *       starts.
 *   <li>{@link ProblemCode#RULE_DATE_OUTSIDE_PLAN}, a warning: a date of an element (a milestone's
 *       due, forecast and achieved dates, a piece of work's start and end, an outcome's "by", an
 *       actual's as-at date) lies outside the plan's period, by its span: "2029-03" in a plan to
 *       2028 is outside, "2028" in a plan to 2028/29 is inside. Ambitions past the plan's end are
 *       legal; an element marked {@code longTerm}, or inside one, draws no warning.
 *       {@link ProblemCode#RULE_ACHIEVED_BEFORE_START}, an error, instead for a milestone achieved
 *       wholly before the plan starts. The plan's publication, its edition's dates and decisions'
 *       dates are not checked: a plan is adopted before its period begins.
 *   <li>{@link ProblemCode#RULE_PERIOD_OUTSIDE_PLAN}, a warning on the same terms: the period of a
 *       measure's target, actual or assessment, or of a progress update, lies outside the plan's
 *       period. A
 *       measure's baseline is not checked: it normally precedes the plan.
 *   <li>{@link ProblemCode#RULE_PERIOD_NOT_REPORTED}: an actual's period is of the kind the measure
 *       reports at, its {@code frequency}; a target's period is of that kind or made of whole
 *       periods of it ({@link PeriodType#consistsOf}), as an annual target of a quarterly measure.
 *   <li>{@link ProblemCode#RULE_DUPLICATE_PERIOD}: a piece of work has at most one progress update
 *       for a period; a measure at most one target for a period (and one over the whole plan), one
 *       actual for a period or an as-at date, and one assessment for a period.
 * </ul>
 *
 * <p>Dates and periods that do not parse are the schema's to report, and are passed over; without
 * a valid, ordered plan period, nothing is checked against it.
 *
 * <p>The rules are three steps of {@link PlanRules}' list, which may be checked at the same time:
 * {@link #checkAgainstPlan}, {@link #checkMeasures} and {@link #checkWork}.
 */
final class PeriodRules {
    private PeriodRules() {}

    /** The plan's period, and the dates and periods of elements against it. */
    static void checkAgainstPlan(DocumentElements elements, RuleSink sink) {
        Optional<PeriodRange> plan = planPeriod(elements.root(), sink);
        if (plan.isPresent()) {
            Span span = new Span(plan.get().startDate(), plan.get().endDate());
            checkDates(elements, plan.get(), span, sink);
            checkPeriods(elements, plan.get(), span, sink);
        }
    }

    /** Each measure's targets, actuals and assessments: of the periods it reports at, one per period. */
    static void checkMeasures(DocumentElements elements, RuleSink sink) {
        for (ElementNode element : elements.all()) {
            if (element.kind() == ElementKind.MEASURE) {
                checkMeasure(element, sink);
            }
        }
    }

    /** Each piece of work's start and end, and its progress updates: one per period. */
    static void checkWork(DocumentElements elements, RuleSink sink) {
        for (ElementNode element : elements.all()) {
            if (isWork(element)) {
                checkPieceOfWork(element, sink);
            }
        }
    }

    private static Optional<PeriodRange> planPeriod(DocumentNode root, RuleSink sink) {
        return LenientValues.planPeriod(root, (start, end) -> sink.report(ProblemCode.RULE_PERIOD_ORDER, "/period/end",
                "plan: period end '" + end + "' is before start '" + start + "' (the end period must not start before"
                        + " the start period, nor end sooner when both start together)"));
    }

    /** The dates of elements: plan dates, and the as-at dates of actuals. */
    private static void checkDates(DocumentElements elements, PeriodRange plan, Span span, RuleSink sink) {
        for (DocumentElements.Value value : elements.values(ValueType.PLAN_DATE)) {
            if (value.element().kind() == ElementKind.PLAN) {
                continue;
            }
            Optional<PlanDate> date = LenientValues.planDate(value);
            if (date.isEmpty() || span.encloses(date.get().startDate(), date.get().endDate())) {
                continue;
            }
            ElementNode element = value.element();
            if (element.kind() == ElementKind.MILESTONE && value.property().name().equals("achieved")
                    && date.get().endDate().isBefore(plan.startDate())) {
                sink.report(ProblemCode.RULE_ACHIEVED_BEFORE_START, value.pointer(), element.describe()
                        + ": achieved " + date.get() + " is before the plan starts on " + plan.startDate() + " ("
                        + plan.start() + ")");
            } else if (!isLongTerm(element)) {
                sink.report(ProblemCode.RULE_DATE_OUTSIDE_PLAN, value.pointer(), element.describe() + ": "
                        + value.label() + " " + date.get() + " is outside the plan's period " + describe(plan)
                        + (element.kind() == ElementKind.MILESTONE ? "" : "; mark the element longTerm if it"
                                + " is meant to run past the plan"));
            }
        }
        for (DocumentElements.Value value : elements.values(ValueType.DATE)) {
            if (!value.shape().name().equals("observation") || !value.isInItemOf("actuals")) {
                continue;
            }
            Optional<LocalDate> date = LenientValues.date(value);
            if (date.isPresent() && !span.encloses(date.get(), date.get()) && !isLongTerm(value.element())) {
                sink.report(ProblemCode.RULE_DATE_OUTSIDE_PLAN, value.pointer(), value.element().describe() + ": "
                        + value.label() + " " + date.get() + " is outside the plan's period " + describe(plan));
            }
        }
    }

    /** The periods of targets, actuals and progress updates. */
    private static void checkPeriods(DocumentElements elements, PeriodRange plan, Span span, RuleSink sink) {
        for (DocumentElements.Value value : elements.values(ValueType.PERIOD)) {
            boolean checked = value.isInItemOf("targets") || value.isInItemOf("actuals") || value.isInItemOf("progress")
                    || value.isInItemOf("assessments");
            Optional<ReportingPeriod> period = LenientValues.period(value);
            if (!checked || period.isEmpty() || span.encloses(period.get().startDate(), period.get().endDate())
                    || isLongTerm(value.element())) {
                continue;
            }
            sink.report(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, value.pointer(), value.element().describe() + ": "
                    + value.label() + " '" + period.get() + "' is outside the plan's period " + describe(plan));
        }
    }

    private static void checkMeasure(ElementNode measure, RuleSink sink) {
        Optional<PeriodType> frequency =
                NodeValues.string(measure.node(), "frequency").flatMap(f -> JsonNames.fromJsonName(PeriodType.class, f));
        DocumentNode targets = NodeValues.array(measure.node(), "targets");
        // what each target is for: its period, or the whole plan; empty when unreadable
        List<Optional<Object>> targetKeys = new ArrayList<>();
        for (int i = 0; i < NodeValues.size(targets); i++) {
            DocumentNode target = targets.get(i);
            DocumentNode text = NodeValues.property(target, "period");
            Optional<ReportingPeriod> period = text != null && text.isString() ? LenientValues.period(text)
                    : Optional.empty();
            boolean readable = target.isObject() && (text == null || !text.isString() || period.isPresent());
            targetKeys.add(readable ? Optional.of(period.isPresent() ? period.get() : WHOLE_PLAN) : Optional.empty());
            if (readable && period.isPresent() && frequency.isPresent()
                    && !period.get().type().consistsOf(frequency.get())) {
                sink.report(ProblemCode.RULE_PERIOD_NOT_REPORTED,
                        Pointers.child(measure.pointer(), "targets", i, "period"),
                        measure.describe() + ": target for '" + period.get() + "' is for a "
                                + JsonNames.jsonName(period.get().type()) + ", which is not made of whole "
                                + JsonNames.jsonName(frequency.get()) + " periods (the measure's frequency)");
            }
        }
        Repeats.find(targetKeys, (index, first) -> sink.report(ProblemCode.RULE_DUPLICATE_PERIOD,
                Pointers.child(measure.pointer(), "targets", index),
                measure.describe() + ": targets[" + index + "] is for "
                        + describeKey(targetKeys.get(index).orElseThrow()) + ", as targets[" + first + "] is"));
        DocumentNode actuals = NodeValues.array(measure.node(), "actuals");
        // what each actual is for: its period, or the date it is as at; empty when unreadable
        List<Optional<Object>> actualKeys = new ArrayList<>();
        for (int i = 0; i < NodeValues.size(actuals); i++) {
            DocumentNode actual = actuals.get(i);
            Optional<ReportingPeriod> period = LenientValues.period(NodeValues.property(actual, "period"));
            Optional<LocalDate> asAt = LenientValues.date(NodeValues.property(actual, "asAt"));
            boolean readable = period.isPresent() != asAt.isPresent();
            actualKeys.add(readable ? Optional.of(period.isPresent() ? period.get() : asAt.get()) : Optional.empty());
            if (period.isPresent() && frequency.isPresent() && period.get().type() != frequency.get()) {
                sink.report(ProblemCode.RULE_PERIOD_NOT_REPORTED,
                        Pointers.child(measure.pointer(), "actuals", i, "period"),
                        measure.describe() + ": actual for '" + period.get() + "' is for a "
                                + JsonNames.jsonName(period.get().type()) + ", but the measure reports each "
                                + JsonNames.jsonName(frequency.get()) + " (its frequency)");
            }
        }
        Repeats.find(actualKeys, (index, first) -> sink.report(ProblemCode.RULE_DUPLICATE_PERIOD,
                Pointers.child(measure.pointer(), "actuals", index),
                measure.describe() + ": actuals[" + index + "] is for "
                        + describeKey(actualKeys.get(index).orElseThrow()) + ", as actuals[" + first + "] is"));
        DocumentNode assessments = NodeValues.array(measure.node(), "assessments");
        List<Optional<ReportingPeriod>> assessed = new ArrayList<>();
        for (int i = 0; i < NodeValues.size(assessments); i++) {
            assessed.add(LenientValues.period(NodeValues.property(assessments.get(i), "period")));
        }
        Repeats.find(assessed, (index, first) -> sink.report(ProblemCode.RULE_DUPLICATE_PERIOD,
                Pointers.child(measure.pointer(), "assessments", index, "period"), measure.describe() + ": assessments["
                        + index + "].period '" + assessed.get(index).orElseThrow() + "' is already assessed by"
                        + " assessments[" + first + "]"));
    }

    /** What a target is for when it names no period. */
    private static final Object WHOLE_PLAN = new Object();

    /** Says what a target or an actual is for: {@code 'PERIOD'}, {@code as at DATE} or the whole plan. */
    private static String describeKey(Object key) {
        if (key == WHOLE_PLAN) {
            return "the whole plan";
        }
        return key instanceof LocalDate ? "as at " + key : "'" + key + "'";
    }

    private static void checkPieceOfWork(ElementNode work, RuleSink sink) {
        Optional<PlanDate> start = LenientValues.planDate(NodeValues.property(work.node(), "start"));
        Optional<PlanDate> end = LenientValues.planDate(NodeValues.property(work.node(), "end"));
        if (start.isPresent() && end.isPresent() && end.get().endsBefore(start.get())) {
            sink.report(ProblemCode.RULE_PERIOD_ORDER, Pointers.child(work.pointer(), "end"), work.describe()
                    + ": end '" + end.get() + "' is before start '" + start.get() + "'");
        }
        DocumentNode progress = NodeValues.array(work.node(), "progress");
        List<Optional<ReportingPeriod>> periods = new ArrayList<>();
        for (int i = 0; i < NodeValues.size(progress); i++) {
            // the model's own period, not its text parsed again
            DocumentNode period = NodeValues.property(progress.get(i), "period");
            periods.add(period == null ? Optional.empty() : LenientValues.period(period));
        }
        Repeats.find(periods, (index, first) -> sink.report(ProblemCode.RULE_DUPLICATE_PERIOD,
                Pointers.child(work.pointer(), "progress", index, "period"), work.describe() + ": progress[" + index
                        + "].period '" + periods.get(index).orElseThrow() + "' is already reported by progress["
                        + first + "]"));
    }

    private static boolean isWork(ElementNode element) {
        return element.kind() == ElementKind.OBJECTIVE || element.kind() == ElementKind.PRIORITY
                || element.kind() == ElementKind.DELIVERABLE;
    }

    /** Tells whether the element, or an element containing it, is marked long-term. */
    private static boolean isLongTerm(ElementNode element) {
        for (ElementNode at = element; at != null; at = at.parent()) {
            DocumentNode longTerm = NodeValues.property(at.node(), "longTerm");
            if (longTerm != null && longTerm.isBoolean() && longTerm.booleanValue()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plan's first and last days, worked out once rather than for each value compared with
     * them ({@link PeriodRange#encloses} makes both again on every call).
     */
    private record Span(LocalDate first, LocalDate last) {
        /** Tells whether the days from {@code start} to {@code end} all fall within the plan's. */
        boolean encloses(LocalDate start, LocalDate end) {
            return !start.isBefore(first) && !end.isAfter(last);
        }
    }

    private static String describe(PeriodRange plan) {
        return plan.start() + " to " + plan.end() + " (" + plan.startDate() + " to " + plan.endDate() + ")";
    }
}
