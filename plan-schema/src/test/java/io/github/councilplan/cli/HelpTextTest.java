package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help}, as the command line prints it, reads well at 80 columns: no line
 * is longer, no line ends on a lone article or preposition (or on a word cut at a full stop, as
 * {@code .} then {@code yaml} on the next line), and every one-line summary is a sentence.
 */
class HelpTextTest {
    /** Words a line of help must not end on: they belong with the words after them. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "in", "or", "and", "by", "for",
            "with", "from", "as", "at", "on");

    static Stream<String> commands() {
        return Stream.concat(Stream.of(""), PlanCommand.commandLine().getSubcommands().keySet().stream());
    }

    private static String help(String command) {
        PlanRun run = command.isEmpty() ? PlanRun.of("--help") : PlanRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    @ParameterizedTest(name = "plan {0} --help")
    @MethodSource("commands")
    void helpLinesFitEightyColumns(String command) {
        assertThat(help(command).lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @ParameterizedTest(name = "plan {0} --help")
    @MethodSource("commands")
    void helpLinesEndOnNoLoneArticleOrPreposition(String command) {
        assertThat(danglingEnds(help(command))).isEmpty();
    }

    @ParameterizedTest(name = "plan {0} --help")
    @MethodSource("commands")
    void helpLinesBreakOnlyBetweenWords(String command) {
        assertThat(cutWords(help(command))).isEmpty();
    }

    @Test
    void everyCommandSummaryIsASentence() {
        List<String> summaries = new ArrayList<>();
        CommandLine plan = PlanCommand.commandLine();
        summaries.add(plan.getCommandSpec().usageMessage().description()[0]);
        for (CommandLine sub : plan.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            summaries.addAll(List.of(spec.usageMessage().description()));
        }
        assertThat(summaries).allSatisfy(summary -> assertThat(summary)
                .matches("\\p{Lu}.*[.]"));
    }

    @Test
    void danglingEndsAreFoundWhereALineEndsOnAnArticle() {
        assertThat(danglingEnds("Compares two editions of a\nplan and reports what changed.\n"))
                .containsExactly("Compares two editions of a");
    }

    @Test
    void danglingEndsAreNotFoundInWholePhrases() {
        assertThat(danglingEnds("Compares two editions of a plan\nand reports what changed.\n")).isEmpty();
    }

    @Test
    void cutWordsAreFoundWhereALineEndsInsideAFileExtension() {
        assertThat(cutWords("JSON, or YAML when its name ends in \".\nyaml\" or \".yml\".\n"))
                .containsExactly("JSON, or YAML when its name ends in \".");
    }

    /**
     * The lines that end on a word cut at a full stop: whose last word is a full stop with nothing
     * but punctuation before it ({@code .} or {@code ".}).
     */
    private static List<String> cutWords(String text) {
        return text.lines().map(String::strip).filter(line -> line.matches("(.*\\s)?[^\\p{L}\\p{N}\\s]*[.]")).toList();
    }

    /** The lines whose last word is one of {@link #DANGLING}. */
    private static List<String> danglingEnds(String text) {
        return text.lines().map(String::strip).filter(line -> {
            String[] words = line.split("\\s+");
            return DANGLING.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        }).toList();
    }
}
