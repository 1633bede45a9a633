package io.github.councilplan.schema.rules;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.read.Pointers;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The revisions of measures' targets.
 *
 * <ul>
 *   <li>{@link ProblemCode#RULE_REVISION_ORDER}: a target's revisions are listed in date order,
 *       each dated no earlier than the one before it (of two of one date, the later listed is in
 *       force).
 *   <li>{@link ProblemCode#RULE_REVISION_BEFORE_ADOPTION}: no revision is dated before the plan's
 *       edition was adopted ({@code edition.adoptedOn}); a plan without an adoption date is not
 *       checked.
 *   <li>{@link ProblemCode#RULE_REVISION_AFTER_PERIOD_CLOSED}, a warning: a revision dated after
 *       its target's period ended (for a target over the whole plan, after the plan's period
 *       ended) is flagged {@code afterPeriodClosed}.
 * </ul>
 *
 * <p>Dates and periods that do not parse are the schema's to report, and are passed over.
 */
final class RevisionRules {
    private RevisionRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        DocumentNode root = elements.root();
        Optional<LocalDate> adoptedOn = LenientValues.date(NodeValues.property(NodeValues.object(root, "edition"),
                "adoptedOn"));
        Optional<LocalDate> planEnd = planEnd(root);
        for (ElementNode measure : elements.all()) {
            if (measure.kind() != ElementKind.MEASURE) {
                continue;
            }
            DocumentNode targets = NodeValues.array(measure.node(), "targets");
            for (int t = 0; t < NodeValues.size(targets); t++) {
                DocumentNode target = targets.get(t);
                if (target == null || !target.isObject()) {
                    continue;
                }
                checkTarget(measure, target, t, adoptedOn, planEnd, sink);
            }
        }
    }

    private static void checkTarget(ElementNode measure, DocumentNode target, int index,
            Optional<LocalDate> adoptedOn, Optional<LocalDate> planEnd, RuleSink sink) {
        DocumentNode revisions = NodeValues.array(target, "revisions");
        if (NodeValues.size(revisions) == 0) {
            return;
        }
        DocumentNode periodNode = NodeValues.property(target, "period");
        Optional<ReportingPeriod> period = periodNode != null && periodNode.isString()
                ? LenientValues.period(periodNode) : Optional.empty();
        if (periodNode != null && period.isEmpty()) {
            return;
        }
        Optional<LocalDate> closes = period.isPresent() ? Optional.of(period.get().endDate()) : planEnd;
        LocalDate previous = null;
        int previousIndex = -1;
        for (int i = 0; i < NodeValues.size(revisions); i++) {
            DocumentNode revision = revisions.get(i);
            Optional<LocalDate> date = LenientValues.date(NodeValues.property(revision, "date"));
            if (date.isEmpty()) {
                continue;
            }
            if (previous != null && date.get().isBefore(previous)) {
                sink.report(ProblemCode.RULE_REVISION_ORDER, pointer(measure, index, i), prefix(measure, period, i,
                        date.get()) + " is listed after revisions[" + previousIndex + "] of " + previous
                        + "; list revisions in date order");
            }
            if (adoptedOn.isPresent() && date.get().isBefore(adoptedOn.get())) {
                sink.report(ProblemCode.RULE_REVISION_BEFORE_ADOPTION, pointer(measure, index, i), prefix(measure,
                        period, i, date.get()) + " is before the plan's edition was adopted on " + adoptedOn.get());
            }
            DocumentNode flag = NodeValues.property(revision, "afterPeriodClosed");
            boolean flagged = flag != null && flag.isBoolean() && flag.booleanValue();
            if (closes.isPresent() && date.get().isAfter(closes.get()) && !flagged) {
                sink.report(ProblemCode.RULE_REVISION_AFTER_PERIOD_CLOSED, pointer(measure, index, i),
                        prefix(measure, period, i, date.get()) + " is after "
                        + (period.isPresent() ? "the period" : "the plan's period") + " closed on " + closes.get()
                        + "; flag the revision afterPeriodClosed if that is meant");
            }
            if (previous == null || !date.get().isBefore(previous)) {
                previous = date.get();
                previousIndex = i;
            }
        }
    }

    /** The pointer of a revision's date; made only for a problem, as most revisions have none. */
    private static String pointer(ElementNode measure, int target, int revision) {
        String revisions = Pointers.child(measure.pointer(), "targets", target, "revisions");
        return Pointers.child(revisions, revision, "date");
    }

    /** How a message names a revision: its measure, its target's period and its date; made only for a problem. */
    private static String prefix(ElementNode measure, Optional<ReportingPeriod> period, int revision, LocalDate date) {
        String when = period.map(p -> "'" + p + "'").orElse("the whole plan");
        return measure.describe() + ": target for " + when + ": revisions[" + revision + "] of " + date;
    }

    private static Optional<LocalDate> planEnd(DocumentNode root) {
        // a period out of order is PeriodRules' to report
        return LenientValues.planPeriod(root, (start, end) -> { }).map(PeriodRange::endDate);
    }
}
