package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.commitment;
import static io.github.councilplan.model.Fixtures.deliverable;
import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.measure;
import static io.github.councilplan.model.Fixtures.milestone;
import static io.github.councilplan.model.Fixtures.objective;
import static io.github.councilplan.model.Fixtures.outcome;
import static io.github.councilplan.model.Fixtures.owner;
import static io.github.councilplan.model.Fixtures.partner;
import static io.github.councilplan.model.Fixtures.priority;
import static io.github.councilplan.model.Fixtures.statement;
import static io.github.councilplan.model.Fixtures.text;
import static io.github.councilplan.model.Fixtures.theme;
import static io.github.councilplan.model.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every element tells about itself, and how elements contain one another. */
class PlanElementTest {

    static Stream<Arguments> numberedElements() {
        return Stream.of(
                Arguments.of(statement("s", "1"), ElementKind.STATEMENT, "statement 1"),
                Arguments.of(value("v", "2"), ElementKind.VALUE, "value 2"),
                Arguments.of(theme("t", "1"), ElementKind.THEME, "theme 1"),
                Arguments.of(outcome("o", "1.1"), ElementKind.OUTCOME, "outcome 1.1"),
                Arguments.of(objective("ob", "1.A"), ElementKind.OBJECTIVE, "objective 1.A"),
                Arguments.of(priority("p", "1.2"), ElementKind.PRIORITY, "priority 1.2"),
                Arguments.of(deliverable("d", "1.2.3"), ElementKind.DELIVERABLE, "deliverable 1.2.3"),
                Arguments.of(milestone("m", "1.2.3.1"), ElementKind.MILESTONE, "milestone 1.2.3.1"),
                Arguments.of(commitment("c", "B"), ElementKind.COMMITMENT, "commitment B"),
                Arguments.of(measure("k", "7"), ElementKind.MEASURE, "measure 7"),
                Arguments.of(owner("ow", "3"), ElementKind.OWNER, "owner 3"),
                Arguments.of(partner("pa", "4"), ElementKind.PARTNER, "partner 4"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("numberedElements")
    void numberedElementIsDescribedByKindAndNumber(PlanElement element, ElementKind kind, String description) {
        assertThat(element.kind()).isEqualTo(kind);
        assertThat(element.describe()).isEqualTo(description);
    }

    static Stream<Arguments> unnumberedElements() {
        return Stream.of(
                Arguments.of(statement("foreword", null), "statement 'foreword'"),
                Arguments.of(theme("enabling", null), "theme 'enabling'"),
                Arguments.of(deliverable("d-1.2.2", null), "deliverable 'd-1.2.2'"),
                Arguments.of(measure("kpi-7", null), "measure 'kpi-7'"),
                Arguments.of(milestone("m:1", null), "milestone 'm:1'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unnumberedElements")
    void unnumberedElementIsDescribedByKindAndQuotedId(PlanElement element, String description) {
        assertThat(element.describe()).isEqualTo(description);
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of(theme("t", null), text("Enabling")),
                Arguments.of(outcome("o", null), text("robust internal oversight")),
                Arguments.of(objective("ob", null), text("A strategic objective")),
                Arguments.of(priority("p", null), text("Modernise and digitise services")),
                Arguments.of(deliverable("d", null), text("Innovate through digital efficiencies")),
                Arguments.of(milestone("m", null), text("Go live")),
                Arguments.of(commitment("c", null), text("Easier access to the council")),
                Arguments.of(measure("k", null), text("Residents satisfied")),
                Arguments.of(owner("ow", null), text("Executive Director of Resources")),
                Arguments.of(partner("pa", null), text("NHS")),
                Arguments.of(value("v", null), text("Together")),
                Arguments.of(statement("s", null), text("Foreword text")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void elementIsLabelledByTheTextItIsKnownBy(PlanElement element, Text label) {
        assertThat(element.label()).contains(label);
    }

    static Stream<PlanElement> leaves() {
        return Stream.of(statement("s", null), value("v", null), outcome("o", null), commitment("c", null),
                milestone("m", null), measure("k", null), owner("ow", null), partner("pa", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leaves")
    void leafHasNoChildren(PlanElement leaf) {
        assertThat(leaf.children()).isEmpty();
    }

    @Test
    void deliverableChildrenAreItsMilestones() {
        Milestone m1 = milestone("m1", null);
        Milestone m2 = milestone("m2", null);

        Deliverable d = Fixtures.deliverableBuilder("d", null).addMilestones(m1, m2).build();

        assertThat(d.children()).containsExactly(m1, m2);
    }

    @Test
    void priorityChildrenAreItsDeliverables() {
        Deliverable d1 = deliverable("d1", "1.1.1");
        Deliverable d2 = deliverable("d2", "1.1.2");

        Priority p = Fixtures.priorityBuilder("p", "1.1").addDeliverables(d1, d2).build();

        assertThat(p.children()).containsExactly(d1, d2);
    }

    @Test
    void objectiveChildrenAreItsPriorities() {
        Priority p1 = priority("p1", "A.1");
        Priority p2 = priority("p2", "A.2");

        Objective o = Fixtures.objectiveBuilder("o", "A").addPriorities(p1, p2).build();

        assertThat(o.children()).containsExactly(p1, p2);
    }

    @Test
    void themeChildrenAreOutcomesObjectivesPrioritiesThenCommitments() {
        Outcome outcome = outcome("o1", null);
        Objective objective = objective("ob1", "1.1");
        Priority priority = priority("p1", "1.2");
        Commitment commitment = commitment("c1", null);

        // added in another order than the lists are read
        Theme t = Fixtures.themeBuilder("t", "1").addCommitments(commitment).addPriorities(priority)
                .addObjectives(objective).addOutcomes(outcome).build();

        assertThat(t.children()).containsExactly(outcome, objective, priority, commitment);
    }

    @Test
    void planChildrenAreStatementsValuesThemesMeasuresOwnersThenPartners() {
        Statement s = statement("s", null);
        SharedValue v = value("v", null);
        Theme t = theme("t", null);
        Measure k = measure("k", null);
        Owner o = owner("o", null);
        Partner p = partner("p", null);

        Plan plan = Fixtures.plan().addPartners(p).addOwners(o).addMeasures(k).addThemes(t).addValues(v)
                .addStatements(s).build();

        assertThat(plan.children()).containsExactly(s, v, t, k, o, p);
    }

    @Test
    void allPrioritiesOfAThemeWithoutObjectivesAreItsPriorities() {
        Priority p1 = priority("p1", "1.1");
        Priority p2 = priority("p2", "1.2");

        Theme t = Fixtures.themeBuilder("t", "1").addPriorities(p1, p2).build();

        assertThat(t.allPriorities()).containsExactly(p1, p2);
    }

    @Test
    void allPrioritiesAreTheThemesOwnThenEachObjectivesInOrder() {
        Priority direct = priority("direct", "1.3");
        Priority a1 = priority("a1", "1.1.1");
        Priority a2 = priority("a2", "1.1.2");
        Priority b1 = priority("b1", "1.2.1");
        Theme t = Fixtures.themeBuilder("t", "1")
                .addObjectives(Fixtures.objectiveBuilder("a", "1.1").addPriorities(a1, a2).build())
                .addObjectives(Fixtures.objectiveBuilder("b", "1.2").addPriorities(b1).build())
                .addPriorities(direct)
                .build();

        assertThat(t.allPriorities()).containsExactly(direct, a1, a2, b1);
    }

    @Test
    void elementsListsThePlanThenItsContentsDepthFirst() {
        Milestone m = milestone("m", null);
        Deliverable d = Fixtures.deliverableBuilder("d", "1.1.1").addMilestones(m).build();
        Priority p = Fixtures.priorityBuilder("p", "1.1").addDeliverables(d).build();
        Priority op = priority("op", "1.2.1");
        Objective ob = Fixtures.objectiveBuilder("ob", "1.2").addPriorities(op).build();
        Outcome o = outcome("o", null);
        Commitment c = commitment("c", null);
        Theme t1 = Fixtures.themeBuilder("t1", "1").addOutcomes(o).addObjectives(ob).addPriorities(p)
                .addCommitments(c).build();
        Theme t2 = theme("t2", "2");
        Statement s = statement("s", null);
        SharedValue v = value("v", null);
        Measure k = measure("k", null);
        Owner ow = owner("ow", null);
        Partner pa = partner("pa", null);
        Plan plan = Fixtures.plan().addStatements(s).addValues(v).addThemes(t1, t2).addMeasures(k).addOwners(ow)
                .addPartners(pa).build();

        assertThat(plan.elements()).containsExactly(plan, s, v, t1, o, ob, op, p, d, m, c, t2, k, ow, pa);
    }

    @Test
    void elementsOfAnEmptyPlanIsThePlanAlone() {
        Plan plan = Fixtures.plan().build();

        assertThat(plan.elements()).containsExactly(plan);
    }

    @Test
    void elementsDoesNotIncludeLinks() {
        Plan plan = Fixtures.plan().addMeasures(measure("k", null)).addThemes(theme("t", null))
                .addLinks(Link.of(id("k"), LinkKind.EVIDENCES, id("t"))).build();

        assertThat(plan.elements()).extracting(PlanElement::id).containsExactly(id("plan"), id("t"), id("k"));
    }
}
