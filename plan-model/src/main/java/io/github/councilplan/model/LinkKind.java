package io.github.councilplan.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * The kinds of explicit alignment {@link Link} between plan elements, with the kinds of element
 * each may start and end at. Alignment is many-to-many and separate from containment: a
 * deliverable sits in one priority but may contribute to outcomes of any theme.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum LinkKind {
    /** Work that serves an outcome or other work: a deliverable contributes to an outcome. */
    CONTRIBUTES_TO(
            EnumSet.of(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE, ElementKind.PARTNER),
            EnumSet.of(ElementKind.OUTCOME, ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE)),
    /** A measure that shows progress on an outcome or piece of work. */
    EVIDENCES(
            EnumSet.of(ElementKind.MEASURE),
            EnumSet.of(ElementKind.OUTCOME, ElementKind.THEME, ElementKind.OBJECTIVE, ElementKind.PRIORITY,
                    ElementKind.DELIVERABLE)),
    /** An element that shows one of the plan's shared values or cross-cutting principles. */
    REFLECTS(
            EnumSet.of(ElementKind.THEME, ElementKind.OBJECTIVE, ElementKind.OUTCOME, ElementKind.PRIORITY,
                    ElementKind.DELIVERABLE, ElementKind.COMMITMENT, ElementKind.MEASURE, ElementKind.ITEM),
            EnumSet.of(ElementKind.VALUE, ElementKind.PRINCIPLE)),
    /** Work done with a partner. */
    INVOLVES(
            EnumSet.of(ElementKind.THEME, ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE,
                    ElementKind.MILESTONE),
            EnumSet.of(ElementKind.PARTNER)),
    /** A commitment ("what you can expect to see") that illustrates an outcome. */
    ILLUSTRATES(EnumSet.of(ElementKind.COMMITMENT), EnumSet.of(ElementKind.OUTCOME));

    private final Set<ElementKind> sources;
    private final Set<ElementKind> targets;

    LinkKind(Set<ElementKind> sources, Set<ElementKind> targets) {
        this.sources = Set.copyOf(sources);
        this.targets = Set.copyOf(targets);
    }

    /**
     * Returns the kinds of element a link of this kind may start at.
     *
     * @return an unmodifiable set, not null
     */
    public Set<ElementKind> sources() {
        return sources;
    }

    /**
     * Returns the kinds of element a link of this kind may end at.
     *
     * @return an unmodifiable set, not null
     */
    public Set<ElementKind> targets() {
        return targets;
    }

    /**
     * Tells whether a link of this kind may go from an element of kind {@code from} to one of
     * kind {@code to}.
     *
     * @param from the kind of the link's source, not null
     * @param to the kind of the link's target, not null
     * @return true if allowed
     */
    public boolean allows(ElementKind from, ElementKind to) {
        return sources.contains(Objects.requireNonNull(from, "from"))
                && targets.contains(Objects.requireNonNull(to, "to"));
    }
}
