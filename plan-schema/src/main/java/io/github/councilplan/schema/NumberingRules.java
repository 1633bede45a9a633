package io.github.councilplan.schema;

import io.github.councilplan.model.DisplayNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Numbering, as the model checks it for each list of siblings:
 * {@link ProblemCode#RULE_DUPLICATE_NUMBER}, no two elements of one list share a display number;
 * {@link ProblemCode#RULE_NUMBERING}, a dotted number in a theme's, objective's, priority's or
 * deliverable's list is numbered within that element's number ({@code 1.2.3} in {@code 1.2}), by
 * {@link DisplayNumber#isNumberedWithin(DisplayNumber)}. A number of one segment states no
 * nesting, and a parent without a number imposes none. Numbers that are not valid display numbers
 * are the schema's to report.
 */
final class NumberingRules {
    private NumberingRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        for (DocumentElements.Siblings list : elements.siblings()) {
            Map<DisplayNumber, ElementNode> first = new HashMap<>();
            Optional<DisplayNumber> parentNumber =
                    list.parent() == null ? Optional.empty() : list.parent().number();
            for (ElementNode element : list.elements()) {
                Optional<DisplayNumber> number = element.number();
                if (number.isEmpty()) {
                    continue;
                }
                ElementNode earlier = first.putIfAbsent(number.get(), element);
                boolean nested = parentNumber.isEmpty() || number.get().isNumberedWithin(parentNumber.get());
                if (earlier == null && nested) {
                    continue;
                }
                String at = Trees.pointer(element.pointer(), "number");
                if (earlier != null) {
                    sink.report(ProblemCode.RULE_DUPLICATE_NUMBER, at, element.describe() + ": number '"
                            + number.get() + "' is already used by " + earlier.describeWhere() + " in "
                            + list.field());
                }
                if (!nested) {
                    sink.report(ProblemCode.RULE_NUMBERING, at, element.describe() + ": number '" + number.get()
                            + "' is not numbered within " + list.parent().describe() + " (expected "
                            + parentNumber.get() + ".<n>, or a number of one segment)");
                }
            }
        }
    }
}
