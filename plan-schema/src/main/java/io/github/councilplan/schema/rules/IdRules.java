package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link ProblemCode#RULE_DUPLICATE_ID}: every element of the plan, of every kind the structure
 * has, has an id no other element has. Each later duplicate is reported at its {@code id}, naming
 * the element that has the id first. The plan's own id is not an element's.
 */
final class IdRules {
    private IdRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        Map<String, ElementNode> first = new HashMap<>();
        for (ElementNode element : elements.all()) {
            element.id().ifPresent(id -> {
                ElementNode earlier = first.putIfAbsent(id, element);
                if (earlier != null) {
                    sink.report(ProblemCode.RULE_DUPLICATE_ID, Pointers.child(element.pointer(), "id"),
                            element.describe() + ": id '" + id + "' is already used by " + earlier.describe()
                                    + " at " + earlier.pointer());
                }
            });
        }
    }
}
