package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
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
 * {@link DropImpact} over arbitrary plans from {@link LinkedPlans} with at least one piece of leaf
 * work (at any level): what it reports is exactly what changes when the plan is rebuilt without the
 * work, each side checked by {@link PlanFacts}.
 */
class DropImpactPropertyTest {

    /** A plan and one piece of its leaf work. */
    record Drop(Plan plan, Work work) {}

    @Provide
    Arbitrary<Drop> drops() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 10_000))
                .as((plan, seed) -> {
                    List<PlanFacts.Placed> leaves = new PlanFacts(plan).leafWork();
                    return leaves.isEmpty() ? null : new Drop(plan, leaves.get(seed % leaves.size()).work());
                })
                .filter(drop -> drop != null);
    }

    private static DropImpact impact(Drop drop) {
        return DropImpact.of(PlanIndex.of(drop.plan()), drop.work().id());
    }

    private static List<ElementId> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(PlanElement::id).collect(Collectors.toList());
    }

    private static List<ElementId> tracedIds(List<Traced<Outcome>> outcomes) {
        return outcomes.stream().map(o -> o.element().id()).collect(Collectors.toList());
    }

    @Property(tries = 100)
    void planWithoutHasEveryOtherElementAndLinkAndNotTheWorkOrWhatItContains(@ForAll("drops") Drop drop) {
        Set<ElementId> gone = new HashSet<>(ids(PlanFacts.subtree(drop.work())));

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

        List<ElementId> expected = after.outcomes().stream()
                .filter(o -> before.supported(o) && !after.supported(o)).map(Outcome::id).collect(Collectors.toList());

        assertThat(tracedIds(impact.outcomesLeftUnsupported())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 100)
    void outcomesLeftUnservedAreExactlyThoseServedBeforeAndNotAfter(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanFacts before = new PlanFacts(drop.plan());
        PlanFacts after = new PlanFacts(impact.planWithout());

        List<ElementId> expected = after.outcomes().stream()
                .filter(o -> before.served(o) && !after.served(o)).map(Outcome::id).collect(Collectors.toList());

        assertThat(tracedIds(impact.outcomesLeftUnserved())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 100)
    void everyOutcomeLeftIsOneTheWorkServedAsItServedItInTheOrderItServedThemThenOnesReroutedAway(
            @ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanIndex before = PlanIndex.of(drop.plan());
        List<Traced<Outcome>> servedByWork = before.outcomesServedBy(drop.work().id());
        List<Traced<Outcome>> left = impact.outcomesLeftUnserved();
        int own = (int) left.stream().takeWhile(servedByWork::contains).count();

        assertThat(impact.outcomesLeftUnserved()).containsAll(impact.outcomesLeftUnsupported());
        if (own > 0) {
            assertThat(servedByWork).containsSubsequence(left.subList(0, own));
        }
        for (Traced<Outcome> rerouted : left.subList(own, left.size())) {
            assertThat(servedByWork).extracting(Traced::element).doesNotContain(rerouted.element());
            Work first = before.workServing(rerouted.element().id()).get(0).element();
            assertThat(before.outcomesServedBy(first.id())).contains(rerouted);
            assertThat(impact.workRerouted()).contains(first);
        }
        if (!impact.outcomesLeftUnsupported().isEmpty()) {
            assertThat(impact.outcomesLeftUnserved()).containsSubsequence(impact.outcomesLeftUnsupported());
        }
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
    void containerLeftWithoutWorkIsTheElementThatHeldWorkAndHoldsNone(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        Set<ElementId> heldWork = new PlanFacts(drop.plan()).workHolders().stream().map(PlanElement::id)
                .collect(Collectors.toSet());
        Set<ElementId> holdWork = new PlanFacts(impact.planWithout()).workHolders().stream().map(PlanElement::id)
                .collect(Collectors.toSet());

        List<ElementId> emptied = impact.planWithout().elements().stream().map(PlanElement::id)
                .filter(id -> heldWork.contains(id) && !holdWork.contains(id)).collect(Collectors.toList());

        assertThat(impact.containerLeftWithoutWork().map(PlanElement::id).map(List::of).orElse(List.of()))
                .isEqualTo(emptied);
    }

    @Property(tries = 100)
    void reroutedWorkIsTheOtherLeafWorkWhoseOutcomesOrBasesChange(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        PlanIndex before = PlanIndex.of(drop.plan());
        PlanIndex after = PlanIndex.of(impact.planWithout());
        Set<ElementId> leavesBefore = new PlanFacts(drop.plan()).leafWork().stream().map(p -> p.work().id())
                .collect(Collectors.toSet());

        List<ElementId> expected = new PlanFacts(impact.planWithout()).leafWork().stream()
                .map(p -> p.work().id())
                .filter(id -> leavesBefore.contains(id) && !served(before, id).equals(served(after, id)))
                .collect(Collectors.toList());

        assertThat(ids(impact.workRerouted())).isEqualTo(expected);
    }

    @Property(tries = 100)
    void workIsReroutedOnlyIfAContributesToLinkLedToTheDroppedWorkOrWhatItContains(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);
        Set<ElementId> gone = new HashSet<>(ids(PlanFacts.subtree(drop.work())));

        if (!impact.workRerouted().isEmpty()) {
            assertThat(drop.plan().links()).filteredOn(l -> l.kind() == LinkKind.CONTRIBUTES_TO).map(Link::to)
                    .anyMatch(gone::contains);
        }
    }

    private static Set<List<Object>> served(PlanIndex index, ElementId work) {
        return index.outcomesServedBy(work).stream().map(o -> List.<Object>of(o.element().id(), o.basis()))
                .collect(Collectors.toSet());
    }

    @Property(tries = 100)
    void impactLeavesNothingUnsupportedIffItListsNothingLeft(@ForAll("drops") Drop drop) {
        DropImpact impact = impact(drop);

        assertThat(impact.work()).isEqualTo(drop.work());
        assertThat(impact.leavesNothingUnsupported()).isEqualTo(impact.outcomesLeftUnserved().isEmpty()
                && impact.measuresLeftEvidencingNothing().isEmpty() && impact.containerLeftWithoutWork().isEmpty());
    }
}
