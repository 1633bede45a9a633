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
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The matching by wording, which finds its candidates through an index of words, matches exactly
 * as comparing every pair of elements does (the rule {@link PlanDiff} states), over generated
 * plans and generated edits of them.
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

    /** The rule as {@link PlanDiff} states it, over every pair of unmatched elements: the reference. */
    private static final class EveryPair {
        private final Map<ElementId, ElementId> olderToNewer = new HashMap<>();
        private final Map<ElementId, ElementId> newerToOlder = new HashMap<>();

        static Map<ElementId, ElementId> match(PlanIndex older, PlanIndex newer) {
            EveryPair pairs = new EveryPair();
            pairs.pair(older.plan().id(), newer.plan().id());
            for (PlanElement o : older.plan().elements()) {
                newer.find(o.id()).filter(n -> n.kind() == o.kind() && !pairs.newerToOlder.containsKey(n.id())
                        && !pairs.olderToNewer.containsKey(o.id())).ifPresent(n -> pairs.pair(o.id(), n.id()));
            }
            for (ElementKind kind : ElementKind.values()) {
                List<long[]> candidates = new ArrayList<>();
                List<PlanElement> olders = pairs.unmatched(older, kind, pairs.olderToNewer);
                List<PlanElement> newers = pairs.unmatched(newer, kind, pairs.newerToOlder);
                for (int i = 0; i < olders.size(); i++) {
                    NormalisedWording o = NormalisedWording.of(olders.get(i).label().orElseThrow());
                    for (int j = 0; j < newers.size(); j++) {
                        NormalisedWording n = NormalisedWording.of(newers.get(j).label().orElseThrow());
                        long shared = o.sharedWords(n);
                        long all = o.allWords(n);
                        int positions = position(older, olders.get(i)) + position(newer, newers.get(j));
                        int first = Math.min(position(older, olders.get(i)), position(newer, newers.get(j)));
                        if (o.sameAs(n)) {
                            candidates.add(new long[] {0, 1, 1, positions, first, position(older, olders.get(i)), i, j});
                        } else if (all > 0 && shared * 5 >= all * 4) {
                            candidates.add(new long[] {1, shared, all, positions, first, position(older, olders.get(i)), i, j});
                        }
                    }
                }
                candidates.sort(Comparator.<long[]>comparingLong(c -> c[0])
                        .thenComparing((a, b) -> Long.compare(b[1] * a[2], a[1] * b[2]))
                        .thenComparingLong(c -> c[3]).thenComparingLong(c -> c[4]).thenComparingLong(c -> c[5]));
                for (long[] c : candidates) {
                    ElementId o = olders.get((int) c[6]).id();
                    ElementId n = newers.get((int) c[7]).id();
                    if (!pairs.olderToNewer.containsKey(o) && !pairs.newerToOlder.containsKey(n)) {
                        pairs.pair(o, n);
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

        private void pair(ElementId older, ElementId newer) {
            olderToNewer.put(older, newer);
            newerToOlder.put(newer, older);
        }

        private List<PlanElement> unmatched(PlanIndex index, ElementKind kind, Map<ElementId, ElementId> matched) {
            List<PlanElement> unmatched = new ArrayList<>();
            for (PlanElement element : index.plan().elements()) {
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
