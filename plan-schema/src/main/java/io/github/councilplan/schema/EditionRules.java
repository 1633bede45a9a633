package io.github.councilplan.schema;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@link ProblemCode#RULE_EDITION}: an edition does not supersede itself (its {@code supersedes}
 * is not its own {@code name}). The other half of the rule, that a draft has no adoption date, is
 * the schema's (its {@code dependentSchemas} on {@code adoptedOn} rejects the status
 * {@code "draft"}), so it is not reported again here.
 */
final class EditionRules {
    private EditionRules() {}

    static void check(JsonNode root, RuleSink sink) {
        JsonNode edition = Trees.object(root, "edition");
        Optional<String> name = Trees.string(edition, "name");
        Optional<String> supersedes = Trees.string(edition, "supersedes");
        if (name.isPresent() && supersedes.equals(name)) {
            sink.report(ProblemCode.RULE_EDITION, "/edition/supersedes",
                    "plan: edition '" + name.get() + "' supersedes '" + supersedes.get() + "', itself");
        }
    }
}
