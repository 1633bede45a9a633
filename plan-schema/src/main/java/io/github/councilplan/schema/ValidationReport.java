package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of validating one plan document: every problem found, in document order (by line,
 * then column), and, when there is no error, the {@link Plan} read from the same parse.
 *
 * <p>Valid means no problem of severity {@link Severity#ERROR}; warnings may remain. A report keeps
 * at most {@link ValidationLimits#maxProblems()} problems, errors first; those found beyond it are
 * counted by code in {@link #omitted()}. Instances are immutable and thread-safe.
 */
public final class ValidationReport {
    /** Problems in the order a report lists them: by line, then column, code, pointer and message. */
    static final Comparator<Problem> DOCUMENT_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(problem -> problem.code().code())
            .thenComparing(Problem::pointer)
            .thenComparing(Problem::message);

    private final List<Problem> problems;
    private final Map<ProblemCode, Long> omitted;
    private final Plan plan;

    private ValidationReport(List<Problem> problems, Map<ProblemCode, Long> omitted, Plan plan, boolean distinct) {
        this.problems = (distinct ? problems.stream().sorted(DOCUMENT_ORDER).distinct()
                : problems.stream().sorted(DOCUMENT_ORDER)).collect(Collectors.toUnmodifiableList());
        Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);
        counts.putAll(omitted);
        this.omitted = Collections.unmodifiableMap(counts);
        this.plan = plan;
    }

    /**
     * Obtains a report from what a {@link ProblemCollector} kept and counted: invalid, without a
     * plan, when there is an error among them.
     *
     * @param kept the problems kept, already without duplicates (two may read alike once their
     *     messages are cut, and are both kept), not null
     * @param omitted the problems not kept, counted by code, not null
     * @param plan the plan read, or null; must be null when there is an error
     */
    static ValidationReport of(List<Problem> kept, Map<ProblemCode, Long> omitted, Plan plan) {
        boolean errors = kept.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)
                || omitted.keySet().stream().anyMatch(code -> code.severity() == Severity.ERROR);
        if (errors && plan != null) {
            throw new IllegalArgumentException("plan: a report with errors has no plan, was " + kept);
        }
        if (!errors && plan == null) {
            throw new IllegalArgumentException("plan: a report without errors has a plan");
        }
        return new ValidationReport(kept, omitted, plan, false);
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
        return new ValidationReport(problems, Map.of(), null, true);
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
        return new ValidationReport(warnings, Map.of(), Objects.requireNonNull(plan, "plan"), true);
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

    /**
     * Returns the notes: what the validator could not check with what it was given, such as links
     * into a related plan whose document was not given with this one. Notes never make a document
     * invalid.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> notes() {
        return ofSeverity(Severity.NOTE);
    }

    private List<Problem> ofSeverity(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns how many problems were found beyond those {@link #problems()} keeps (beyond
     * {@link ValidationLimits#maxProblems()}), by code, in the order of {@link ProblemCode}; a
     * code is listed only when it counts at least one. Only the problems of the least
     * importance are left out: warnings before errors, and the last in document order first.
     *
     * @return an unmodifiable map, empty when every problem is kept; not null
     */
    public Map<ProblemCode, Long> omitted() {
        return omitted;
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
        return "ValidationReport{valid=" + isValid() + ", problems=" + problems
                + (omitted.isEmpty() ? "" : ", omitted=" + omitted) + "}";
    }
}
