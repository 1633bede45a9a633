package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Block;
import io.github.councilplan.model.DatePrecision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Together, the example plans use every shape of plan that format 0.2 was made for (issue 11),
 * each without extensions; each test names one shape and finds it in some example.
 */
class ExampleShapesTest {
    private static final List<Plan> PLANS = ExamplePlans.resources().stream().map(ExamplePlans::load)
            .collect(Collectors.toList());

    private static <E extends PlanElement> Stream<E> all(Class<E> type) {
        return PLANS.stream().flatMap(plan -> plan.elements().stream()).filter(type::isInstance).map(type::cast);
    }

    private static Stream<PlanDate> workDates() {
        return Stream.concat(
                all(Work.class).flatMap(work -> Stream.of(work.start(), work.end()).flatMap(Optional::stream)),
                Stream.concat(all(Milestone.class).map(Milestone::due),
                        all(Outcome.class).map(Outcome::by).flatMap(Optional::stream)));
    }

    @Test
    void titledPledgesStraightUnderAThemeAreLeafWorkWithOwnersEndDatesAndMeasures() {
        assertThat(PLANS).anySatisfy(plan -> {
            PlanIndex index = PlanIndex.of(plan);
            assertThat(plan.themes()).anySatisfy(theme -> assertThat(theme.deliverables()).isNotEmpty()
                    .allSatisfy(pledge -> {
                        assertThat(index.isLeafWork(pledge.id())).isTrue();
                        assertThat(pledge.owners()).isNotEmpty();
                        assertThat(pledge.end()).isPresent();
                    }));
            assertThat(PlanGaps.of(index, LocalDate.of(2026, 5, 1)).gaps(GapKind.WORK_WITHOUT_MEASURE)).isEmpty();
        });
    }

    @Test
    void strategicObjectivesHoldLetteredPriorities() {
        assertThat(all(Objective.class)).anySatisfy(objective -> assertThat(objective.priorities())
                .extracting(priority -> priority.number().orElseThrow().toString()).contains("A", "B"));
    }

    @Test
    void priorityWithNoDeliverablesBecauseThePlanStopsThere() {
        assertThat(PLANS).anySatisfy(plan -> {
            PlanIndex index = PlanIndex.of(plan);
            assertThat(index.leafWork()).isNotEmpty().allSatisfy(work -> assertThat(work).isInstanceOf(Priority.class));
            assertThat(plan.themes()).allSatisfy(theme -> assertThat(theme.objectives()).isEmpty());
        });
    }

    @Test
    void outcomesOfPrioritiesAndOfDeliverables() {
        assertThat(all(Priority.class)).anySatisfy(priority -> assertThat(priority.outcomes()).isNotEmpty());
        assertThat(all(Deliverable.class)).anySatisfy(action -> assertThat(action.outcomes()).isNotEmpty());
    }

    @Test
    void listsOfAPriorityAndOfATheme() {
        assertThat(all(Priority.class)).anySatisfy(priority -> assertThat(priority.lists()).isNotEmpty());
        assertThat(all(Theme.class)).anySatisfy(theme -> assertThat(theme.lists()).isNotEmpty());
        assertThat(all(ItemList.class)).allSatisfy(list -> assertThat(list.items()).isNotEmpty());
    }

    @Test
    void principlesThatElementsReflectAndOneThatNothingDoes() {
        assertThat(PLANS).anySatisfy(plan -> {
            PlanIndex index = PlanIndex.of(plan);
            assertThat(plan.principles()).hasSizeGreaterThan(1);
            assertThat(PlanGaps.of(index, LocalDate.of(2025, 2, 12)).gaps(GapKind.PRINCIPLE_UNREFLECTED)).hasSize(1);
        });
    }

