package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer to a traceability question: an element, what the answer rests on, the explicit
 * links followed to reach it, and, for an element of a related plan, which plan holds it.
 *
 * <p>Obtained from {@link #byContainment(PlanElement)}, {@link #byLinks(PlanElement, List)} or
 * {@link #of(PlanElement, Basis, List, Optional)}. Instances are immutable and thread-safe.
 *
 * @param <E> the type of element found
 */
@Value.Immutable
@PlanStyle
public abstract class Traced<E extends PlanElement> {
    Traced() {}

    /**
     * Returns the element found.
     *
     * @return the element, not null
     */
    @Value.Parameter
    public abstract E element();

    /**
     * Returns whether the answer rests on explicit links or on containment only.
     *
     * @return the basis, not null
     */
    @Value.Parameter
    public abstract Basis basis();

    /**
     * Returns the links followed, in order, from the element asked about (or an element that
     * contains it) to the other end; each link starts at the element the one before it ends at,
     * or at an element that contains that one.
     *
     * @return an unmodifiable list, empty when {@link #basis()} is {@link Basis#CONTAINMENT} and
     *     not empty when it is {@link Basis#LINK}; not null
     */
    @Value.Parameter
    public abstract List<Link> route();

    /**
     * Returns the id of the related plan that holds the element.
     *
     * @return the plan's id, or empty when the plan the question was asked of holds it; not null
     */
    @Value.Parameter
    public abstract Optional<ElementId> otherPlan();

    /**
     * Obtains an answer from its parts.
     *
     * @param <E> the type of element found
     * @param element the element found, not null
     * @param basis what the answer rests on, not null
     * @param route the links followed, copied; not null
     * @param otherPlan the related plan that holds the element, or empty; not null
     * @return the answer, not null
     * @throws NullPointerException if any argument is null or {@code route} holds null
     * @throws IllegalArgumentException if {@code route} is empty for a {@link Basis#LINK} answer
     *     or not empty for a {@link Basis#CONTAINMENT} one
     */
    public static <E extends PlanElement> Traced<E> of(E element, Basis basis, List<Link> route,
            Optional<ElementId> otherPlan) {
        return ImmutableTraced.of(element, basis, route, otherPlan);
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
        return of(element, Basis.CONTAINMENT, List.of(), Optional.empty());
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
        return of(element, Basis.LINK, route, Optional.empty());
    }

    /**
     * Returns this answer with the element held by another plan.
     *
     * @param plan the id of the related plan that holds the element, not null
     * @return the answer, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public Traced<E> inPlan(ElementId plan) {
        return of(element(), basis(), route(), Optional.of(plan));
    }

    @Value.Check
    final void check() {
        if ((basis() == Basis.LINK) == route().isEmpty()) {
            throw new IllegalArgumentException("route: " + route().size() + " links for a " + basis()
                    + " answer about " + element().describe() + "; a LINK answer needs at least one,"
                    + " a CONTAINMENT answer none");
        }
    }
}
