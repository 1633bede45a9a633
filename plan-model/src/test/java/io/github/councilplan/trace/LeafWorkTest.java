package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.objective;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.ids;
import static io.github.councilplan.trace.TracePlans.link;
import static io.github.councilplan.trace.TracePlans.tracedIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traceability over plans that stop at different levels, with outcomes at every level: leaf work
 * is what a plan delivers, and serves the outcomes it, the work containing it and its theme hold.
 */
class LeafWorkTest {

    // ---- leaf work at every level

    @Test
    void aPlanThatStopsAtPrioritiesDeliversItsPriorities() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addPriorities(priority("p1").build(), priority("p2").build()).build()).build());

        assertThat(ids(index.leafWork())).containsExactly("p1", "p2");
        assertThat(tracedIds(index.workServing(id("o")))).containsExactly("p1 CONTAINMENT", "p2 CONTAINMENT");
    }

    @Test
    void pledgesUnderAThemeAreWhatItDelivers() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addDeliverables(deliverable("hubs").build(), deliverable("homes").build()).build()).build());

        assertThat(ids(index.leafWork())).containsExactly("hubs", "homes");
        assertThat(tracedIds(index.outcomesServedBy(id("hubs")))).containsExactly("o CONTAINMENT");
    }

    @Test
    void projectsUnderAnObjectiveAreItsLeafWorkAndTheObjectiveIsNot() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addObjectives(objective("ob").addDeliverables(deliverable("d").build()).build()).build()).build());

        assertThat(ids(index.leafWork())).containsExactly("d");
        assertThat(index.isLeafWork(id("ob"))).isFalse();
        assertThat(tracedIds(index.outcomesServedBy(id("ob")))).containsExactly("o CONTAINMENT");
    }

    @Test
    void anObjectiveWithoutWorkIsLeafWork() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addObjectives(objective("ob").build()).build())
                .build());

        assertThat(ids(index.leafWork())).containsExactly("ob");
    }

    @Test
    void leafWorkIsInDocumentOrderAcrossLevels() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t")
                .addObjectives(objective("ob").addPriorities(priority("ob-p").build())
                        .addDeliverables(deliverable("ob-d").build()).build())
                .addPriorities(priority("p").addDeliverables(deliverable("p-d").build()).build(), priority("p-leaf")
                        .build())
                .addDeliverables(deliverable("t-d").build()).build()).build());

        assertThat(ids(index.leafWork())).containsExactly("ob-p", "ob-d", "p-d", "p-leaf", "t-d");
    }

    @Test
    void outcomesAndListsOfWorkAreNotWork() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addPriorities(priority("p")
                .addOutcomes(outcome("o")).build()).build()).build());

        assertThat(index.isLeafWork(id("p"))).isTrue();
        assertThat(index.isLeafWork(id("o"))).isFalse();
    }

    // ---- outcomes at every level, by containment

    @Test
    void leafWorkWithoutARouteServesWhatItItsWorkAndItsThemeHoldNearestFirst() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addOutcomes(outcome("o-t"))
                .addObjectives(objective("ob").addOutcomes(outcome("o-ob"))
                        .addPriorities(priority("p").addOutcomes(outcome("o-p"))
                                .addDeliverables(deliverable("d").addOutcomes(outcome("o-d")).build()).build())
                        .build())
                .build()).build());

        assertThat(tracedIds(index.outcomesServedBy(id("d"))))
                .containsExactly("o-d CONTAINMENT", "o-p CONTAINMENT", "o-ob CONTAINMENT", "o-t CONTAINMENT");
    }

    @Test
    void anOutcomeOfWorkIsServedByTheLeafWorkWithinIt() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addPriorities(priority("p")
                .addOutcomes(outcome("o-p"))
                .addDeliverables(deliverable("d1").build(), deliverable("d2").build()).build(),
                priority("other").addDeliverables(deliverable("d3").build()).build()).build()).build());

        assertThat(tracedIds(index.workServing(id("o-p")))).containsExactly("d1 CONTAINMENT", "d2 CONTAINMENT");
    }

    @Test
    void anOutcomeOfLeafWorkIsServedByThatWork() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addDeliverables(
                deliverable("d1").addOutcomes(outcome("o-shops")).build(), deliverable("d2").build())
                .build()).build());

        assertThat(tracedIds(index.workServing(id("o-shops")))).containsExactly("d1 CONTAINMENT");
        assertThat(tracedIds(index.outcomesServedBy(id("d2")))).isEmpty();
    }

    @Test
    void leafWorkWithARouteServesItsOwnOutcomesByContainmentButNotItsThemes() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t").addOutcomes(outcome("o-t"), outcome("o-far"))
                .addDeliverables(deliverable("d").addOutcomes(outcome("o-d")).build()).build())
                .addLinks(link("d", LinkKind.CONTRIBUTES_TO, "o-far")).build());

        assertThat(tracedIds(index.outcomesServedBy(id("d")))).containsExactly("o-far LINK", "o-d CONTAINMENT");
        assertThat(tracedIds(index.workServing(id("o-d")))).containsExactly("d CONTAINMENT");
        assertThat(tracedIds(index.workServing(id("o-t")))).isEmpty();
    }

    @Test
    void leafWorkLinkedToAnOutcomeItHoldsServesItByTheLinkOnly() {
        PlanIndex index = PlanIndex.of(plan().addThemes(theme("t")
                .addDeliverables(deliverable("d").addOutcomes(outcome("o-d")).build()).build())
                .addLinks(link("d", LinkKind.CONTRIBUTES_TO, "o-d")).build());

        assertThat(tracedIds(index.outcomesServedBy(id("d")))).containsExactly("o-d LINK");
        assertThat(tracedIds(index.workServing(id("o-d")))).containsExactly("d LINK");
    }

    // ---- work reached by a link passes on what it serves by containment

    @Test
    void workReachedByALinkPassesOnTheOutcomesItServesByContainment() {
        Plan plan = plan()
                .addThemes(theme("a").addDeliverables(deliverable("action").build()).build())
                .addThemes(theme("b").addOutcomes(outcome("o-b"))
                        .addPriorities(priority("p").addOutcomes(outcome("o-p")).build()).build())
                .addLinks(link("action", LinkKind.CONTRIBUTES_TO, "p")).build();
        PlanIndex index = PlanIndex.of(plan);

        List<Traced<Outcome>> served = index.outcomesServedBy(id("action"));

        assertThat(tracedIds(served)).containsExactly("o-b LINK", "o-p LINK");
        assertThat(served).allSatisfy(t -> assertThat(t.route())
                .containsExactly(link("action", LinkKind.CONTRIBUTES_TO, "p")));
        assertThat(tracedIds(index.workServing(id("o-p")))).containsExactly("action LINK", "p CONTAINMENT");
    }

    @Test
    void workReachedByALinkThatHasLinksOfItsOwnPassesOnThoseInstead() {
        PlanIndex index = PlanIndex.of(plan()
                .addThemes(theme("a").addDeliverables(deliverable("action").build()).build())
                .addThemes(theme("b").addOutcomes(outcome("o-b"), outcome("o-target"))
                        .addPriorities(priority("p").build()).build())
                .addLinks(link("action", LinkKind.CONTRIBUTES_TO, "p"), link("p", LinkKind.CONTRIBUTES_TO, "o-target"))
                .build());

        assertThat(tracedIds(index.outcomesServedBy(id("action")))).containsExactly("o-target LINK");
    }

    @Test
    void aThemeKnownOnlyByItsNumberHoldsOutcomesLikeAnyOther() {
        Theme numbered = Theme.builder().id(id("t")).number(DisplayNumber.of("2"))
                .addOutcomes(outcome("o")).addDeliverables(deliverable("d").build()).build();
        PlanIndex index = PlanIndex.of(plan().addThemes(numbered).build());

        assertThat(tracedIds(index.workServing(id("o")))).containsExactly("d CONTAINMENT");
        assertThat(index.theme(id("d"))).contains(numbered);
        assertThat(numbered.label()).isEmpty();
        assertThat(index.levelName(id("t"))).isEqualTo(Text.of("Theme"));
    }
}
