package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code main} prepares reading on a second thread for the subcommands that read plans, and only
 * for them.
 */
class ReadingWarmUpTest {
    @ParameterizedTest
    @ValueSource(strings = {"validate", "trace", "gaps", "diff", "render", "report", "export", "import"})
    void aSubcommandThatReadsPlansIsPreparedFor(String subcommand) {
        assertThat(PlanCommand.readsPlans(subcommand, "plan.json")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema", "template", "--help", "--version", "valdate", "plan.json"})
    void argumentsThatReadNoPlanAreNotPreparedFor(String first) {
        assertThat(PlanCommand.readsPlans(first)).isFalse();
    }

    @Test
    void noArgumentsAreNotPreparedFor() {
        assertThat(PlanCommand.readsPlans()).isFalse();
    }

    @Test
    void thePreparingThreadIsADaemonThatEnds() throws InterruptedException {
        Thread thread = ReadingWarmUp.start();

        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo(ReadingWarmUp.THREAD_NAME);
        thread.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(thread.isAlive()).isFalse();
    }
}