    @Test
    void datesOfEveryPrecision() {
        Set<DatePrecision> precisions = workDates().map(PlanDate::precision).collect(Collectors.toSet());

        assertThat(precisions).containsAll(EnumSet.allOf(DatePrecision.class));
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.published()).isPresent());
    }

    @Test
    void anEditionSupersededOnADateByADecisionThatSupersedesNoneAndAnotherThatSupersedesOne() {
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.edition().flatMap(edition -> edition.supersededBy()))
                .hasValueSatisfying(later -> {
                    assertThat(later.on()).isPresent();
                    assertThat(later.decision()).isPresent();
                }));
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.edition().flatMap(edition -> edition.supersedes()))
                .isPresent());
    }

    @Test
    void levelNamesPerThemeAndPerElementInBothLanguagesAndOtherNames() {
        assertThat(all(Theme.class)).anySatisfy(theme -> assertThat(theme.levelNames()).isPresent());
        assertThat(PLANS.stream().flatMap(plan -> plan.elements().stream()))
                .anySatisfy(element -> assertThat(element.levelName().map(name -> name.languages()))
                        .hasValueSatisfying(languages -> assertThat(languages).containsExactly("en", "cy")))
                .anySatisfy(element -> assertThat(element.otherNames()).isNotEmpty());
    }

    @Test
    void provenanceWithTheWordingOfTheSource() {
        assertThat(PLANS.stream().flatMap(plan -> plan.elements().stream()))
                .anySatisfy(element -> assertThat(element.provenance().flatMap(p -> p.quote())).isPresent());
    }

    @Test
    void leadInsOfThemesObjectivesPrioritiesApproachesAndBehaviours() {
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.leadIn("themes")).isPresent());
        assertThat(all(Objective.class)).anySatisfy(o -> assertThat(o.leadIn("priorities")).isPresent());
        assertThat(all(Theme.class)).anySatisfy(t -> assertThat(t.leadIn("priorities")).isPresent())
                .anySatisfy(t -> assertThat(t.leadIn("deliverables")).isPresent());
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.purpose().map(p -> p.leadIns())).hasValueSatisfying(
                leadIns -> assertThat(leadIns).containsKey("approaches")));
    }

    @Test
    void onlyWhatEveryPlanHasIsRequired() {
        assertThat(all(Statement.class)).anySatisfy(statement -> assertThat(statement.signatories())
                .anySatisfy(signatory -> assertThat(signatory.role()).isEmpty()));
        assertThat(all(Theme.class)).anySatisfy(theme -> assertThat(theme.name()).isEmpty());
        assertThat(all(Measure.class)).anySatisfy(measure -> {
            assertThat(measure.unit()).isEmpty();
            assertThat(measure.direction()).isEmpty();
            assertThat(measure.frequency()).isEmpty();
        });
    }

    @Test
    void ambitionsPastThePlansEndAreLongTermAndAnActionMayOverrunItsYear() {
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.elements()).anySatisfy(element -> {
            assertThat(element).isInstanceOf(Outcome.class);
            Outcome outcome = (Outcome) element;
            assertThat(outcome.longTerm()).isTrue();
            assertThat(outcome.by()).hasValueSatisfying(by -> assertThat(by.isAfter(plan.period().endDate())).isTrue());
        }));
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.elements()).anySatisfy(element -> {
            assertThat(element).isInstanceOf(Work.class);
            assertThat(((Work) element).longTerm()).isFalse();
            assertThat(((Work) element).end())
                    .hasValueSatisfying(end -> assertThat(end.isAfter(plan.period().endDate())).isTrue());
        }));
    }

    @Test
    void measuresAsCouncilsReportThem() {
        assertThat(all(Measure.class))
                .anySatisfy(m -> {
                    assertThat(m.targets()).anySatisfy(t -> assertThat(t.period().map(ReportingPeriod::type))
                            .contains(PeriodType.FINANCIAL_YEAR));
                    assertThat(m.actuals()).anySatisfy(a -> assertThat(a.period().map(ReportingPeriod::type))
                            .contains(PeriodType.FINANCIAL_QUARTER));
                })
                .anySatisfy(m -> assertThat(m.targetOverPlan().flatMap(t -> t.value())).isPresent())
                .anySatisfy(m -> assertThat(m.actuals()).anySatisfy(a -> assertThat(a.asAt()).isPresent()))
                .anySatisfy(m -> assertThat(m.targets()).anySatisfy(t -> {
                    assertThat(t.value()).isEmpty();
                    assertThat(t.text()).isPresent();
                }));
    }

    @Test
    void aVisionApartFromPurposeAndStatements() {
        assertThat(PLANS).anySatisfy(plan -> assertThat(plan.vision()).isPresent());
    }

    @Test
    void twoDocumentsLinkedByPlanIdAndElementId() {
        assertThat(PLANS).anySatisfy(plan -> {
            assertThat(plan.relatedPlans()).isNotEmpty();
            assertThat(plan.links()).anySatisfy(link -> assertThat(link.toPlan()).isPresent());
        });
    }

    @Test
    void statementsWithBulletAndNumberedLists() {
        List<Block> blocks = all(Statement.class).flatMap(statement -> statement.body().stream())
                .collect(Collectors.toList());

        assertThat(blocks).anySatisfy(block -> {
            assertThat(block.list()).isNotEmpty();
            assertThat(block.numbered()).isFalse();
        }).anySatisfy(block -> assertThat(block.numbered()).isTrue());
    }

    @Test
    void aPartlyTranslatedPlan() {
        assertThat(PLANS).anySatisfy(plan -> {
            assertThat(plan.languages()).containsExactlyInAnyOrder("cy", "en");
            assertThat(plan.partialLanguages()).isNotEmpty();
        });
    }

    @Test
    void aBoardOrTeamOverseesThePlan() {
        assertThat(PLANS).filteredOn(plan -> !plan.overseenBy().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
    }
}
