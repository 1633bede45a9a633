package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PlanIndex} over arbitrary valid plans. */
class PlanIndexPropertyTest {

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void everyElementIsFoundByItsId(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        assertThat(index.size()).isEqualTo(plan.elements().size());
        for (PlanElement element : plan.elements()) {
            assertThat(index.get(element.id())).isSameAs(element);
        }
    }

    @Property(tries = 200)
    void everyPathStartsAtTheElementAndEndsAtThePlanThroughParents(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement element : plan.elements()) {
            List<PlanElement> path = index.path(element.id());
            assertThat(path.get(0)).isSameAs(element);
            assertThat(path.get(path.size() - 1)).isSameAs(plan);
            for (int i = 0; i + 1 < path.size(); i++) {
                assertThat(path.get(i + 1).children()).as("path of %s", element.describe()).contains(path.get(i));
                assertThat(index.parent(path.get(i).id())).containsSame(path.get(i + 1));
            }
        }
    }

    @Property(tries = 200)
    void everyChildHasItsContainerAsParent(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement element : plan.elements()) {
            for (PlanElement child : index.children(element.id())) {
                assertThat(index.parent(child.id())).containsSame(element);
            }
        }
    }

    @Property(tries = 200)
    void elementsOfEachKindAreExactlyThoseOfThatKindInDocumentOrder(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (ElementKind kind : ElementKind.values()) {
            assertThat(index.ofKind(kind))
                    .containsExactlyElementsOf(plan.elements().stream().filter(e -> e.kind() == kind).toList());
        }
    }

    @Property(tries = 200)
    void linksIntoElementsAreExactlyTheInverseOfLinksOutOfThemAndLinksIntoPlansNotGivenAreApart(
            @ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        List<Link> out = new ArrayList<>();
        List<Link> in = new ArrayList<>();
        for (PlanElement element : plan.elements()) {
            for (Link link : index.linksFrom(element.id())) {
                assertThat(link.from()).isEqualTo(element.id());
                assertThat(index.linksTo(link.to())).contains(link);
                out.add(link);
            }
            for (Link link : index.linksTo(element.id())) {
                assertThat(link.to()).isEqualTo(element.id());
                assertThat(index.linksFrom(link.from())).contains(link);
                in.add(link);
            }
        }
        List<Link> local = plan.links().stream().filter(link -> link.toPlan().isEmpty()).toList();
        assertThat(out).containsExactlyInAnyOrderElementsOf(local);
        assertThat(in).containsExactlyInAnyOrderElementsOf(local);
        assertThat(index.unresolvedLinks()).isEmpty();
        assertThat(index.linksToPlansNotGiven())
                .containsExactlyElementsOf(plan.links().stream().filter(link -> link.toPlan().isPresent()).toList());
    }

    @Property(tries = 200)
    void linksOfOneKindAreTheLinksOfThatKind(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement element : plan.elements()) {
            for (LinkKind kind : LinkKind.values()) {
                assertThat(index.linksFrom(element.id(), kind))
                        .containsExactlyElementsOf(index.linksFrom(element.id()).stream().filter(l -> l.kind() == kind).toList());
                assertThat(index.linksTo(element.id(), kind))
                        .containsExactlyElementsOf(index.linksTo(element.id()).stream().filter(l -> l.kind() == kind).toList());
            }
        }
    }

    @Provide
    Arbitrary<Plan> linkedPlans() {
        return LinkedPlans.plans();
    }

    @Property(tries = 200)
    void leafWorkIsEveryPieceOfWorkThatContainsNoWorkInDocumentOrder(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        assertThat(index.leafWork()).containsExactlyElementsOf(plan.elements().stream()
                .filter(e -> e instanceof Work && e.children().stream().noneMatch(Work.class::isInstance))
                .map(Work.class::cast).toList());
        for (PlanElement element : plan.elements()) {
            assertThat(index.isLeafWork(element.id())).isEqualTo(index.leafWork().contains(element));
        }
    }

    @Property(tries = 200)
    void workServingIsExactlyTheInverseOfOutcomesServedBy(@ForAll("linkedPlans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        Set<String> forward = new HashSet<>();
        Set<String> backward = new HashSet<>();
        for (Work work : index.leafWork()) {
            index.outcomesServedBy(work.id()).forEach(t -> forward.add(work.id() + ">" + t.element().id() + ":"
                    + t.basis() + t.route()));
        }
        for (PlanElement outcome : index.ofKind(ElementKind.OUTCOME)) {
            index.workServing(outcome.id()).forEach(t -> backward.add(t.element().id() + ">" + outcome.id() + ":"
                    + t.basis() + t.route()));
        }

        assertThat(backward).isEqualTo(forward);
    }

    @Property(tries = 200)
    void workThatContainsWorkServesTheUnionOfWhatItsLeafWorkServes(@ForAll("linkedPlans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement element : plan.elements()) {
            if (element instanceof Work && !index.isLeafWork(element.id())) {
                Set<Outcome> union = new LinkedHashSet<>();
                for (Work leaf : index.leafWork()) {
                    if (index.path(leaf.id()).contains(element)) {
                        index.outcomesServedBy(leaf.id()).forEach(t -> union.add(t.element()));
                    }
                }
                assertThat(index.outcomesServedBy(element.id())).extracting(Traced::element)
                        .containsExactlyElementsOf(union);
            }
        }
    }

    @Property(tries = 200)
    void everyLinkRouteIsAChainOfContributionsThroughWorkOrItsContainersToTheOutcome(
            @ForAll("linkedPlans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (Work work : index.leafWork()) {
            for (Traced<Outcome> traced : index.outcomesServedBy(work.id())) {
                if (traced.basis() != Basis.LINK) {
                    continue;
                }
                List<Link> route = traced.route();
                assertThat(route).allMatch(link -> link.kind() == LinkKind.CONTRIBUTES_TO);
                assertThat(index.path(work.id())).extracting(PlanElement::id).contains(route.get(0).from());
                for (int i = 0; i + 1 < route.size(); i++) {
                    assertThat(index.path(route.get(i).to())).extracting(PlanElement::id).contains(route.get(i + 1).from());
                }
                // the route ends at the outcome, or at work that holds it or is contained by what holds it
                ElementId end = route.get(route.size() - 1).to();
                PlanElement holder = index.parent(traced.element().id()).orElseThrow();
                assertThat(end.equals(traced.element().id()) || index.path(end).contains(holder))
                        .as("route %s to %s", route, traced.element().describe()).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void leafWorkWithoutARouteServesByContainmentWhatItItsWorkAndItsThemeHoldNearestFirst(
            @ForAll("linkedPlans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (Work work : index.leafWork()) {
            List<Traced<Outcome>> served = index.outcomesServedBy(work.id());
            List<Outcome> held = held(work);
            if (served.stream().anyMatch(t -> t.basis() == Basis.LINK)) {
                // with routes, the outcomes it holds itself that no route reaches are served by containment
                assertThat(served).filteredOn(t -> t.basis() == Basis.CONTAINMENT).extracting(Traced::element)
                        .allMatch(held::contains);
                assertThat(served).extracting(Traced::element).containsAll(held);
            } else {
                List<Outcome> expected = new ArrayList<>();
                for (PlanElement at : index.path(work.id())) {
                    expected.addAll(held(at));
                }
                assertThat(served).extracting(Traced::element).containsExactlyElementsOf(expected);
            }
        }
    }

    private static List<Outcome> held(PlanElement element) {
        return element.children().stream().filter(Outcome.class::isInstance).map(Outcome.class::cast).toList();
    }
}
