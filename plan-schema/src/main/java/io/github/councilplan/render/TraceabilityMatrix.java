package io.github.councilplan.render;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a plan's work serves which of its outcomes, as a table: a row per piece of
 * {@linkplain PlanIndex#leafWork() leaf work} (what the plan delivers, at whatever level it stops:
 * deliverables, or priorities and objectives with no work below them), a column per outcome of
 * the plan at every level (a theme's, an objective's, a priority's, a deliverable's), both in
 * document order, and in each cell whether the work serves the outcome, and if so whether by
 * explicit {@linkplain Basis#LINK links} or by {@linkplain Basis#CONTAINMENT containment}, as
 * {@link PlanIndex#outcomesServedBy(ElementId)} answers. Outcomes of related plans that the work
 * serves through links into them are not columns: the matrix is of one plan.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class TraceabilityMatrix {
    private final List<Work> work;
    private final List<Outcome> outcomes;
    private final Set<ElementId> outcomeIds;
    private final Map<ElementId, Map<ElementId, Basis>> cells;

    private TraceabilityMatrix(List<Work> work, List<Outcome> outcomes, Map<ElementId, Map<ElementId, Basis>> cells) {
        this.work = work;
        this.outcomes = outcomes;
        this.outcomeIds = outcomes.stream().map(Outcome::id).collect(Collectors.toUnmodifiableSet());
        this.cells = cells;
    }

    /**
     * Builds the matrix of a plan.
     *
     * @param index the index of the plan, not null
     * @return the matrix, not null
     * @throws NullPointerException if {@code index} is null
     */
    public static TraceabilityMatrix of(PlanIndex index) {
        Objects.requireNonNull(index, "index");
        List<Work> work = index.leafWork();
        List<Outcome> outcomes = index.ofKind(ElementKind.OUTCOME).stream().map(Outcome.class::cast).toList();
        Map<ElementId, Map<ElementId, Basis>> cells = new HashMap<>();
        for (Work leaf : work) {
            Map<ElementId, Basis> row = new HashMap<>();
            for (Traced<Outcome> served : index.outcomesServedBy(leaf.id())) {
                if (served.otherPlan().isEmpty()) {
                    row.put(served.element().id(), served.basis());
                }
            }
            cells.put(leaf.id(), Collections.unmodifiableMap(row));
        }
        return new TraceabilityMatrix(work, outcomes, Collections.unmodifiableMap(cells));
    }

    /**
     * Returns the rows: the plan's leaf work, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Work> work() {
        return work;
    }

    /**
     * Returns the columns: every outcome of the plan, at every level, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * Returns one cell: whether a piece of leaf work serves an outcome, and on what basis.
     *
     * @param work the id of a row's work, not null
     * @param outcome the id of a column's outcome, not null
     * @return the basis, or empty if the work does not serve the outcome; not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if {@code work} is not the id of a row or {@code outcome}
     *     not the id of a column
     */
    public Optional<Basis> basis(ElementId work, ElementId outcome) {
        Map<ElementId, Basis> row = cells.get(Objects.requireNonNull(work, "work"));
        if (row == null) {
            throw new NoSuchElementException("no leaf work with id '" + work + "' in the matrix");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (!outcomeIds.contains(outcome)) {
            throw new NoSuchElementException("no outcome with id '" + outcome + "' in the matrix");
        }
        return Optional.ofNullable(row.get(outcome));
    }
}
