package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which element of the older edition is which of the newer: the two plans with each other, then
 * elements of the same kind with the same id, then the children of matched parents by wording,
 * the best pairs first, then elements of matched parents across parents where their wording is
 * unambiguous (see {@link PlanDiff} for the rule).
 */
final class ElementMatching {
    /** Similar wording needs at least {@value #SHARED_NUMERATOR}/{@value #SHARED_DENOMINATOR} of the words shared. */
    static final int SHARED_NUMERATOR = 4;
    static final int SHARED_DENOMINATOR = 5;
    /** The most elements of the other edition one element is compared with for similar wording. */
    static final int MAX_COMPARED = 64;

    private final PlanIndex older;
    private final PlanIndex newer;
    private final Map<ElementId, Integer> olderPositions;
    private final Map<ElementId, Integer> newerPositions;
    private final Map<ElementId, ElementId> olderToNewer = new HashMap<>();
    private final Map<ElementId, ElementId> newerToOlder = new HashMap<>();
    private final Map<ElementId, MatchBasis> basisByNewerId = new HashMap<>();

    private ElementMatching(PlanIndex older, PlanIndex newer) {
        this.older = older;
        this.newer = newer;
        this.olderPositions = positions(older);
        this.newerPositions = positions(newer);
    }

    static ElementMatching between(PlanIndex older, PlanIndex newer) {
        ElementMatching matching = new ElementMatching(older, newer);
        matching.matchPlans();
        matching.matchByIds();
        matching.matchByWording();
        return matching;
    }

    private static Map<ElementId, Integer> positions(PlanIndex index) {
        Map<ElementId, Integer> positions = new HashMap<>();
        List<PlanElement> elements = index.plan().elements();
        for (int i = 0; i < elements.size(); i++) {
            positions.put(elements.get(i).id(), i);
        }
        return positions;
    }

    /** Returns the element of the newer edition that matches an element of the older. */
    Optional<PlanElement> newerOf(PlanElement olderElement) {
        ElementId id = olderToNewer.get(olderElement.id());
        return id == null ? Optional.empty() : Optional.of(newer.get(id));
    }

    /** Returns the element of the older edition that matches an element of the newer. */
    Optional<PlanElement> olderOf(PlanElement newerElement) {
        ElementId id = newerToOlder.get(newerElement.id());
        return id == null ? Optional.empty() : Optional.of(older.get(id));
    }

    /** Returns the id in the newer edition of the element an id of the older names, if matched. */
    Optional<ElementId> newerId(ElementId olderId) {
        return Optional.ofNullable(olderToNewer.get(olderId));
    }

    /** Returns how an element of the newer edition, which must be matched, was matched. */
    MatchBasis basis(PlanElement newerElement) {
        return basisByNewerId.get(newerElement.id());
    }

    private void match(PlanElement olderElement, PlanElement newerElement, MatchBasis basis) {
        olderToNewer.put(olderElement.id(), newerElement.id());
        newerToOlder.put(newerElement.id(), olderElement.id());
        basisByNewerId.put(newerElement.id(), basis);
    }

    private void matchPlans() {
        PlanElement olderPlan = older.plan();
        PlanElement newerPlan = newer.plan();
        match(olderPlan, newerPlan, olderPlan.id().equals(newerPlan.id()) ? MatchBasis.ID : MatchBasis.ROOT);
    }

    private void matchByIds() {
        for (PlanElement olderElement : older.plan().elements()) {
            if (olderToNewer.containsKey(olderElement.id())) {
                continue;
            }
            newer.find(olderElement.id())
                    .filter(candidate -> candidate.kind() == olderElement.kind())
                    .filter(candidate -> !newerToOlder.containsKey(candidate.id()))
                    .ifPresent(candidate -> match(olderElement, candidate, MatchBasis.ID));
        }
    }

    /** An element with its position in its edition's document order, and its wording. */
    private static final class Worded {
        final PlanElement element;
        final int position;
        final NormalisedWording wording;

        Worded(PlanElement element, int position) {
            this.element = element;
            this.position = position;
            this.wording = NormalisedWording.of(element.label().orElseThrow());
        }
    }

    /** A candidate pair of similar wording, with the shared fraction of words. */
    private static final class Candidate {
        final Worded older;
        final Worded newer;
        final long shared;
        final long all;

        Candidate(Worded older, Worded newer, long shared, long all) {
            this.older = older;
            this.newer = newer;
            this.shared = shared;
            this.all = all;
        }

        int positionSum() {
            return older.position + newer.position;
        }

