package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of validating one plan document: every problem found, in document order (by line,
 * then column), and, when there is no error, the {@link Plan} read from the same parse.
 *
 * <p>Valid means no problem of severity {@link Severity#ERROR}; warnings may remain. Instances are
 * immutable and thread-safe.
 */
public final class ValidationReport {
    private static final Comparator<Problem> DOCUMENT_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(problem -> problem.code().code())
            .thenComparing(Problem::pointer)
            .thenComparing(Problem::message);

    private final List<Problem> problems;
    private final Plan plan;

    private ValidationReport(List<Problem> problems, Plan plan) {
        this.problems = problems.stream().sorted(DOCUMENT_ORDER).distinct().collect(Collectors.toUnmodifiableList());
        this.plan = plan;
    }

    /**
     * Obtains the report of a document with errors.
     *
     * @param problems the problems, at least one of them an error; not null
     * @return the report, not null
     * @throws IllegalArgumentException if no problem is an error
     */
    static ValidationReport invalid(List<Problem> problems) {
        if (problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("problems: an invalid report needs an error, was " + problems);
        }
        return new ValidationReport(problems, null);
    }

    /**
     * Obtains the report of a valid document.
     *
     * @param warnings the warnings, none of them an error; not null
     * @param plan the plan read, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a problem is an error
     */
    static ValidationReport valid(List<Problem> warnings, Plan plan) {
        if (warnings.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("warnings: a valid report has no errors, was " + warnings);
        }
        return new ValidationReport(warnings, Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Tells whether the document is a valid plan: it has no errors.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return plan != null;
    }

    /**
     * Returns every problem, errors, warnings and notes, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the errors, in document order.
     *
     * @return an unmodifiable list, empty when valid; not null
     */
    public List<Problem> errors() {
        return ofSeverity(Severity.ERROR);
    }

    /**
     * Returns the warnings, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> warnings() {
        return ofSeverity(Severity.WARNING);
    }

    private List<Problem> ofSeverity(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the plan, read from the same parse as the checks, when the document is valid.
     *
     * @return the plan, or empty when the document has errors; not null
     */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public String toString() {
        return "ValidationReport{valid=" + isValid() + ", problems=" + problems + "}";
    }
}
