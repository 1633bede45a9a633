package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverableWith;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.measured;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.period;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link RollUp#stateCounts()}: each state a committee report shows, counted apart. */
class RollUpStateTest {
    private static final ReportingPeriod Q1 = period("2025/26 Q1");

    private static Plan.Builder priorityOf(Deliverable... deliverables) {
        return plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addPriorities(priority("p").addDeliverables(deliverables).build()).build());
    }

    private static RollUp rollUp(Plan.Builder plan, ReportingPeriod period) {
        return RollUp.of(PlanIndex.of(plan.build()), id("p"), period);
    }

    private static Plan.Builder evidencing(Measure... measures) {
        Plan.Builder plan = priorityOf().addMeasures(measures);
        for (Measure m : measures) {
            plan.addLinks(link(m.id().toString(), LinkKind.EVIDENCES, "p"));
        }
        return plan;
    }

    @Test
    void stateCountsListEveryStateInEnumOrder() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.AMBER)), Q1);

        assertThat(rollUp.stateCounts()).containsExactly(entry(RagState.RED, 0), entry(RagState.AMBER, 1),
                entry(RagState.GREEN, 0), entry(RagState.NO_TARGET, 0), entry(RagState.DATA_AWAITED, 0),
                entry(RagState.NOT_APPLICABLE, 0), entry(RagState.NOT_RATED, 0));
    }

    @Test
    void eachMeasureCountsInTheStateItsRatingGives() {
        Measure red = measured("m1", "2025/26 Q1", "70");
        Measure noTarget = measure("m2").putActuals(Q1, BigDecimal.ONE).build();
        Measure awaited = measure("m3").putTargets(Q1, BigDecimal.TEN).build();
        Measure notApplicable = measure("m4").direction(Optional.empty()).putTargets(Q1, BigDecimal.TEN)
                .putActuals(Q1, BigDecimal.ONE).build();

        RollUp rollUp = rollUp(evidencing(red, noTarget, awaited, notApplicable), Q1);

        assertThat(rollUp.count(RagState.RED)).isEqualTo(1);
        assertThat(rollUp.count(RagState.NO_TARGET)).isEqualTo(1);
        assertThat(rollUp.count(RagState.DATA_AWAITED)).isEqualTo(1);
        assertThat(rollUp.count(RagState.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(rollUp.count(RagStatus.RED)).isEqualTo(1);
    }

    @Test
    void anOverrideWinsInTheStateCountsButNotInTheComputedStatus() {
        Measure overridden = Measure.builder().from(measured("m", "2025/26 Q1", "70"))
                .addAssessments(Assessment.builder().period(Q1).status(RagState.GREEN)
                        .reason(Text.of("Counted late")).build()).build();

        RollUp rollUp = rollUp(evidencing(overridden), Q1);

        assertThat(rollUp.count(RagState.GREEN)).isEqualTo(1);
        assertThat(rollUp.count(RagState.RED)).isZero();
        assertThat(rollUp.status()).contains(RagStatus.RED);
        assertThat(rollUp.items()).filteredOn(item -> item.element() instanceof Measure).singleElement()
                .satisfies(item -> {
            assertThat(item.rag()).contains(RagStatus.RED);
            assertThat(item.state()).contains(RagState.GREEN);
        });
    }

    @Test
    void anOverrideOfAnUnratedPeriodGivesItsState() {
        Measure awaited = measure("m").putTargets(Q1, BigDecimal.TEN)
                .addAssessments(Assessment.builder().period(Q1).status(RagState.AMBER)
                        .reason(Text.of("Provisional figures show a shortfall")).build()).build();

        RollUp rollUp = rollUp(evidencing(awaited), Q1);

        assertThat(rollUp.count(RagState.AMBER)).isEqualTo(1);
        assertThat(rollUp.count(RagState.DATA_AWAITED)).isZero();
        assertThat(rollUp.notReported()).extracting(item -> item.element().id()).contains(id("m"));
    }

    @Test
    void workWithoutARagCountsInNoState() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.ON_HOLD),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.COMPLETE)), Q1);

        assertThat(rollUp.stateCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(rollUp.count(RagState.GREEN)).isEqualTo(1);
    }

    @Test
    void everyMeasureItemHasAState() {
        RollUp rollUp = rollUp(evidencing(measure("m").build()), Q1);

        assertThat(rollUp.items()).filteredOn(item -> item.element() instanceof Measure).singleElement()
                .satisfies(item -> assertThat(item.state()).isPresent());
    }
}
