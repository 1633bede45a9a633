package io.github.councilplan.schema;

import tools.jackson.databind.JsonNode;

/**
 * The plan rules a JSON Schema cannot express, checked over a document's tree. The rules are
 * written defensively: they skip values of the wrong type, which the schema layer reports.
 */
final class PlanRules {
    private PlanRules() {}

    /** Checks every rule over the document {@code root}, reporting to {@code sink}. */
    static void check(JsonNode root, RuleSink sink) {
        // the rules arrive in the next commit
    }
}
