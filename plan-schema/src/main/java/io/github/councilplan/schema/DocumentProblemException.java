package io.github.councilplan.schema;

/**
 * Thrown by a document reader when a document cannot be read into a tree: malformed, empty, over
 * a limit, or using a forbidden YAML feature. It carries the located {@link Problem}, which the
 * validator reports; it never escapes the validator.
 */
final class DocumentProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    DocumentProblemException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    DocumentProblemException(ProblemCode code, String message, long line, long column) {
        this(Problem.of(code, message, "", (int) Math.max(1, Math.min(line, Integer.MAX_VALUE)),
                (int) Math.max(1, Math.min(column, Integer.MAX_VALUE))));
    }

    Problem problem() {
        return problem;
    }
}
