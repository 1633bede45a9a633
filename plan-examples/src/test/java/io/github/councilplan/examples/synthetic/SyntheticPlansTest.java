package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyntheticPlansTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static Plan plan(int deliverables, long seed) {
        return SyntheticPlans.builder().deliverables(deliverables).seed(seed).build().generate();
    }

    private static List<Deliverable> deliverablesOf(Plan plan) {
        return plan.themes().stream().flatMap(t -> t.allPriorities().stream())
                .flatMap(p -> p.deliverables().stream()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 99", "7, 42", "40, -3", "130, 7", "600, 123456789"})
    void generatedDocumentPassesTheValidatorWithNoProblem(int deliverables, long seed) {
        byte[] json = SyntheticPlans.of(deliverables, seed).generateJson();

        ValidationReport report = VALIDATOR.validate(json, DocumentFormat.JSON);

        assertThat(report.problems()).isEmpty();
        assertThat(report.plan()).contains(plan(deliverables, seed));
    }

    @ParameterizedTest
    @CsvSource({"1", "5", "17", "250"})
    void hasExactlyTheRequestedNumberOfDeliverables(int deliverables) {
        assertThat(deliverablesOf(plan(deliverables, 3))).hasSize(deliverables);
    }

    @Test
    void sameSettingsGiveIdenticalBytes() {
        byte[] first = SyntheticPlans.of(200, 11).generateJson();
        byte[] second = SyntheticPlans.builder().deliverables(200).seed(11).build().generateJson();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherPlan() {
        assertThat(SyntheticPlans.of(50, 1).generateJson()).isNotEqualTo(SyntheticPlans.of(50, 2).generateJson());
    }

    @Test
    void jsonIsWhatPlanJsonWritesAndReadsBackEqual() {
        SyntheticPlans settings = SyntheticPlans.of(30, 5);
        byte[] json = settings.generateJson();

        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(PlanJson.standard().write(settings.generate()));
        assertThat(PlanJson.standard().read(json)).isEqualTo(settings.generate());
    }

    @Test
    void sizeGrowsInProportionToDeliverables() {
        int small = SyntheticPlans.of(500, 1).generateJson().length;
        int large = SyntheticPlans.of(2000, 1).generateJson().length;

        assertThat((double) large / small).isBetween(3.5, 4.5);
    }

    @ParameterizedTest
    @CsvSource({"1", "40", "128", "1000"})
    void hasThreeToEightThemesOfAboutTenOutcomes(int deliverables) {
        Plan plan = plan(deliverables, 9);

        assertThat(plan.themes()).hasSizeBetween(3, 8)
                .allSatisfy(theme -> assertThat(theme.outcomes()).hasSizeBetween(8, 12))
                .allSatisfy(theme -> assertThat(theme.commitments()).hasSizeBetween(2, 4));
    }

    @Test
    void prioritiesHoldThreeToFiveDeliverablesButTheLast() {
        List<Priority> priorities = plan(301, 4).themes().stream().flatMap(t -> t.allPriorities().stream())
                .collect(Collectors.toList());

        assertThat(priorities.subList(0, priorities.size() - 1))
                .allSatisfy(p -> assertThat(p.deliverables()).hasSizeBetween(3, 5));
        assertThat(priorities.get(priorities.size() - 1).deliverables()).hasSizeBetween(1, 5);
    }

    @Test
    void numbersFollowNesting() {
        Plan plan = plan(60, 8);
        for (Theme theme : plan.themes()) {
            for (Priority priority : theme.priorities()) {
                assertThat(priority.number().orElseThrow().parent()).contains(theme.number().orElseThrow());
                for (Deliverable deliverable : priority.deliverables()) {
                    assertThat(deliverable.number().orElseThrow().parent()).contains(priority.number().orElseThrow());
                    for (Milestone milestone : deliverable.milestones()) {
                        assertThat(milestone.number().orElseThrow().parent())
                                .contains(deliverable.number().orElseThrow());
                    }
                }
            }
        }
    }

    @Test
    void usesEveryKindOfLinkAndEveryLinkResolvesToAnElementOfAnAllowedKind() {
        Plan plan = plan(200, 2);
        Map<ElementId, PlanElement> byId = plan.elements().stream()
                .collect(Collectors.toMap(PlanElement::id, Function.identity()));

        assertThat(plan.links()).extracting(Link::kind).containsAll(EnumSet.allOf(LinkKind.class));
        assertThat(plan.links()).allSatisfy(link -> assertThat(link.kind().allows(
                byId.get(link.from()).kind(), byId.get(link.to()).kind())).isTrue());
    }

    @Test
    void measuresHaveQuarterlyTargetsForThePlanPeriodAndActualsForTheReportedQuarters() {
        Plan plan = plan(20, 6);

        assertThat(plan.measures()).isNotEmpty().allSatisfy(measure -> {
            assertThat(measure.targets()).hasSize(16);
            assertThat(measure.actuals()).hasSize(6);
            assertThat(measure.targets().keySet()).allSatisfy(period -> assertThat(plan.period().encloses(period))
                    .isTrue());
            assertThat(measure.actuals().lastKey()).isEqualTo(ReportingPeriod.parse("2026/27 Q2"));
            assertThat(measure.rag(ReportingPeriod.parse("2025/26 Q1"))).isPresent();
        });
    }

    @Test
    void milestoneDatesLieInThePlanPeriod() {
        Plan plan = plan(300, 12);

        assertThat(plan.elements()).filteredOn(Milestone.class::isInstance).map(Milestone.class::cast)
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(plan.period().contains(m.due())).isTrue();
                    m.forecast().ifPresent(date -> assertThat(plan.period().contains(date)).isTrue());
                    m.achieved().ifPresent(date -> assertThat(plan.period().contains(date)).isTrue());
                });
    }

    @Test
    void everyDeliverableAndMeasureHasAnOwner() {
        Plan plan = plan(80, 13);

        assertThat(deliverablesOf(plan)).allSatisfy(d -> assertThat(d.owners()).isNotEmpty());
        assertThat(plan.measures()).extracting(Measure::owners).allSatisfy(owners -> assertThat(owners).isNotEmpty());
    }

    @Test
    void defaultsAreAHundredDeliverablesFromSeedOne() {
        SyntheticPlans settings = SyntheticPlans.builder().build();

        assertThat(settings.deliverables()).isEqualTo(SyntheticPlans.DEFAULT_DELIVERABLES);
        assertThat(settings.seed()).isEqualTo(SyntheticPlans.DEFAULT_SEED);
        assertThat(settings).isEqualTo(SyntheticPlans.of(100, 1)).hasSameHashCodeAs(SyntheticPlans.of(100, 1));
    }

    @Test
    void withersChangeOneSetting() {
        SyntheticPlans settings = SyntheticPlans.of(10, 1);

        assertThat(settings.withDeliverables(20)).isEqualTo(SyntheticPlans.of(20, 1));
        assertThat(settings.withSeed(2)).isEqualTo(SyntheticPlans.of(10, 2));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "200001"})
    void refusesANumberOfDeliverablesOutOfRange(int deliverables) {
        assertThatThrownBy(() -> SyntheticPlans.builder().deliverables(deliverables).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deliverables: " + deliverables + " is out of range");
    }
}
