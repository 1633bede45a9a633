package io.github.councilplan.trace;

/** How an element matched one of the {@link PlanFilters}: by a field of its own or by links. */
public enum MatchBasis {
    /** The element's own {@code owners} field names the owner asked about. */
    OWNERS,
    /**
     * The element's {@code owners} field names an owner that is accountable to the owner asked
     * about, directly or through other owners ({@link io.github.councilplan.model.Owner#accountableTo()}).
     */
    ACCOUNTABILITY,
    /** Explicit links tie the element to the partner or value asked about. */
    LINK
}
