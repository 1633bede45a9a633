package io.github.councilplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (an unknown option, a missing FILE, a bad option value) as
 * {@code plan: MESSAGE} followed by the usage of the command concerned, on the error stream, and
 * exits with {@link ExitCodes#CANNOT_CHECK}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("plan: " + InternalErrorHandler.oneLine(String.valueOf(e.getMessage())));
        UnmatchedArgumentException.printSuggestions(e, err);
        TerminalWriter.of(err).printLines(commandLine.getUsageMessage());
        err.flush();
        return ExitCodes.CANNOT_CHECK;
    }
}
