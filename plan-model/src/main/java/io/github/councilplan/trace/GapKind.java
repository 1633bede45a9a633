package io.github.councilplan.trace;

import io.github.councilplan.model.ElementKind;
import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of gap in a plan's traceability that {@link PlanGaps} reports, in the order it
 * reports them. Each kind names one kind of element and has a stable {@link #code()} in lower
 * camel case, for output such as JSON and for command-line options; codes never change meaning.
 * The exact condition of each kind is given on its constant and in {@link PlanGaps}.
 */
public enum GapKind {
    /**
     * {@code outcomeUnsupported}: an outcome that no deliverable serves (by links or by
     * containment, as {@link PlanIndex#deliverablesServing} answers) and no measure evidences
     * directly.
     */
    OUTCOME_UNSUPPORTED(ElementKind.OUTCOME, "outcomes that no deliverable serves and no measure evidences"),
    /**
     * {@code deliverableServesNoOutcome}: a deliverable that serves no outcome, by links or by
     * containment ({@link PlanIndex#outcomesServedBy} is empty): it has no {@code contributesTo}
     * route to an outcome and its theme has no outcomes.
     */
    DELIVERABLE_SERVES_NO_OUTCOME(ElementKind.DELIVERABLE, "deliverables that serve no outcome"),
    /**
     * {@code deliverableWithoutOwner}: a deliverable that names no owner, and neither does any
     * element that contains it (its priority, objective or theme), whose owners it would inherit.
     */
    DELIVERABLE_WITHOUT_OWNER(ElementKind.DELIVERABLE, "deliverables without an owner"),
    /** {@code deliverableWithoutMilestone}: a deliverable with no milestones. */
    DELIVERABLE_WITHOUT_MILESTONE(ElementKind.DELIVERABLE, "deliverables without a milestone"),
    /**
     * {@code deliverableWithoutMeasure}: a deliverable that no measure evidences, directly or
     * through the priority or objective that contains it.
     */
    DELIVERABLE_WITHOUT_MEASURE(ElementKind.DELIVERABLE, "deliverables without a measure"),
    /** {@code priorityWithoutDeliverables}: a priority with no deliverables. */
    PRIORITY_WITHOUT_DELIVERABLES(ElementKind.PRIORITY, "priorities without deliverables"),
    /** {@code measureWithoutTarget}: a measure with no target for any period. */
    MEASURE_WITHOUT_TARGET(ElementKind.MEASURE, "measures without a target"),
    /**
     * {@code measureWithoutRecentActual}: a measure with no actual for its latest due period, or
     * any later one (see {@link PlanGaps#latestDuePeriod}).
     */
    MEASURE_WITHOUT_RECENT_ACTUAL(ElementKind.MEASURE, "measures without a recent actual");

    private final ElementKind elementKind;
    private final String description;
    private final String code;

    GapKind(ElementKind elementKind, String description) {
        this.elementKind = elementKind;
        this.description = description;
        this.code = lowerCamel(name());
    }

    private static String lowerCamel(String constant) {
        StringBuilder code = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            code.append(code.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return code.toString();
    }

    /**
     * Returns the stable code of this kind in lower camel case, such as
     * {@code "deliverableWithoutOwner"}.
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
