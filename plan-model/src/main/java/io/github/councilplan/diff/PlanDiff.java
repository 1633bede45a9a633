package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The changes between two editions of a plan: elements added, removed, given a new id, moved,
 * renumbered or reworded, their other fields changed, and links added, removed or given a new
 * note. Nothing that did not change is reported: the diff of a plan with itself, or with an equal
 * plan, is empty.
 *
 * <p><b>Matching.</b> Elements of the two editions are matched as a person comparing them
 * would, each step only among the elements the steps before left unmatched:
 * <ol>
 *   <li>The two plans match each other.
 *   <li><b>By id</b>: an element of the older edition matches the element of the newer with the
 *       same id, if it is of the same kind, wherever each sits.
 *   <li><b>Within the same parent</b>, from the plans down: the children of two matched elements
 *       match each other, kind by kind, by their wording. The text each is known by
 *       ({@link PlanElement#label()}) is reduced to its strings in every language, in order, in
 *       Unicode NFKC form, lower case, with runs of white space made one space and trimmed; two
 *       children whose reduced strings are equal are a pair with the
 *       {@linkplain MatchBasis#WORDING same wording}, and two that share at least four in five
 *       of the distinct words either holds (a word being a run of letters, digits and marks;
 *       shared words divided by all words, a Jaccard index of at least 0.8) a pair with
 *       {@linkplain MatchBasis#SIMILAR_WORDING similar wording}. Pairs are taken best first,
 *       skipping any that names an element already matched: the same wording before similar,
 *       then the larger share of words, then the pair nearer the start of both documents (the
 *       smaller sum of the two positions in document order, then the smaller of the two).
 *   <li><b>Across parents, only where unambiguous</b>: an element whose parent is matched
 *       matches an element of the other edition, of the same kind and also with a matched
 *       parent, when each is the other's only counterpart: the wording of the one is the same as
 *       or similar to (as above) that of exactly one element of its kind in the other edition,
 *       counting every element of the kind, matched or not, and the same holds the other way.
 *       Wording that several elements share, such as two milestones called "End date" under
 *       different actions, never matches across parents, and an element under a removed parent
 *       never matches one under an added parent: it is removed and added.
 * </ol>
 * The children of each pair found by wording are matched in turn, within their parents and across.
 * The threshold is high and the steps narrow on purpose: a wrong match misreports an edit (a
 * false move, another element's old values), while a missed one still shows both texts, as a
 * removal and an addition. The rule treats the editions alike, so the diff from newer to older
 * mirrors the diff from older to newer. An element matched by wording is reported once, with its
 * old and new ids ({@link ChangeKind#ID_CHANGED}), never as removed and added. Similar wording is
 * found through an index of words, comparing one element with at most 64 others (the nearest in
 * document order that share one of its rarest words); where that bound leaves some uncompared,
 * an element's wording counts as ambiguous across parents.
 *
 * <p><b>What is compared.</b> For each matched pair:
 * <ul>
 *   <li>the id ({@link ChangeKind#ID_CHANGED});
 *   <li>the parent: the element has {@linkplain ChangeKind#MOVED moved} when its parent in the
 *       newer edition is not the match of its parent in the older, so the children of a moved or
 *       renamed parent have not moved; the change names both parents, and each after its theme
 *       where the move took the element into another theme;
 *   <li>the display number ({@link ChangeKind#RENUMBERED}); the children of a renumbered element
 *       whose numbers follow it are renumbered too, and each is reported;
 *   <li>the wording ({@link ChangeKind#REWORDED}): the label, or a statement's heading;
 *   <li>every other field ({@link ChangeKind#FIELD_CHANGED}), through the element's JSON form: its
 *       properties less the id, the number, the wording and the properties that hold child
 *       elements (which are elements in their own right), as {@code PlanStructure} names them;
 *       nested objects property by property ({@code tolerance.absolute}, {@code leadIns.outcomes},
 *       {@code edition.decision.date}); extensions value by value, each named by its JSON
 *       pointer ({@code extensions/rag/colour}), at most {@value #MAX_EXTENSION_CHANGES} listed
 *       per element and the rest counted ({@link ChangeKind#UNLISTED_CHANGES}); a piece of work's progress updates period by period
 *       ({@code progress[2025/26 Q1].status}), a measure's targets by period or over the whole
 *       plan ({@code targets[2025/26 Q2].value}, {@code targets[whole plan].value}) and its
 *       actuals by period or as-at date ({@code actuals[as at 2025-09-30].value}), the plan's
 *       related plans by id; other lists whole ({@code owners}, {@code references},
 *       {@code body}); numbers by value. Lists of ids of other elements ({@code owners},
 *       {@code accountableTo}, {@code overseenBy}) are compared through the matching. Comparing
 *       the JSON form rather than each type's accessors covers every field the document format
 *       has, including fields added later, with one rule; the plan's own fields (title,
 *       organisation, period, publication date, edition, languages, level names, overseers,
 *       related plans, purpose, lead-ins, references, extensions) are compared the same way.
 * </ul>
 * Links, which have no id, match when they have the same kind and their ends match: an end in
 * the older edition stands for its match in the newer, so a link survives a change of its ends'
 * ids; the end of a link into a related plan is that plan's id and the element's id there. Links
 * that are the same in every respect pair up in order. A matched link whose note changed is
 * {@link ChangeKind#LINK_CHANGED}.
 *
 * <p><b>Order.</b> {@link #changes()} lists the changes in the document order of the newer
 * edition ({@link Plan#elements()}), each removed element right after the place of the element
 * before it in the older edition; one element's changes in the order of {@link ChangeKind}, its
 * fields in the order of its properties; then the changes to links, in the order of the newer
 * edition's links, removed ones after the link before them in the older. The order, like every
 * value, depends only on the two plans.
 *
 * <p>Both plans must have ids unique across the whole plan, as the validator of
 * {@code plan-schema} requires. Immutable and thread-safe. No method accepts or returns null.
 */
public final class PlanDiff {
    /**
     * The most changes within one element's extensions that are listed one by one; one
     * {@link ChangeKind#UNLISTED_CHANGES} change counts the rest.
     */
    public static final int MAX_EXTENSION_CHANGES = 20;

    private final Plan older;
    private final Plan newer;
    private final List<Change> changes;
    private final Map<ChangeKind, List<Change>> byKind;

    private PlanDiff(Plan older, Plan newer, List<Change> changes) {
        this.older = older;
        this.newer = newer;
        this.changes = List.copyOf(changes);
        Map<ChangeKind, List<Change>> kinds = new EnumMap<>(ChangeKind.class);
        changes.forEach(change -> kinds.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(change));
        kinds.replaceAll((kind, list) -> List.copyOf(list));
        this.byKind = Collections.unmodifiableMap(kinds);
    }

    /**
     * Compares two editions of a plan.
     *
     * @param older the earlier edition, not null
     * @param newer the later edition, not null
     * @return the changes from {@code older} to {@code newer}, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if two elements of one plan share an id, naming the plan
     *     (older or newer), the id and both elements
     */
    public static PlanDiff between(Plan older, Plan newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        return new Comparison(index("older", older), index("newer", newer)).run();
    }

    private static PlanIndex index(String which, Plan plan) {
        try {
            return PlanIndex.of(plan);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(which + " plan '" + plan.id() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns the earlier edition.
     *
     * @return the plan, not null
     */
    public Plan older() {
        return older;
    }

    /**
     * Returns the later edition.
     *
     * @return the plan, not null
     */
    public Plan newer() {
        return newer;
    }

    /**
     * Returns every change, in the order described in the class comment.
     *
     * @return an unmodifiable list, empty if the editions do not differ; not null
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Returns the changes of one kind, in the order of {@link #changes()}.
     *
     * @param kind the kind, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code kind} is null
     */
    public List<Change> changes(ChangeKind kind) {
        return byKind.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of());
    }

    /**
     * Tells whether the editions do not differ in anything this diff compares.
     *
     * @return true if there are no changes
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the number of changes of one kind.
     *
     * @param kind the kind, not null
     * @return the number, 0 or more
     * @throws NullPointerException if {@code kind} is null
     */
    public int count(ChangeKind kind) {
        return changes(kind).size();
    }

    /**
     * Returns the number of changes of each kind that occurs, in the order of {@link ChangeKind}.
     *
     * @return an unmodifiable map without zero counts, empty if there are no changes; not null
     */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        byKind.forEach((kind, list) -> counts.put(kind, list.size()));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Summarises the diff: {@code "no changes"}, or the number of changes and the count of each
     * kind, as {@code "3 changes: 1 added, 1 removed, 1 reworded"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        if (changes.isEmpty()) {
            return "no changes";
        }
        return changes.size() + (changes.size() == 1 ? " change: " : " changes: ") + byKind.entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
    }

    /** One run of the comparison. */
    private static final class Comparison {
        private final PlanIndex olderIndex;
        private final PlanIndex newerIndex;
        private final ElementMatching matching;
        private final DiffNames olderNames;
        private final DiffNames newerNames;
        private final List<Change> changes = new ArrayList<>();

        Comparison(PlanIndex olderIndex, PlanIndex newerIndex) {
            this.olderIndex = olderIndex;
            this.newerIndex = newerIndex;
            this.matching = ElementMatching.between(olderIndex, newerIndex);
            this.olderNames = DiffNames.of(olderIndex);
            this.newerNames = DiffNames.of(newerIndex);
        }

        PlanDiff run() {
            compareElements();
            compareLinks();
            return new PlanDiff(olderIndex.plan(), newerIndex.plan(), changes);
        }

        private void compareElements() {
            List<PlanElement> newers = newerIndex.plan().elements();
            Map<ElementId, Integer> positions = new HashMap<>();
            for (int i = 0; i < newers.size(); i++) {
                positions.put(newers.get(i).id(), i);
            }
            Alignment.align(olderIndex.plan().elements(), newers,
                    o -> matching.newerOf(o).map(n -> positions.get(n.id())).orElse(-1),
                    (o, n) -> {
                        if (o == null) {
                            element(ChangeKind.ADDED, null, n, null, Optional.empty(), n.label().map(Text::toString));
                        } else if (n == null) {
                            element(ChangeKind.REMOVED, o, null, null, o.label().map(Text::toString), Optional.empty());
                        } else {
                            compareMatched(o, n);
                        }
                    });
        }

        private void compareMatched(PlanElement o, PlanElement n) {
            if (!o.id().equals(n.id())) {
                element(ChangeKind.ID_CHANGED, o, n, null, Optional.of(o.id().value()), Optional.of(n.id().value()));
            }
            Optional<PlanElement> olderParent = olderIndex.parent(o.id());
            Optional<PlanElement> newerParent = newerIndex.parent(n.id());
            if (olderParent.isPresent() && newerParent.isPresent()
                    && !matching.newerOf(olderParent.get()).map(PlanElement::id).equals(Optional.of(newerParent.get().id()))) {
                moved(o, n, olderParent.get(), newerParent.get());
            }
            if (!o.number().equals(n.number())) {
                element(ChangeKind.RENUMBERED, o, n, null, o.number().map(Object::toString), n.number().map(Object::toString));
            }
            Optional<Text> olderWording = wording(o);
            Optional<Text> newerWording = wording(n);
            if (!olderWording.equals(newerWording)) {
                element(ChangeKind.REWORDED, o, n, null, olderWording.map(Text::toString), newerWording.map(Text::toString));
            }
            for (Fields.FieldChange field : Fields.compare(o, n, matching::newerId)) {
                element(field.kind(), o, n, field.path(), field.older(), field.newer());
            }
            if (o instanceof Measure && n instanceof Measure) {
                revisions((Measure) o, (Measure) n);
            }
        }

        /**
         * Records the revisions of each target of the newer measure that the older's target for
         * the same period does not record, then those of the older that the newer does not.
         */
        private void revisions(Measure o, Measure n) {
            for (Target target : n.targets()) {
                List<TargetRevision> before = sameTarget(o, target).map(Target::revisions).orElse(List.of());
                for (TargetRevision revision : target.revisions()) {
                    if (!before.contains(revision)) {
                        element(ChangeKind.TARGET_REVISED, o, n, revisionField(target, revision), Optional.empty(),
                                Optional.of(revised(revision)));
                    }
                }
            }
            for (Target target : o.targets()) {
                List<TargetRevision> after = sameTarget(n, target).map(Target::revisions).orElse(List.of());
                for (TargetRevision revision : target.revisions()) {
                    if (!after.contains(revision)) {
                        element(ChangeKind.TARGET_REVISION_DROPPED, o, n, revisionField(target, revision),
                                Optional.of(revised(revision)), Optional.empty());
                    }
                }
            }
        }

        private static Optional<Target> sameTarget(Measure measure, Target target) {
            return target.period().isPresent() ? measure.targetFor(target.period().get()) : measure.targetOverPlan();
        }

        private static String revisionField(Target target, TargetRevision revision) {
            return "targets[" + target.period().map(Object::toString).orElse(Fields.WHOLE_PLAN) + "].revisions["
                    + revision.date() + "]";
        }

        /** A revision as a value: its number, else its words, or {@code withdrawn}. */
        private static String revised(TargetRevision revision) {
            if (revision.withdrawn()) {
                return "withdrawn";
            }
            return revision.value().map(BigDecimal::toPlainString).orElseGet(() -> revision.text().orElseThrow()
                    .toString());
        }

        /**
         * Records a move from one parent to another, naming each after its theme if the theme the
         * old parent sits in (or is) does not match the one the new parent sits in (or is).
         */
        private void moved(PlanElement o, PlanElement n, PlanElement olderParent, PlanElement newerParent) {
            Optional<ElementId> olderTheme = olderIndex.theme(olderParent.id()).map(PlanElement::id);
            Optional<ElementId> newerTheme = newerIndex.theme(newerParent.id()).map(PlanElement::id);
            boolean sameTheme = olderTheme.isEmpty() && newerTheme.isEmpty()
                    || newerTheme.isPresent() && olderTheme.flatMap(matching::newerId).equals(newerTheme);
            boolean themeChanged = !sameTheme;
            changes.add(Change.ofMove(matching.basis(n), o, n, newerNames.of(n), olderParent, newerParent,
                    themeChanged, olderNames.place(olderParent, themeChanged), newerNames.place(newerParent, themeChanged)));
        }

        /** The text that rewording changes: a statement's heading, any other element's label. */
        private static Optional<Text> wording(PlanElement element) {
            return element instanceof Statement ? ((Statement) element).heading() : element.label();
        }

        private void element(ChangeKind kind, PlanElement o, PlanElement n, String field, Optional<String> oldValue,
                Optional<String> newValue) {
            MatchBasis basis = o != null && n != null ? matching.basis(n) : null;
            String subject = n != null ? newerNames.of(n) : olderNames.of(o);
            changes.add(Change.ofElement(kind, basis, o, n, subject, field, oldValue, newValue));
        }

        /** Where a link end is, seen from the newer edition. */
        private enum Place {
            /** An element of the newer edition. */
            NEWER,
            /** An id that names no element of its own edition. */
            UNRESOLVED,
            /** An element of the older edition that has no match in the newer. */
            REMOVED,
            /** An element of a related plan, named by the plan's id and its own: the same in both editions. */
            OTHER_PLAN
        }

        /** A link end, seen from the newer edition: the id of an element, and of its plan if another. */
        private record End(Place place, ElementId id, Optional<ElementId> plan) {
            End(Place place, ElementId id) {
                this(place, id, Optional.empty());
            }
        }

        private record LinkKey(End from, String kind, End to) {}

        private void compareLinks() {
            List<Link> olders = olderIndex.plan().links();
            List<Link> newers = newerIndex.plan().links();
            Map<LinkKey, ArrayDeque<Integer>> unpaired = new HashMap<>();
            for (int i = 0; i < newers.size(); i++) {
                Link link = newers.get(i);
                LinkKey key = new LinkKey(newerEnd(link.from()), Fields.inJson(link.kind()), newerTarget(link));
                unpaired.computeIfAbsent(key, k -> new ArrayDeque<>()).add(i);
            }
            Alignment.align(olders, newers,
                    link -> {
                        LinkKey key = new LinkKey(olderEnd(link.from()), Fields.inJson(link.kind()), olderTarget(link));
                        ArrayDeque<Integer> candidates = unpaired.get(key);
                        return candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
                    },
                    (o, n) -> {
                        if (o == null) {
                            link(ChangeKind.LINK_ADDED, null, n, null, Optional.empty(), Optional.of(value(n)));
                        } else if (n == null) {
                            link(ChangeKind.LINK_REMOVED, o, null, null, Optional.of(value(o)), Optional.empty());
                        } else if (!o.note().equals(n.note())) {
                            link(ChangeKind.LINK_CHANGED, o, n, "note", o.note().map(Text::toString),
                                    n.note().map(Text::toString));
                        }
                    });
        }

        /** Where a newer link ends: in this edition, or in a related plan. */
        private End newerTarget(Link link) {
            return link.toPlan().map(plan -> new End(Place.OTHER_PLAN, link.to(), Optional.of(plan)))
                    .orElseGet(() -> newerEnd(link.to()));
        }

        /** Where an older link ends, seen from the newer edition: there, or in a related plan. */
        private End olderTarget(Link link) {
            return link.toPlan().map(plan -> new End(Place.OTHER_PLAN, link.to(), Optional.of(plan)))
                    .orElseGet(() -> olderEnd(link.to()));
        }

        private End newerEnd(ElementId id) {
            return new End(newerIndex.contains(id) ? Place.NEWER : Place.UNRESOLVED, id);
        }

        /** An end of an older link: its element's match in the newer edition, if it has one. */
        private End olderEnd(ElementId id) {
            if (!olderIndex.contains(id)) {
                return new End(Place.UNRESOLVED, id);
            }
            return matching.newerId(id).map(newerId -> new End(Place.NEWER, newerId))
                    .orElseGet(() -> new End(Place.REMOVED, id));
        }

        private void link(ChangeKind kind, Link o, Link n, String field, Optional<String> oldValue,
                Optional<String> newValue) {
            String subject = n != null ? newerNames.link(n) : olderNames.link(o);
            changes.add(Change.ofLink(kind, o, n, subject, field, oldValue, newValue));
        }

        private static String value(Link link) {
            return link.from() + " " + Fields.inJson(link.kind()) + " " + link.to()
                    + link.toPlan().map(plan -> " in " + plan).orElse("");
        }
    }
}
