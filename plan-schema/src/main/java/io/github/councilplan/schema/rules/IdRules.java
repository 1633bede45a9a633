package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

/**
 * {@link ProblemCode#RULE_DUPLICATE_ID}: every element of the plan, of every kind the structure
 * has, has an id no other element has. Each later duplicate is reported at its {@code id}, naming
 * the element that has the id first. The plan's own id is not an element's.
 */
final class IdRules {
    private IdRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        for (ElementNode element : elements.all()) {
            element.id().ifPresent(id -> {
                // the elements found hold the first element of each id already
                ElementNode earlier = elements.firstWithId(id);
                if (earlier != element) {
                    sink.report(ProblemCode.RULE_DUPLICATE_ID, Pointers.child(element.pointer(), "id"),
                            element.describe() + ": id '" + id + "' is already used by " + earlier.describe()
                                    + " at " + earlier.pointer());
                }
            });
        }
    }
}
