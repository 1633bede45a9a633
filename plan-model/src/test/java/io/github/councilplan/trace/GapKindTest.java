package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapKindTest {

    @Test
    void codesAreStableLowerCamelCaseInReportOrder() {
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::code)).containsExactly(
                "outcome-unsupported", "work-serves-no-outcome", "work-without-owner", "work-without-milestone",
                "work-without-measure", "priority-without-deliverables", "principle-unreflected",
                "measure-without-target", "measure-without-recent-actual", "outcome-without-national-metric");
    }

    @Test
    void eachKindNamesTheKindsOfElementItsGapsAreAbout() {
        Set<ElementKind> work = EnumSet.of(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::elementKinds)).containsExactly(
                Set.of(ElementKind.OUTCOME), work, work, work, work, Set.of(ElementKind.PRIORITY),
                Set.of(ElementKind.PRINCIPLE), Set.of(ElementKind.MEASURE), Set.of(ElementKind.MEASURE),
                Set.of(ElementKind.OUTCOME));
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
                .hasMessageStartingWith("gap kind: 'OUTCOME_UNSUPPORTED' is not one of outcome-unsupported, ")
                .hasMessageEndingWith(", outcome-without-national-metric");
    }

    @Test
    void everyKindButNationalMetricsIsCheckedByDefault() {
        assertThat(GapKind.defaults()).hasSize(GapKind.values().length - 1)
                .doesNotContain(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC);
        assertThat(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC.byDefault()).isFalse();
    }

    @Test
    void toStringIsTheCode() {
        assertThat(GapKind.WORK_WITHOUT_OWNER).hasToString("work-without-owner");
    }

    @Test
    void everyKindHasADescription() {
        assertThat(Arrays.stream(GapKind.values()).map(GapKind::description)).doesNotContainNull()
                .allMatch(description -> !description.isBlank()).doesNotHaveDuplicates();
    }

    @Test
    void gapRefusesAnElementOfAnotherKind() {
        assertThatThrownBy(() -> Gap.of(GapKind.OUTCOME_UNSUPPORTED, priority("p").build(), "message"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element: priority 'p' is not of a kind outcome-unsupported gaps name [OUTCOME]");
    }

    @Test
    void gapRefusesABlankMessage() {
        assertThatThrownBy(() -> Gap.of(GapKind.OUTCOME_UNSUPPORTED, outcome("o"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
    }

    @Test
    void gapPrintsAsCodeAndMessage() {
        assertThat(Gap.of(GapKind.OUTCOME_UNSUPPORTED, outcome("o"), "outcome 'o' is alone"))
                .hasToString("outcome-unsupported: outcome 'o' is alone");
    }
}
