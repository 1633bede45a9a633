package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.milestone;
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
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DropImpactTest {

    private static DropImpact drop(Plan.Builder plan, String deliverable) {
        return DropImpact.of(PlanIndex.of(plan.build()), id(deliverable));
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
    void droppingTheLastUnlinkedDeliverableOfAThemeLeavesItsOutcomesUnservedByContainment() {
        DropImpact impact = drop(themeWith("d1"), "d1");

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
        DropImpact impact = drop(themeWith("d1").addMeasures(measure("m").build())
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

        assertThat(impact.deliverablesRerouted()).extracting(PlanElement::id).containsExactly(id("d2"));
        // d2 now serves o1 and o2 by containment, and so o1 keeps d3 by links
        assertThat(impact.outcomesLeftUnserved()).isEmpty();
    }

    @Test
    void deliverableWithAnotherRouteToTheSameOutcomesIsNotRerouted() {
        DropImpact impact = drop(themeWith("d1", "d2").addLinks(
                link("d1", LinkKind.CONTRIBUTES_TO, "o1"),
                link("d2", LinkKind.CONTRIBUTES_TO, "d1"),
                link("d2", LinkKind.CONTRIBUTES_TO, "o1")), "d1");

        assertThat(impact.deliverablesRerouted()).isEmpty();
    }

    @Test
    void measureThatEvidencesOnlyTheDeliverableIsLeftEvidencingNothing() {
        DropImpact impact = drop(themeWith("d1", "d2").addMeasures(measure("m1").build(), measure("m2").build())
                .addLinks(link("m1", LinkKind.EVIDENCES, "d1"),
                        link("m2", LinkKind.EVIDENCES, "d1"), link("m2", LinkKind.EVIDENCES, "d2")), "d1");

        assertThat(impact.measuresLeftEvidencingNothing()).extracting(PlanElement::id).containsExactly(id("m1"));
    }

    @Test
    void priorityWhoseOnlyDeliverableIsDroppedIsLeftEmpty() {
        DropImpact impact = drop(themeWith("d1"), "d1");

        assertThat(impact.priorityLeftEmpty()).map(PlanElement::id).contains(id("p"));
    }

    @Test
    void priorityWithOtherDeliverablesIsNotLeftEmpty() {
        assertThat(drop(themeWith("d1", "d2"), "d1").priorityLeftEmpty()).isEmpty();
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
        DropImpact impact = drop(themeWith("d1").addMeasures(measure("m").build())
                .addLinks(link("m", LinkKind.EVIDENCES, "o1")), "d1");

        assertThat(impact).hasToString("dropping deliverable 'd1'\n"
                + "  outcome 'o1' is left evidenced by measures only (served by containment)\n"
                + "  outcome 'o2' loses all support (served by containment)\n"
                + "  priority 'p' has no deliverables");
    }

    @Test
    void describesAnImpactThatLeavesNothingUnsupported() {
        assertThat(drop(themeWith("d1", "d2"), "d1"))
                .hasToString("dropping deliverable 'd1' leaves nothing without support");
    }

    @Test
    void refusesAnElementThatIsNotADeliverable() {
        PlanIndex index = PlanIndex.of(themeWith("d1").build());

        assertThatThrownBy(() -> DropImpact.of(index, id("p"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority 'p'");
    }

    @Test
    void refusesAnIdThePlanDoesNotHave() {
        PlanIndex index = PlanIndex.of(themeWith("d1").build());

        assertThatThrownBy(() -> DropImpact.of(index, id("nope"))).isInstanceOf(NoSuchElementException.class);
    }
}
