package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.outcome;
import static io.github.councilplan.model.Fixtures.priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.ValueType;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules between the children of one element: within each list ids and numbers are distinct,
 * and across all the lists of a plan or a theme ids are distinct.
 */
class SiblingRulesTest {

    static Stream<ChildList<?>> lists() {
        return ChildList.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void siblingsWithDistinctIdsAndNumbersAreKeptInOrder(ChildList<?> list) {
        PlanElement first = list.child("a", list.childNumber(2));
        PlanElement second = list.child("b", list.childNumber(1));

        PlanElement parent = list.parentWith(first, second);

        assertThat(parent.children()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void siblingsWithoutNumbersAreAccepted(ChildList<?> list) {
        PlanElement first = list.child("a", null);
        PlanElement second = list.child("b", null);

        assertThat(list.parentWith(first, second).children()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void siblingsWithTheSameIdAreRejected(ChildList<?> list) {
        PlanElement first = list.child("dup-id", list.childNumber(1));
        PlanElement second = list.child("dup-id", list.childNumber(2));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> list.parentWith(first, second))
                .withMessageStartingWith(list.parent() + ": ")
                .withMessageContaining(list.field + "[1].id 'dup-id'")
                .withMessageContaining("already used by " + list.field + "[0]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void siblingsWithTheSameNumberAreRejected(ChildList<?> list) {
        PlanElement first = list.child("a", list.childNumber(7));
        PlanElement second = list.child("b", list.childNumber(7));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> list.parentWith(first, second))
                .withMessageStartingWith(list.parent() + ": ")
                .withMessageContaining(list.field + "[1].number '" + list.childNumber(7) + "'")
                .withMessageContaining("already used by " + list.field + "[0]");
    }

    @Test
    void theListsTestedAreEveryListOfElementsThatThePlanStructureDescribes() {
        Set<String> described = new TreeSet<>();
        for (ElementKind kind : ElementKind.values()) {
            PlanStructure.of(kind).elementProperties().stream().filter(p -> p.type() == ValueType.ELEMENTS)
                    .forEach(p -> described.add(kind.defaultName() + " " + p.name()));
        }

        assertThat(ChildList.all().map(ChildList::toString)).containsExactlyInAnyOrderElementsOf(described);
    }

    @Test
    void theVisionSharingAnIdWithAStatementIsRejected() {
        Statement vision = Statement.builder().id(Fixtures.id("s")).addBody(Block.paragraph(Fixtures.text("Vision")))
                .build();
        Plan.Builder plan = Fixtures.plan().vision(vision).addStatements(Fixtures.statement("s", null));

        assertThatIllegalArgumentException()
                .isThrownBy(plan::build)
                .withMessage("plan 'plan': id 's' is used by both statement 's' and statement 's'");
    }

    /** Pairs of different lists of one parent. */
    static Stream<Arguments> listPairs() {
        return Stream.of(
                Arguments.of(ChildList.THEME_OUTCOMES, ChildList.THEME_PRIORITIES),
                Arguments.of(ChildList.THEME_PRIORITIES, ChildList.THEME_DELIVERABLES),
                Arguments.of(ChildList.THEME_COMMITMENTS, ChildList.THEME_LISTS),
                Arguments.of(ChildList.OBJECTIVE_PRIORITIES, ChildList.OBJECTIVE_DELIVERABLES),
                Arguments.of(ChildList.OBJECTIVE_OUTCOMES, ChildList.OBJECTIVE_MILESTONES),
                Arguments.of(ChildList.PRIORITY_OUTCOMES, ChildList.PRIORITY_DELIVERABLES),
                Arguments.of(ChildList.PRIORITY_LISTS, ChildList.PRIORITY_MILESTONES),
                Arguments.of(ChildList.DELIVERABLE_OUTCOMES, ChildList.DELIVERABLE_MILESTONES),
                Arguments.of(ChildList.DELIVERABLE_OUTCOMES, ChildList.DELIVERABLE_LISTS),
                Arguments.of(ChildList.PLAN_VALUES, ChildList.PLAN_PRINCIPLES),
                Arguments.of(ChildList.THEME_OBJECTIVES, ChildList.THEME_PRIORITIES),
                Arguments.of(ChildList.THEME_OUTCOMES, ChildList.THEME_COMMITMENTS),
                Arguments.of(ChildList.THEME_PRIORITIES, ChildList.THEME_COMMITMENTS),
                Arguments.of(ChildList.PLAN_STATEMENTS, ChildList.PLAN_VALUES),
                Arguments.of(ChildList.PLAN_THEMES, ChildList.PLAN_MEASURES),
                Arguments.of(ChildList.PLAN_OWNERS, ChildList.PLAN_PARTNERS),
                Arguments.of(ChildList.PLAN_VALUES, ChildList.PLAN_PARTNERS));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @MethodSource("listPairs")
    void childrenInDifferentListsWithDistinctIdsAreAcceptedEvenWithTheSameNumber(
            ChildList<?> one, ChildList<?> other) {
        PlanElement a = one.child("a", one.childNumber(1));
        PlanElement b = other.child("b", other.childNumber(1));

        PlanElement parent = one.parentWith(a, other, b);

        assertThat(parent.children()).contains(a, b);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @MethodSource("listPairs")
    void childrenInDifferentListsWithTheSameIdAreRejected(ChildList<?> one, ChildList<?> other) {
        PlanElement a = one.child("shared", one.childNumber(1));
        PlanElement b = other.child("shared", other.childNumber(2));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> one.parentWith(a, other, b))
                .withMessage(one.parent() + ": id 'shared' is used by both " + a.describe() + " and " + b.describe());
    }

    @Test
    void sharedIdMessageNamesBothElementsByKindAndNumber() {
        Theme.Builder theme = Fixtures.themeBuilder("t", "1")
                .addOutcomes(outcome("x", null))
                .addPriorities(priority("x", "1.1"));

        assertThatIllegalArgumentException()
                .isThrownBy(theme::build)
                .withMessage("theme 1: id 'x' is used by both outcome 'x' and priority 1.1");
    }
}
