package io.github.councilplan.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shell session as the documentation shows it: a fenced {@code sh}, {@code text} or
 * {@code console} block whose first line starts with {@code $ }. Each {@code $ } line is a command
 * (a line ending in a backslash continues on the next), and the lines up to the next command are
 * the output the documentation shows for it, where it shows any.
 *
 * @param source where the block starts, as {@code FILE:LINE}
 * @param steps the commands in order, at least one
 */
record ShellSession(String source, List<Step> steps) {
    /** The info strings of the fenced blocks that may hold a session. */
    static final List<String> SHELL_BLOCKS = List.of("sh", "text", "console");

    ShellSession {
        Objects.requireNonNull(source, "source");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one command: " + source);
        }
    }

    /** Where the session starts, as {@code FILE:LINE}: how a test run names it. */
    @Override
    public String toString() {
        return source;
    }

    /**
     * One command of a session and the output shown for it.
     *
     * @param line the line of the markdown file where the command starts
     * @param command the command, without its {@code $ } and with continuation lines joined by new lines
     * @param shown the output lines shown after it, trailing blank lines removed; empty when none is shown
     */
    record Step(int line, String command, List<String> shown) {
        Step {
            Objects.requireNonNull(command, "command");
            shown = List.copyOf(shown);
        }

        /** Whether this step shows the exit code of the one before it ({@code echo $?}). */
        boolean echoesExitCode() {
            return command.strip().equals("echo $?");
        }
    }

    /**
     * The sessions of a markdown document, in order.
     *
     * @param name the document's name, for {@link #source()}
     * @param markdown the document's text
     * @return the sessions, perhaps none
     */
    static List<ShellSession> in(String name, String markdown) {
        List<ShellSession> sessions = new ArrayList<>();
        for (FencedBlock block : FencedBlock.in(markdown)) {
            if (SHELL_BLOCKS.contains(block.info()) && !block.lines().isEmpty() && block.lines().get(0).startsWith("$ ")) {
                sessions.add(new ShellSession(name + ":" + block.firstLine(), steps(block)));
            }
        }
        return sessions;
    }

    private static List<Step> steps(FencedBlock block) {
        List<Step> steps = new ArrayList<>();
        List<String> lines = block.lines();
        int i = 0;
        while (i < lines.size()) {
            int line = block.firstLine() + i;
            StringBuilder command = new StringBuilder(lines.get(i).substring(2));
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                i++;
                command.append('\n').append(lines.get(i));
            }
            i++;
            List<String> shown = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
                shown.add(lines.get(i));
                i++;
            }
            while (!shown.isEmpty() && shown.get(shown.size() - 1).isBlank()) {
                shown.remove(shown.size() - 1);
            }
            steps.add(new Step(line, command.toString(), shown));
        }
        return steps;
    }
}
