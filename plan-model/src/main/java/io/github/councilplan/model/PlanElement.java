package io.github.councilplan.model;

import io.github.councilplan.model.structure.PlanStructure;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every element of a plan has: a stable {@link ElementId}, an optional printed
 * {@link DisplayNumber}, the plan's own name for it, other names, where its words come from, links
 * to records in other systems, and a council's own {@link Extensions}; and what every element can
 * tell: its {@link ElementKind}, the text it is known by, the elements it contains and the lead-ins
 * of its lists.
 *
 * <p>Which elements an element contains is described once, by {@link PlanStructure}.
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
     * Returns the plan's name for this element's level where this element has its own, such as
     * "Corporate outcome" for one theme's outcomes when the others' are "Policy outcomes".
     *
     * @return the name, or empty where the theme's or the plan's name applies; not null
     * @see LevelNames
     */
    Optional<Text> levelName();

    /**
     * Returns other names the element is known by: earlier names, or names other bodies use.
     *
     * @return an unmodifiable list, not null
     */
    List<AlternativeName> otherNames();

    /**
     * Returns where the element's words come from.
     *
     * @return the provenance, or empty; not null
     */
    Optional<Provenance> provenance();

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
     * Returns the lead-ins of this element's lists, by the list's property name: the words that
     * introduce them as the plan prints them ({@code "priorities"} to "We will lead the borough
     * by:"). Only lists that {@link PlanStructure} says take a lead-in may have one.
     *
     * @return an unmodifiable map, empty for an element without lists or lead-ins; not null
     */
    default Map<String, Text> leadIns() {
        return Map.of();
    }

    /**
     * Returns the lead-in of one of this element's lists.
     *
     * @param list the list's property name, such as {@code "outcomes"}; not null
     * @return the lead-in, or empty if the plan gives none; not null
     * @throws NullPointerException if {@code list} is null
     */
    default Optional<Text> leadIn(String list) {
        return Optional.ofNullable(leadIns().get(Objects.requireNonNull(list, "list")));
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
     * @return the text, or empty for an element known only by its number (a theme without a
     *     name); not null
     */
    Optional<Text> label();

    /**
     * Returns the elements this one contains directly, in document order, as
     * {@link PlanStructure} lists them: a theme's outcomes, objectives, priorities, deliverables,
     * commitments and lists; a priority's outcomes, deliverables, lists and milestones; and so on.
     *
     * @return an unmodifiable list, empty for a leaf; not null
     */
    default List<PlanElement> children() {
        return PlanStructure.children(this);
    }

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