        int firstPosition() {
            return Math.min(older.position, newer.position);
        }
    }

    /**
     * Best first: more of the words shared, then nearer the start of both documents. The order is
     * the same with the editions swapped, and pairs it cannot order share no element, so the
     * matching does not depend on which edition is the older.
     */
    private static final Comparator<Candidate> BEST_FIRST = ((Comparator<Candidate>) (a, b) ->
            Long.compare(b.shared * a.all, a.shared * b.all))
            .thenComparingInt(Candidate::positionSum)
            .thenComparingInt(Candidate::firstPosition)
            .thenComparingInt(c -> c.older.position);

    /**
     * Matches by wording, from the plans down: the unmatched children of each matched pair with
     * each other, then each unmatched child with its unambiguous counterpart under another matched
     * parent; each new pair's children in turn. The pairs taken do not depend on the order in
     * which matched pairs are visited: an element with an unambiguous counterpart elsewhere has no
     * other candidate anywhere, so it takes nothing from its siblings.
     */
    private void matchByWording() {
        Map<ElementId, ElementId> unambiguous = unambiguousPairs();
        Map<ElementId, ElementId> unambiguousBack = new HashMap<>();
        unambiguous.forEach((o, n) -> unambiguousBack.put(n, o));
        ArrayDeque<PlanElement> pending = new ArrayDeque<>();
        for (PlanElement element : older.plan().elements()) {
            if (olderToNewer.containsKey(element.id())) {
                pending.add(element);
            }
        }
        while (!pending.isEmpty()) {
            PlanElement o = pending.poll();
            PlanElement n = newer.get(olderToNewer.get(o.id()));
            pending.addAll(matchChildren(o, n));
            for (PlanElement child : o.children()) {
                ElementId counterpart = unambiguous.get(child.id());
                if (counterpart != null && isUnmatchedWithMatchedParent(child.id(), counterpart)) {
                    matchByWording(child, newer.get(counterpart));
                    pending.add(child);
                }
            }
            for (PlanElement child : n.children()) {
                ElementId counterpart = unambiguousBack.get(child.id());
                if (counterpart != null && isUnmatchedWithMatchedParent(counterpart, child.id())) {
                    PlanElement olderChild = older.get(counterpart);
                    matchByWording(olderChild, child);
                    pending.add(olderChild);
                }
            }
        }
    }

    private boolean isUnmatchedWithMatchedParent(ElementId olderId, ElementId newerId) {
        return !olderToNewer.containsKey(olderId) && !newerToOlder.containsKey(newerId)
                && olderToNewer.containsKey(older.parent(olderId).orElseThrow().id())
                && newerToOlder.containsKey(newer.parent(newerId).orElseThrow().id());
    }

    private void matchByWording(PlanElement o, PlanElement n) {
        boolean same = NormalisedWording.of(o.label().orElseThrow()).sameAs(NormalisedWording.of(n.label().orElseThrow()));
        match(o, n, same ? MatchBasis.WORDING : MatchBasis.SIMILAR_WORDING);
    }

    /**
     * Matches the unmatched children of two matched elements with each other, kind by kind: the
     * same wording, then similar wording, best first. Returns the older children matched.
     */
    private List<PlanElement> matchChildren(PlanElement o, PlanElement n) {
        Map<ElementKind, List<Worded>> olderByKind = worded(o.children(), olderPositions, olderToNewer);
        if (olderByKind.isEmpty()) {
            return List.of();
        }
        Map<ElementKind, List<Worded>> newerByKind = worded(n.children(), newerPositions, newerToOlder);
        List<PlanElement> matched = new ArrayList<>();
        olderByKind.forEach((kind, olders) -> {
            List<Worded> newers = newerByKind.getOrDefault(kind, List.of());
            if (newers.isEmpty()) {
                return;
            }
            matchSameWording(olders, newers, matched);
            List<Worded> olderLeft = unmatched(olders, olderToNewer);
            Similar similar = Similar.between(olderLeft, unmatched(newers, newerToOlder));
            List<Candidate> candidates = new ArrayList<>();
            for (Worded left : olderLeft) {
                candidates.addAll(similar.candidates(left));
            }
            candidates.sort(BEST_FIRST);
            for (Candidate c : candidates) {
                if (!olderToNewer.containsKey(c.older.element.id()) && !newerToOlder.containsKey(c.newer.element.id())) {
                    match(c.older.element, c.newer.element, MatchBasis.SIMILAR_WORDING);
                    matched.add(c.older.element);
                }
            }
        });
        return matched;
    }

