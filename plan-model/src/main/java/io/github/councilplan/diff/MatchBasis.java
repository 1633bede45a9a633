package io.github.councilplan.diff;

/**
 * How an element of the older edition was matched with one of the newer. Each basis has a stable
 * {@linkplain #code() code}.
 */
public enum MatchBasis {
    /** Both elements have the same id and kind. */
    ID("id"),
    /**
     * The ids differ, but the elements are of the same kind and their wording is the same once
     * normalised (see {@link PlanDiff} for the rule).
     */
    WORDING("wording"),
    /**
     * The ids differ and the wording differs, but the elements are of the same kind and their
     * wording shares enough words (see {@link PlanDiff} for the threshold).
     */
    SIMILAR_WORDING("similar-wording"),
    /** The two plans themselves, which are always compared with each other, whatever their ids. */
    ROOT("root");

    private final String code;

    MatchBasis(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code of this basis, in lower case with hyphens: {@code "similar-wording"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
