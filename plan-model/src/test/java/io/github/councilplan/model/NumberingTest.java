package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.deliverable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbering agrees with nesting: a dotted number sits directly in its parent's number; a number
 * of one segment states no nesting; a parent without a number imposes nothing.
 */
class NumberingTest {

    static Stream<ChildList<?>> numberedParents() {
        return ChildList.underNumberedParents();
    }

    @Test
    void deliverableNumberedWithinItsPriorityIsAccepted() {
        Deliverable d = deliverable("d", "1.2.1");

        Priority priority = Fixtures.priorityBuilder("p", "1.2").addDeliverables(d).build();

        assertThat(priority.deliverables()).containsExactly(d);
    }

    @Test
    void deliverableNumberedWithinAnotherPriorityIsRejected() {
        Priority.Builder priority = Fixtures.priorityBuilder("p", "1.2").addDeliverables(deliverable("d", "1.3.1"));

        assertThatIllegalArgumentException()
                .isThrownBy(priority::build)
                .withMessage("priority 1.2: deliverables[0].number '1.3.1' is not numbered within 1.2"
                        + " (expected 1.2.<n>)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedParents")
    void childNumberedWithinItsParentIsAccepted(ChildList<?> list) {
        PlanElement child = list.child("c", list.parentNumber + ".4");

        assertThat(list.parentWith(child).children()).containsExactly(child);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedParents")
    void childNumberedWithinASiblingOfItsParentIsRejected(ChildList<?> list) {
        String elsewhere = nextSibling(list.parentNumber) + ".4";
        PlanElement first = list.child("a", list.parentNumber + ".1");
        PlanElement second = list.child("b", elsewhere);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> list.parentWith(first, second))
                .withMessageStartingWith(list.parent() + ": ")
                .withMessageContaining(list.field + "[1].number '" + elsewhere + "'")
                .withMessageContaining("is not numbered within " + list.parentNumber);
    }

    /** The number after {@code number} at the same level: {@code 1.3} for {@code 1.2}. */
    private static String nextSibling(String number) {
        int dot = number.lastIndexOf('.');
        return number.substring(0, dot + 1) + (Integer.parseInt(number.substring(dot + 1)) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedParents")
    void childNumberedTwoLevelsBelowItsParentIsRejected(ChildList<?> list) {
        String tooDeep = list.parentNumber + ".4.1";
        PlanElement child = list.child("c", tooDeep);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> list.parentWith(child))
                .withMessageContaining(list.field + "[0].number '" + tooDeep + "'")
                .withMessageContaining("is not numbered within " + list.parentNumber);
    }

    static Stream<ChildList<?>> dottedParents() {
        return ChildList.underNumberedParents().filter(list -> list.parentNumber.contains("."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dottedParents")
    void childWithItsParentsDottedNumberIsRejected(ChildList<?> list) {
        PlanElement child = list.child("c", list.parentNumber);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> list.parentWith(child))
                .withMessageContaining(list.field + "[0].number '" + list.parentNumber + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedParents")
    void singleSegmentNumbersAreAcceptedUnderAnyParentNumber(ChildList<?> list) {
        PlanElement lettered = list.child("a", "A");
        PlanElement numeric = list.child("b", "7");

        assertThat(list.parentWith(lettered, numeric).children()).containsExactly(lettered, numeric);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedParents")
    void parentWithoutNumberImposesNoNumbering(ChildList<?> list) {
        PlanElement dotted = list.child("a", "7.7.7");
        PlanElement other = list.child("b", "3.1");

        assertThat(list.parentNumbered(null, dotted, other).children()).containsExactly(dotted, other);
    }

    @Test
    void priorityWithItsThemesSingleSegmentNumberIsAccepted() {
        // a number of one segment states no nesting, even when it equals the parent's
        Priority p = Fixtures.priority("p", "1");

        assertThat(Fixtures.themeBuilder("t", "1").addPriorities(p).build().priorities()).containsExactly(p);
    }

    @Test
    void planImposesNoNumberingOnItsThemes() {
        Theme theme = Fixtures.theme("t", "2.1");

        assertThat(Fixtures.plan().addThemes(theme).build().themes()).containsExactly(theme);
    }

    @Test
    void letteredPriorityHoldsDeliverablesNumberedWithinTheLetter() {
        Deliverable d = deliverable("d", "B.2");

        Priority priority = Fixtures.priorityBuilder("p", "B").addDeliverables(d).build();

        assertThat(priority.deliverables()).containsExactly(d);
    }
}
