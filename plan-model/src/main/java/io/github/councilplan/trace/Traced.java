package io.github.councilplan.trace;

import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import java.util.List;
import java.util.Objects;

/**
 * One answer to a traceability question: an element, what the answer rests on, and the explicit
 * links followed to reach it.
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
 */
public record Traced<E extends PlanElement>(E element, Basis basis, List<Link> route) {
    /**
     * Checks and copies the parts of an answer.
     *
     * @param element the element found, not null
     * @param basis what the answer rests on, not null
     * @param route the links followed, not null
     * @throws NullPointerException if any argument is null or {@code route} holds null
     * @throws IllegalArgumentException if {@code route} is empty for a {@link Basis#LINK} answer
     *     or not empty for a {@link Basis#CONTAINMENT} one
     */
    public Traced {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(basis, "basis");
        route = List.copyOf(route);
        if ((basis == Basis.LINK) == route.isEmpty()) {
            throw new IllegalArgumentException("route: " + route.size() + " links for a " + basis
                    + " answer about " + element.describe() + "; a LINK answer needs at least one,"
                    + " a CONTAINMENT answer none");
        }
    }

    /**
     * Returns an answer that rests on containment only.
     *
     * @param <E> the type of element found
     * @param element the element found, not null
     * @return the answer, not null
     * @throws NullPointerException if {@code element} is null
     */
    public static <E extends PlanElement> Traced<E> byContainment(E element) {
        return new Traced<>(element, Basis.CONTAINMENT, List.of());
    }

    /**
     * Returns an answer that rests on explicit links.
     *
     * @param <E> the type of element found
     * @param element the element found, not null
     * @param route the links followed, in order, not empty
     * @return the answer, not null
     * @throws NullPointerException if an argument is null or {@code route} holds null
     * @throws IllegalArgumentException if {@code route} is empty
     */
    public static <E extends PlanElement> Traced<E> byLinks(E element, List<Link> route) {
        return new Traced<>(element, Basis.LINK, route);
    }
}
