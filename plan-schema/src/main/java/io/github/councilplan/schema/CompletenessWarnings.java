package io.github.councilplan.schema;

import io.github.councilplan.model.ElementKind;
import tools.jackson.databind.JsonNode;

/**
 * Warnings of a plan that is valid but looks unfinished:
 * {@link ProblemCode#RULE_PRIORITY_WITHOUT_DELIVERABLES}, a priority with no deliverables, and
 * {@link ProblemCode#RULE_EMPTY_THEME}, a theme with no outcomes, objectives, priorities or
 * commitments. A list of the wrong type is the schema's to report, and is not taken as empty.
 */
final class CompletenessWarnings {
    private static final String[] THEME_LISTS = {"outcomes", "objectives", "priorities", "commitments"};

    private CompletenessWarnings() {}

    static void check(DocumentElements elements, RuleSink sink) {
        for (ElementNode element : elements.all()) {
            if (element.kind() == ElementKind.PRIORITY && isEmpty(element.node(), "deliverables")) {
                sink.report(ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES, element.pointer(),
                        element.describe() + ": has no deliverables");
            } else if (element.kind() == ElementKind.THEME && isEmpty(element.node(), THEME_LISTS)) {
                sink.report(ProblemCode.RULE_EMPTY_THEME, element.pointer(),
                        element.describe() + ": has no outcomes, objectives, priorities or commitments");
            }
        }
    }

    /** Tells whether each of the lists is absent or an empty array. */
    private static boolean isEmpty(JsonNode element, String... fields) {
        for (String field : fields) {
            JsonNode list = Trees.property(element, field);
            if (list != null && !(list.isArray() && list.isEmpty())) {
                return false;
            }
        }
        return true;
    }
}
