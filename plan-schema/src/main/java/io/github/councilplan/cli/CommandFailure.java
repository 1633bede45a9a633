package io.github.councilplan.cli;

import java.util.List;

/**
 * A command cannot do what it was asked, for a reason it has already reported or reports in this
 * exception's message: the {@code plan} command line prints the message (if any) on the error
 * stream, without a stack trace, and exits with {@link #exitCode()}.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    /**
     * Creates a failure.
     *
     * @param exitCode the exit code, one of {@link ExitCodes}
     * @param message what to print on the error stream, one line; empty if the command has
     *     reported the failure itself
     */
    CommandFailure(int exitCode, String message) {
        this(exitCode, message.isEmpty() ? List.of() : List.of(message));
    }

    /**
     * Creates a failure that prints several lines.
     *
     * @param exitCode the exit code, one of {@link ExitCodes}
     * @param lines the lines to print on the error stream, each printed as one line
     */
    CommandFailure(int exitCode, List<String> lines) {
        super(String.join(" ", lines), null, false, false);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** Returns the lines to print on the error stream, none if the command has reported the failure. */
    List<String> lines() {
        return lines;
    }

    /** Returns the exit code. */
    int exitCode() {
        return exitCode;
    }
}
