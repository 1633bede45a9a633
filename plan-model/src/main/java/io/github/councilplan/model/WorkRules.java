package io.github.councilplan.model;

/** The structural rules every level of {@link Work} follows, checked when it is built. */
final class WorkRules {
    private WorkRules() {}

    /**
     * Checks a piece of work: its owners are distinct, it has one progress update per period at
     * most, it does not end before it starts, and its parts follow {@link Siblings}.
     *
     * @throws IllegalArgumentException naming the work, the field and the value of the first break
     */
    static void check(Work work) {
        Siblings.requireDistinct(work, "owners", work.owners());
        Siblings.requireOnePerPeriod(work, work.progress());
        if (work.start().isPresent() && work.end().isPresent() && work.end().get().endsBefore(work.start().get())) {
            throw new IllegalArgumentException(work.describe() + ": end '" + work.end().get() + "' is before start '"
                    + work.start().get() + "'");
        }
        Siblings.check(work);
    }
}
