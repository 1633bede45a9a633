package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellSessionTest {
    private static final String DOCUMENT = String.join("\n",
            "# Title",
            "",
            "```sh",
            "$ plan validate a.json",
            "a.json: valid",
            "$ plan validate b.json",
            "$ echo $?",
            "1",
            "",
            "```",
            "",
            "```sh",
            "./mvnw -B verify",
            "```",
            "",
            "1. A list item:",
            "",
            "   ```text",
            "   $ plan diff \\",
            "       old.json new.json",
            "   no changes",
            "   ```",
            "",
            "```json",
            "$ not a session",
            "```");

    @Test
    void sessionsAreTheShellBlocksWhoseFirstLineIsACommand() {
        assertThat(ShellSession.in("doc.md", DOCUMENT)).extracting(ShellSession::source)
                .containsExactly("doc.md:4", "doc.md:19");
    }

    @Test
    void eachCommandHasTheLinesUpToTheNextAsItsShownOutput() {
        List<ShellSession.Step> steps = ShellSession.in("doc.md", DOCUMENT).get(0).steps();

        assertThat(steps).extracting(ShellSession.Step::command)
                .containsExactly("plan validate a.json", "plan validate b.json", "echo $?");
        assertThat(steps).extracting(ShellSession.Step::shown)
                .containsExactly(List.of("a.json: valid"), List.of(), List.of("1"));
        assertThat(steps).extracting(ShellSession.Step::line).containsExactly(4, 6, 7);
    }

    @Test
    void echoDollarQuestionMarkShowsTheExitCodeOfTheCommandBefore() {
        assertThat(ShellSession.in("doc.md", DOCUMENT).get(0).steps())
                .extracting(ShellSession.Step::echoesExitCode).containsExactly(false, false, true);
    }

    @Test
    void aBackslashContinuesACommandAndAnIndentedFenceIsUnindented() {
        ShellSession.Step step = ShellSession.in("doc.md", DOCUMENT).get(1).steps().get(0);

        assertThat(step.command()).isEqualTo("plan diff \\\n    old.json new.json");
        assertThat(step.shown()).containsExactly("no changes");
    }
}
