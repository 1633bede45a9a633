package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.structure.Numbering;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Numbering, as the model checks it for each list of siblings, by the one {@link Numbering} rule:
 * {@link ProblemCode#RULE_DUPLICATE_NUMBER}, no two elements of one list share a display number;
 * {@link ProblemCode#RULE_NUMBERING}, a dotted number is numbered within the number of the element
 * that holds the list ({@code 1.2.3} in {@code 1.2}). A number of one segment states no nesting,
 * and a parent without a number imposes none. Numbers that are not valid display numbers are the
 * schema's to report.
 */
final class NumberingRules {
    private NumberingRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        for (DocumentElements.Siblings list : elements.siblings()) {
            List<ElementNode> siblings = list.elements();
            List<Optional<DisplayNumber>> numbers = new ArrayList<>(siblings.size());
            siblings.forEach(element -> numbers.add(element.number()));
            Numbering.check(list.parent().number(), numbers, new Numbering.Breaks() {
                @Override
                public void duplicate(int index, int earlier) {
                    ElementNode element = siblings.get(index);
                    sink.report(ProblemCode.RULE_DUPLICATE_NUMBER, Pointers.child(element.pointer(), "number"),
                            element.describe() + ": number '" + numbers.get(index).orElseThrow()
                                    + "' is already used by " + siblings.get(earlier).describeWhere() + " in "
                                    + list.property().name());
                }

                @Override
                public void notNumberedWithin(int index, DisplayNumber parent) {
                    ElementNode element = siblings.get(index);
                    sink.report(ProblemCode.RULE_NUMBERING, Pointers.child(element.pointer(), "number"),
                            element.describe() + ": number '" + numbers.get(index).orElseThrow()
                                    + "' is not numbered within " + list.parent().describe() + " (expected " + parent
                                    + ".<n>, or a number of one segment)");
                }
            });
        }
    }
}
