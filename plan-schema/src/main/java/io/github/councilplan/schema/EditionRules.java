package io.github.councilplan.schema;

import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.Violation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link ProblemCode#RULE_EDITION}: the edition's rules, written once in
 * {@link Edition#violations}: an edition neither supersedes nor is superseded by itself, only a
 * superseded edition names the edition that superseded it, and not before it was adopted. The
 * rule that a draft has no adoption date is the schema's (its {@code dependentSchemas} on
 * {@code adoptedOn} rejects the status {@code "draft"}), so it is not reported again here.
 */
final class EditionRules {
    private EditionRules() {}

    static void check(DocumentNode root, RuleSink sink) {
        DocumentNode edition = Trees.object(root, "edition");
        Optional<String> name = Trees.string(edition, "name");
        if (name.isEmpty()) {
            return;
        }
        DocumentNode supersededBy = Trees.object(edition, "supersededBy");
        Optional<EditionStatus> status =
                Trees.string(edition, "status").flatMap(s -> Trees.fromJsonName(EditionStatus.class, s));
        Optional<LocalDate> adoptedOn = Trees.string(edition, "adoptedOn").flatMap(Trees::date);
        for (Violation violation : Edition.violations(name.get(), status, adoptedOn, Trees.string(edition, "supersedes"),
                Trees.string(supersededBy, "edition"), Trees.string(supersededBy, "on").flatMap(Trees::date))) {
            if (!violation.field().equals("adoptedOn")) {
                sink.report(ProblemCode.RULE_EDITION, "/edition/" + violation.field(), "plan: edition " + violation);
            }
        }
    }
}
