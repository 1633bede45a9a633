package io.github.councilplan.trace;

/**
 * What a traceability answer rests on. A plan may align its elements with explicit
 * {@link io.github.councilplan.model.Link}s; where it gives none (Thurrock's published plan gives
 * none), the only trace is containment, and every answer says which of the two it used.
 */
public enum Basis {
    /**
     * The answer follows explicit {@code contributesTo} (or other) links in the plan, possibly
     * starting from an element that contains the one asked about.
     */
    LINK,
    /**
     * The answer follows containment only: a deliverable with no explicit route to any outcome is
     * taken to serve the outcomes of its own theme.
     */
    CONTAINMENT
}
