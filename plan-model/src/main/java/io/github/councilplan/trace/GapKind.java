package io.github.councilplan.trace;

import io.github.councilplan.model.ElementKind;
import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of gap in a plan's traceability that {@link PlanGaps} reports, in the order it
 * reports them. Each kind names one kind of element and has a stable {@link #code()} in lower
 * case words joined by hyphens, as problem and change codes are, for output such as JSON and for
 * command-line options; codes never change meaning.
 * The exact condition of each kind is given on its constant and in {@link PlanGaps}.
 */
public enum GapKind {
    /**
     * {@code outcome-unsupported}: an outcome that no deliverable serves (by links or by
     * containment, as {@link PlanIndex#deliverablesServing} answers) and no measure evidences
     * directly.
     */
    OUTCOME_UNSUPPORTED(ElementKind.OUTCOME, "outcomes that no deliverable serves and no measure evidences"),
    /**
     * {@code deliverable-serves-no-outcome}: a deliverable that serves no outcome, by links or by
     * containment ({@link PlanIndex#outcomesServedBy} is empty): it has no {@code contributesTo}
     * route to an outcome and its theme has no outcomes.
     */
    DELIVERABLE_SERVES_NO_OUTCOME(ElementKind.DELIVERABLE, "deliverables that serve no outcome"),
    /**
     * {@code deliverable-without-owner}: a deliverable that names no owner, and neither does any
     * element that contains it (its priority, objective or theme), whose owners it would inherit.
     */
    DELIVERABLE_WITHOUT_OWNER(ElementKind.DELIVERABLE, "deliverables without an owner"),
    /** {@code deliverable-without-milestone}: a deliverable with no milestones. */
    DELIVERABLE_WITHOUT_MILESTONE(ElementKind.DELIVERABLE, "deliverables without a milestone"),
    /**
     * {@code deliverable-without-measure}: a deliverable that no measure evidences, directly or
     * through the priority or objective that contains it.
     */
    DELIVERABLE_WITHOUT_MEASURE(ElementKind.DELIVERABLE, "deliverables without a measure"),
    /** {@code priority-without-deliverables}: a priority with no deliverables. */
    PRIORITY_WITHOUT_DELIVERABLES(ElementKind.PRIORITY, "priorities without deliverables"),
    /** {@code measure-without-target}: a measure with no target for any period. */
    MEASURE_WITHOUT_TARGET(ElementKind.MEASURE, "measures without a target"),
    /**
     * {@code measure-without-recent-actual}: a measure with no actual for its latest due period, or
     * any later one (see {@link PlanGaps#latestDuePeriod}).
     */
    MEASURE_WITHOUT_RECENT_ACTUAL(ElementKind.MEASURE, "measures without a recent actual");

    private final ElementKind elementKind;
    private final String description;
    private final String code;

    GapKind(ElementKind elementKind, String description) {
        this.elementKind = elementKind;
        this.description = description;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the stable code of this kind in lower case words joined by hyphens, such as
     * {@code "deliverable-without-owner"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the kind of element a gap of this kind names.
     *
     * @return the element kind, not null
     */
    public ElementKind elementKind() {
        return elementKind;
    }

    /**
     * Returns a short plural description for headings, such as
     * {@code "deliverables without an owner"}.
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
        throw new IllegalArgumentException("gap kind: '" + abbreviate(code) + "' is not one of " + codes);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
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
