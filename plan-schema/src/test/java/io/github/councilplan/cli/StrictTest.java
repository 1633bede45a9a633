package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.TestReports;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --strict}: a file with a warning counts as invalid and the run exits with 1. The report
 * with a warning is made here, so that the text output can be checked to the character; the run
 * end to end is in {@code ValidateCommandTest}.
 */
class StrictTest {
    private static ValidationReport withWarning;

    @BeforeAll
    static void reportWithAWarning() throws IOException {
        Plan plan = PlanValidator.create().validate(PlanRun.THURROCK).plan().orElseThrow();
        Problem warning = Problem.of(ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES,
                "priority 3.4: has no deliverables", "/themes/2/priorities/3", 812, 11);
        withWarning = TestReports.validWithWarnings(List.of(warning), plan);
    }

    @Test
    void aWarningMakesAFileInvalidOnlyWithStrict() {
        FileResult lenient = FileResult.checked("plan.json", withWarning, false);
        FileResult strict = FileResult.checked("plan.json", withWarning, true);

        assertThat(lenient.valid()).isTrue();
        assertThat(lenient.exitCode()).isEqualTo(0);
        assertThat(strict.valid()).isFalse();
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void theTextReportShowsTheWarningAndWhyTheFileIsInvalid() {
        assertThat(text(FileResult.checked("plan.json", withWarning, false))).isEqualTo(String.join(
                System.lineSeparator(),
                "plan.json:812:11: warning rule.priority-without-deliverables: priority 3.4: has no deliverables",
                "plan.json: valid, 1 warning", ""));
        assertThat(text(FileResult.checked("plan.json", withWarning, true))).isEqualTo(String.join(
                System.lineSeparator(),
                "plan.json:812:11: warning rule.priority-without-deliverables: priority 3.4: has no deliverables",
                "plan.json: 0 errors, 1 warning (invalid with --strict)", ""));
    }

    private static String text(FileResult result) {
        StringWriter out = new StringWriter();
        TextReportWriter writer = new TextReportWriter(new PrintWriter(out, true));
        writer.write(result);
        writer.finish();
        return out.toString();
    }
}
