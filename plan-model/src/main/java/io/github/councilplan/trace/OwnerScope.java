package io.github.councilplan.trace;

/** Which elements count as owned by an owner, in {@link PlanFilters#ownedBy(PlanIndex, io.github.councilplan.model.ElementId, OwnerScope)}. */
public enum OwnerScope {
    /** Only elements whose own {@code owners} field names the owner. */
    DIRECT,
    /**
     * Those, and elements whose {@code owners} field names an owner accountable to the owner,
     * directly or through a chain of {@link io.github.councilplan.model.Owner#accountableTo()}:
     * everything a directorate's teams own, or everything answerable to a committee.
     */
    ACCOUNTABLE
}
