package io.github.councilplan.schema;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a plan document is read, and it is not a valid plan: it carries the
 * {@link ValidationReport} with every problem found, and its message lists the first errors as
 * {@code LINE:COLUMN: CODE: MESSAGE}, one a line.
 *
 * <p>The report is immutable and thread-safe, but it is not serialized with the exception.
 */
public final class InvalidPlanException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How many errors the message lists; the report holds them all. */
    static final int LISTED = 10;

    private final transient ValidationReport report;

    /**
     * Creates the exception for a report with errors.
     *
     * @param report the report, with at least one error; not null
     * @throws IllegalArgumentException if the report is valid (it has no error)
     * @throws NullPointerException if {@code report} is null
     */
    public InvalidPlanException(ValidationReport report) {
        super(message(report));
        this.report = report;
    }

    private static String message(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        List<Problem> errors = report.errors();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("report: expected a report with errors, was " + report);
        }
        StringBuilder message = new StringBuilder("the document is not a valid plan: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        for (Problem error : errors.subList(0, Math.min(LISTED, errors.size()))) {
            message.append("\n  ").append(error.line()).append(':').append(error.column()).append(": ")
                    .append(error.code().code()).append(": ").append(error.message());
        }
        if (errors.size() > LISTED) {
            message.append("\n  and ").append(errors.size() - LISTED).append(" more (see report())");
        }
        return message.toString();
    }

    /**
     * Returns the report of the document: every problem, errors and warnings, in document order.
     *
     * @return the report, which is not valid; not null
     * @throws IllegalStateException if this exception was deserialized, which does not restore
     *     the report
     */
    public ValidationReport report() {
        if (report == null) {
            throw new IllegalStateException("the report is not kept when an InvalidPlanException is serialized");
        }
        return report;
    }
}
