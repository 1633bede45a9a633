package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.ElementKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings of a plan that is valid but looks unfinished, only where the plan itself shows what is
 * missing, so that a plan is never warned for the shape it chose:
 * {@link ProblemCode#RULE_PRIORITY_WITHOUT_DELIVERABLES}, a priority with no deliverables in a plan
 * whose other priorities have some (a plan that stops at priorities gets none);
 * {@link ProblemCode#RULE_EMPTY_THEME}, a theme with nothing in it (no outcomes, work, commitments
 * or lists); {@link ProblemCode#RULE_MEASURE_WITHOUT_DIRECTION}, a measure with a numeric target and
 * a numeric actual for the same period but no direction, so that no RAG can be computed for it (a
 * qualitative measure, or one whose target is over the whole plan, gets none). A list of the wrong type is the schema's to report, and is not taken as
 * empty.
 */
final class CompletenessWarnings {
    private static final String[] THEME_LISTS = {"outcomes", "objectives", "priorities", "deliverables", "commitments",
        "lists"};

    private CompletenessWarnings() {}

    static void check(DocumentElements elements, RuleSink sink) {
        boolean planHasDeliverablesUnderPriorities = elements.all().stream()
                .anyMatch(element -> element.kind() == ElementKind.PRIORITY && hasItems(element.node(), "deliverables"));
        for (ElementNode element : elements.all()) {
            if (element.kind() == ElementKind.PRIORITY && planHasDeliverablesUnderPriorities
                    && isEmpty(element.node(), "deliverables")) {
                sink.report(ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES, element.pointer(),
                        element.describe() + ": has no deliverables, though other priorities of the plan have some");
            } else if (element.kind() == ElementKind.THEME && isEmpty(element.node(), THEME_LISTS)) {
                sink.report(ProblemCode.RULE_EMPTY_THEME, element.pointer(),
                        element.describe() + ": has no outcomes, work, commitments or lists");
            } else if (element.kind() == ElementKind.MEASURE && NodeValues.property(element.node(), "direction") == null) {
                ratedWithoutDirection(element).ifPresent(period -> sink.report(
                        ProblemCode.RULE_MEASURE_WITHOUT_DIRECTION, element.pointer(), element.describe()
                                + ": has a numeric target and actual for " + period + " but no direction, so no RAG"
                                + " can be computed"));
            }
        }
    }

    /** Tells whether each of the lists is absent or an empty array. */
    private static boolean isEmpty(DocumentNode element, String... fields) {
        for (String field : fields) {
            DocumentNode list = NodeValues.property(element, field);
            if (list != null && !(list.isArray() && list.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasItems(DocumentNode element, String field) {
        DocumentNode list = NodeValues.property(element, field);
        return list != null && list.isArray() && !list.isEmpty();
    }

    /** Returns the first period with both a numeric target and a numeric actual, if any. */
    private static Optional<String> ratedWithoutDirection(ElementNode measure) {
        Set<String> targeted = new HashSet<>();
        DocumentNode targets = NodeValues.array(measure.node(), "targets");
        for (int i = 0; i < NodeValues.size(targets); i++) {
            numericPeriod(targets.get(i)).ifPresent(targeted::add);
        }
        DocumentNode actuals = NodeValues.array(measure.node(), "actuals");
        for (int i = 0; i < NodeValues.size(actuals); i++) {
            Optional<String> period = numericPeriod(actuals.get(i));
            if (period.isPresent() && targeted.contains(period.get())) {
                return period;
            }
        }
        return Optional.empty();
    }

    /** The period of a target or observation that has a numeric value. */
    private static Optional<String> numericPeriod(DocumentNode value) {
        DocumentNode number = NodeValues.property(value, "value");
        return number != null && number.isNumber() ? NodeValues.string(value, "period") : Optional.empty();
    }
}
