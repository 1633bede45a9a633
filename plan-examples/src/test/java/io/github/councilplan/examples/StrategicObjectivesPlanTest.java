package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plan in the shape of Thurrock's 2024 edition, in made-up words: each theme has policy
 * outcomes (corporate outcomes in one theme) and strategic objectives with lettered priorities, so
 * that several priorities are "A"; each list is introduced as written.
 */
class StrategicObjectivesPlanTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private final Plan plan = ExamplePlans.strategicObjectives();
    private final PlanIndex index = PlanIndex.of(plan);

    private List<Objective> objectives() {
        return plan.themes().stream().flatMap(theme -> theme.objectives().stream()).collect(Collectors.toList());
    }

    @Test
    void everyThemeHasStrategicObjectivesAndNoPrioritiesOfItsOwn() {
        assertThat(plan.themes()).hasSize(3).allSatisfy(theme -> {
            assertThat(theme.objectives()).isNotEmpty();
            assertThat(theme.priorities()).isEmpty();
            assertThat(theme.allPriorities()).isNotEmpty();
        });
        assertThat(index.levelName(ElementId.of("so-1.1"))).isEqualTo(Text.of("Strategic objective"));
    }

    @Test
    void prioritiesAreLetteredWithinTheirObjective() {
        assertThat(objectives()).extracting(objective -> objective.priorities().stream()
                .map(priority -> priority.number().orElseThrow().toString()).collect(Collectors.joining()))
                .containsExactly("ABC", "AB", "AB", "AB", "ABC");
    }

    @Test
    void fivePrioritiesAreNumberedAEachInAnotherObjective() {
        List<PlanElement> lettered = index.withNumber(DisplayNumber.of("A"));

        assertThat(lettered).hasSize(5).allSatisfy(priority -> assertThat(priority).isInstanceOf(Priority.class));
        assertThat(lettered).extracting(priority -> index.parent(priority.id()).orElseThrow().id().value())
                .containsExactly("so-1.1", "so-1.2", "so-2.1", "so-2.2", "so-3.1");
    }

    @Test
    void aLetteredPrioritysPathNamesItsObjectiveAndTheme() {
        assertThat(index.path(ElementId.of("p-2.1-B"))).extracting(element -> element.id().value())
                .containsExactly("p-2.1-B", "so-2.1", "th-place", "saltmere-corporate-plan-2024-2029");
    }

    @Test
    void outcomesArePolicyOutcomesButInTheCouncilThemeWhereTheyAreCorporateOutcomes() {
        assertThat(index.ofKind(ElementKind.OUTCOME)).extracting(outcome -> index.levelName(outcome.id()).value())
                .containsExactly("Policy outcome", "Policy outcome", "Policy outcome", "Policy outcome",
                        "Policy outcome", "Policy outcome", "Corporate outcome", "Corporate outcome",
                        "Corporate outcome");
        assertThat(plan.themes().get(2).levelNames().flatMap(names -> names.outcome()))
                .contains(Text.of("Corporate outcome"));
    }

    @Test
    void everyListIsIntroducedAsWritten() {
        assertThat(plan.themes()).extracting(theme -> theme.leadIn("outcomes").orElseThrow().value())
                .containsExactly("By 2029 Saltmere's people will have:", "By 2029 Saltmere will have:",
                        "By 2029 the council will have:");
        assertThat(plan.themes()).allSatisfy(theme -> assertThat(theme.leadIn("objectives")).isPresent());
        assertThat(objectives()).allSatisfy(objective -> assertThat(objective.leadIn("priorities"))
                .contains(Text.of("We will:")));
    }

    @Test
    void thePrioritiesAreTheLeafWorkAndServeTheirThemesOutcomes() {
        assertThat(index.leafWork()).hasSize(12).allSatisfy(work -> assertThat(work).isInstanceOf(Priority.class));
        assertThat(index.outcomesServedBy(ElementId.of("p-3.1-C"))).extracting(traced -> traced.element().id().value())
                .containsExactly("co-3-1", "co-3-2", "co-3-3");
        assertThat(index.outcomesServedBy(ElementId.of("so-1.1"))).extracting(traced -> traced.element().id().value())
                .containsExactly("po-1-1", "po-1-2", "po-1-3");
    }

    @Test
    void prioritiesTakeTheirOwnersAndMeasuresFromTheirObjectiveSoTheOnlyGapsAreMilestones() {
        PlanGaps gaps = PlanGaps.of(index, AS_OF);

        assertThat(gaps.gaps()).hasSize(12).extracting(Gap::kind).containsOnly(GapKind.WORK_WITHOUT_MILESTONE);
        assertThat(plan.themes().stream().flatMap(theme -> theme.allPriorities().stream()))
                .allSatisfy(priority -> assertThat(priority.owners()).isEmpty());
    }

    @Test
    void everyThemeHasThreeOutcomes() {
        assertThat(plan.themes()).extracting(Theme::outcomes).allSatisfy(outcomes -> assertThat(outcomes).hasSize(3));
    }
}
