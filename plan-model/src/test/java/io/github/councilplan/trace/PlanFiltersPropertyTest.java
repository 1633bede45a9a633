package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PlanFilters} over arbitrary plans from {@link LinkedPlans}: each filter returns exactly
 * the elements that meet its condition, checked by {@link PlanFacts}, in document order.
 */
class PlanFiltersPropertyTest {

    /** A plan and a number to pick one of its owners, partners or values with. */
    record Picked(Plan plan, int seed) {
        <T> T pick(List<T> from) {
            return from.get(seed % from.size());
        }
    }

    @Provide
    Arbitrary<Picked> picked() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 10_000)).as(Picked::new);
    }

    /** The plan's elements, in document order, that meet the condition. */
    private static List<ElementId> elementsWhere(Plan plan, Predicate<PlanElement> condition) {
        return plan.elements().stream().filter(condition).map(PlanElement::id).collect(Collectors.toList());
    }

    private static List<ElementId> ids(List<FilterMatch> matches) {
        return matches.stream().map(m -> m.element().id()).collect(Collectors.toList());
    }

    @Property(tries = 100)
    void ownedByListsExactlyTheElementsWhoseOwnersNameTheOwner(@ForAll("picked") Picked picked) {
        Assume.that(!picked.plan().owners().isEmpty());
        Owner owner = picked.pick(picked.plan().owners());

        List<FilterMatch> matches = PlanFilters.ownedBy(PlanIndex.of(picked.plan()), owner.id());

        assertThat(ids(matches)).isEqualTo(elementsWhere(picked.plan(),
                e -> PlanFacts.ownersOf(e).contains(owner.id())));
        assertThat(matches).allMatch(m -> m.basis() == FilterBasis.OWNERS);
    }

    @Property(tries = 100)
    void ownedByAccountableAddsExactlyTheElementsOwnedByOwnersAccountableToIt(@ForAll("picked") Picked picked) {
        Assume.that(!picked.plan().owners().isEmpty());
        Owner owner = picked.pick(picked.plan().owners());
        PlanFacts facts = new PlanFacts(picked.plan());
        Set<ElementId> below = facts.accountableTo(owner.id());

        List<FilterMatch> matches = PlanFilters.ownedBy(facts.index, owner.id(), OwnerScope.ACCOUNTABLE);

        assertThat(ids(matches)).isEqualTo(elementsWhere(picked.plan(), e -> PlanFacts.ownersOf(e).contains(owner.id())
                || PlanFacts.ownersOf(e).stream().anyMatch(below::contains)));
        for (FilterMatch match : matches) {
            assertThat(match.basis()).isEqualTo(PlanFacts.ownersOf(match.element()).contains(owner.id())
                    ? FilterBasis.OWNERS
                    : FilterBasis.ACCOUNTABILITY);
        }
    }

    @Property(tries = 100)
    void accountabilityChainIsAShortestChainFromAnOwnerTheElementNames(@ForAll("picked") Picked picked) {
        Assume.that(!picked.plan().owners().isEmpty());
        Owner owner = picked.pick(picked.plan().owners());
        PlanFacts facts = new PlanFacts(picked.plan());

        for (FilterMatch match : PlanFilters.ownedBy(facts.index, owner.id(), OwnerScope.ACCOUNTABLE)) {
            List<Owner> chain = match.accountability();
            if (chain.isEmpty()) {
                continue;
            }
            assertThat(PlanFacts.ownersOf(match.element())).contains(chain.get(0).id());
            for (int i = 0; i + 1 < chain.size(); i++) {
                assertThat(chain.get(i).accountableTo()).contains(chain.get(i + 1).id());
            }
            assertThat(chain.get(chain.size() - 1).accountableTo()).contains(owner.id());
            int shortest = PlanFacts.ownersOf(match.element()).stream()
                    .mapToInt(named -> facts.distance(named, owner.id())).min().orElseThrow();
            assertThat(chain).hasSize(shortest);
        }
    }

    @Property(tries = 100)
    void involvingListsExactlyTheElementsLinkedToThePartnerWithTheirLinks(@ForAll("picked") Picked picked) {
        Assume.that(!picked.plan().partners().isEmpty());
        ElementId partner = picked.pick(picked.plan().partners()).id();
        PlanFacts facts = new PlanFacts(picked.plan());
        Predicate<Link> involving = l -> l.kind() == LinkKind.INVOLVES && l.to().equals(partner)
                || l.kind() == LinkKind.CONTRIBUTES_TO && l.from().equals(partner);

        List<FilterMatch> matches = PlanFilters.involving(facts.index, partner);

        List<Link> links = facts.resolvedLinks().stream().filter(involving).collect(Collectors.toList());
        Set<ElementId> ends = links.stream().map(l -> l.from().equals(partner) ? l.to() : l.from())
                .collect(Collectors.toSet());
        assertThat(ids(matches)).isEqualTo(elementsWhere(picked.plan(), e -> ends.contains(e.id())));
        for (FilterMatch match : matches) {
            assertThat(match.basis()).isEqualTo(FilterBasis.LINK);
            ElementId id = match.element().id();
            assertThat(match.links()).isEqualTo(links.stream().filter(l -> l.from().equals(id) || l.to().equals(id))
                    .collect(Collectors.toList()));
        }
    }

    @Property(tries = 100)
    void reflectingListsExactlyTheElementsWithAReflectsLinkToTheValue(@ForAll("picked") Picked picked) {
        Assume.that(!picked.plan().values().isEmpty());
        ElementId value = picked.pick(picked.plan().values()).id();
        PlanFacts facts = new PlanFacts(picked.plan());
        List<Link> links = facts.resolvedLinks().stream()
                .filter(l -> l.kind() == LinkKind.REFLECTS && l.to().equals(value)).collect(Collectors.toList());

        List<FilterMatch> matches = PlanFilters.reflecting(facts.index, value);

        Set<ElementId> sources = links.stream().map(Link::from).collect(Collectors.toSet());
        assertThat(ids(matches)).isEqualTo(elementsWhere(picked.plan(), e -> sources.contains(e.id())));
        for (FilterMatch match : matches) {
            assertThat(match.links()).isEqualTo(links.stream().filter(l -> l.from().equals(match.element().id()))
                    .collect(Collectors.toList()));
        }
    }
}
