package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PlanIndex} over two arbitrary plans given together, with {@code contributesTo} links
 * between them both ways: serving is answered alike from either side.
 */
class RelatedPlansPropertyTest {

    /** Two plans with links into each other. */
    record Pair(Plan one, Plan other) {}

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<List<List<Integer>>> seeds = Arbitraries.integers().between(0, 10_000).list().ofSize(2).list()
                .ofMaxSize(8);
        return Combinators.combine(LinkedPlans.plans(), LinkedPlans.plans(), seeds, seeds).as((one, two, ab, ba) -> {
            Plan other = Plan.builder().from(two).id(ElementId.of(one.id() + "-other")).build();
            return new Pair(linkedInto(one, other, ab), linkedInto(other, one, ba));
        });
    }

    /** The plan with {@code contributesTo} links from its work into the other plan's outcomes and work. */
    private static Plan linkedInto(Plan plan, Plan other, List<List<Integer>> seeds) {
        List<ElementId> sources = ofKinds(plan, LinkKind.CONTRIBUTES_TO.sources());
        List<ElementId> targets = ofKinds(other, LinkKind.CONTRIBUTES_TO.targets());
        List<Link> links = new ArrayList<>(plan.links());
        Set<List<ElementId>> seen = new HashSet<>();
        for (List<Integer> seed : seeds) {
            if (sources.isEmpty() || targets.isEmpty()) {
                break;
            }
            ElementId from = sources.get(seed.get(0) % sources.size());
            ElementId to = targets.get(seed.get(1) % targets.size());
            if (seen.add(List.of(from, to))) {
                links.add(Link.builder().from(from).kind(LinkKind.CONTRIBUTES_TO).to(to).toPlan(other.id()).build());
            }
        }
        return Plan.builder().from(plan).links(links).build();
    }

    private static List<ElementId> ofKinds(Plan plan, Set<ElementKind> kinds) {
        return plan.elements().stream().filter(e -> kinds.contains(e.kind())).map(PlanElement::id).toList();
    }

    @Property(tries = 100)
    void workServingAndOutcomesServedByAreExactInversesAcrossThePlans(@ForAll("pairs") Pair pair) {
        PlanIndex one = PlanIndex.of(pair.one(), List.of(pair.other()));
        PlanIndex other = one.related(pair.other().id()).orElseThrow();
        Set<String> forward = new HashSet<>();
        Set<String> backward = new HashSet<>();
        for (PlanIndex index : List.of(one, other)) {
            ElementId here = index.plan().id();
            for (Work work : index.leafWork()) {
                index.outcomesServedBy(work.id()).forEach(t -> forward.add(here + ":" + work.id() + " > "
                        + t.otherPlan().orElse(here) + ":" + t.element().id() + " " + t.basis() + t.route()));
            }
            for (PlanElement outcome : index.ofKind(ElementKind.OUTCOME)) {
                index.workServing(outcome.id()).forEach(t -> backward.add(t.otherPlan().orElse(here) + ":"
                        + t.element().id() + " > " + here + ":" + outcome.id() + " " + t.basis() + t.route()));
            }
        }

        assertThat(backward).isEqualTo(forward);
    }

    @Property(tries = 100)
    void eitherPlanIndexedFirstGivesTheSameAnswersInTheOrderOfThePlansGiven(@ForAll("pairs") Pair pair) {
        PlanIndex first = PlanIndex.of(pair.one(), List.of(pair.other()));
        PlanIndex second = PlanIndex.of(pair.other(), List.of(pair.one())).related(pair.one().id()).orElseThrow();

        for (Work work : first.leafWork()) {
            assertThat(second.outcomesServedBy(work.id()))
                    .containsExactlyInAnyOrderElementsOf(first.outcomesServedBy(work.id()));
        }
    }

    @Property(tries = 100)
    void everyLinkIntoTheOtherPlanIsFollowedOrUnresolvedNeverNotGiven(@ForAll("pairs") Pair pair) {
        PlanIndex one = PlanIndex.of(pair.one(), List.of(pair.other()));

        assertThat(one.linksToPlansNotGiven())
                .allMatch(link -> !link.toPlan().orElseThrow().equals(pair.other().id()));
        for (Link link : pair.one().links()) {
            if (link.toPlan().equals(Optional.of(pair.other().id()))) {
                assertThat(one.linksFrom(link.from()).contains(link) || one.unresolvedLinks().contains(link))
                        .as("%s", link).isTrue();
            }
        }
    }
}
