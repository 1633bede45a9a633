package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import java.util.Objects;
import java.util.Optional;

/**
 * One change between two editions of a plan: an element or link added or removed, or one aspect
 * of a matched element or link that differs (see {@link ChangeKind} for what the values of each
 * kind are).
 *
 * <p>A change names its {@linkplain #subject() subject} for people, gives the element (or link)
 * as it is in each edition where it exists, and gives its old and new values as strings, ready to
 * print as text or JSON. {@link #toString()} is one line:
 *
 * <pre>{@code
 * removed deliverable 1.2.3: "Embed continuous improvement …"
 * reworded deliverable 1.2.2: "Innovate our services through digital efficiencies" -> "Innovate …"
 * moved deliverable 1.3.5: "priority 1.2" -> "priority 1.3"
 * field-changed measure 'kpi-1' targets[2025/26 Q2].value: "82" -> "85"
 * id-changed deliverable 1.2.2 (matched by wording): "d-old" -> "d-new"
 * }</pre>
 *
 * <p>Instances are created by {@link PlanDiff}; they are immutable and thread-safe, and equal when
 * all their parts are. No method returns null.
 */
public final class Change {
    private final ChangeKind kind;
    private final MatchBasis basis;
    private final PlanElement olderElement;
    private final PlanElement newerElement;
    private final Link olderLink;
    private final Link newerLink;
    private final String subject;
    private final String field;
    private final String oldValue;
    private final String newValue;

