package io.github.councilplan.model.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a plan document cannot be read into a plan, by {@link PlanJson} and by
 * {@code plan-schema}'s {@code PlanYaml} alike: it carries every located
 * {@link DocumentProblem} found, and its message lists the first of them as
 * {@code LINE:COLUMN: CODE: MESSAGE}, one a line.
 *
 * <p>The problems are immutable; they are kept when the exception is serialized.
 */
public final class InvalidPlanException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists; {@link #problems()} holds them all. */
    static final int LISTED = 10;

    /** The problems, in document order: an unmodifiable list of immutable values. */
    @SuppressWarnings("serial")
    private final List<DocumentProblem> problems;

    /**
     * Creates the exception for the problems of one document.
     *
     * @param problems the problems, in document order; at least one, not null
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is null or holds null
     */
    public InvalidPlanException(List<DocumentProblem> problems) {
        this(problems, null);
    }

    /**
     * Creates the exception for the problems of one document, with the exception that stopped the
     * reading: the model's own {@link IllegalArgumentException} when the model refused a value.
     *
     * @param problems the problems, in document order; at least one, not null
     * @param cause the cause, or null
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is null or holds null
     */
    public InvalidPlanException(List<DocumentProblem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String message(List<DocumentProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: expected at least one, was none");
        }
        StringBuilder message = new StringBuilder("the document is not a plan: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (DocumentProblem problem : problems.subList(0, Math.min(LISTED, problems.size()))) {
            message.append("\n  ").append(problem);
        }
        if (problems.size() > LISTED) {
            message.append("\n  and ").append(problems.size() - LISTED).append(" more (see problems())");
        }
        return message.toString();
    }

    /**
     * Returns every problem found, in document order.
     *
     * @return an unmodifiable list, not empty; not null
     */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
