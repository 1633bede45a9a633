package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A change is checked when made, and equal to another with the same parts. */
class ChangeTest {
    private final Plan plan = SmallPlan.editable().build();
    private final PlanIndex index = PlanIndex.of(plan);
    private final PlanElement deliverable = index.get(ElementId.of("d-1.1.1"));
    private final PlanElement priority = index.get(ElementId.of("p-1.1"));
    private final Link link = plan.links().get(0);

    private Change reworded(String newValue) {
        return Change.ofElement(ChangeKind.REWORDED, MatchBasis.ID, deliverable, deliverable, "deliverable 1.1.1", null,
                Optional.of("old"), Optional.of(newValue));
    }

    @Test
    void changesWithTheSamePartsAreEqual() {
        assertThat(reworded("new")).isEqualTo(reworded("new")).hasSameHashCodeAs(reworded("new"));
    }

    @Test
    void changesThatDifferInAValueAreNotEqual() {
        assertThat(reworded("new")).isNotEqualTo(reworded("newer"));
    }

    @Test
    void anAddedElementWithAnOlderSideIsRefusedNamingTheKind() {
        assertThatThrownBy(() -> Change.ofElement(ChangeKind.ADDED, null, deliverable, deliverable, "deliverable 1.1.1",
                null, Optional.empty(), Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind: a change of kind added has an older side and a newer side");
    }

    @Test
    void aChangeToAMatchedElementWithoutABasisIsRefused() {
        assertThatThrownBy(() -> Change.ofElement(ChangeKind.REWORDED, null, deliverable, deliverable, "deliverable 1.1.1",
                null, Optional.of("a"), Optional.of("b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basis: a change of kind reworded needs a basis");
    }

    @Test
    void aFieldChangeWithoutAFieldIsRefused() {
        assertThatThrownBy(() -> Change.ofElement(ChangeKind.FIELD_CHANGED, MatchBasis.ID, deliverable, deliverable,
                "deliverable 1.1.1", null, Optional.of("a"), Optional.of("b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field: a change of kind field-changed needs a field");
    }

    @Test
    void aLinkChangeOfAnElementKindIsRefused() {
        assertThatThrownBy(() -> Change.ofLink(ChangeKind.REMOVED, link, null, "link", null, Optional.of("x"),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind: removed is a change to an element, but the change has no element and a link");
    }

    @Test
    void aMoveHasBothParents() {
        Change moved = Change.ofMove(MatchBasis.ID, deliverable, deliverable, "deliverable 1.1.1", priority, priority,
                false, "priority 1.1", "priority 1.1");

        assertThat(moved.olderParent()).contains(priority);
        assertThat(moved.newerParent()).contains(priority);
        assertThat(moved).hasToString("moved deliverable 1.1.1: \"priority 1.1\" -> \"priority 1.1\"");
    }
}
