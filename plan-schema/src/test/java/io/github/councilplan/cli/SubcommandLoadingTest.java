package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * {@code main} builds the command line of the subcommand it is given only (picocli reads the
 * options of every subcommand it holds, which is much of a short command's start-up), and that
 * command line behaves exactly as the one with every subcommand.
 */
class SubcommandLoadingTest {
    static Stream<List<String>> arguments() {
        String thurrock = PlanRun.THURROCK.toString();
        String traceable = PlanRun.TRACEABLE.toString();
        return Stream.of(
                List.of("validate", thurrock),
                List.of("validate", "--format", "json", traceable, "no-such-file.json"),
                List.of("validate"),
                List.of("validate", "--no-such-option", thurrock),
                List.of("validate", "--help"),
                List.of("trace", traceable, "no-such-element"),
                List.of("gaps", traceable),
                List.of("render", "--format", "mermaid", traceable),
                List.of("report", traceable, "--period", "2025/26 Q2"),
                List.of("report", traceable, "--period", "2025/26 Q5"),
                List.of("schema"),
                List.of("template", "--help"),
                List.of("diff", traceable, traceable),
                List.of("valdate", thurrock),
                List.of("--help"),
                List.of("--version"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void theCommandLineOfOneSubcommandRunsAsTheWholeOne(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);

        PlanRun whole = PlanRun.of(PlanCommand.commandLine(), args);
        PlanRun one = PlanRun.of(PlanCommand.commandLineFor(args), args);

        assertThat(one).isEqualTo(whole);
    }

    @Test
    void aSubcommandNamedFirstIsTheOnlyOneBuilt() {
        assertThat(PlanCommand.commandLineFor("validate", "plan.json").getSubcommands()).containsOnlyKeys("validate");
    }

    @Test
    void argumentsThatNameNoSubcommandBuildThemAll() {
        assertThat(PlanCommand.commandLineFor("--help").getSubcommands())
                .containsOnlyKeys("validate", "trace", "gaps", "diff", "render", "report", "schema", "export", "import", "template");
        assertThat(PlanCommand.commandLineFor().getSubcommands()).hasSize(10);
    }

    @Test
    void eachSubcommandIsKnownByTheNameItsAnnotationGives() {
        PlanCommand.subcommands().forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getSimpleName()).isEqualTo(name));
    }

    @Test
    void theSubcommandsAreListedInTheOrderOfTheirNames() {
        assertThat(PlanCommand.commandLine().getSubcommands().keySet())
                .containsExactlyElementsOf(PlanCommand.subcommands().keySet());
    }
}
