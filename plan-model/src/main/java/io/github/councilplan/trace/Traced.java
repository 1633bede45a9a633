package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a traceability question: an element, what the answer rests on, the explicit
 * links followed to reach it, and, for an element of a related plan, which plan holds it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the type of element found
 * @param element the element found, not null
 * @param basis whether the answer rests on explicit links or on containment only, not null
 * @param route the links followed, in order, from the element asked about (or an element that
 *     contains it) to the other end; each link starts at the element the one before it ends at,
 *     or at an element that contains that one; empty when {@code basis} is {@link Basis#CONTAINMENT}, not
 *     empty when it is {@link Basis#LINK}; not null
 * @param otherPlan the id of the related plan that holds the element, or empty when the plan the
 *     question was asked of holds it; not null
 */
public record Traced<E extends PlanElement>(E element, Basis basis, List<Link> route, Optional<ElementId> otherPlan) {
    /**
     * Checks and copies the parts of an answer.
     *
     * @param element the element found, not null
     * @param basis what the answer rests on, not null
     * @param route the links followed, not null
     * @param otherPlan the related plan that holds the element, or empty; not null
     * @throws NullPointerException if any argument is null or {@code route} holds null
     * @throws IllegalArgumentException if {@code route} is empty for a {@link Basis#LINK} answer
     *     or not empty for a {@link Basis#CONTAINMENT} one
     */
    public Traced {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(otherPlan, "otherPlan");
        route = List.copyOf(route);
        if ((basis == Basis.LINK) == route.isEmpty()) {
            throw new IllegalArgumentException("route: " + route.size() + " links for a " + basis
                    + " answer about " + element.describe() + "; a LINK answer needs at least one,"
                    + " a CONTAINMENT answer none");
        }
    }

    /**
     * Returns an answer in the same plan that rests on containment only.
     *
     * @param <E> the type of element found
     * @param element the element found, not null
     * @return the answer, not null
     * @throws NullPointerException if {@code element} is null
     */
    public static <E extends PlanElement> Traced<E> byContainment(E element) {
        return new Traced<>(element, Basis.CONTAINMENT, List.of(), Optional.empty());
    }

    /**
     * Returns an answer in the same plan that rests on explicit links.
     *
     * @param <E> the type of element found
     * @param element the element found, not null
     * @param route the links followed, in order, not empty
     * @return the answer, not null
     * @throws NullPointerException if an argument is null or {@code route} holds null
     * @throws IllegalArgumentException if {@code route} is empty
     */
    public static <E extends PlanElement> Traced<E> byLinks(E element, List<Link> route) {
        return new Traced<>(element, Basis.LINK, route, Optional.empty());
    }

    /**
     * Returns this answer with the element held by another plan.
     *
     * @param plan the id of the related plan that holds the element, not null
     * @return the answer, not null
     */
    public Traced<E> inPlan(ElementId plan) {
        return new Traced<>(element, basis, route, Optional.of(plan));
    }
}
