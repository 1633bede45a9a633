package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.DatePrecision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Unrated;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return elementsOf(plan, Deliverable.class);
    }

    private static <E extends PlanElement> List<E> elementsOf(Plan plan, Class<E> type) {
        return plan.elements().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** A plan large enough to hold every shape the generator draws. */
    private static final Plan LARGE = plan(2000, 1);

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
    void dottedNumbersFollowNestingAndPrioritiesUnderObjectivesAreLettered() {
        PlanIndex index = PlanIndex.of(LARGE);

        assertThat(LARGE.elements()).filteredOn(element -> element.number().isPresent()
                && index.parent(element.id()).flatMap(PlanElement::number).isPresent())
                .hasSizeGreaterThan(2000)
                .allSatisfy(element -> {
                    DisplayNumber parent = index.parent(element.id()).flatMap(PlanElement::number).orElseThrow();
                    if (element instanceof Priority && index.parent(element.id()).orElseThrow() instanceof Objective) {
                        assertThat(element.number().orElseThrow().toString()).matches("[A-H]");
                    } else {
                        assertThat(element.number().orElseThrow().parent()).as(element.describe()).contains(parent);
                    }
                });
    }

    @Test
    void themesHoldPrioritiesObjectivesOrPledgesInRealisticProportion() {
        long[] counts = new long[3];
        for (long seed = 0; seed < 40; seed++) {
            for (Theme theme : plan(48, seed).themes()) {
                counts[!theme.objectives().isEmpty() ? 1 : !theme.deliverables().isEmpty() ? 2 : 0]++;
            }
        }

        assertThat(counts[0]).as("themes of priorities").isGreaterThan(counts[1] + counts[2]);
        assertThat(counts[1]).as("themes of objectives").isPositive();
        assertThat(counts[2]).as("themes of pledges").isPositive();
    }

    @Test
    void pledgesSitStraightUnderTheirThemeAndSayWhenTheyWillBeDone() {
        List<Theme> pledging = LARGE.themes().stream().filter(theme -> !theme.deliverables().isEmpty())
                .collect(Collectors.toList());

        assertThat(pledging).isNotEmpty().allSatisfy(theme -> {
            assertThat(theme.priorities()).isEmpty();
            assertThat(theme.levelNames().flatMap(names -> names.deliverable())).contains(Text.of("Pledge"));
            assertThat(theme.deliverables()).allSatisfy(pledge -> {
                assertThat(pledge.title().value()).startsWith("We will ");
                assertThat(pledge.end()).isPresent();
            });
        });
    }

    @Test
    void objectivesHoldLetteredPrioritiesUnderAPlanLevelName() {
        assertThat(elementsOf(LARGE, Objective.class)).isNotEmpty()
                .allSatisfy(objective -> assertThat(objective.priorities()).isNotEmpty());
        assertThat(LARGE.levelName(ElementKind.OBJECTIVE)).isEqualTo(Text.of("Strategic objective"));
    }

    @Test
    void someThemesAndPrioritiesHaveListsAndSomePrioritiesAndDeliverablesTheirOwnOutcomes() {
        assertThat(LARGE.themes()).anySatisfy(theme -> assertThat(theme.lists()).isNotEmpty());
        assertThat(elementsOf(LARGE, Priority.class)).anySatisfy(p -> assertThat(p.lists()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.outcomes()).isNotEmpty());
        assertThat(deliverablesOf(LARGE)).anySatisfy(d -> assertThat(d.outcomes()).isNotEmpty());
    }

    @Test
    void deliverablesEndInAMonthOfThePlanUnlessLongTerm() {
        assertThat(deliverablesOf(LARGE)).allSatisfy(deliverable -> {
            PlanDate end = deliverable.end().orElseThrow();
            if (deliverable.longTerm()) {
                assertThat(end.isAfter(LARGE.period().endDate())).isTrue();
            } else {
                assertThat(end.precision()).isEqualTo(DatePrecision.MONTH);
                assertThat(LARGE.period().contains(end.endDate())).isTrue();
            }
        }).anySatisfy(deliverable -> assertThat(deliverable.longTerm()).isTrue());
    }

    @Test
    void onlyLongTermOutcomesFallDuePastThePlan() {
        assertThat(elementsOf(LARGE, Outcome.class)).allSatisfy(outcome -> outcome.by()
                .filter(by -> by.endDate().isAfter(LARGE.period().endDate()))
                .ifPresent(by -> assertThat(outcome.longTerm()).isTrue()))
                .anySatisfy(outcome -> assertThat(outcome.longTerm()).isTrue());
    }

    @Test
    void everyPrincipleIsReflectedAndThePlanIsOverseen() {
        for (long seed = 0; seed < 20; seed++) {
            PlanIndex index = PlanIndex.of(plan(30, seed));

            assertThat(index.plan().principles()).isNotEmpty();
            assertThat(PlanGaps.of(index, LocalDate.of(2026, 10, 1)).gaps(GapKind.PRINCIPLE_UNREFLECTED)).isEmpty();
            assertThat(index.plan().overseenBy()).isNotEmpty();
        }
    }

    @Test
    void planHasAPublicationDateAVisionAndAForewordWithAList() {
        assertThat(LARGE.published()).contains(PlanDate.parse("2025-03"));
        assertThat(LARGE.vision()).isPresent();
        assertThat(LARGE.statements().get(0).body()).anySatisfy(block -> assertThat(block.list()).isNotEmpty());
        assertThat(LARGE.leadIns()).containsKeys("values", "principles", "themes");
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
    void quarterlyMeasuresHaveQuarterlyTargetsForThePlanPeriodAndActualsForTheReportedQuarters() {
        List<Measure> quarterly = LARGE.measures().stream()
                .filter(m -> m.targets().stream().allMatch(t -> t.period().map(p -> p.type()
                        == PeriodType.FINANCIAL_QUARTER).orElse(false)))
                .collect(Collectors.toList());

        assertThat(quarterly).hasSizeGreaterThan(LARGE.measures().size() / 2).allSatisfy(measure -> {
            assertThat(measure.frequency()).contains(PeriodType.FINANCIAL_QUARTER);
            assertThat(measure.targets()).hasSize(16).allSatisfy(target -> assertThat(
                    LARGE.period().encloses(target.period().orElseThrow())).isTrue());
            assertThat(measure.actuals()).hasSize(6);
            assertThat(measure.latestActual().flatMap(Observation::period)).contains(ReportingPeriod.parse("2026/27 Q2"));
            assertThat(measure.rag(ReportingPeriod.parse("2025/26 Q1"))).isPresent();
        });
    }

    @Test
    void someMeasuresHaveAnnualTargetsAndQuarterlyActualsAndCannotBeRatedForAQuarter() {
        assertThat(LARGE.measures()).filteredOn(m -> m.frequency().equals(Optional.of(PeriodType.FINANCIAL_QUARTER))
                && m.targets().stream().anyMatch(t -> t.period().map(p -> p.type() == PeriodType.FINANCIAL_YEAR)
                        .orElse(false)))
                .isNotEmpty()
                .allSatisfy(measure -> assertThat(measure.rating(ReportingPeriod.parse("2025/26 Q1")).reason())
                        .contains(Unrated.TARGET_FOR_OTHER_PERIOD));
    }

    @Test
    void someMeasuresHaveATargetOverThePlanAndAnActualAsAtADate() {
        assertThat(LARGE.measures()).anySatisfy(measure -> {
            assertThat(measure.targetOverPlan().flatMap(Target::value)).isPresent();
            assertThat(measure.actuals()).singleElement().satisfies(actual -> assertThat(actual.asAt()).isPresent());
        });
    }

    @Test
    void someMeasuresAreQualitativeWithNoUnitDirectionOrFrequency() {
        assertThat(LARGE.measures()).anySatisfy(measure -> {
            assertThat(measure.unit()).isEmpty();
            assertThat(measure.direction()).isEmpty();
            assertThat(measure.frequency()).isEmpty();
            assertThat(measure.targets()).allSatisfy(target -> {
                assertThat(target.value()).isEmpty();
                assertThat(target.text()).isPresent();
            });
        });
    }

    @Test
    void milestoneDatesLieInThePlanPeriod() {
        Plan plan = plan(300, 12);

        assertThat(plan.elements()).filteredOn(Milestone.class::isInstance).map(Milestone.class::cast)
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(plan.period().contains(m.due().endDate())).isTrue();
                    m.forecast().ifPresent(date -> assertThat(plan.period().contains(date.endDate())).isTrue());
                    m.achieved().ifPresent(date -> assertThat(plan.period().contains(date.endDate())).isTrue());
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
