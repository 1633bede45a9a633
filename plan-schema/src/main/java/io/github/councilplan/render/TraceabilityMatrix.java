package io.github.councilplan.render;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PlanElement;
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
 * Which deliverables serve which outcomes, as a table: a row per deliverable and a column per
 * outcome, both in document order, and in each cell whether the deliverable serves the outcome,
 * and if so whether by explicit {@linkplain Basis#LINK links} or by
 * {@linkplain Basis#CONTAINMENT containment}, as {@link PlanIndex#outcomesServedBy(ElementId)}
 * answers.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class TraceabilityMatrix {
    private final List<Deliverable> deliverables;
    private final List<Outcome> outcomes;
    private final Set<ElementId> outcomeIds;
    private final Map<ElementId, Map<ElementId, Basis>> cells;

    private TraceabilityMatrix(List<Deliverable> deliverables, List<Outcome> outcomes,
            Map<ElementId, Map<ElementId, Basis>> cells) {
        this.deliverables = deliverables;
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
        List<Deliverable> deliverables = elements(index, ElementKind.DELIVERABLE, Deliverable.class);
        List<Outcome> outcomes = elements(index, ElementKind.OUTCOME, Outcome.class);
        Map<ElementId, Map<ElementId, Basis>> cells = new HashMap<>();
        for (Deliverable deliverable : deliverables) {
            Map<ElementId, Basis> row = new HashMap<>();
            for (Traced<Outcome> served : index.outcomesServedBy(deliverable.id())) {
                row.put(served.element().id(), served.basis());
            }
            cells.put(deliverable.id(), Collections.unmodifiableMap(row));
        }
        return new TraceabilityMatrix(deliverables, outcomes, Collections.unmodifiableMap(cells));
    }

    private static <E extends PlanElement> List<E> elements(PlanIndex index, ElementKind kind, Class<E> type) {
        return index.ofKind(kind).stream().map(type::cast).toList();
    }

    /**
     * Returns the rows: every deliverable of the plan, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Deliverable> deliverables() {
        return deliverables;
    }

    /**
     * Returns the columns: every outcome of the plan, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * Returns one cell: whether a deliverable serves an outcome, and on what basis.
     *
     * @param deliverable the id of a deliverable of the plan, not null
     * @param outcome the id of an outcome of the plan, not null
     * @return the basis, or empty if the deliverable does not serve the outcome; not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if {@code deliverable} is not the id of a row or
     *     {@code outcome} not the id of a column
     */
    public Optional<Basis> basis(ElementId deliverable, ElementId outcome) {
        Map<ElementId, Basis> row = cells.get(Objects.requireNonNull(deliverable, "deliverable"));
        if (row == null) {
            throw new NoSuchElementException("no deliverable with id '" + deliverable + "' in the matrix");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (!outcomeIds.contains(outcome)) {
            throw new NoSuchElementException("no outcome with id '" + outcome + "' in the matrix");
        }
        return Optional.ofNullable(row.get(outcome));
    }
}