    private Change(ChangeKind kind, MatchBasis basis, PlanElement olderElement, PlanElement newerElement,
            Link olderLink, Link newerLink, String subject, String field, String oldValue, String newValue) {
        this.kind = kind;
        this.basis = basis;
        this.olderElement = olderElement;
        this.newerElement = newerElement;
        this.olderLink = olderLink;
        this.newerLink = newerLink;
        this.subject = subject;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /**
     * A change to an element, named by {@code subject} (see
     * {@link io.github.councilplan.model.message.ElementLabels}); {@code older} or {@code newer} is
     * null for an added or removed one.
     */
    static Change ofElement(ChangeKind kind, MatchBasis basis, PlanElement older, PlanElement newer, String subject,
            String field, Optional<String> oldValue, Optional<String> newValue) {
        return new Change(kind, basis, older, newer, null, null, subject, field,
                oldValue.orElse(null), newValue.orElse(null));
    }

    /** A change to a link; {@code older} or {@code newer} is null for an added or removed one. */
    static Change ofLink(ChangeKind kind, Link older, Link newer, String subject, String field,
            Optional<String> oldValue, Optional<String> newValue) {
        return new Change(kind, null, null, null, older, newer, subject, field, oldValue.orElse(null),
                newValue.orElse(null));
    }

    /**
     * Returns what kind of change this is.
     *
     * @return the kind, not null
     */
    public ChangeKind kind() {
        return kind;
    }

    /**
     * Returns how the element this change is about was matched across the editions.
     *
     * @return the basis; empty for an added or removed element and for changes to links
     */
    public Optional<MatchBasis> basis() {
        return Optional.ofNullable(basis);
    }

    /**
     * Returns what the change is about, for people: the element's description in the newer
     * edition (in the older for a removed element), such as {@code "deliverable 1.2.3"} or
     * {@code "measure 'kpi-7'"}; or, for a link, {@code "link "} and its ends' descriptions and
     * kind, such as {@code "link deliverable 1.2.2 contributesTo outcome 'o-1-1'"}. Descriptions
     * need not be unique; ids are.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the element this change is about as it is in the older edition.
     *
     * @return the element; empty for an added element and for changes to links
     */
    public Optional<PlanElement> olderElement() {
        return Optional.ofNullable(olderElement);
    }

    /**
     * Returns the element this change is about as it is in the newer edition.
     *
     * @return the element; empty for a removed element and for changes to links
     */
    public Optional<PlanElement> newerElement() {
        return Optional.ofNullable(newerElement);
    }

    /**
     * Returns the id of the element this change is about in the older edition.
     *
     * @return the id; empty for an added element and for changes to links
     */
    public Optional<ElementId> olderId() {
        return olderElement().map(PlanElement::id);
    }

    /**
     * Returns the id of the element this change is about in the newer edition.
     *
     * @return the id; empty for a removed element and for changes to links
     */
    public Optional<ElementId> newerId() {
        return newerElement().map(PlanElement::id);
    }

    /**
     * Returns the kind of the element this change is about (the same in both editions, as only
     * elements of one kind are matched).
     *
     * @return the kind; empty for changes to links
     */
    public Optional<ElementKind> elementKind() {
        return (newerElement != null ? newerElement() : olderElement()).map(PlanElement::kind);
    }

    /**
     * Returns the link this change is about as it is in the older edition.
     *
     * @return the link; empty for an added link and for changes to elements
     */
    public Optional<Link> olderLink() {
        return Optional.ofNullable(olderLink);
    }

    /**
     * Returns the link this change is about as it is in the newer edition.
     *
     * @return the link; empty for a removed link and for changes to elements
     */
    public Optional<Link> newerLink() {
        return Optional.ofNullable(newerLink);
    }

    /**
     * Returns the field that changed, for {@link ChangeKind#FIELD_CHANGED} and
     * {@link ChangeKind#LINK_CHANGED}: the JSON property name ({@code description},
     * {@code owners}), then {@code .name} for each nested property ({@code edition.status},
     * {@code leadIns.outcomes}, {@code extensions.colour}), or {@code [key]} for an entry of a list
     * compared entry by entry: a piece of work's progress update by its period
     * ({@code progress[2025/26 Q1].status}), a measure's target by its period or
     * {@code whole plan} ({@code targets[2025/26].value}, {@code targets[whole plan].text}), its
     * actual by its period or as-at date ({@code actuals[as at 2025-09-30].value}), a related plan
     * by its id ({@code relatedPlans[strategy].title}). A name that holds {@code .}, brackets,
     * quotes or control characters, or is blank or padded, is written as a JSON string in
     * brackets ({@code extensions["a.b"]}).
     *
     * @return the field; empty for other kinds of change
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * Returns the value before the change: text as {@link io.github.councilplan.model.Text#toString()}
     * gives it, a JSON string field as the string itself, any other JSON value as compact JSON
     * ({@code 82}, {@code ["o-1","o-2"]}).
     *
     * @return the old value; empty where there is none (an added element, an absent field)
     */
    public Optional<String> oldValue() {
        return Optional.ofNullable(oldValue);
    }

    /**
     * Returns the value after the change, written as {@link #oldValue()} is.
     *
     * @return the new value; empty where there is none (a removed element, an absent field)
     */
    public Optional<String> newValue() {
        return Optional.ofNullable(newValue);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Change)) {
            return false;
        }
        Change that = (Change) other;
        return kind == that.kind && basis == that.basis
                && Objects.equals(olderElement, that.olderElement) && Objects.equals(newerElement, that.newerElement)
                && Objects.equals(olderLink, that.olderLink) && Objects.equals(newerLink, that.newerLink)
                && subject.equals(that.subject) && Objects.equals(field, that.field)
                && Objects.equals(oldValue, that.oldValue) && Objects.equals(newValue, that.newValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, basis, olderElement, newerElement, olderLink, newerLink, subject, field, oldValue,
                newValue);
    }

    /**
     * Returns the change as one line: its kind's code, its subject, its field if any, whether it
     * was matched by wording, and its values as JSON strings (so a line break in a value is
     * written {@code \n}; {@code (none)} where absent): the new value of an addition, the old of
     * a removal, {@code "old" -> "new"} otherwise.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(kind.code()).append(' ').append(subject);
        if (field != null) {
            line.append(' ').append(field);
        }
        if (basis == MatchBasis.WORDING || basis == MatchBasis.SIMILAR_WORDING) {
            line.append(" (matched by ").append(basis.code().replace('-', ' ')).append(')');
        }
        line.append(": ");
        if (kind == ChangeKind.ADDED || kind == ChangeKind.LINK_ADDED) {
            line.append(quoted(newValue));
        } else if (kind == ChangeKind.REMOVED || kind == ChangeKind.LINK_REMOVED) {
            line.append(quoted(oldValue));
        } else {
            line.append(quoted(oldValue)).append(" -> ").append(quoted(newValue));
        }
        return line.toString();
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : Fields.quoted(value);
    }
}
