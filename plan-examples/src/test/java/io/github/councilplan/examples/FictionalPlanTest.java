package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fictional bilingual plan is in Welsh and English throughout, its translation complete, and
 * uses every kind of link, owner, progress status and direction, with measures, milestones,
 * progress, partners, references and extensions.
 */
class FictionalPlanTest {
    private static final List<ReportingPeriod> QUARTERS_2025_26 = List.of(
            ReportingPeriod.financialQuarter(2025, 1), ReportingPeriod.financialQuarter(2025, 2),
            ReportingPeriod.financialQuarter(2025, 3), ReportingPeriod.financialQuarter(2025, 4));

    private final Plan plan = ExamplePlans.fictional();

    private <T extends PlanElement> List<T> elementsOf(Class<T> type) {
        return plan.elements().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    private List<ElementId> ownerReferences() {
        List<ElementId> ids = new ArrayList<>();
        plan.elements().forEach(element -> {
            if (element instanceof Theme) {
                ids.addAll(((Theme) element).owners());
            } else if (element instanceof io.github.councilplan.model.Objective) {
                ids.addAll(((io.github.councilplan.model.Objective) element).owners());
            } else if (element instanceof io.github.councilplan.model.Priority) {
                ids.addAll(((io.github.councilplan.model.Priority) element).owners());
            } else if (element instanceof Deliverable) {
                ids.addAll(((Deliverable) element).owners());
            } else if (element instanceof Measure) {
                ids.addAll(((Measure) element).owners());
            } else if (element instanceof Owner) {
                ids.addAll(((Owner) element).accountableTo());
            }
        });
        return ids;
    }

    @Test
    void saysItIsFictional() {
        assertThat(plan.extensions().get("fictional").map(node -> node.asBoolean())).contains(true);
        assertThat(plan.extensions().get("description").map(node -> node.asString()))
                .hasValueSatisfying(description -> assertThat(description).containsIgnoringCase("fictional"));
    }

    @Test
    void isPublishedInWelshAndEnglish() {
        assertThat(plan.languages()).containsExactly("cy", "en");
    }

    @Test
    void everyTextIsGivenInWelshAndEnglish() {
        List<Text> texts = TestSupport.allTexts(plan);

        assertThat(texts).hasSizeGreaterThan(150)
                .allSatisfy(text -> assertThat(text.languages()).containsExactly("cy", "en"));
    }

    @Test
    void textSearchReachesNotesRolesCommentaryAndReferenceTitles() {
        Set<String> english = TestSupport.allTexts(plan).stream()
                .map(text -> text.in("en").orElse("")).collect(Collectors.toSet());

        assertThat(english).contains(
                "Befriending is offered in Welsh and in English.",
                "Leader of the Council",
                "Shortage of contractors; the date has slipped six months.",
                "Risk: missing the 2030 net zero target",
                "Well-being objective",
                "Imaginary County Council");
    }

    @Test
    void usesItsOwnLevelNames() {
        assertThat(plan.levelName(ElementKind.THEME))
                .isEqualTo(Text.of(Map.of("cy", "Amcan llesiant")).with("en", "Well-being objective"));
        assertThat(plan.levelName(ElementKind.PRIORITY).in("en")).contains("Step");
        assertThat(plan.levelName(ElementKind.PRIORITY).in("cy")).contains("Cam");
    }

    @Test
    void organisationHasAnInventedCode() {
        assertThat(plan.organisation().code()).contains("W06000099");
    }

    @Test
    void editionSupersedesAnEarlierOne() {
        assertThat(plan.edition()).hasValueSatisfying(edition -> {
            assertThat(edition.status()).isEqualTo(EditionStatus.ADOPTED);
            assertThat(edition.adoptedOn()).isPresent();
            assertThat(edition.supersedes()).isPresent();
        });
    }

    @Test
    void prioritiesAreLettered() {
        assertThat(elementsOf(io.github.councilplan.model.Priority.class))
                .extracting(p -> p.number().orElseThrow().toString())
                .containsExactly("A", "B", "C", "D", "E", "F");
    }

    @Test
    void aThemeHasObjectivesHoldingItsPriorities() {
        assertThat(plan.themes()).filteredOn(theme -> !theme.objectives().isEmpty()).singleElement()
                .satisfies(theme -> {
                    assertThat(theme.priorities()).isEmpty();
                    assertThat(theme.allPriorities()).isNotEmpty();
                });
    }

    @Test
    void everyThemeHasOutcomesAndCommitments() {
        assertThat(plan.themes()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(theme -> {
            assertThat(theme.leadIn("outcomes")).isPresent();
            assertThat(theme.outcomes()).isNotEmpty();
            assertThat(theme.commitments()).isNotEmpty();
        });
    }

    @Test
    void everyDeliverableHasAnOwnerAndProgress() {
        assertThat(elementsOf(Deliverable.class)).isNotEmpty().allSatisfy(deliverable -> {
            assertThat(deliverable.owners()).isNotEmpty();
            assertThat(deliverable.progress()).isNotEmpty();
        });
    }

    @Test
    void progressIsReportedQuarterly() {
        assertThat(elementsOf(Deliverable.class).stream().flatMap(d -> d.progress().stream()))
                .extracting(update -> update.period().type())
                .containsOnly(PeriodType.FINANCIAL_QUARTER);
    }

    @Test
    void progressUpdatesCarryCommentary() {
        assertThat(elementsOf(Deliverable.class).stream().flatMap(d -> d.progress().stream())
                .map(ProgressUpdate::commentary).flatMap(Optional::stream)).isNotEmpty();
    }

    @Test
    void everyProgressStatusIsUsed() {
        Set<ProgressStatus> used = EnumSet.noneOf(ProgressStatus.class);
        elementsOf(Deliverable.class).forEach(d -> d.progress().forEach(update -> used.add(update.status())));
        elementsOf(Milestone.class).forEach(m -> m.status().ifPresent(used::add));

        assertThat(used).containsExactlyInAnyOrder(ProgressStatus.values());
    }

    @Test
    void milestonesUseForecastAndAchievedDates() {
        List<Milestone> milestones = elementsOf(Milestone.class);

        assertThat(milestones).anySatisfy(m -> assertThat(m.forecast()).isPresent());
        assertThat(milestones).anySatisfy(m -> assertThat(m.achieved()).isPresent());
        assertThat(milestones).anySatisfy(m -> assertThat(m.number()).isEmpty());
    }

    @Test
    void milestoneDatesFallInsideThePlanPeriod() {
        assertThat(elementsOf(Milestone.class).stream()
                .flatMap(m -> Stream.of(Optional.of(m.due()), m.forecast(), m.achieved()))
                .flatMap(Optional::stream))
                .allSatisfy(date -> assertThat(plan.period().contains(date.startDate())
                        && plan.period().contains(date.endDate())).as("%s in %s", date, plan.period()).isTrue());
    }

    @Test
    void everyOwnerTypeIsUsed() {
        assertThat(plan.owners()).extracting(owner -> owner.type().orElseThrow())
                .containsAll(EnumSet.allOf(OwnerType.class));
    }

    @Test
    void everyOwnerReferenceNamesAnOwner() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);

        assertThat(ownerReferences()).isNotEmpty()
                .allSatisfy(id -> assertThat(byId.get(id.value())).as(id.value()).isInstanceOf(Owner.class));
    }

