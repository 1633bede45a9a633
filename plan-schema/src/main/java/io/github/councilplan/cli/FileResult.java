package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.Severity;
import io.github.councilplan.schema.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What checking one file found: the file as named on the command line, whether it could be read,
 * whether it counts as valid, and its problems in document order. A file that cannot be read is
 * invalid, with one {@link ProblemCode#SYNTAX_UNREADABLE} problem at line 1, column 1.
 *
 * @param file the file as named on the command line
 * @param readable whether the file could be read
 * @param valid whether the file counts as valid
 * @param problems the problems kept, in document order
 * @param omitted the problems found beyond those kept, counted by code
 *     ({@link ValidationReport#omitted()})
 */
record FileResult(String file, boolean readable, boolean valid, List<Problem> problems,
        Map<ProblemCode, Long> omitted) {
    /** The start of the message of the problem of a file that cannot be read. */
    private static final String CANNOT_READ = "cannot read: ";

    FileResult {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        omitted = Map.copyOf(omitted);
    }

    /**
     * Returns the result of a file that was checked: valid when the report is, and, with
     * {@code strict}, when it has no warning either.
     */
    static FileResult checked(String file, ValidationReport report, boolean strict) {
        boolean valid = report.isValid() && !(strict && !report.warnings().isEmpty());
        return new FileResult(file, true, valid, report.problems(), report.omitted());
    }

    /** Returns the result of a file that could not be read, for the given reason. */
    static FileResult unreadable(String file, String reason) {
        return new FileResult(file, false, false,
                List.of(Problem.of(ProblemCode.SYNTAX_UNREADABLE, CANNOT_READ + reason, "", 1, 1)), Map.of());
    }

    /** Returns why the file could not be read, for a file that could not. */
    String unreadableReason() {
        return problems.get(0).message().substring(CANNOT_READ.length());
    }

    /** Counts the problems of the given severity, those omitted included. */
    long count(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).count()
                + omitted.entrySet().stream().filter(entry -> entry.getKey().severity() == severity)
                        .mapToLong(Map.Entry::getValue).sum();
    }

    /** Counts the problems omitted. */
    long omittedCount() {
        return omitted.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns the exit code this file alone calls for. */
    int exitCode() {
        if (!readable) {
            return ExitCodes.CANNOT_CHECK;
        }
        return valid ? ExitCodes.VALID : ExitCodes.INVALID;
    }
}
