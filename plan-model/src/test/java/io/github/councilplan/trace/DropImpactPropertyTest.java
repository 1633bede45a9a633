package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DropImpact} over arbitrary plans from {@link LinkedPlans} with at least one deliverable:
 * what it reports is exactly what changes when the plan is rebuilt without the deliverable, each
 * side checked by {@link PlanFacts}.
 */
class DropImpactPropertyTest {

    /** A plan and one of its deliverables. */
    record Drop(Plan plan, Deliverable deliverable) {}

    @Provide
    Arbitrary<Drop> drops() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 10_000))
                .as((plan, seed) -> {
                    List<PlanFacts.Placed> deliverables = new PlanFacts(plan).deliverables();
                    return deliverables.isEmpty()
                            ? null
                            : new Drop(plan, deliverables.get(seed % deliverables.size()).deliverable());
                })
                .filter(drop -> drop != null);
    }

    private static DropImpact impact(Drop drop) {
        return DropImpact.of(PlanIndex.of(drop.plan()), drop.deliverable().id());
    }

    private static List<ElementId> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(PlanElement::id).collect(Collectors.toList());
    }

    private static List<ElementId> tracedIds(List<Traced<Outcome>> outcomes) {
        return outcomes.stream().map(o -> o.element().id()).collect(Collectors.toList());
    }

    @Property(tries = 100)
    void planWithoutHasEveryOtherElementAndLinkAndNotTheDeliverableOrItsMilestones(@ForAll("drops") Drop drop) {
        Set<ElementId> gone = new HashSet<>(ids(PlanFacts.subtree(drop.deliverable())));

        Plan without = impact(drop).planWithout();

        assertThat(ids(without.elements())).isEqualTo(ids(drop.plan().elements()).stream()
                .filter(id -> !gone.contains(id)).collect(Collectors.toList()));
        assertThat(without.links()).isEqualTo(drop.plan().links().stream()
                .filter(l -> !gone.contains(l.from()) && !gone.contains(l.to())).collect(Collectors.toList()));
    }

    @Property(tries = 100)
    void outcomesLeftUnsupportedAreExactlyThoseSupportedBeforeAndNotAfter(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanFacts before = new PlanFacts(drop.plan());
        PlanFacts after = new PlanFacts(impact.planWithout());

        List<ElementId> expected = before.outcomes().stream()
                .filter(o -> before.supported(o) && !after.supported(o)).map(Outcome::id).collect(Collectors.toList());

        assertThat(tracedIds(impact.outcomesLeftUnsupported())).isEqualTo(expected);
    }

    @Property(tries = 100)
    void outcomesLeftUnservedAreExactlyThoseServedBeforeAndNotAfter(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanFacts before = new PlanFacts(drop.plan());
        PlanFacts after = new PlanFacts(impact.planWithout());

        List<ElementId> expected = before.outcomes().stream()
                .filter(o -> before.served(o) && !after.served(o)).map(Outcome::id).collect(Collectors.toList());

        assertThat(tracedIds(impact.outcomesLeftUnserved())).isEqualTo(expected);
    }

    @Property(tries = 100)
    void everyOutcomeLeftIsOneTheDeliverableServedAsItServedIt(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);

        assertThat(PlanIndex.of(drop.plan()).outcomesServedBy(drop.deliverable().id()))
                .containsAll(impact.outcomesLeftUnserved());
        assertThat(impact.outcomesLeftUnserved()).containsAll(impact.outcomesLeftUnsupported());
    }

    @Property(tries = 100)
    void measuresLeftEvidencingNothingAreThoseThatEvidencedSomethingAndNoLongerDo(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanFacts before = new PlanFacts(drop.plan());
        PlanFacts after = new PlanFacts(impact.planWithout());

        List<ElementId> expected = drop.plan().measures().stream()
                .filter(m -> !before.evidencedBy(m).isEmpty() && after.evidencedBy(m).isEmpty())
                .map(Measure::id).collect(Collectors.toList());

        assertThat(ids(impact.measuresLeftEvidencingNothing())).isEqualTo(expected);
    }

    @Property(tries = 100)
    void priorityLeftEmptyIsThePriorityThatHadDeliverablesAndHasNone(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        Set<ElementId> emptyBefore = new PlanFacts(drop.plan()).priorities().stream()
                .filter(p -> p.deliverables().isEmpty()).map(Priority::id).collect(Collectors.toSet());

        List<ElementId> emptied = new PlanFacts(impact.planWithout()).priorities().stream()
                .filter(p -> p.deliverables().isEmpty() && !emptyBefore.contains(p.id()))
                .map(Priority::id).collect(Collectors.toList());

        assertThat(impact.priorityLeftEmpty().map(Priority::id).map(List::of).orElse(List.of())).isEqualTo(emptied);
    }

    @Property(tries = 100)
    void reroutedDeliverablesAreTheOthersWhoseOutcomesOrBasesChange(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanIndex before = PlanIndex.of(drop.plan());
        PlanIndex after = PlanIndex.of(impact.planWithout());

        List<ElementId> expected = new PlanFacts(impact.planWithout()).deliverables().stream()
                .map(p -> p.deliverable().id())
                .filter(id -> !served(before, id).equals(served(after, id)))
                .collect(Collectors.toList());

        assertThat(ids(impact.deliverablesRerouted())).isEqualTo(expected);
    }

    @Property(tries = 100)
    void aDeliverableIsReroutedOnlyIfAContributesToLinkLedToTheDroppedOne(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);

        if (!impact.deliverablesRerouted().isEmpty()) {
            assertThat(drop.plan().links()).filteredOn(l -> l.kind() == LinkKind.CONTRIBUTES_TO).map(Link::to)
                    .contains(drop.deliverable().id());
        }
    }

    private static Set<List<Object>> served(PlanIndex index, ElementId deliverable) {
        return index.outcomesServedBy(deliverable).stream().map(o -> List.<Object>of(o.element().id(), o.basis()))
                .collect(Collectors.toSet());
    }

    @Property(tries = 100)
    void impactLeavesNothingUnsupportedIffItListsNothingLeft(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);

        assertThat(impact.deliverable()).isEqualTo(drop.deliverable());
        assertThat(impact.leavesNothingUnsupported()).isEqualTo(impact.outcomesLeftUnserved().isEmpty()
                && impact.measuresLeftEvidencingNothing().isEmpty() && impact.priorityLeftEmpty().isEmpty());
    }
}
