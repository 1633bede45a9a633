package io.github.councilplan.schema.rules;

import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Violation;
import io.github.councilplan.schema.ProblemCode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link ProblemCode#RULE_IDENTIFIER_NATION}: the organisation's GSS code and org-id identifier
 * are of one nation, by the rule written once in {@link Organisation#violations}. Their forms are
 * the schema's (its patterns), so the rule checks only a pair in which both are in their forms,
 * and no problem is reported twice.
 */
final class OrganisationRules {
    /** The schema's pattern of a GSS code. */
    private static final Pattern GSS_CODE = Pattern.compile("[EWSN][0-9]{8}");
    /** The schema's pattern of an org-id identifier. */
    private static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9]+-[!-~]+");

    private OrganisationRules() {}

    static void check(DocumentNode root, RuleSink sink) {
        DocumentNode organisation = NodeValues.object(root, "organisation");
        Optional<String> gssCode = NodeValues.string(organisation, "gssCode");
        Optional<String> orgId = NodeValues.string(organisation, "orgId");
        if (gssCode.isEmpty() || orgId.isEmpty() || !GSS_CODE.matcher(gssCode.get()).matches()
                || !ORG_ID.matcher(orgId.get()).matches()) {
            return;
        }
        for (Violation violation : Organisation.violations(gssCode, orgId)) {
            sink.report(ProblemCode.RULE_IDENTIFIER_NATION, "/organisation/" + violation.field(),
                    "plan: organisation." + violation, List.of("/organisation/gssCode", "/organisation/orgId"));
        }
    }
}
