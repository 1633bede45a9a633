package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

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
 * moved deliverable 2.2.2 (to another theme): "theme 1 › priority 1.2" -> "theme 2 › priority 2.2"
 * field-changed measure 'kpi-1' targets[2025/26 Q2].value: "82" -> "85"
 * field-changed outcome 1.1 extensions/rag/colour: "amber" -> "red"
 * unlisted-changes outcome 1.1 extensions: 57 more changes
 * id-changed deliverable 1.2.2 (matched by wording): "d-old" -> "d-new"
 * }</pre>
 *
 * <p>Instances are created by {@link PlanDiff}; each is checked when made (an element change has
 * an element and no link, a link change a link and no element, each side as its kind says). They
 * are immutable and thread-safe, and equal when all their parts are. No method returns null.
 */
@Value.Immutable
@PlanStyle
public abstract class Change {
    /** A field written as it is in {@link #toString()}; any other is written as a JSON string. */
    private static final Pattern PLAIN_FIELD = Pattern.compile("[^\"\\\\\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\\s]"
            + "(?:[^\"\\\\\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]*[^\"\\\\\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\\s])?");

    Change() {}

    /**
     * A change to an element, other than a move; {@code older} or {@code newer} is null for an
     * added or removed one, {@code basis} null unless both are given, {@code field} null unless
     * the kind has one.
     */
    static Change ofElement(ChangeKind kind, MatchBasis basis, PlanElement older, PlanElement newer, String subject,
            String field, Optional<String> oldValue, Optional<String> newValue) {
        return ImmutableChange.builder().kind(kind).basis(Optional.ofNullable(basis))
                .olderElement(Optional.ofNullable(older)).newerElement(Optional.ofNullable(newer))
                .subject(subject).field(Optional.ofNullable(field)).oldValue(oldValue).newValue(newValue).build();
    }

    /**
     * A move of a matched element from {@code olderParent} (in the older edition) to
     * {@code newerParent} (in the newer), the values naming the two places.
     */
    static Change ofMove(MatchBasis basis, PlanElement older, PlanElement newer, String subject, PlanElement olderParent,
            PlanElement newerParent, boolean themeChanged, String oldValue, String newValue) {
        return ImmutableChange.builder().kind(ChangeKind.MOVED).basis(basis).olderElement(older).newerElement(newer)
                .subject(subject).olderParent(olderParent).newerParent(newerParent).themeChanged(themeChanged)
                .oldValue(oldValue).newValue(newValue).build();
    }

    /** A change to a link; {@code older} or {@code newer} is null for an added or removed one. */
    static Change ofLink(ChangeKind kind, Link older, Link newer, String subject, String field,
            Optional<String> oldValue, Optional<String> newValue) {
        return ImmutableChange.builder().kind(kind).olderLink(Optional.ofNullable(older))
                .newerLink(Optional.ofNullable(newer)).subject(subject).field(Optional.ofNullable(field))
                .oldValue(oldValue).newValue(newValue).build();
    }

    /**
     * Returns what kind of change this is.
     *
     * @return the kind, not null
     */
    public abstract ChangeKind kind();

    /**
     * Returns how the element this change is about was matched across the editions.
     *
     * @return the basis; empty for an added or removed element and for changes to links
     */
    public abstract Optional<MatchBasis> basis();

    /**
     * Returns what the change is about, for people: the element's name in the newer edition (in
     * the older for a removed element), such as {@code "deliverable 1.2.3"} or
     * {@code "measure 'kpi-7'"}; or, for a link, {@code "link "} and its ends' names and kind,
     * such as {@code "link deliverable 1.2.2 contributesTo outcome 'o-1-1'"}. Names need not be
     * unique; ids are.
     *
     * @return the subject, not null
     */
    public abstract String subject();

    /**
     * Returns the element this change is about as it is in the older edition.
     *
     * @return the element; empty for an added element and for changes to links
     */
    public abstract Optional<PlanElement> olderElement();

