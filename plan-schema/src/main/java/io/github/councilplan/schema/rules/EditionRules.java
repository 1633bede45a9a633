package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.Edition;
import io.github.councilplan.model.Violation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link ProblemCode#RULE_EDITION}: the edition's rules, written once in
 * {@link Edition#violations}: an edition neither supersedes nor is superseded by itself, and is
 * not superseded before it was adopted. The rules on the edition's status are the schema's (its
 * {@code dependentSchemas} reject the status {@code "draft"} with {@code adoptedOn}, and any status
 * but {@code "superseded"} with {@code supersededBy}), so they are not reported again here: the
 * status is not given to {@link Edition#violations}.
 */
final class EditionRules {
    private EditionRules() {}

    static void check(DocumentNode root, RuleSink sink) {
        DocumentNode edition = NodeValues.object(root, "edition");
        Optional<String> name = NodeValues.string(edition, "name");
        if (name.isEmpty()) {
            return;
        }
        DocumentNode supersededBy = NodeValues.object(edition, "supersededBy");
        Optional<LocalDate> adoptedOn = LenientValues.date(NodeValues.property(edition, "adoptedOn"));
        for (Violation violation : Edition.violations(name.get(), Optional.empty(), adoptedOn,
                NodeValues.string(edition, "supersedes"), NodeValues.string(supersededBy, "edition"),
                LenientValues.date(NodeValues.property(supersededBy, "on")))) {
            sink.report(ProblemCode.RULE_EDITION, "/edition/" + violation.field(), "plan: edition " + violation);
        }
    }
}
