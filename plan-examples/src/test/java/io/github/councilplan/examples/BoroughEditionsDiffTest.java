package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.ChangeKind;
import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fictional borough plan's two editions differ in every way the documentation shows
 * {@code plan diff} finding: an element added, removed, reworded, renumbered and moved, an owner
 * and a target changed.
 */
class BoroughEditionsDiffTest {
    private final PlanDiff diff = PlanDiff.between(ExamplePlans.borough2024(), ExamplePlans.borough2025());

    @ParameterizedTest
    @ValueSource(strings = {ExamplePlans.BOROUGH_2024_RESOURCE, ExamplePlans.BOROUGH_2025_RESOURCE})
    void eachEditionIsValidWithoutWarnings(String resource) {
        ValidationReport report = PlanValidator.create().validate(ExamplePlans.document(resource), DocumentFormat.JSON);

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theRefreshNamesTheEditionItSupersedesAndTheOlderOneItsSuccessor() {
        Plan older = ExamplePlans.borough2024();
        Plan newer = ExamplePlans.borough2025();

        assertThat(newer.edition().orElseThrow().supersedes()).contains(older.edition().orElseThrow().name());
        assertThat(older.edition().orElseThrow().supersededBy().orElseThrow().edition())
                .isEqualTo(newer.edition().orElseThrow().name());
        assertThat(newer.id()).isEqualTo(older.id());
    }

    @Test
    void theDiffFindsEachChangeOfTheWorkByItsKindAndElement() {
        assertThat(diff.changes()).filteredOn(change -> change.elementKind().map(kind -> kind != ElementKind.PLAN).orElse(true))
                .extracting(Change::kind, change -> change.newerId().or(change::olderId).orElseThrow().value(),
                        change -> change.field().orElse(""))
                .containsExactly(
                        tuple(ChangeKind.FIELD_CHANGED, "d-1.1.1", "owners"),
                        tuple(ChangeKind.REMOVED, "d-1.1.2", ""),
                        tuple(ChangeKind.RENUMBERED, "d-1.1.3", ""),
                        tuple(ChangeKind.REWORDED, "d-1.2.1", ""),
                        tuple(ChangeKind.ADDED, "d-2.1.3", ""),
                        tuple(ChangeKind.MOVED, "d-1.2.2", ""),
                        tuple(ChangeKind.RENUMBERED, "d-1.2.2", ""),
                        tuple(ChangeKind.FIELD_CHANGED, "m-1", "targets[2025/26].value"),
                        tuple(ChangeKind.FIELD_CHANGED, "m-2", "actuals"));
    }

    @Test
    void theMovedDeliverableNamesItsOldAndNewPriorityAfterTheirThemes() {
        assertThat(diff.changes()).filteredOn(change -> change.kind() == ChangeKind.MOVED)
                .singleElement().hasToString("moved deliverable 2.2.2 (to another theme): "
                        + "\"theme 1 \u203a priority 1.2\" -> \"theme 2 \u203a priority 2.2\"");
    }

    @Test
    void theMovedDeliverableChangedTheme() {
        assertThat(diff.changes()).filteredOn(change -> change.kind() == ChangeKind.MOVED)
                .singleElement().extracting(Change::themeChanged).isEqualTo(true);
    }

    @Test
    void theRaisedTargetShowsItsOldAndNewValue() {
        assertThat(diff.changes()).filteredOn(change -> change.field().filter("targets[2025/26].value"::equals).isPresent())
                .singleElement().extracting(change -> change.oldValue().orElseThrow() + " -> " + change.newValue().orElseThrow())
                .isEqualTo("70 -> 90");
    }

    @Test
    void theExamplePrintsTheCountThenOneLinePerChange() {
        assertThat(CompareEditions.describe(diff).lines())
                .hasSize(diff.changes().size() + 1)
                .first().isEqualTo(diff.toString());
    }

    @Test
    void thurrocksPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(ExamplePlans.thurrock(), ExamplePlans.thurrock()).isEmpty()).isTrue();
    }

    @Test
    void theFictionalPlanComparedWithItselfHasNoChanges() {
        assertThat(PlanDiff.between(ExamplePlans.fictional(), ExamplePlans.fictional()).isEmpty()).isTrue();
    }
}
