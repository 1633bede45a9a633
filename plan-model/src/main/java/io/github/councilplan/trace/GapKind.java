package io.github.councilplan.trace;

import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.model.ElementKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The kinds of gap in a plan's traceability that {@link PlanGaps} reports, in the order it
 * reports them. Each kind names one kind of element and has a stable {@link #code()} in lower
 * case words joined by hyphens, as problem and change codes are, for output such as JSON and for
 * command-line options; codes never change meaning.
 * The exact condition of each kind is given on its constant and in {@link PlanGaps}.
 */
public enum GapKind {
    /**
     * {@code outcome-unsupported}: an outcome that no leaf work serves (by links or by
     * containment, as {@link PlanIndex#workServing} answers) and no measure evidences directly.
     */
    OUTCOME_UNSUPPORTED(EnumSet.of(ElementKind.OUTCOME), "outcomes that no work serves and no measure evidences"),
    /**
     * {@code work-serves-no-outcome}: leaf work that serves no outcome, by links or by containment
     * ({@link PlanIndex#outcomesServedBy} is empty): it has no {@code contributesTo} route to an
     * outcome, and neither it, the work containing it nor its theme holds an outcome.
     */
    WORK_SERVES_NO_OUTCOME(work(), "work that serves no outcome"),
    /**
     * {@code work-without-owner}: leaf work that names no owner, and neither does any element that
     * contains it (the work above it, its theme), whose owners it would inherit.
     */
    WORK_WITHOUT_OWNER(work(), "work without an owner"),
    /** {@code work-without-milestone}: leaf work with no milestones. */
    WORK_WITHOUT_MILESTONE(work(), "work without a milestone"),
    /**
     * {@code work-without-measure}: leaf work that no measure evidences, directly or through the
     * work that contains it.
     */
    WORK_WITHOUT_MEASURE(work(), "work without a measure"),
    /**
     * {@code priority-without-deliverables}: a priority with no deliverables, in a plan whose other
     * priorities have some (a plan that stops at priorities has no such gap).
     */
    PRIORITY_WITHOUT_DELIVERABLES(EnumSet.of(ElementKind.PRIORITY), "priorities without deliverables"),
    /** {@code principle-unreflected}: a cross-cutting principle that no element reflects. */
    PRINCIPLE_UNREFLECTED(EnumSet.of(ElementKind.PRINCIPLE), "principles that nothing reflects"),
    /** {@code measure-without-target}: a measure with no target at all. */
    MEASURE_WITHOUT_TARGET(EnumSet.of(ElementKind.MEASURE), "measures without a target"),
    /**
     * {@code measure-without-recent-actual}: a measure with a frequency and no actual for its
     * latest due period, or any later one (see {@link PlanGaps#latestDuePeriod}).
     */
    MEASURE_WITHOUT_RECENT_ACTUAL(EnumSet.of(ElementKind.MEASURE), "measures without a recent actual"),
    /**
     * {@code outcome-without-national-metric}: an outcome whose measures (those that evidence it,
     * or evidence leaf work that serves it) include no national metric
     * ({@link io.github.councilplan.model.Measure#hasNationalMetric()}). Not a default kind: a
     * report checks it only when asked ({@link PlanGaps#of(PlanIndex, java.time.LocalDate, Set)}).
     */
    OUTCOME_WITHOUT_NATIONAL_METRIC(EnumSet.of(ElementKind.OUTCOME), "outcomes whose measures include no national"
            + " metric", false);

    private final Set<ElementKind> elementKinds;
    private final String description;
    private final String code;
    private final boolean byDefault;

    private static Set<ElementKind> work() {
        return EnumSet.of(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);
    }

    GapKind(Set<ElementKind> elementKinds, String description) {
        this(elementKinds, description, true);
    }

    GapKind(Set<ElementKind> elementKinds, String description, boolean byDefault) {
        this.elementKinds = Collections.unmodifiableSet(EnumSet.copyOf(elementKinds));
        this.description = description;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.byDefault = byDefault;
    }

    /**
     * Tells whether a report checks this kind unless asked otherwise
     * ({@link PlanGaps#of(PlanIndex, java.time.LocalDate)}); every kind but
     * {@link #OUTCOME_WITHOUT_NATIONAL_METRIC} is.
     *
     * @return true for a default kind
     */
    public boolean byDefault() {
        return byDefault;
    }

    /**
     * Returns the kinds a report checks unless asked otherwise, in order.
     *
     * @return an unmodifiable set, not null
     */
    public static Set<GapKind> defaults() {
        EnumSet<GapKind> kinds = EnumSet.noneOf(GapKind.class);
        for (GapKind kind : values()) {
            if (kind.byDefault) {
                kinds.add(kind);
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * Returns the stable code of this kind in lower case words joined by hyphens, such as
     * {@code "work-without-owner"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the kinds of element a gap of this kind names: one kind, or the three levels of
     * work for the gaps of leaf work.
     *
     * @return an unmodifiable set, iterating in the order of {@link ElementKind}; not null
     */
    public Set<ElementKind> elementKinds() {
        return elementKinds;
    }

    /**
     * Returns a short plural description for headings, such as
     * {@code "work without an owner"}.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the kind with a code.
     *
     * @param code the code, exactly as {@link #code()} returns it, not null
     * @return the kind, not null
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no kind has this code; the message lists the codes
     */
    public static GapKind fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (GapKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        StringBuilder codes = new StringBuilder();
        for (GapKind kind : values()) {
            codes.append(codes.length() == 0 ? "" : ", ").append(kind.code);
        }
        throw new IllegalArgumentException("gap kind: " + ShownValue.of(code) + " is not one of " + codes);
    }

    /**
     * Returns the {@linkplain #code() code}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
