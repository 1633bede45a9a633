package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import java.util.ArrayList;
import java.util.HashSet;
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
    void linksIntoElementsAreExactlyTheInverseOfLinksOutOfThem(@ForAll("plans") Plan plan) {
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
        assertThat(out).containsExactlyInAnyOrderElementsOf(plan.links());
        assertThat(in).containsExactlyInAnyOrderElementsOf(plan.links());
        assertThat(index.unresolvedLinks()).isEmpty();
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

    @Property(tries = 200)
    void deliverablesServingIsExactlyTheInverseOfOutcomesServedBy(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        Set<String> forward = new HashSet<>();
        Set<String> backward = new HashSet<>();
        for (PlanElement deliverable : index.ofKind(ElementKind.DELIVERABLE)) {
            index.outcomesServedBy(deliverable.id()).forEach(t -> forward.add(deliverable.id() + ">" + t.element().id() + ":"
                    + t.basis() + t.route()));
        }
        for (PlanElement outcome : index.ofKind(ElementKind.OUTCOME)) {
            index.deliverablesServing(outcome.id()).forEach(t -> backward.add(t.element().id() + ">" + outcome.id() + ":"
                    + t.basis() + t.route()));
        }

        assertThat(backward).isEqualTo(forward);
    }

    @Property(tries = 200)
    void everyLinkRouteIsAChainOfContributionsThroughWorkOrItsContainersToTheOutcome(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement deliverable : index.ofKind(ElementKind.DELIVERABLE)) {
            for (Traced<Outcome> traced : index.outcomesServedBy(deliverable.id())) {
                if (traced.basis() != Basis.LINK) {
                    continue;
                }
                List<Link> route = traced.route();
                assertThat(route).allMatch(link -> link.kind() == LinkKind.CONTRIBUTES_TO);
                assertThat(index.path(deliverable.id())).extracting(PlanElement::id).contains(route.get(0).from());
                for (int i = 0; i + 1 < route.size(); i++) {
                    assertThat(index.path(route.get(i).to())).extracting(PlanElement::id).contains(route.get(i + 1).from());
                }
                assertThat(route.get(route.size() - 1).to()).isEqualTo(traced.element().id());
            }
        }
    }

    @Property(tries = 200)
    void aDeliverableServesByContainmentExactlyItsThemesOutcomesWhenItHasNoRoute(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);

        for (PlanElement element : index.ofKind(ElementKind.DELIVERABLE)) {
            Deliverable deliverable = (Deliverable) element;
            List<Traced<Outcome>> served = index.outcomesServedBy(deliverable.id());
            boolean anyLink = served.stream().anyMatch(t -> t.basis() == Basis.LINK);
            if (anyLink) {
                assertThat(served).allMatch(t -> t.basis() == Basis.LINK);
            } else {
                assertThat(served).extracting(Traced::element)
                        .containsExactlyElementsOf(index.theme(deliverable.id()).orElseThrow().outcomes());
            }
        }
    }
}