    @Test
    void ownersAnswerToOthers() {
        assertThat(plan.owners()).anySatisfy(owner -> assertThat(owner.accountableTo()).hasSizeGreaterThan(1));
        assertThat(plan.owners()).anySatisfy(owner -> assertThat(owner.holder()).isPresent());
    }

    @Test
    void everyLinkKindIsUsed() {
        assertThat(plan.links()).extracting(Link::kind).containsAll(EnumSet.allOf(LinkKind.class));
    }

    @Test
    void everyLinkJoinsExistingElementsOfKindsItsKindAllows() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);

        assertThat(plan.links()).allSatisfy(link -> {
            PlanElement from = byId.get(link.from().value());
            PlanElement to = byId.get(link.to().value());
            assertThat(from).as("from %s", link.from()).isNotNull();
            assertThat(to).as("to %s", link.to()).isNotNull();
            assertThat(link.kind().allows(from.kind(), to.kind()))
                    .as("%s %s %s", from.describe(), link.kind(), to.describe()).isTrue();
        });
    }

    @Test
    void aDeliverableContributesToAnOutcomeOfAnotherTheme() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);
        Map<ElementId, Theme> themeOf = plan.themes().stream()
                .flatMap(theme -> Stream.concat(theme.outcomes().stream(), theme.allPriorities().stream()
                        .flatMap(p -> p.deliverables().stream())).map(e -> Map.entry(e.id(), theme)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(plan.links()).anySatisfy(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.CONTRIBUTES_TO);
            assertThat(byId.get(link.from().value())).isInstanceOf(Deliverable.class);
            assertThat(themeOf.get(link.from())).isNotSameAs(themeOf.get(link.to()));
        });
    }

    @Test
    void measuresUseEveryDirection() {
        assertThat(plan.measures()).extracting(measure -> measure.direction().orElseThrow())
                .containsAll(EnumSet.allOf(Direction.class));
    }

    @Test
    void measuresHaveABaselineAndQuarterlyTargetsFor2025To26() {
        assertThat(plan.measures()).isNotEmpty().allSatisfy(measure -> {
            assertThat(measure.frequency()).contains(PeriodType.FINANCIAL_QUARTER);
            assertThat(measure.baseline()).isPresent();
            assertThat(measure.targets()).extracting(target -> target.period().orElseThrow())
                    .containsExactlyElementsOf(QUARTERS_2025_26);
            assertThat(measure.source()).isPresent();
        });
    }

    @Test
    void toleranceIsAbsoluteForOneMeasureAndAPercentageForAnother() {
        assertThat(plan.measures()).anySatisfy(m -> assertThat(m.tolerance().flatMap(t -> t.absolute())).isPresent());
        assertThat(plan.measures()).anySatisfy(m -> assertThat(m.tolerance().flatMap(t -> t.percent())).isPresent());
    }

    @Test
    void everyMeasureHasARagStatusForAtLeastOneQuarter() {
        assertThat(plan.measures()).allSatisfy(measure -> assertThat(
                QUARTERS_2025_26.stream().map(measure::rag).flatMap(Optional::stream)).isNotEmpty());
    }

    @Test
    void measuresShowRedAmberAndGreen() {
        Set<RagStatus> statuses = plan.measures().stream()
                .flatMap(measure -> QUARTERS_2025_26.stream().map(measure::rag).flatMap(Optional::stream))
                .collect(Collectors.toSet());

        assertThat(statuses).containsExactlyInAnyOrder(RagStatus.values());
    }

    @Test
    void referencesUseSystemAndKeyAndUri() {
        List<ExternalReference> references = plan.elements().stream()
                .flatMap(element -> element.references().stream()).collect(Collectors.toList());

        assertThat(references).anySatisfy(r -> {
            assertThat(r.key()).isPresent();
            assertThat(r.uri()).isEmpty();
        });
        assertThat(references).anySatisfy(r -> {
            assertThat(r.key()).isEmpty();
            assertThat(r.uri()).isPresent();
        });
        assertThat(references).anySatisfy(r -> assertThat(r.title()).isPresent());
    }

    @Test
    void extensionsAppearOnThePlanAndOnElements() {
        assertThat(plan.elements()).filteredOn(element -> !element.extensions().isEmpty())
                .extracting(PlanElement::kind)
                .contains(ElementKind.PLAN, ElementKind.THEME, ElementKind.DELIVERABLE, ElementKind.MEASURE);
    }

    @Test
    void idsAreUniqueAcrossThePlan() {
        assertThat(plan.elements()).extracting(PlanElement::id).doesNotHaveDuplicates();
    }
}
