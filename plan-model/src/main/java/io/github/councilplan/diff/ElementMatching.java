package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
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
 * elements of the same kind with the same id, then the rest of each kind by wording, the best
 * pairs first (see {@link PlanDiff} for the rule).
 */
final class ElementMatching {
    /** Similar wording needs at least {@value #SHARED_NUMERATOR}/{@value #SHARED_DENOMINATOR} of the words shared. */
    static final int SHARED_NUMERATOR = 4;
    static final int SHARED_DENOMINATOR = 5;
    /** The most newer elements one older element is compared with for similar wording. */
    static final int MAX_COMPARED = 64;

    private final PlanIndex older;
    private final PlanIndex newer;
    private final Map<ElementId, ElementId> olderToNewer = new HashMap<>();
    private final Map<ElementId, ElementId> newerToOlder = new HashMap<>();
    private final Map<ElementId, MatchBasis> basisByNewerId = new HashMap<>();

    private ElementMatching(PlanIndex older, PlanIndex newer) {
        this.older = older;
        this.newer = newer;
    }

    static ElementMatching between(PlanIndex older, PlanIndex newer) {
        ElementMatching matching = new ElementMatching(older, newer);
        matching.matchPlans();
        matching.matchByIds();
        matching.matchByWording();
        return matching;
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

    /** Where an unmatched element sits in its edition's document order, and its wording. */
    private static final class Unmatched {
        final PlanElement element;
        final int position;
        final NormalisedWording wording;

        Unmatched(PlanElement element, int position) {
            this.element = element;
            this.position = position;
            this.wording = NormalisedWording.of(element.label().orElseThrow());
        }
    }

    /** A candidate pair of similar wording, with the shared fraction of words. */
    private static final class Candidate {
        final Unmatched older;
        final Unmatched newer;
        final long shared;
        final long all;

        Candidate(Unmatched older, Unmatched newer, long shared, long all) {
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

    private void matchByWording() {
        Map<ElementKind, List<Unmatched>> olderByKind = unmatched(older, olderToNewer);
        Map<ElementKind, List<Unmatched>> newerByKind = unmatched(newer, newerToOlder);
        olderByKind.forEach((kind, olders) -> {
            List<Unmatched> newers = newerByKind.getOrDefault(kind, List.of());
            matchSameWording(olders, newers);
            List<Candidate> candidates = similar(unmatched(olders, olderToNewer), unmatched(newers, newerToOlder));
            candidates.sort(BEST_FIRST);
            for (Candidate c : candidates) {
                if (!olderToNewer.containsKey(c.older.element.id()) && !newerToOlder.containsKey(c.newer.element.id())) {
                    match(c.older.element, c.newer.element, MatchBasis.SIMILAR_WORDING);
                }
            }
        });
    }

    /**
     * Matches the elements of the same wording: among those of one wording, the first of the older
     * with the first of the newer, and so on, which is what taking the best pairs first does (the
     * pair nearest the start of both documents is the first of each), without listing every pair.
     */
    private void matchSameWording(List<Unmatched> olders, List<Unmatched> newers) {
        Map<List<String>, List<Unmatched>> newersByWording = new HashMap<>();
        for (Unmatched n : newers) {
            newersByWording.computeIfAbsent(n.wording.normalised(), k -> new ArrayList<>()).add(n);
        }
        Map<List<String>, Integer> used = new HashMap<>();
        for (Unmatched o : olders) {
            List<Unmatched> same = newersByWording.get(o.wording.normalised());
            if (same == null) {
                continue;
            }
            int next = used.getOrDefault(o.wording.normalised(), 0);
            if (next < same.size()) {
                match(o.element, same.get(next).element, MatchBasis.WORDING);
                used.put(o.wording.normalised(), next + 1);
            }
        }
    }

    private static List<Unmatched> unmatched(List<Unmatched> elements, Map<ElementId, ElementId> matched) {
        List<Unmatched> left = new ArrayList<>();
        for (Unmatched element : elements) {
            if (!matched.containsKey(element.element.id())) {
                left.add(element);
            }
        }
        return left;
    }

    /**
     * Returns the pairs of similar wording, found through an index of words rather than by
     * comparing every pair. Two wordings that share at least 4/5 of their words share one of the
     * rarest words of each (each wording's first {@code n - ceil(4n/5) + 1} words, rarest first):
     * only the newer elements indexed under one of an older element's rarest words are compared
     * with it, at most {@value #MAX_COMPARED} of them, nearest in document order first. The
     * matching is the same as comparing every pair unless more than that many newer elements
     * share a rare word with one older element; then the time and memory stay within
     * {@value #MAX_COMPARED} comparisons per element (n log n for the sort), whatever the plans.
     */
    private static List<Candidate> similar(List<Unmatched> olders, List<Unmatched> newers) {
        List<Candidate> candidates = new ArrayList<>();
        if (olders.isEmpty() || newers.isEmpty()) {
            return candidates;
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (List<Unmatched> side : List.of(olders, newers)) {
            for (Unmatched element : side) {
                element.wording.words().forEach(word -> frequency.merge(word, 1, Integer::sum));
            }
        }
        Comparator<String> rarestFirst = Comparator.comparing((String word) -> frequency.get(word))
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<Unmatched>> index = new HashMap<>();
        for (Unmatched n : newers) {
            for (String word : prefix(n.wording, rarestFirst)) {
                index.computeIfAbsent(word, k -> new ArrayList<>()).add(n);
            }
        }
        for (Unmatched o : olders) {
            Set<Unmatched> compared = new HashSet<>();
            for (String word : prefix(o.wording, rarestFirst)) {
                List<Unmatched> sharing = index.getOrDefault(word, List.of());
                for (Unmatched n : nearest(sharing, o.position, MAX_COMPARED - compared.size())) {
                    if (compared.add(n)) {
                        candidate(o, n).ifPresent(candidates::add);
                    }
                }
                if (compared.size() >= MAX_COMPARED) {
                    break;
                }
            }
        }
        return candidates;
    }

    /** Returns the words of a wording that a similar wording must share one of: its rarest. */
    private static List<String> prefix(NormalisedWording wording, Comparator<String> rarestFirst) {
        int n = wording.words().size();
        int length = n - (SHARED_NUMERATOR * n + SHARED_DENOMINATOR - 1) / SHARED_DENOMINATOR + 1;
        return wording.words().stream().sorted(rarestFirst).limit(length).collect(Collectors.toList());
    }

    /**
     * Returns at most {@code count} of {@code elements} (in document order), those nearest to
     * {@code position}.
     */
    private static List<Unmatched> nearest(List<Unmatched> elements, int position, int count) {
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
        List<Unmatched> nearest = new ArrayList<>(count);
        while (nearest.size() < count) {
            boolean takeBefore = before >= 0 && (after >= elements.size()
                    || position - elements.get(before).position <= elements.get(after).position - position);
            nearest.add(elements.get(takeBefore ? before-- : after++));
        }
        return nearest;
    }

    /** Returns the pair as a candidate if it shares enough of its words. */
    private static Optional<Candidate> candidate(Unmatched o, Unmatched n) {
        long shared = o.wording.sharedWords(n.wording);
        long all = o.wording.allWords(n.wording);
        if (all > 0 && shared * SHARED_DENOMINATOR >= all * SHARED_NUMERATOR) {
            return Optional.of(new Candidate(o, n, shared, all));
        }
        return Optional.empty();
    }

    private static Map<ElementKind, List<Unmatched>> unmatched(PlanIndex index, Map<ElementId, ElementId> matched) {
        Map<ElementKind, List<Unmatched>> byKind = new EnumMap<>(ElementKind.class);
        List<PlanElement> elements = index.plan().elements();
        for (int i = 0; i < elements.size(); i++) {
            PlanElement element = elements.get(i);
            // an element known only by its number (a theme without a name) has no wording to match by
            if (!matched.containsKey(element.id()) && element.label().isPresent()) {
                byKind.computeIfAbsent(element.kind(), k -> new ArrayList<>()).add(new Unmatched(element, i));
            }
        }
        return byKind;
    }
}
