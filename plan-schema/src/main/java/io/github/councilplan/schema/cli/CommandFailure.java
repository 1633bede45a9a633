package io.github.councilplan.schema.cli;

/**
 * A command cannot do what it was asked, for a reason it has already reported or reports in this
 * exception's message: the {@code plan} command line prints the message (if any) on the error
 * stream, without a stack trace, and exits with {@link #exitCode()}.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * Creates a failure.
     *
     * @param exitCode the exit code, one of {@link ExitCodes}
     * @param message what to print on the error stream, possibly several lines; empty if the
     *     command has reported the failure itself
     */
    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Returns the exit code. */
    int exitCode() {
        return exitCode;
    }
}
