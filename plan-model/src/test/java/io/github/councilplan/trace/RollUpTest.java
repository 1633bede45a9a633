package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.deliverableWith;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.measured;
import static io.github.councilplan.trace.HandBuiltPlans.objective;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.period;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.Unrated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollUpTest {
    private static final ReportingPeriod Q1 = period("2025/26 Q1");

    /** A plan with one theme "t" and one priority "p" holding the deliverables. */
    private static Plan.Builder priorityOf(Deliverable... deliverables) {
        return plan().addThemes(theme("t").addOutcomes(outcome("o"))
                .addPriorities(priority("p").addDeliverables(deliverables).build()).build());
    }

    private static RollUp rollUp(Plan.Builder plan, String element, ReportingPeriod period) {
        return RollUp.of(PlanIndex.of(plan.build()), id(element), period);
    }

    @Test
    void statusIsRedWhenAnyItemIsRed() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.RED),
                deliverableWith("d3", "2025/26 Q1", ProgressStatus.AMBER)), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.RED);
    }

    @Test
    void statusIsAmberWhenAnyItemIsAmberAndNoneRed() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.AMBER)), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.AMBER);
    }

    @Test
    void statusIsGreenWhenEveryRatedItemIsGreen() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.NOT_STARTED), deliverable("d3").build()), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.GREEN);
    }

    @Test
    void statusIsEmptyWhenNothingIsRated() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.ON_HOLD),
                deliverable("d2").build()), "p", Q1);

        assertThat(rollUp.status()).isEmpty();
    }

    @Test
    void progressStatusesMapOntoRag() {
        assertThat(Arrays.stream(ProgressStatus.values()).map(RollUp::ragOf)).containsExactly(
                Optional.empty(), Optional.of(RagStatus.GREEN), Optional.of(RagStatus.AMBER),
                Optional.of(RagStatus.RED), Optional.empty(), Optional.of(RagStatus.GREEN), Optional.empty());
    }

    @Test
    void completeDeliverableCountsAsGreen() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.COMPLETE)), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.GREEN);
        assertThat(rollUp.count(RagStatus.GREEN)).isEqualTo(1);
    }

    @Test
    void notStartedOnHoldAndCancelledAreReportedButUnrated() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.NOT_STARTED),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.ON_HOLD),
                deliverableWith("d3", "2025/26 Q1", ProgressStatus.CANCELLED)), "p", Q1);

        assertThat(rollUp.unrated()).extracting(item -> item.element().id()).containsExactly(id("d1"), id("d2"), id("d3"));
        assertThat(rollUp.notReported()).isEmpty();
    }

    @Test
    void deliverableWithoutAnUpdateForThePeriodIsNotReported() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q2", ProgressStatus.RED)), "p", Q1);

        assertThat(rollUp.notReported()).extracting(item -> item.element().id()).containsExactly(id("d1"));
        assertThat(rollUp.status()).isEmpty();
    }

    @Test
    void countsListEveryRagAndEveryProgressStatusInEnumOrder() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.AMBER),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.COMPLETE),
                deliverableWith("d3", "2025/26 Q1", ProgressStatus.GREEN)), "p", Q1);

        assertThat(rollUp.counts()).containsExactly(entry(RagStatus.RED, 0), entry(RagStatus.AMBER, 1),
                entry(RagStatus.GREEN, 2));
        assertThat(rollUp.progressCounts()).containsExactly(entry(ProgressStatus.NOT_STARTED, 0),
                entry(ProgressStatus.GREEN, 1), entry(ProgressStatus.AMBER, 1), entry(ProgressStatus.RED, 0),
                entry(ProgressStatus.ON_HOLD, 0), entry(ProgressStatus.COMPLETE, 1), entry(ProgressStatus.CANCELLED, 0));
    }

    @Test
    void measureThatEvidencesADeliverableAddsItsRag() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN))
                .addMeasures(measured("m", "2025/26 Q1", "70"))
                .addLinks(link("m", LinkKind.EVIDENCES, "d1")), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.RED);
        assertThat(rollUp.items()).extracting(item -> item.element().id(), RollUpItem::rag).containsExactly(
                tuple(id("d1"), Optional.of(RagStatus.GREEN)),
                tuple(id("m"), Optional.of(RagStatus.RED)));
    }

    @Test
    void measureThatEvidencesTheElementItselfCounts() {
        RollUp rollUp = rollUp(priorityOf().addMeasures(measured("m", "2025/26 Q1", "78"))
                .addLinks(link("m", LinkKind.EVIDENCES, "p")), "p", Q1);

        assertThat(rollUp.status()).contains(RagStatus.AMBER);
    }

    @Test
    void measureOfAnOutcomeCountsForItsThemeButNotForAPriority() {
        Plan.Builder plan = priorityOf().addMeasures(measured("m", "2025/26 Q1", "90"))
                .addLinks(link("m", LinkKind.EVIDENCES, "o"));

        assertThat(rollUp(plan, "t", Q1).status()).contains(RagStatus.GREEN);
        // the priority, which holds no deliverables, is leaf work and rolls up only itself
        assertThat(rollUp(plan, "p", Q1).items()).extracting(item -> item.element().id()).containsExactly(id("p"));
    }

    @Test
    void measureThatEvidencesSeveralContainedElementsCountsOnce() {
        RollUp rollUp = rollUp(priorityOf(deliverable("d1").build()).addMeasures(measured("m", "2025/26 Q1", "90"))
                .addLinks(link("m", LinkKind.EVIDENCES, "d1"), link("m", LinkKind.EVIDENCES, "p")), "t", Q1);

        assertThat(rollUp.items()).extracting(item -> item.element().id()).containsExactly(id("d1"), id("m"));
    }

    @Test
    void measureWithoutATargetAndActualForThePeriodIsNotReported() {
        RollUp rollUp = rollUp(priorityOf().addMeasures(measured("m", "2025/26 Q2", "90"))
                .addLinks(link("m", LinkKind.EVIDENCES, "p")), "p", Q1);

        assertThat(rollUp.notReported()).extracting(item -> item.element().id()).containsExactly(id("p"), id("m"));
    }

    @Test
    void themeRollsUpDeliverablesOfItsObjectivesAndPriorities() {
        RollUp rollUp = rollUp(plan().addThemes(theme("t")
                .addObjectives(objective("ob").addPriorities(priority("p1")
                        .addDeliverables(deliverableWith("d1", "2025/26 Q1", ProgressStatus.AMBER)).build()).build())
                .addPriorities(priority("p2").addDeliverables(deliverableWith("d2", "2025/26 Q1", ProgressStatus.GREEN))
                        .build())
                .build()), "t", Q1);

        assertThat(rollUp.items()).extracting(item -> item.element().id()).containsExactly(id("d1"), id("d2"));
        assertThat(rollUp.status()).contains(RagStatus.AMBER);
    }

    @Test
    void deliverableOfAnotherThemeThatContributesByLinkIsNotRolledUp() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN))
                .addThemes(theme("t2").addPriorities(priority("p2")
                        .addDeliverables(deliverableWith("d2", "2025/26 Q1", ProgressStatus.RED)).build()).build())
                .addLinks(link("d2", LinkKind.CONTRIBUTES_TO, "o")), "t", Q1);

        assertThat(rollUp.status()).contains(RagStatus.GREEN);
    }

    @Test
    void deliverableRollsUpItselfAndItsMeasures() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.RED)), "d1", Q1);

        assertThat(rollUp.items()).extracting(item -> item.element().id()).containsExactly(id("d1"));
    }

    @Test
    void planRollsUpEveryDeliverable() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN))
                .addThemes(theme("t2").addPriorities(priority("p2")
                        .addDeliverables(deliverableWith("d2", "2025/26 Q1", ProgressStatus.RED)).build()).build()),
                "plan", Q1);

        assertThat(rollUp.status()).contains(RagStatus.RED);
    }

    // periods

    @Test
    void yearRollUpUsesTheLatestQuarterlyUpdateInsideTheYear() {
        Deliverable d = deliverable("d1").addProgress(ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.RED),
                ProgressUpdate.of(period("2025/26 Q2"), ProgressStatus.GREEN),
                ProgressUpdate.of(period("2026/27 Q1"), ProgressStatus.AMBER)).build();

        RollUp rollUp = rollUp(priorityOf(d), "p", period("2025/26"));

        assertThat(rollUp.items()).singleElement().satisfies(item -> {
            assertThat(item.reportedFor()).contains(period("2025/26 Q2"));
            assertThat(item.progress()).contains(ProgressStatus.GREEN);
        });
    }

    @Test
    void updateForThePeriodItselfIsPreferredToOneInsideIt() {
        Deliverable d = deliverable("d1").addProgress(ProgressUpdate.of(period("2025/26"), ProgressStatus.AMBER),
                ProgressUpdate.of(period("2025/26 Q4"), ProgressStatus.GREEN)).build();

        RollUp rollUp = rollUp(priorityOf(d), "p", period("2025/26"));

        assertThat(rollUp.status()).contains(RagStatus.AMBER);
    }

    @Test
    void updateForAPeriodThatContainsTheRollUpsIsNotUsed() {
        Deliverable d = deliverable("d1").addProgress(ProgressUpdate.of(period("2025/26"), ProgressStatus.AMBER)).build();

        RollUp rollUp = rollUp(priorityOf(d), "p", Q1);

        assertThat(rollUp.notReported()).hasSize(1);
    }

    @Test
    void yearRollUpUsesAQuarterlyMeasuresLatestRatedQuarter() {
        Measure m = measure("m").tolerance(Tolerance.absolute(BigDecimal.ONE))
                .putTargets(period("2025/26 Q1"), BigDecimal.TEN)
                .putActuals(period("2025/26 Q1"), BigDecimal.ONE)
                .putTargets(period("2025/26 Q2"), BigDecimal.TEN)
                .putActuals(period("2025/26 Q2"), BigDecimal.TEN)
                .putActuals(period("2025/26 Q3"), BigDecimal.ONE)
                .build();

        RollUp rollUp = rollUp(priorityOf().addMeasures(m).addLinks(link("m", LinkKind.EVIDENCES, "p")), "p",
                period("2025/26"));

        assertThat(rollUp.items()).filteredOn(item -> item.element() instanceof Measure).singleElement()
                .satisfies(item -> {
                    assertThat(item.reportedFor()).contains(period("2025/26 Q2"));
                    assertThat(item.rag()).contains(RagStatus.GREEN);
                });
    }

    @Test
    void measureThatCannotBeRatedSaysWhy() {
        // an annual target with quarterly actuals: the quarter has no target of its own
        Measure m = measure("m").putTargets(period("2025/26"), BigDecimal.TEN)
                .putActuals(period("2025/26 Q1"), BigDecimal.ONE).build();

        RollUp rollUp = rollUp(priorityOf().addMeasures(m).addLinks(link("m", LinkKind.EVIDENCES, "p")), "p", Q1);

        assertThat(rollUp.items()).filteredOn(item -> item.element() instanceof Measure).singleElement()
                .satisfies(item -> {
                    assertThat(item.isReported()).isFalse();
                    assertThat(item.unrated()).contains(Unrated.TARGET_FOR_OTHER_PERIOD);
                });
    }

    @Test
    void measureWithoutADirectionIsUnratedForThatReason() {
        Measure m = Measure.builder().from(measured("m", "2025/26 Q1", "90")).direction(Optional.empty()).build();

        RollUp rollUp = rollUp(priorityOf().addMeasures(m).addLinks(link("m", LinkKind.EVIDENCES, "p")), "p", Q1);

        assertThat(rollUp.items()).filteredOn(item -> item.element() instanceof Measure).singleElement()
                .extracting(RollUpItem::unrated).isEqualTo(Optional.of(Unrated.NO_DIRECTION));
    }

    @Test
    void priorityWithoutDeliverablesIsRolledUpAsTheWorkItIs() {
        RollUp rollUp = rollUp(plan().addThemes(theme("t")
                .addPriorities(priority("p").addProgress(ProgressUpdate.of(Q1, ProgressStatus.RED)).build()).build()),
                "t", Q1);

        assertThat(rollUp.items()).extracting(item -> item.element().id()).containsExactly(id("p"));
        assertThat(rollUp.status()).contains(RagStatus.RED);
    }

    @Test
    void themeRollsUpPledgesStraightUnderIt() {
        RollUp rollUp = rollUp(plan().addThemes(theme("t")
                .addDeliverables(deliverableWith("d1", "2025/26 Q1", ProgressStatus.GREEN),
                        deliverableWith("d2", "2025/26 Q1", ProgressStatus.AMBER)).build()), "t", Q1);

        assertThat(rollUp.items()).extracting(item -> item.element().id()).containsExactly(id("d1"), id("d2"));
        assertThat(rollUp.status()).contains(RagStatus.AMBER);
    }

    // the result

    @Test
    void rollUpKeepsItsElementAndPeriod() {
        RollUp rollUp = rollUp(priorityOf(), "p", Q1);

        assertThat(rollUp.element().id()).isEqualTo(id("p"));
        assertThat(rollUp.period()).isEqualTo(Q1);
    }

    @Test
    void describesItselfInOneLine() {
        RollUp rollUp = rollUp(priorityOf(deliverableWith("d1", "2025/26 Q1", ProgressStatus.AMBER),
                deliverableWith("d2", "2025/26 Q1", ProgressStatus.NOT_STARTED), deliverable("d3").build()), "p", Q1);

        assertThat(rollUp).hasToString(
                "priority 'p' for 2025/26 Q1: amber (red 0, amber 1, green 0; 1 unrated, 1 not reported)");
    }

    @Test
    void outcomeHasNoRollUp() {
        PlanIndex index = PlanIndex.of(priorityOf().build());

        assertThatThrownBy(() -> RollUp.of(index, id("o"), Q1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element: outcome 'o' has no roll-up; only the plan, a theme, an objective, a priority or"
                        + " a deliverable has one");
    }

    // items

    @Test
    void itemOfADeliverableMustCarryTheRagItsStatusMapsTo() {
        PlanElement d = deliverable("d").build();

        assertThatThrownBy(() -> RollUpItem.of(d, Optional.of(Q1), Optional.of(ProgressStatus.COMPLETE),
                Optional.of(RagStatus.RED), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag: RED for deliverable 'd' with progress COMPLETE; expected GREEN");
    }

    @Test
    void itemOfADeliverableWithAStatusNeedsAPeriod() {
        PlanElement d = deliverable("d").build();

        assertThatThrownBy(() -> RollUpItem.of(d, Optional.empty(), Optional.of(ProgressStatus.GREEN),
                Optional.of(RagStatus.GREEN), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemOfWorkHasNoUnratedReason() {
        PlanElement d = deliverable("d").build();

        assertThatThrownBy(() -> RollUpItem.of(d, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Unrated.NO_TARGET))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unrated: deliverable 'd' is work; only a measure has a reason it is not rated");
    }

    @Test
    void itemOfAMeasureHasNoProgress() {
        PlanElement m = measure("m").build();

        assertThatThrownBy(() -> RollUpItem.of(m, Optional.of(Q1), Optional.of(ProgressStatus.GREEN),
                Optional.of(RagStatus.GREEN), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemOfAMeasureWithAPeriodNeedsARag() {
        PlanElement m = measure("m").build();

        assertThatThrownBy(() -> RollUpItem.of(m, Optional.of(Q1), Optional.empty(), Optional.empty(),
                Optional.of(Unrated.NO_ACTUAL))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemOfAMeasureWithoutARagNeedsAReason() {
        PlanElement m = measure("m").build();

        assertThatThrownBy(() -> RollUpItem.of(m, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unrated: measure 'm' has neither a RAG nor a reason");
    }

    @Test
    void itemOfARatedMeasureHasNoReason() {
        PlanElement m = measure("m").build();

        assertThatThrownBy(() -> RollUpItem.of(m, Optional.of(Q1), Optional.empty(), Optional.of(RagStatus.GREEN),
                Optional.of(Unrated.NO_ACTUAL))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unrated: measure 'm' has a RAG and a reason it is not rated");
    }

    @Test
    void itemIsWorkOrAMeasure() {
        assertThatThrownBy(() -> RollUpItem.of(outcome("o"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element: outcome 'o' cannot be rolled up; only work and measures can");
    }
}
