package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GapKindTest {

    @Test
    void codesAreStableLowerCamelCaseInReportOrder() {
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::code)).containsExactly(
                "outcomeUnsupported", "deliverableServesNoOutcome", "deliverableWithoutOwner",
                "deliverableWithoutMilestone", "deliverableWithoutMeasure", "priorityWithoutDeliverables",
                "measureWithoutTarget", "measureWithoutRecentActual");
    }

    @Test
    void eachKindNamesTheKindOfElementItsGapsAreAbout() {
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::elementKind)).containsExactly(
                ElementKind.OUTCOME, ElementKind.DELIVERABLE, ElementKind.DELIVERABLE, ElementKind.DELIVERABLE,
                ElementKind.DELIVERABLE, ElementKind.PRIORITY, ElementKind.MEASURE, ElementKind.MEASURE);
    }

    @Test
    void fromCodeFindsEveryKindByItsCode() {
        for (GapKind kind : GapKind.values()) {
            assertThat(GapKind.fromCode(kind.code())).isSameAs(kind);
        }
    }

    @Test
    void fromCodeRefusesAnUnknownCodeListingTheKnownOnes() {
        assertThatThrownBy(() -> GapKind.fromCode("OUTCOME_UNSUPPORTED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gap kind: 'OUTCOME_UNSUPPORTED' is not one of outcomeUnsupported, ")
                .hasMessageEndingWith(", measureWithoutRecentActual");
    }

    @Test
    void toStringIsTheCode() {
        assertThat(GapKind.DELIVERABLE_WITHOUT_OWNER).hasToString("deliverableWithoutOwner");
    }

    @Test
    void everyKindHasADescription() {
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::description)).doesNotContainNull()
                .allMatch(description -> !description.isBlank()).doesNotHaveDuplicates();
    }

    @Test
    void gapRefusesAnElementOfAnotherKind() {
        assertThatThrownBy(() -> new Gap(GapKind.OUTCOME_UNSUPPORTED, priority("p").build(), "message"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element: priority 'p' is not of kind outcome, which outcomeUnsupported gaps name");
    }

    @Test
    void gapRefusesABlankMessage() {
        assertThatThrownBy(() -> new Gap(GapKind.OUTCOME_UNSUPPORTED, outcome("o"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
    }

    @Test
    void gapPrintsAsCodeAndMessage() {
        assertThat(new Gap(GapKind.OUTCOME_UNSUPPORTED, outcome("o"), "outcome 'o' is alone"))
                .hasToString("outcomeUnsupported: outcome 'o' is alone");
    }
}