    /**
     * Matches the elements of the same wording: among those of one wording, the first of the older
     * with the first of the newer, and so on, which is what taking the best pairs first does (the
     * pair nearest the start of both documents is the first of each), without listing every pair.
     */
    private void matchSameWording(List<Worded> olders, List<Worded> newers, List<PlanElement> matched) {
        Map<List<String>, ArrayDeque<Worded>> newersByWording = new HashMap<>();
        for (Worded n : newers) {
            newersByWording.computeIfAbsent(n.wording.normalised(), k -> new ArrayDeque<>()).add(n);
        }
        for (Worded o : olders) {
            ArrayDeque<Worded> same = newersByWording.get(o.wording.normalised());
            if (same != null && !same.isEmpty()) {
                match(o.element, same.poll().element, MatchBasis.WORDING);
                matched.add(o.element);
            }
        }
    }

    private static List<Worded> unmatched(List<Worded> elements, Map<ElementId, ElementId> matched) {
        List<Worded> left = new ArrayList<>();
        for (Worded element : elements) {
            if (!matched.containsKey(element.element.id())) {
                left.add(element);
            }
        }
        return left;
    }

    /** The unmatched elements among {@code elements} that have wording, by kind, in document order. */
    private static Map<ElementKind, List<Worded>> worded(List<? extends PlanElement> elements,
            Map<ElementId, Integer> positions, Map<ElementId, ElementId> matched) {
        Map<ElementKind, List<Worded>> byKind = new EnumMap<>(ElementKind.class);
        for (PlanElement element : elements) {
            // an element known only by its number (a theme without a name) has no wording to match by
            if (!matched.containsKey(element.id()) && element.label().isPresent()) {
                byKind.computeIfAbsent(element.kind(), k -> new ArrayList<>())
                        .add(new Worded(element, positions.get(element.id())));
            }
        }
        return byKind;
    }

    /**
     * Returns the pairs whose wording is unambiguous across the editions, of the elements left
     * unmatched by id: of each kind, the older element whose wording is the same as or similar to
     * that of exactly one element of the newer edition, which in turn is the same as or similar to
     * that of no other element of the older; counting every element of the kind, matched or not.
     * Where the comparisons were cut short ({@value #MAX_COMPARED} per element), the wording
     * counts as ambiguous. Only the kinds with unmatched elements in both editions are compared.
     */
    private Map<ElementId, ElementId> unambiguousPairs() {
        Map<ElementKind, List<Worded>> olderByKind = worded(older.plan().elements(), olderPositions, olderToNewer);
        Map<ElementKind, List<Worded>> newerByKind = worded(newer.plan().elements(), newerPositions, newerToOlder);
        Map<ElementId, ElementId> pairs = new HashMap<>();
        olderByKind.forEach((kind, olders) -> {
            if (!newerByKind.containsKey(kind)) {
                return;
            }
            List<Worded> allNewer = worded(newer.ofKind(kind), newerPositions, Map.of()).get(kind);
            Map<ElementId, ElementId> forward = onlyCounterparts(olders, allNewer);
            Map<ElementId, Worded> newerById = new HashMap<>();
            allNewer.forEach(n -> newerById.put(n.element.id(), n));
            List<Worded> chosen = new ArrayList<>();
            forward.values().forEach(id -> {
                if (!newerToOlder.containsKey(id)) {
                    chosen.add(newerById.get(id));
                }
            });
            if (chosen.isEmpty()) {
                return;
            }
            List<Worded> allOlder = worded(older.ofKind(kind), olderPositions, Map.of()).get(kind);
            Map<ElementId, ElementId> back = onlyCounterparts(chosen, allOlder);
            forward.forEach((o, n) -> {
                if (o.equals(back.get(n))) {
                    pairs.put(o, n);
                }
            });
        });
        return pairs;
    }

    /**
     * Returns, for each of {@code from} whose wording is the same as or similar to that of exactly
     * one of {@code to} (all of them compared), that one.
     */
    private static Map<ElementId, ElementId> onlyCounterparts(List<Worded> from, List<Worded> to) {
        Map<List<String>, List<Worded>> toByWording = new HashMap<>();
        for (Worded t : to) {
            toByWording.computeIfAbsent(t.wording.normalised(), k -> new ArrayList<>()).add(t);
        }
        Similar similar = Similar.between(from, to);
        Map<ElementId, ElementId> only = new HashMap<>();
        for (Worded f : from) {
            Set<Worded> counterparts = new HashSet<>(toByWording.getOrDefault(f.wording.normalised(), List.of()));
            if (counterparts.size() > 1) {
                continue;
            }
            Optional<List<Candidate>> candidates = similar.allCandidates(f);
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.get().forEach(c -> counterparts.add(c.newer));
            if (counterparts.size() == 1) {
                only.put(f.element.id(), counterparts.iterator().next().element.id());
            }
        }
        return only;
    }

