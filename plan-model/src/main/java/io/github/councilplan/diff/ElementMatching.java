package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which element of the older edition is which of the newer: the two plans with each other, then
 * elements of the same kind with the same id, then the rest of each kind by wording, the best
 * pairs first (see {@link PlanDiff} for the rule).
 */
final class ElementMatching {
    /** Similar wording needs at least {@value #SHARED_NUMERATOR}/{@value #SHARED_DENOMINATOR} of the words shared. */
    static final int SHARED_NUMERATOR = 4;
    static final int SHARED_DENOMINATOR = 5;

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
        final Wording wording;

        Unmatched(PlanElement element, int position) {
            this.element = element;
            this.position = position;
            this.wording = Wording.of(element.label().orElseThrow());
        }
    }

    /** A candidate pair: exact (same normalised wording) or similar, with the shared fraction of words. */
    private static final class Candidate {
        final Unmatched older;
        final Unmatched newer;
        final boolean exact;
        final long shared;
        final long all;

        Candidate(Unmatched older, Unmatched newer, boolean exact, long shared, long all) {
            this.older = older;
            this.newer = newer;
            this.exact = exact;
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
     * Best first: exact before similar, then more of the words shared, then nearer the start of
     * both documents. The order is the same with the editions swapped, and pairs it cannot order
     * share no element, so the matching does not depend on which edition is the older.
     */
    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> !c.exact)
            .thenComparing((a, b) -> Long.compare(b.shared * a.all, a.shared * b.all))
            .thenComparingInt(Candidate::positionSum)
            .thenComparingInt(Candidate::firstPosition)
            .thenComparingInt(c -> c.older.position);

    private void matchByWording() {
        Map<ElementKind, List<Unmatched>> olderByKind = unmatched(older, olderToNewer);
        Map<ElementKind, List<Unmatched>> newerByKind = unmatched(newer, newerToOlder);
        olderByKind.forEach((kind, olders) -> {
            List<Unmatched> newers = newerByKind.getOrDefault(kind, List.of());
            List<Candidate> candidates = new ArrayList<>();
            for (Unmatched o : olders) {
                for (Unmatched n : newers) {
                    candidate(o, n).ifPresent(candidates::add);
                }
            }
            candidates.sort(BEST_FIRST);
            for (Candidate c : candidates) {
                if (!olderToNewer.containsKey(c.older.element.id()) && !newerToOlder.containsKey(c.newer.element.id())) {
                    match(c.older.element, c.newer.element, c.exact ? MatchBasis.WORDING : MatchBasis.SIMILAR_WORDING);
                }
            }
        });
    }

    private static Optional<Candidate> candidate(Unmatched o, Unmatched n) {
        if (o.wording.sameAs(n.wording)) {
            return Optional.of(new Candidate(o, n, true, 1, 1));
        }
        long shared = o.wording.sharedWords(n.wording);
        long all = o.wording.allWords(n.wording);
        if (all > 0 && shared * SHARED_DENOMINATOR >= all * SHARED_NUMERATOR) {
            return Optional.of(new Candidate(o, n, false, shared, all));
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
