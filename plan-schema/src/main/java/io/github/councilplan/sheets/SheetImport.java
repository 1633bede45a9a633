package io.github.councilplan.sheets;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a plan from a workbook (or a folder of CSV files) gave: the plan document it holds,
 * validated as any other document, the plan when the document is valid, and every problem found,
 * each located at the cell it comes from ({@code Deliverables!C12}).
 *
 * <p>Problems of the workbook itself (a sheet or column the format does not have, a parent that
 * cannot hold a row, a limit reached) are found before the document is made; if there are any,
 * the document is not validated. Otherwise the problems are the validator's, with the same codes,
 * each located at the cell of the value at fault (or, for a value that is missing, of the row
 * that should have it).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetImport {
    private final String document;
    private final Plan plan;
    private final List<Problem> problems;
    private final List<String> cells;

    SheetImport(String document, Plan plan, List<Problem> problems, List<String> cells) {
        this.document = document;
        this.plan = plan;
        this.problems = List.copyOf(problems);
        this.cells = List.copyOf(cells);
    }

    /**
     * Returns the plan document read from the workbook, as JSON.
     *
     * @return the document, or empty if the workbook could not be read into one; not null
     */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Returns the plan, when the document is valid.
     *
     * @return the plan, or empty; not null
     */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /**
     * Tells whether the workbook holds a valid plan: a document with no error (it may have
     * warnings).
     *
     * @return true if {@link #plan()} is present
     */
    public boolean isValid() {
        return plan != null;
    }

    /**
     * Returns every problem found, in the order found.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns where a problem of this import is in the workbook: a cell such as
     * {@code Deliverables!C12}, or {@code workbook} for one of the whole workbook.
     *
     * @param problem one of {@link #problems()}, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if the problem is not one of this import's
     * @throws NullPointerException if {@code problem} is null
     */
    public String cell(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i) == problem) {
                return cells.get(i);
            }
        }
        int index = problems.indexOf(problem);
        if (index < 0) {
            throw new IllegalArgumentException("not a problem of this import: " + problem);
        }
        return cells.get(index);
    }

    /**
     * Returns one line per problem, as the command line prints them:
     * {@code Deliverables!C12: error rule.duplicate-id: MESSAGE}.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            lines.add(cells.get(i) + ": " + problem.severity().label() + " " + problem.code().code() + ": "
                    + problem.message());
        }
        return List.copyOf(lines);
    }

    /**
     * Counts the problems of a severity.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public long count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return problems.stream().filter(problem -> problem.severity() == severity).count();
    }

    @Override
    public String toString() {
        return "SheetImport[" + (plan != null ? "valid" : "invalid") + ", " + problems.size() + " problems]";
    }
}
