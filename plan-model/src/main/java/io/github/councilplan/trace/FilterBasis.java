package io.github.councilplan.trace;

/**
 * How an element matched one of the {@link PlanFilters}: by a field of its own or by links. Each
 * basis has a stable {@linkplain #code() code} in lower case.
 */
public enum FilterBasis {
    /** {@code owners}: the element's own {@code owners} field names the owner asked about. */
    OWNERS("owners"),
    /**
     * {@code accountability}: the element's {@code owners} field names an owner that is
     * accountable to the owner asked about, directly or through other owners
     * ({@link io.github.councilplan.model.Owner#accountableTo()}).
     */
    ACCOUNTABILITY("accountability"),
    /** {@code link}: explicit links tie the element to the partner or value asked about. */
    LINK("link");

    private final String code;

    FilterBasis(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code of this basis: {@code "owners"}, {@code "accountability"} or
     * {@code "link"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
