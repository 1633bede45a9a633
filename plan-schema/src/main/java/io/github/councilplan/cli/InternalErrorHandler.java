package io.github.councilplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an unexpected exception in one line, {@code plan: internal error: ...}, on the error
 * stream instead of a stack trace, and exits with {@link ExitCodes#CANNOT_CHECK}. A
 * {@link CommandFailure} is not unexpected: its message, if any, is printed as it is, and the
 * command exits with its code.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    /**
     * Reports an exception a command threw, as the command line does: a {@link CommandFailure}'s
     * lines, else one line; and returns the exit code.
     *
     * @param e the exception, not null
     * @param err the error stream
     * @return the exit code
     */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof CommandFailure) {
            ((CommandFailure) e).lines().forEach(err::println);
            err.flush();
            return ((CommandFailure) e).exitCode();
        }
        err.println(message(e));
        err.flush();
        return ExitCodes.CANNOT_CHECK;
    }

    /** Returns the one line reporting {@code e}. */
    static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null
                ? cause.getClass().getName() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return "plan: internal error: " + oneLine(text);
    }

    /** Joins the lines of {@code text} with spaces, so it prints as one line. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
