package io.github.councilplan.schema.cli;

import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The plan document a command works on, its first parameter {@code FILE}: a picocli mixin for
 * every command that needs one valid plan ({@code trace}, {@code render}, and any such command
 * to come).
 *
 * <p>{@link #load(PrintWriter)} reads and validates the file and gives the plan's index; when the
 * file is invalid it reports the problems on the error stream as {@code plan validate} reports
 * them in text and fails with {@link ExitCodes#INVALID}, and when the file cannot be read it says
 * so ({@code plan: FILE: cannot read: REASON}) and fails with {@link ExitCodes#CANNOT_CHECK}.
 */
final class PlanFile {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "The plan document: JSON, or YAML when its name ends in .yaml or .yml.")
    String file;

    /** Returns the file as named on the command line. */
    String name() {
        return file;
    }

    /**
     * Reads and validates the file and returns the index of its plan.
     *
     * @param err where to report problems
     * @throws CommandFailure if the file cannot be read or is invalid, after reporting why
     */
    PlanIndex load(PrintWriter err) {
        return load(file, err);
    }

    /**
     * Reads and validates a plan document and returns the index of its plan, for commands that
     * take more than one document.
     *
     * @param file the file as named on the command line
     * @param err where to report problems
     * @throws CommandFailure if the file cannot be read or is invalid, after reporting why
     */
    static PlanIndex load(String file, PrintWriter err) {
        ValidationReport report;
        try {
            report = validate(PlanValidator.create(), file);
        } catch (UnreadableFileException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + file + ": cannot read: " + e.reason());
        }
        if (report.plan().isEmpty()) {
            ReportWriter problems = new TextReportWriter(err);
            problems.write(FileResult.checked(file, report, false));
            problems.finish();
            throw new CommandFailure(ExitCodes.INVALID, "");
        }
        return PlanIndex.of(report.plan().get());
    }

    /**
     * Validates the plan document named {@code file}.
     *
     * @param validator the validator
     * @param file the file as named on the command line
     * @return the report
     * @throws UnreadableFileException if the file cannot be read: an invalid path, missing,
     *     unreadable, a directory or not a regular file (a named pipe, a device, a socket)
     */
    static ValidationReport validate(PlanValidator validator, String file) throws UnreadableFileException {
        Path path;
        try {
            path = FileArgument.of(file);
        } catch (InvalidPathException e) {
            throw new UnreadableFileException("invalid path: " + e.getReason());
        }
        try {
            return validator.validate(path);
        } catch (IOException e) {
            throw new UnreadableFileException(ReadFailures.reason(e));
        }
    }
}
