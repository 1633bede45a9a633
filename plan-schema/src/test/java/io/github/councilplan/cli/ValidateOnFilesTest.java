package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan validate FILE...} runs without the option parser ({@link ValidateCommand#filesOnly},
 * {@link ValidateCommand#runOnFiles}), and what it writes and its exit code are those of the
 * command line with the option parser, for every kind of file and outcome.
 */
class ValidateOnFilesTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";

    static Stream<List<String>> filesOnly() {
        String thurrock = PlanRun.THURROCK.toString();
        String traceable = PlanRun.TRACEABLE.toString();
        return Stream.of(
                List.of("validate", thurrock),
                List.of("validate", traceable, thurrock),
                List.of("validate", FIXTURES + "invalid-duplicate-key.yaml"),
                List.of("validate", FIXTURES + "invalid-assessment-reason-without-status.json", traceable),
                List.of("validate", FIXTURES),
                List.of("validate", "src/main"),
                List.of("validate", "no-such-plan.json"),
                List.of("validate", "validate"),
                List.of("validate", "a plan\u001b[2J\u202e.json", traceable),
                List.of("validate", traceable, traceable),
                List.of("validate", " "));
    }

    @ParameterizedTest
    @MethodSource
    void filesOnly(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        assertThat(ValidateCommand.filesOnly(args)).contains(arguments.subList(1, arguments.size()));

        PlanRun withoutParser = PlanRun.of(args);
        PlanRun withParser = PlanRun.of(PlanCommand.commandLine(), args);

        assertThat(withoutParser).isEqualTo(withParser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--strict", "--format=json", "-h", "--", "-", "@arguments.txt", ""})
    void anArgumentThatIsNotPlainlyAFileLeavesTheCommandToTheOptionParser(String argument) {
        assertThat(ValidateCommand.filesOnly("validate", PlanRun.TRACEABLE.toString(), argument)).isEmpty();
    }

    @Test
    void validateAloneIsLeftToTheOptionParser() {
        assertThat(ValidateCommand.filesOnly("validate")).isEmpty();
    }

    @Test
    void anotherSubcommandIsLeftToTheOptionParser() {
        assertThat(ValidateCommand.filesOnly("trace", PlanRun.TRACEABLE.toString(), "1.1")).isEmpty();
    }

    @Test
    void noArgumentsAreLeftToTheOptionParser() {
        assertThat(ValidateCommand.filesOnly()).isEmpty();
    }

    @Test
    void aFailureIsReportedInOneLineWithTheCommandLinesExitCode() {
        PlanRun run = PlanRun.of("validate", Path.of("src", "test", "resources", "fixtures").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.errShowsStackTrace()).isFalse();
    }
}
