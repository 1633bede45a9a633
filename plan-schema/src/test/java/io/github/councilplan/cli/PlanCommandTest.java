package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code plan} command's options and usage errors, run in this process. */
class PlanCommandTest {
    private static final String VALID = PlanRun.THURROCK.toString();

    @Test
    void helpGoesToStandardOutputAndExitsZero() {
        PlanRun plan = PlanRun.of("--help");
        PlanRun validate = PlanRun.of("validate", "--help");

        assertThat(plan.exitCode()).isZero();
        assertThat(plan.out()).startsWith("Usage: plan ").contains("validate").contains("trace").contains("render")
                .contains("Exit codes:");
        assertThat(plan.err()).isEmpty();
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).startsWith("Usage: plan validate ")
                .contains("--format=text|json").contains("--strict").contains("FILE...");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        String version = System.getProperty("plan.projectVersion");
        assertThat(version).as("the system property plan.projectVersion, which the build sets").isNotBlank();

        PlanRun run = PlanRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("plan " + version + System.lineSeparator());
        assertThat(VersionProvider.version()).isEqualTo(version);
    }

    @Test
    void noSubcommandIsAUsageError() {
        PlanRun run = PlanRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("plan: Missing required subcommand: validate, trace, gaps, diff, render")
                .contains("Usage: plan ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noFileIsAUsageError() {
        PlanRun run = PlanRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("plan: Missing required parameter: 'FILE'").contains("Usage: plan validate ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        PlanRun validate = PlanRun.of("validate", "--strikt", VALID);
        PlanRun plan = PlanRun.of("--verbose", "validate", VALID);

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).startsWith("plan: Unknown option: '--strikt'").contains("Usage: plan validate ");
        assertThat(validate.out()).isEmpty();
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.err()).contains("Unknown option: '--verbose'").contains("Usage: plan ");
        assertThat(plan.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        PlanRun run = PlanRun.of("check", VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: plan ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadFormatIsAUsageError() {
        PlanRun xml = PlanRun.of("validate", "--format", "xml", VALID);
        PlanRun upper = PlanRun.of("validate", "--format=JSON", VALID);
        PlanRun missing = PlanRun.of("validate", VALID, "--format");

        for (PlanRun run : new PlanRun[] {xml, upper, missing}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("plan: ").contains("--format").contains("Usage: plan validate ");
            assertThat(run.out()).isEmpty();
            assertThat(run.errShowsStackTrace()).isFalse();
        }
        assertThat(xml.err()).contains("expected text or json or sarif or junit but was 'xml'");
    }

    @Test
    void theFormatMayBeGivenEitherWay() {
        assertThat(PlanRun.of("validate", "--format", "text", VALID).exitCode()).isZero();
        assertThat(PlanRun.of("validate", "--format=json", VALID).exitCode()).isZero();
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitsTwo() {
        String message = InternalErrorHandler.message(new IllegalStateException("it broke\n\tsomewhere"));

        assertThat(message).isEqualTo("plan: internal error: IllegalStateException: it broke somewhere");
    }
}
