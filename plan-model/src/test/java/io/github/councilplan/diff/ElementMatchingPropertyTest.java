package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The matching by wording, which finds its candidates through an index of words and visits the
 * matched pairs once each, matches exactly as the rule {@link PlanDiff} states does when applied
 * over every pair of elements until nothing more matches, over generated plans and generated edits
 * of them.
 */
class ElementMatchingPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<List<RandomEdits.Edit>> edits() {
        return RandomEdits.edits();
    }

    @Property(tries = 300)
    void matchingAnEditedPlanIsTheMatchingOfEveryPair(@ForAll("plans") Plan plan,
            @ForAll("edits") List<RandomEdits.Edit> edits) {
        Plan edited = RandomEdits.apply(plan, edits).plan();

        assertSameMatching(plan, edited);
        assertSameMatching(edited, plan);
    }

    @Property(tries = 300)
    void matchingAnyTwoPlansIsTheMatchingOfEveryPair(@ForAll("plans") Plan older, @ForAll("plans") Plan newer) {
        assertSameMatching(older, newer);
    }

    private static void assertSameMatching(Plan olderPlan, Plan newerPlan) {
        PlanIndex older = PlanIndex.of(olderPlan);
        PlanIndex newer = PlanIndex.of(newerPlan);
        ElementMatching matching = ElementMatching.between(older, newer);
        Map<ElementId, ElementId> expected = EveryPair.match(older, newer);
        Map<ElementId, ElementId> actual = new HashMap<>();
        for (PlanElement element : olderPlan.elements()) {
            matching.newerOf(element).ifPresent(match -> actual.put(element.id(), match.id()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** The rule as {@link PlanDiff} states it, over every pair of elements: the reference. */
    private static final class EveryPair {
        private final PlanIndex older;
        private final PlanIndex newer;
        private final Map<ElementId, ElementId> olderToNewer = new HashMap<>();
        private final Map<ElementId, ElementId> newerToOlder = new HashMap<>();

        private EveryPair(PlanIndex older, PlanIndex newer) {
            this.older = older;
            this.newer = newer;
        }

        static Map<ElementId, ElementId> match(PlanIndex older, PlanIndex newer) {
            EveryPair pairs = new EveryPair(older, newer);
            pairs.pair(older.plan().id(), newer.plan().id());
            for (PlanElement o : older.plan().elements()) {
                newer.find(o.id()).filter(n -> n.kind() == o.kind() && !pairs.newerToOlder.containsKey(n.id())
                        && !pairs.olderToNewer.containsKey(o.id())).ifPresent(n -> pairs.pair(o.id(), n.id()));
            }
            Map<ElementId, ElementId> unambiguous = pairs.unambiguous();
            Set<ElementId> visited = new HashSet<>();
            boolean more = true;
            while (more) {
                more = false;
                for (PlanElement o : older.plan().elements()) {
                    if (pairs.olderToNewer.containsKey(o.id()) && visited.add(o.id())) {
                        pairs.matchChildren(o, newer.get(pairs.olderToNewer.get(o.id())));
                        more = true;
                    }
                }
                for (Map.Entry<ElementId, ElementId> pair : unambiguous.entrySet()) {
                    ElementId o = pair.getKey();
                    ElementId n = pair.getValue();
                    if (!pairs.olderToNewer.containsKey(o) && !pairs.newerToOlder.containsKey(n)
                            && pairs.olderToNewer.containsKey(older.parent(o).orElseThrow().id())
                            && pairs.newerToOlder.containsKey(newer.parent(n).orElseThrow().id())) {
                        pairs.pair(o, n);
                        more = true;
                    }
                }
            }
            Map<ElementId, ElementId> elements = new HashMap<>();
            older.plan().elements().forEach(e -> {
                if (pairs.olderToNewer.containsKey(e.id())) {
                    elements.put(e.id(), pairs.olderToNewer.get(e.id()));
                }
            });
            return elements;
        }

        /** The unmatched children of two matched elements, best pairs first. */
        private void matchChildren(PlanElement olderParent, PlanElement newerParent) {
            for (ElementKind kind : ElementKind.values()) {
                List<long[]> candidates = new ArrayList<>();
                List<PlanElement> olders = unmatched(olderParent.children(), kind, olderToNewer);
                List<PlanElement> newers = unmatched(newerParent.children(), kind, newerToOlder);
                for (int i = 0; i < olders.size(); i++) {
                    NormalisedWording o = wording(olders.get(i));
                    for (int j = 0; j < newers.size(); j++) {
                        NormalisedWording n = wording(newers.get(j));
                        long shared = o.sharedWords(n);
                        long all = o.allWords(n);
                        int olderPosition = position(older, olders.get(i));
                        int newerPosition = position(newer, newers.get(j));
                        int positions = olderPosition + newerPosition;
                        int first = Math.min(olderPosition, newerPosition);
                        if (o.sameAs(n)) {
                            candidates.add(new long[] {0, 1, 1, positions, first, olderPosition, i, j});
                        } else if (similar(o, n)) {
                            candidates.add(new long[] {1, shared, all, positions, first, olderPosition, i, j});
                        }
                    }
                }
                candidates.sort(Comparator.<long[]>comparingLong(c -> c[0])
                        .thenComparing((a, b) -> Long.compare(b[1] * a[2], a[1] * b[2]))
                        .thenComparingLong(c -> c[3]).thenComparingLong(c -> c[4]).thenComparingLong(c -> c[5]));
                for (long[] c : candidates) {
                    ElementId o = olders.get((int) c[6]).id();
                    ElementId n = newers.get((int) c[7]).id();
                    if (!olderToNewer.containsKey(o) && !newerToOlder.containsKey(n)) {
                        pair(o, n);
                    }
                }
            }
        }

        /** Each older element whose wording is like that of exactly one newer one, and the other way. */
        private Map<ElementId, ElementId> unambiguous() {
            Map<ElementId, ElementId> pairs = new HashMap<>();
            for (PlanElement o : worded(older)) {
                List<PlanElement> counterparts = counterparts(o, worded(newer));
                if (counterparts.size() == 1 && counterparts(counterparts.get(0), worded(older)).equals(List.of(o))) {
                    pairs.put(o.id(), counterparts.get(0).id());
                }
            }
            return pairs;
        }

        private static List<PlanElement> counterparts(PlanElement element, List<PlanElement> others) {
            List<PlanElement> counterparts = new ArrayList<>();
            for (PlanElement other : others) {
                if (other.kind() == element.kind()
                        && (wording(element).sameAs(wording(other)) || similar(wording(element), wording(other)))) {
                    counterparts.add(other);
                }
            }
            return counterparts;
        }

        private static List<PlanElement> worded(PlanIndex index) {
            return index.plan().elements().stream().filter(e -> e.label().isPresent()).collect(Collectors.toList());
        }

        private static boolean similar(NormalisedWording o, NormalisedWording n) {
            long all = o.allWords(n);
            return all > 0 && o.sharedWords(n) * 5 >= all * 4;
        }

        private static NormalisedWording wording(PlanElement element) {
            return NormalisedWording.of(element.label().orElseThrow());
        }

        private void pair(ElementId older, ElementId newer) {
            olderToNewer.put(older, newer);
            newerToOlder.put(newer, older);
        }

        private static List<PlanElement> unmatched(List<? extends PlanElement> elements, ElementKind kind,
                Map<ElementId, ElementId> matched) {
            List<PlanElement> unmatched = new ArrayList<>();
            for (PlanElement element : elements) {
                // an element known only by its number has no wording to match by
                if (element.kind() == kind && !matched.containsKey(element.id()) && element.label().isPresent()) {
                    unmatched.add(element);
                }
            }
            return unmatched;
        }

        private static int position(PlanIndex index, PlanElement element) {
            return index.plan().elements().indexOf(element);
        }
    }
}
