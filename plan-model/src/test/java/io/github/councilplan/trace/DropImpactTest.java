package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.milestone;
import static io.github.councilplan.trace.HandBuiltPlans.objective;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.partner;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DropImpactTest {

    private static DropImpact drop(Plan.Builder plan, String work) {
        return DropImpact.of(PlanIndex.of(plan.build()), id(work));
    }

    /** A theme "t" with outcomes "o1" and "o2" and the given deliverables straight under it, as titled pledges. */
    private static Plan.Builder pledges(String... deliverables) {
        Theme.Builder t = theme("t").addOutcomes(outcome("o1"), outcome("o2"));
        for (String d : deliverables) {
            t.addDeliverables(deliverable(d).build());
        }
        return plan().addThemes(t.build());
    }

    /** A theme "t" with outcomes "o1" and "o2" and one priority "p" holding the given deliverables. */
    private static Plan.Builder themeWith(String... deliverables) {
        Priority.Builder p = priority("p");
        for (String d : deliverables) {
            p.addDeliverables(deliverable(d).build());
        }
        return plan().addThemes(theme("t").addOutcomes(outcome("o1"), outcome("o2")).addPriorities(p.build()).build());
    }

    @Test
    void droppingOneOfSeveralUnlinkedDeliverablesLeavesItsThemesOutcomesServed() {
        DropImpact impact = drop(themeWith("d1", "d2"), "d1");

        assertThat(impact.outcomesLeftUnserved()).isEmpty();
        assertThat(impact.leavesNothingUnsupported()).isTrue();
    }

    @Test
    void droppingTheLastUnlinkedWorkOfAThemeLeavesItsOutcomesUnservedByContainment() {
        DropImpact impact = drop(pledges("d1"), "d1");

        assertThat(impact.outcomesLeftUnserved()).extracting(o -> o.element().id(), Traced::basis)
                .containsExactly(tuple(id("o1"), Basis.CONTAINMENT), tuple(id("o2"), Basis.CONTAINMENT));
        assertThat(impact.outcomesLeftUnsupported()).isEqualTo(impact.outcomesLeftUnserved());
    }

    @Test
    void droppingTheLastUnlinkedDeliverableLeavesOutcomesThatOtherWorkReachesByLinksServed() {
        DropImpact impact = drop(themeWith("d1", "d2").addLinks(link("d2", LinkKind.CONTRIBUTES_TO, "o1")), "d1");

        assertThat(impact.outcomesLeftUnserved()).extracting(o -> o.element().id()).containsExactly(id("o2"));
    }

    @Test
    void droppingTheOnlyDeliverableLinkedToAnOutcomeLeavesItUnservedByLinks() {
        DropImpact impact = drop(themeWith("d1", "d2")
                .addLinks(link("d1", LinkKind.CONTRIBUTES_TO, "o1"), link("d2", LinkKind.CONTRIBUTES_TO, "o2")), "d1");

        assertThat(impact.outcomesLeftUnserved()).singleElement().satisfies(outcome -> {
            assertThat(outcome.element().id()).isEqualTo(id("o1"));
            assertThat(outcome.basis()).isEqualTo(Basis.LINK);
            assertThat(outcome.route()).containsExactly(link("d1", LinkKind.CONTRIBUTES_TO, "o1"));
        });
    }

    @Test
    void outcomeALinkedDeliverableLeavesIsStillServedByAnUnlinkedOneOfItsTheme() {
        DropImpact impact = drop(themeWith("d1", "d2").addLinks(link("d1", LinkKind.CONTRIBUTES_TO, "o1")), "d1");

        assertThat(impact.outcomesLeftUnserved()).isEmpty();
    }

    @Test
    void outcomeThatAMeasureEvidencesIsLeftUnservedButNotUnsupported() {
        DropImpact impact = drop(pledges("d1").addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "o1")), "d1");

        assertThat(impact.outcomesLeftUnserved()).extracting(o -> o.element().id()).containsExactly(id("o1"), id("o2"));
        assertThat(impact.outcomesLeftUnsupported()).extracting(o -> o.element().id()).containsExactly(id("o2"));
    }

    @Test
    void deliverableWhoseOnlyRouteRanThroughTheDroppedOneIsRerouted() {
        DropImpact impact = drop(themeWith("d1", "d2", "d3").addLinks(
                link("d1", LinkKind.CONTRIBUTES_TO, "o1"),
                link("d2", LinkKind.CONTRIBUTES_TO, "d1"),
                link("d3", LinkKind.CONTRIBUTES_TO, "o1")), "d1");

        assertThat(impact.workRerouted()).extracting(PlanElement::id).containsExactly(id("d2"));
        // d2 now serves o1 and o2 by containment, and so o1 keeps d3 by links
        assertThat(impact.outcomesLeftUnserved()).isEmpty();
    }

    @Test
    void outcomeServedOnlyByWorkWhoseLoopOfLinksRanThroughTheDroppedWorkIsLeftUnserved() {
        // d2's route d2 -> x -> d1 (whose priority p1 -> x) is a loop that reaches no outcome, so d2
        // serves its theme's o1 by containment; without d1 the route reaches x's outcome ox instead
        Plan.Builder plan = plan().addThemes(
                theme("t").addOutcomes(outcome("o1")).addDeliverables(deliverable("d2").build()).build(),
                theme("u").addPriorities(
                        priority("x").addOutcomes(outcome("ox")).addDeliverables(deliverable("dx").build()).build(),
                        priority("p1").addDeliverables(deliverable("d1").build()).build()).build())
                .addLinks(link("d2", LinkKind.CONTRIBUTES_TO, "x"), link("x", LinkKind.CONTRIBUTES_TO, "d1"),
                        link("p1", LinkKind.CONTRIBUTES_TO, "x"));

        DropImpact impact = drop(plan, "d1");

        assertThat(impact.outcomesLeftUnserved()).extracting(o -> o.element().id(), Traced::basis)
                .containsExactly(tuple(id("o1"), Basis.CONTAINMENT));
        assertThat(impact.workRerouted()).extracting(PlanElement::id).contains(id("d2"));
        assertThat(impact.leavesNothingUnsupported()).isFalse();
    }

    @Test
    void deliverableWithAnotherRouteToTheSameOutcomesIsNotRerouted() {
        DropImpact impact = drop(themeWith("d1", "d2").addLinks(
                link("d1", LinkKind.CONTRIBUTES_TO, "o1"),
                link("d2", LinkKind.CONTRIBUTES_TO, "d1"),
                link("d2", LinkKind.CONTRIBUTES_TO, "o1")), "d1");

        assertThat(impact.workRerouted()).isEmpty();
    }

    @Test
    void measureThatEvidencesOnlyTheDeliverableIsLeftEvidencingNothing() {
        DropImpact impact = drop(themeWith("d1", "d2").addMeasures(measure("m1").build(), measure("m2").build())
                .addLinks(link("m1", LinkKind.EVIDENCES, "d1"),
                        link("m2", LinkKind.EVIDENCES, "d1"), link("m2", LinkKind.EVIDENCES, "d2")), "d1");

        assertThat(impact.measuresLeftEvidencingNothing()).extracting(PlanElement::id).containsExactly(id("m1"));
    }

    @Test
    void priorityWhoseOnlyDeliverableIsDroppedIsLeftWithoutWork() {
        DropImpact impact = drop(themeWith("d1"), "d1");

        assertThat(impact.containerLeftWithoutWork()).map(PlanElement::id).contains(id("p"));
    }

    @Test
    void priorityWithOtherDeliverablesIsNotLeftWithoutWork() {
        assertThat(drop(themeWith("d1", "d2"), "d1").containerLeftWithoutWork()).isEmpty();
    }

    @Test
    void priorityLeftWithoutDeliverablesStillServesItsThemesOutcomes() {
        // the plan now stops at the priority, which is leaf work in its turn
        DropImpact impact = drop(themeWith("d1"), "d1");

        assertThat(impact.outcomesLeftUnserved()).isEmpty();
        assertThat(PlanIndex.of(impact.planWithout()).leafWork()).extracting(PlanElement::id).containsExactly(id("p"));
    }

    @Test
    void themeWhoseOnlyPledgeIsDroppedIsLeftWithoutWork() {
        assertThat(drop(pledges("d1"), "d1").containerLeftWithoutWork()).map(PlanElement::id).contains(id("t"));
    }

    @Test
    void droppingAPriorityThatIsLeafWorkTakesItsOwnOutcomesWithItUnlisted() {
        DropImpact impact = drop(plan().addThemes(theme("t").addOutcomes(outcome("o1"))
                .addPriorities(priority("p1").addOutcomes(outcome("o-p1")).build(), priority("p2").build()).build()),
                "p1");

        assertThat(impact.outcomesLeftUnserved()).isEmpty();
        assertThat(impact.planWithout().elements()).extracting(PlanElement::id).doesNotContain(id("o-p1"));
    }

    @Test
    void droppingAnObjectiveThatIsLeafWorkLeavesItsThemesOutcomesUnservedWhenNoWorkIsLeft() {
        DropImpact impact = drop(plan().addThemes(theme("t").addOutcomes(outcome("o1"))
                .addObjectives(objective("ob").build()).build()), "ob");

        assertThat(impact.outcomesLeftUnserved()).extracting(o -> o.element().id()).containsExactly(id("o1"));
        assertThat(impact.containerLeftWithoutWork()).map(PlanElement::id).contains(id("t"));
    }

    @Test
    void planWithoutLacksTheDeliverableItsMilestonesAndTheirLinksAndKeepsTheRest() {
        Plan plan = plan().addPartners(partner("pa"))
                .addThemes(theme("t").addOutcomes(outcome("o")).addPriorities(priority("p").addDeliverables(
                        deliverable("d1").addMilestones(milestone("ms")).build(), deliverable("d2").build()).build())
                        .build())
                .addLinks(link("d1", LinkKind.CONTRIBUTES_TO, "o"), link("ms", LinkKind.INVOLVES, "pa"),
                        link("d2", LinkKind.INVOLVES, "pa"))
                .build();

        Plan without = DropImpact.of(PlanIndex.of(plan), id("d1")).planWithout();

        assertThat(without.elements()).extracting(PlanElement::id)
                .containsExactly(id("plan"), id("t"), id("o"), id("p"), id("d2"), id("pa"));
        assertThat(without.links()).containsExactly(link("d2", LinkKind.INVOLVES, "pa"));
        assertThat(without.title()).isEqualTo(plan.title());
    }

    @Test
    void describesTheImpactForPeople() {
        DropImpact impact = drop(pledges("d1").addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "o1")), "d1");

        assertThat(impact).hasToString("dropping deliverable 'd1'\n"
                + "  outcome 'o1' is left evidenced by measures only (served by containment)\n"
                + "  outcome 'o2' loses all support (served by containment)\n"
                + "  theme 't' has no work left");
    }

    @Test
    void describesAnImpactThatLeavesNothingUnsupported() {
        assertThat(drop(themeWith("d1", "d2"), "d1"))
                .hasToString("dropping deliverable 'd1' leaves nothing without support");
    }

    @Test
    void refusesWorkThatContainsOtherWork() {
        PlanIndex index = PlanIndex.of(themeWith("d1").build());

        assertThatThrownBy(() -> DropImpact.of(index, id("p"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority 'p'").hasMessageContaining("contains other work");
    }

    @Test
    void refusesAnElementThatIsNotWork() {
        PlanIndex index = PlanIndex.of(themeWith("d1").build());

        assertThatThrownBy(() -> DropImpact.of(index, id("o1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome 'o1'");
    }

    @Test
    void refusesAnIdThePlanDoesNotHave() {
        PlanIndex index = PlanIndex.of(themeWith("d1").build());

        assertThatThrownBy(() -> DropImpact.of(index, id("nope"))).isInstanceOf(NoSuchElementException.class);
    }
}