    /**
     * The pairs of similar wording between two lists of elements, found through an index of words
     * rather than by comparing every pair. Two wordings that share at least 4/5 of their words
     * share one of the rarest words of each (each wording's first {@code n - ceil(4n/5) + 1}
     * words, rarest first): only the elements indexed under one of an element's rarest words are
     * compared with it, at most {@value #MAX_COMPARED} of them, nearest in document order first.
     * The result is the same as comparing every pair unless more than that many elements share a
     * rare word with one element; then the time and memory stay within {@value #MAX_COMPARED}
     * comparisons per element, whatever the plans.
     */
    private static final class Similar {
        private final Comparator<String> rarestFirst;
        private final Map<String, List<Worded>> index = new HashMap<>();

        private Similar(Comparator<String> rarestFirst) {
            this.rarestFirst = rarestFirst;
        }

        static Similar between(List<Worded> from, List<Worded> to) {
            Map<String, Integer> frequency = new HashMap<>();
            for (List<Worded> side : List.of(from, to)) {
                for (Worded element : side) {
                    element.wording.words().forEach(word -> frequency.merge(word, 1, Integer::sum));
                }
            }
            Similar similar = new Similar(Comparator.comparing((String word) -> frequency.get(word))
                    .thenComparing(Comparator.naturalOrder()));
            for (Worded t : to) {
                for (String word : similar.prefix(t.wording)) {
                    similar.index.computeIfAbsent(word, k -> new ArrayList<>()).add(t);
                }
            }
            return similar;
        }

        /** The candidates of one element, as many as the bound allows. */
        List<Candidate> candidates(Worded f) {
            return search(f, false).orElseThrow();
        }

        /** Every candidate of one element, or empty if the bound kept some from being compared. */
        Optional<List<Candidate>> allCandidates(Worded f) {
            return search(f, true);
        }

        private Optional<List<Candidate>> search(Worded f, boolean all) {
            List<Candidate> found = new ArrayList<>();
            Set<Worded> compared = new HashSet<>();
            for (String word : prefix(f.wording)) {
                List<Worded> sharing = index.getOrDefault(word, List.of());
                List<Worded> nearest = nearest(sharing, f.position, MAX_COMPARED - compared.size());
                if (all && nearest.size() < sharing.size()) {
                    return Optional.empty();
                }
                for (Worded t : nearest) {
                    if (compared.add(t)) {
                        candidate(f, t).ifPresent(found::add);
                    }
                }
                // when every candidate is wanted, the words left are looked at too: any element
                // indexed under one of them and not compared makes the search incomplete
                if (!all && compared.size() >= MAX_COMPARED) {
                    break;
                }
            }
            return Optional.of(found);
        }

        /** Returns the words of a wording that a similar wording must share one of: its rarest. */
        private List<String> prefix(NormalisedWording wording) {
            int n = wording.words().size();
            int length = n - (SHARED_NUMERATOR * n + SHARED_DENOMINATOR - 1) / SHARED_DENOMINATOR + 1;
            return wording.words().stream().sorted(rarestFirst).limit(length).collect(Collectors.toList());
        }
    }

    /**
     * Returns at most {@code count} of {@code elements} (in document order), those nearest to
     * {@code position}.
     */
    private static List<Worded> nearest(List<Worded> elements, int position, int count) {
        if (elements.size() <= count) {
            return elements;
        }
        int low = 0;
        int high = elements.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (elements.get(middle).position < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int before = low - 1;
        int after = low;
        List<Worded> nearest = new ArrayList<>(Math.max(count, 0));
        while (nearest.size() < count) {
            boolean takeBefore = before >= 0 && (after >= elements.size()
                    || position - elements.get(before).position <= elements.get(after).position - position);
            nearest.add(elements.get(takeBefore ? before-- : after++));
        }
        return nearest;
    }

    /** Returns the pair as a candidate if it shares enough of its words; {@code f} is the older if in that order. */
    private static Optional<Candidate> candidate(Worded f, Worded t) {
        long shared = f.wording.sharedWords(t.wording);
        long all = f.wording.allWords(t.wording);
        if (all > 0 && shared * SHARED_DENOMINATOR >= all * SHARED_NUMERATOR) {
            return Optional.of(new Candidate(f, t, shared, all));
        }
        return Optional.empty();
    }
}
