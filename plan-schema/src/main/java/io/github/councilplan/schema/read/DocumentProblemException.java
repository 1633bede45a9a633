package io.github.councilplan.schema.read;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;

/**
 * Thrown by a document reader when a document cannot be read into a tree: malformed, empty, over
 * a limit, or using a forbidden YAML feature. It carries the located {@link Problem}, which the
 * validator reports; it never escapes the validator.
 */
public final class DocumentProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates the exception for a located problem.
     *
     * @param problem the problem, not null
     */
    public DocumentProblemException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /**
     * Creates the exception for a problem of the whole document (pointer {@code ""}) at a place
     * in the source; a line or column outside 1 to {@link Integer#MAX_VALUE} is clamped to it.
     *
     * @param code the code, not null
     * @param message the message, not null
     * @param line the 1-based line
     * @param column the 1-based column
     */
    public DocumentProblemException(ProblemCode code, String message, long line, long column) {
        this(Problem.of(code, message, "", (int) Math.max(1, Math.min(line, Integer.MAX_VALUE)),
                (int) Math.max(1, Math.min(column, Integer.MAX_VALUE))));
    }

    /**
     * Returns the problem that stopped the reading.
     *
     * @return the problem, not null
     */
    public Problem problem() {
        return problem;
    }
}
