package io.github.councilplan.diff;

/**
 * What kind of change a {@link Change} records. Each kind has a stable {@linkplain #code() code}
 * for output meant for programs; codes never change meaning, and new kinds may be added.
 *
 * <p>The constants are declared in the order in which one element's changes are listed.
 */
public enum ChangeKind {
    /**
     * An element of the newer edition matches none of the older. The new value is its wording
     * (as {@link io.github.councilplan.model.Text#toString()} gives it), absent for a theme known
     * only by its number; there is no old value.
     */
    ADDED("added"),
    /**
     * An element of the older edition matches none of the newer. The old value is its wording,
     * absent for a theme known only by its number; there is no new value.
     */
    REMOVED("removed"),
    /**
     * An element matched by wording (or the plan itself) has a new id. The values are the old and
     * new ids.
     */
    ID_CHANGED("id-changed"),
    /**
     * An element sits under a different parent: the parent in the newer edition is not the one
     * that matches its parent in the older. An element that moves with its parent has not moved.
     * The values name the old and new parents, each in its own edition, such as
     * {@code priority 1.2}; where the move also took the element into another theme
     * ({@link Change#themeChanged()}), each is named after its theme, as
     * {@code theme 1 › priority 1.2}. {@link Change#olderParent()} and {@link Change#newerParent()}
     * give the two parents.
     */
    MOVED("moved"),
    /**
     * An element's display number changed, was added or was removed. The values are the old and
     * new numbers, absent where the element has none.
     */
    RENUMBERED("renumbered"),
    /**
     * The text an element is known by changed, in any language: a theme's, measure's, value's or
     * principle's name, an objective's, priority's, deliverable's, milestone's or list's title, an
     * outcome's statement, a commitment's or list item's text, a statement's heading, the plan's
     * title (the property {@code PlanStructure} names the element's wording). The values are the
     * old and new text, absent for a statement without a heading or a theme without a name.
     */
    REWORDED("reworded"),
    /**
     * Another field of an element changed (see {@link Change#field()} for how the field is
     * named). The values are the field's old and new values, absent where the field is absent.
     */
    FIELD_CHANGED("field-changed"),
    /**
     * An element's extensions changed in more places than are listed one by one: at most
     * {@value PlanDiff#MAX_EXTENSION_CHANGES} of an element's changes within its extensions are
     * listed, as {@link #FIELD_CHANGED}, and this change counts the rest. The field is
     * {@code extensions}; both values are the number of changes not listed, such as {@code 57}.
     */
    UNLISTED_CHANGES("unlisted-changes"),
    /**
     * A measure's target has a revision in the newer edition that the older does not record (a
     * target made harder or easier, reworded or withdrawn by a decision between the two editions,
     * or recorded since). The field names the target and the revision's date, as
     * {@code targets[2025/26].revisions[2025-10-01]} ({@code targets[whole plan]...} for a target
     * over the whole plan); there is no old value (the target in force before it is
     * {@link io.github.councilplan.model.Target#asAt} the day before); the new value is the
     * revised target: its number, its words where it has no number, or {@code withdrawn}.
     */
    TARGET_REVISED("target-revised"),
    /**
     * A revision of a measure's target that the older edition records is not in the newer (it was
     * corrected, or dropped). The field is named as for {@link #TARGET_REVISED}; the old value is
     * the revised target the older edition recorded, written as for {@link #TARGET_REVISED}, and
     * there is no new value. Compared the other way round, the two editions give the one kind for
     * the other.
     */
    TARGET_REVISION_DROPPED("target-revision-dropped"),
    /**
     * A link of the newer edition matches none of the older. The new value is the link as
     * {@code FROM-ID KIND TO-ID}, such as {@code d-1.2.2 contributesTo o-1-1}, and for a link into
     * a related plan {@code in PLAN-ID} after it.
     */
    LINK_ADDED("link-added"),
    /**
     * A link of the older edition matches none of the newer. The old value is the link as
     * {@code FROM-ID KIND TO-ID}, and {@code in PLAN-ID} for a link into a related plan.
     */
    LINK_REMOVED("link-removed"),
    /** A link's note changed. The field is {@code note}; the values are the old and new note. */
    LINK_CHANGED("link-changed");

    private final String code;

    ChangeKind(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code of this kind, in lower case with hyphens: {@code "field-changed"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether changes of this kind concern a link rather than an element.
     *
     * @return true for {@link #LINK_ADDED}, {@link #LINK_REMOVED} and {@link #LINK_CHANGED}
     */
    public boolean isLinkChange() {
        return this == LINK_ADDED || this == LINK_REMOVED || this == LINK_CHANGED;
    }
}