    /**
     * Returns the element this change is about as it is in the newer edition.
     *
     * @return the element; empty for a removed element and for changes to links
     */
    public abstract Optional<PlanElement> newerElement();

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
        return newerElement().or(this::olderElement).map(PlanElement::kind);
    }

    /**
     * Returns, for a {@linkplain ChangeKind#MOVED move}, the element's parent in the older
     * edition: where it moved from.
     *
     * @return the parent in the older edition; empty for other kinds of change
     */
    public abstract Optional<PlanElement> olderParent();

    /**
     * Returns, for a {@linkplain ChangeKind#MOVED move}, the element's parent in the newer
     * edition: where it moved to.
     *
     * @return the parent in the newer edition; empty for other kinds of change
     */
    public abstract Optional<PlanElement> newerParent();

    /**
     * Tells whether this is a {@linkplain ChangeKind#MOVED move} that also took the element into
     * another theme: the theme its old parent sits in (or is) does not match the theme its new
     * parent sits in (or is), or only one of the two sits in a theme. The values of such a move
     * name each parent with its theme.
     *
     * @return true for a move into another theme; false otherwise
     */
    @Value.Default
    public boolean themeChanged() {
        return false;
    }

    /**
     * Returns the link this change is about as it is in the older edition.
     *
     * @return the link; empty for an added link and for changes to elements
     */
    public abstract Optional<Link> olderLink();

    /**
     * Returns the link this change is about as it is in the newer edition.
     *
     * @return the link; empty for a removed link and for changes to elements
     */
    public abstract Optional<Link> newerLink();

    /**
     * Returns the field that changed, for {@link ChangeKind#FIELD_CHANGED},
     * {@link ChangeKind#UNLISTED_CHANGES}, {@link ChangeKind#LINK_CHANGED} and a target's revision
     * ({@link ChangeKind#TARGET_REVISED}, {@link ChangeKind#TARGET_REVISION_DROPPED}:
     * {@code targets[2025/26].revisions[2025-10-01]}): the JSON property
     * name ({@code description}, {@code owners}), then {@code .name} for each nested property
     * ({@code edition.status}, {@code leadIns.outcomes}), or {@code [key]} for an entry of a list
     * compared entry by entry: a piece of work's progress update by its period
     * ({@code progress[2025/26 Q1].status}), a measure's target by its period or
     * {@code whole plan} ({@code targets[2025/26].value}, {@code targets[whole plan].text}), its
     * actual by its period or as-at date ({@code actuals[as at 2025-09-30].value}), a related plan
     * by its id ({@code relatedPlans[strategy].title}). A value within the element's extensions is
     * named {@code extensions} and the JSON pointer (RFC 6901) of the value within them
     * ({@code extensions/rag/colour}, {@code extensions/tags/0}, {@code extensions/a~1b} for the
     * key {@code a/b}); an {@link ChangeKind#UNLISTED_CHANGES} change's field is
     * {@code extensions}.
     *
     * @return the field; empty for other kinds of change
     */
    public abstract Optional<String> field();

    /**
     * Returns the value before the change: text as {@link io.github.councilplan.model.Text#toString()}
     * gives it, a JSON string field as the string itself, any other JSON value as compact JSON
     * ({@code 82}, {@code ["o-1","o-2"]}). A value within extensions that
     * {@code ShownValue} would shorten or escape (one longer than 40 characters, or holding a
     * control character) is given as that class shows it: in single quotes, escaped, cut to 40
     * characters with {@code ...}. For {@link ChangeKind#UNLISTED_CHANGES}, the number of changes
     * not listed.
     *
     * @return the old value; empty where there is none (an added element, an absent field)
     */
    public abstract Optional<String> oldValue();

    /**
     * Returns the value after the change, written as {@link #oldValue()} is.
     *
     * @return the new value; empty where there is none (a removed element, an absent field)
     */
    public abstract Optional<String> newValue();

    @Value.Check
    void check() {
        boolean elements = olderElement().isPresent() || newerElement().isPresent();
        boolean links = olderLink().isPresent() || newerLink().isPresent();
        if (kind().isLinkChange() ? !links || elements : !elements || links) {
            throw new IllegalArgumentException("kind: " + kind().code() + " is a change to "
                    + (kind().isLinkChange() ? "a link" : "an element") + ", but the change has "
                    + (elements ? "an element" : "no element") + " and " + (links ? "a link" : "no link"));
        }
        boolean older = olderElement().isPresent() || olderLink().isPresent();
        boolean newer = newerElement().isPresent() || newerLink().isPresent();
        boolean added = kind() == ChangeKind.ADDED || kind() == ChangeKind.LINK_ADDED;
        boolean removed = kind() == ChangeKind.REMOVED || kind() == ChangeKind.LINK_REMOVED;
        if (older == added || newer == removed) {
            throw new IllegalArgumentException("kind: a change of kind " + kind().code() + " has "
                    + (older ? "an" : "no") + " older side and " + (newer ? "a" : "no") + " newer side");
        }
        if (basis().isPresent() != (older && newer && elements)) {
            throw new IllegalArgumentException("basis: a change of kind " + kind().code() + (basis().isPresent()
                    ? " has no basis, but was given " + basis().get().code() : " needs a basis"));
        }
        boolean fielded = kind() == ChangeKind.FIELD_CHANGED || kind() == ChangeKind.UNLISTED_CHANGES
                || kind() == ChangeKind.LINK_CHANGED || kind() == ChangeKind.TARGET_REVISED
                || kind() == ChangeKind.TARGET_REVISION_DROPPED;
        if (field().isPresent() != fielded) {
            throw new IllegalArgumentException("field: a change of kind " + kind().code()
                    + (fielded ? " needs a field" : " has none, but was given " + field().get()));
        }
        boolean moved = kind() == ChangeKind.MOVED;
        if (olderParent().isPresent() != moved || newerParent().isPresent() != moved || themeChanged() && !moved) {
            throw new IllegalArgumentException("olderParent: only a change of kind moved has parents and may "
                    + "change theme, but a change of kind " + kind().code() + " was given them");
        }
    }

    /**
     * Returns the change as one line: its kind's code, its subject, its field if any (as a JSON
     * string if it holds quotes, control characters or space at either end), whether it was
     * matched by wording and whether a move changed theme, and its values as JSON strings (so a
     * line break in a value is written {@code \n}; {@code (none)} where absent): the new value of
     * an addition or a target's revision, the old of a removal or a dropped revision, the number
     * of changes not listed for {@link ChangeKind#UNLISTED_CHANGES}, {@code "old" -> "new"}
     * otherwise.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(kind().code()).append(' ').append(subject());
        field().ifPresent(field -> line.append(' ').append(PLAIN_FIELD.matcher(field).matches() ? field : Fields.quoted(field)));
        basis().filter(basis -> basis == MatchBasis.WORDING || basis == MatchBasis.SIMILAR_WORDING)
                .ifPresent(basis -> line.append(" (matched by ").append(basis.code().replace('-', ' ')).append(')'));
        if (themeChanged()) {
            line.append(" (to another theme)");
        }
        line.append(": ");
        if (kind() == ChangeKind.ADDED || kind() == ChangeKind.LINK_ADDED || kind() == ChangeKind.TARGET_REVISED) {
            line.append(quoted(newValue()));
        } else if (kind() == ChangeKind.REMOVED || kind() == ChangeKind.LINK_REMOVED
                || kind() == ChangeKind.TARGET_REVISION_DROPPED) {
            line.append(quoted(oldValue()));
        } else if (kind() == ChangeKind.UNLISTED_CHANGES) {
            line.append(newValue().orElseThrow()).append(" more changes");
        } else {
            line.append(quoted(oldValue())).append(" -> ").append(quoted(newValue()));
        }
        return line.toString();
    }

    private static String quoted(Optional<String> value) {
        return value.map(Fields::quoted).orElse("(none)");
    }
}
