package io.github.councilplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every element of a plan has: a stable {@link ElementId}, an optional printed
 * {@link DisplayNumber}, links to records in other systems, and a council's own
 * {@link Extensions}; and what every element can tell: its {@link ElementKind}, the text it is
 * known by, and the elements it contains.
 *
 * <p>Only this library implements this interface; every implementation is immutable and
 * thread-safe.
 */
public interface PlanElement {
    /**
     * Returns the element's stable id.
     *
     * @return the id, not null
     */
    ElementId id();

    /**
     * Returns the number the plan prints for this element, such as {@code 1.2.3}.
     *
     * @return the number, or empty for an unnumbered element; not null
     */
    Optional<DisplayNumber> number();

    /**
     * Returns links from this element to records in other systems (projects, risks, budget
     * lines, performance indicators).
     *
     * @return an unmodifiable list, not null
     */
    List<ExternalReference> references();

    /**
     * Returns the council's own data on this element.
     *
     * @return the extensions, empty if none; not null
     */
    @Value.Default
    default Extensions extensions() {
        return Extensions.empty();
    }

    /**
     * Returns what kind of element this is.
     *
     * @return the kind, not null
     */
    ElementKind kind();

    /**
     * Returns the text this element is known by: a theme's name, a deliverable's title, an
     * outcome's statement.
     *
     * @return the text, not null
     */
    Text label();

    /**
     * Returns the elements this one contains directly, in document order: a theme's outcomes,
     * objectives, priorities and commitments; a priority's deliverables; and so on.
     *
     * @return an unmodifiable list, empty for a leaf; not null
     */
    List<PlanElement> children();

    /**
     * Describes this element for messages: its kind and number, or its kind and quoted id when it
     * has no number, as {@code "deliverable 1.2.3"} or {@code "measure 'kpi-7'"}.
     *
     * @return the description, not null
     */
    default String describe() {
        return kind().defaultName() + number().map(n -> " " + n).orElseGet(() -> " '" + id() + "'");
    }
}
