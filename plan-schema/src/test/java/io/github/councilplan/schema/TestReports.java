package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import java.util.List;

/**
 * Reports the validator cannot produce yet, for tests of what consumes reports: a valid report
 * with warnings needs the plan rules, which are the only layer that warns.
 */
public final class TestReports {
    private TestReports() {}

    /**
     * Returns a valid report with the given warnings.
     *
     * @param warnings the warnings, none an error
     * @param plan the plan the report holds
     * @return the report
     */
    public static ValidationReport validWithWarnings(List<Problem> warnings, Plan plan) {
        return ValidationReport.valid(warnings, plan);
    }
}
