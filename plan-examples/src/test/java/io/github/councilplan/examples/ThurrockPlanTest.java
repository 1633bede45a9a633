package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Thurrock's plan holds exactly what its published text gives, in its published words. */
class ThurrockPlanTest {
    private final Plan plan = ExamplePlans.thurrock();

    private Theme theme(String number) {
        return plan.themes().stream()
                .filter(theme -> theme.number().map(n -> n.toString().equals(number)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no theme " + number));
    }

    private static List<String> numbers(List<? extends PlanElement> elements) {
        return elements.stream().map(e -> e.number().map(Object::toString).orElse("-")).collect(Collectors.toList());
    }

    private static List<String> deliverableNumbers(Theme theme) {
        return theme.allPriorities().stream().flatMap(p -> p.deliverables().stream())
                .map(d -> d.number().map(Object::toString).orElse("-")).collect(Collectors.toList());
    }

    private static List<String> values(List<Text> texts) {
        return texts.stream().map(Text::value).collect(Collectors.toList());
    }

    @Test
    void titleIsAFreshStartForThurrock() {
        assertThat(plan.title()).isEqualTo(Text.of("A fresh start for Thurrock"));
    }

    @Test
    void organisationIsThurrockCouncilWithNoCode() {
        assertThat(plan.organisation().name()).isEqualTo(Text.of("Thurrock Council"));
        assertThat(plan.organisation().code()).isEmpty();
    }

    @Test
    void periodIsCalendarYears2024To2029() {
        assertThat(plan.period())
                .isEqualTo(PeriodRange.of(ReportingPeriod.calendarYear(2024), ReportingPeriod.calendarYear(2029)));
    }

    @Test
    void editionIsThe2025RefreshAdoptedOn22October2025() {
        assertThat(plan.edition()).hasValueSatisfying(edition -> {
            assertThat(edition.name()).isEqualTo("2025 refresh");
            assertThat(edition.status()).isEqualTo(EditionStatus.ADOPTED);
            assertThat(edition.adoptedOn()).contains(LocalDate.of(2025, 10, 22));
        });
    }

    @Test
    void recordsTheRenamedTitleInExtensions() {
        assertThat(plan.extensions().get("renamedTitle").map(node -> node.asString()))
                .contains("Corporate and Improvement Plan");
    }

    @Test
    void isPublishedInEnglishOnly() {
        assertThat(plan.languages()).containsExactly("en");
    }

    @Test
    void hasThreeThemesEnablingPeopleAndPlace() {
        assertThat(plan.themes()).extracting(t -> t.number().orElseThrow().toString(), t -> t.name().value())
                .containsExactly(tuple("1", "Enabling"), tuple("2", "People"), tuple("3", "Place"));
    }

    @Test
    void enablingKeepsItsPublishedHeadingInExtensions() {
        assertThat(theme("1").extensions().get("publishedHeading").map(node -> node.asString()))
                .contains("Improving and Enabling");
    }

    @Test
    void enablingHasElevenOutcomesCompletingItsLeadIn() {
        Theme enabling = theme("1");

        assertThat(enabling.outcomesLeadIn()).contains(Text.of("Thurrock Council will have:"));
        assertThat(enabling.outcomes()).hasSize(11);
        assertThat(enabling.outcomes().get(0).statement().value()).isEqualTo(
                "robust internal oversight, political and senior leadership, decision making and governance frameworks");
        assertThat(enabling.outcomes().get(10).statement().value())
                .isEqualTo("developed meaningful and productive partnerships.");
    }

    @Test
    void enablingHasPriorities1_1To1_3WithThreeFourAndFourDeliverables() {
        Theme enabling = theme("1");

        assertThat(numbers(enabling.priorities())).containsExactly("1.1", "1.2", "1.3");
        assertThat(enabling.priorities()).extracting(p -> p.deliverables().size()).containsExactly(3, 4, 4);
        assertThat(deliverableNumbers(enabling)).containsExactly(
                "1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.3.1", "1.3.2", "1.3.3", "1.3.4");
    }

    @Test
    void peopleHasOnlyItsThreeCommitments() {
        Theme people = theme("2");

        assertThat(people.outcomes()).isEmpty();
        assertThat(people.outcomesLeadIn()).isEmpty();
        assertThat(people.objectives()).isEmpty();
        assertThat(people.priorities()).isEmpty();
        assertThat(people.commitments()).hasSize(3);
    }

    @Test
    void peopleSaysThatTheRestOfTheThemeIsNotAvailable() {
        assertThat(theme("2").extensions().get("notAvailable")).isPresent();
    }

    @Test
    void placeHasEightOutcomesCompletingItsLeadIn() {
        Theme place = theme("3");

        assertThat(place.outcomesLeadIn()).contains(Text.of("Thurrock the Place will have:"));
        assertThat(place.outcomes()).hasSize(8);
        assertThat(place.outcomes().get(7).statement().value()).isEqualTo("appropriately managed the impact of"
                + " Lower Thames Crossing and Norwich to Tilbury power lines projects.");
    }

    @Test
    void placeHasPriorities3_1To3_3WithThreeThreeAndTwoDeliverables() {
        Theme place = theme("3");

        assertThat(numbers(place.priorities())).containsExactly("3.1", "3.2", "3.3");
        assertThat(place.priorities()).extracting(p -> p.deliverables().size()).containsExactly(3, 3, 2);
        assertThat(deliverableNumbers(place))
                .containsExactly("3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2");
    }

    @Test
    void priority3_3RecordsThatItsIncompleteDeliverableWasOmitted() {
        Priority priority = theme("3").priorities().get(2);

        assertThat(priority.extensions().get("incomplete").map(node -> node.asString()))
                .hasValueSatisfying(note -> assertThat(note).contains("3.3.3"));
    }

    @Test
    void everyThemeHasThreeCommitments() {
        assertThat(plan.themes()).extracting(t -> t.commitments().size()).containsExactly(3, 3, 3);
    }

    @Test
    void enablingsFirstCommitmentIsVerbatim() {
        assertThat(theme("1").commitments().get(0).text().value()).isEqualTo("Easier access to the council, using"
                + " digital technology backed up by welcoming community hubs across the borough.");
    }

    @Test
    void deliverable1_2_2TitleIsVerbatim() {
        Deliverable deliverable = theme("1").priorities().get(1).deliverables().get(1);

        assertThat(deliverable.number().orElseThrow().toString()).isEqualTo("1.2.2");
        assertThat(deliverable.title()).isEqualTo(Text.of("Innovate our services through digital efficiencies"));
    }

    @Test
    void deliverable1_2_4KeepsThePublishedWordingWithItsTypo() {
        Deliverable deliverable = theme("1").priorities().get(1).deliverables().get(3);

        assertThat(deliverable.title().value())
                .isEqualTo("Prepare for new a Strategic Authority and new unitary councils for Greater Essex");
    }

    @Test
    void hasThreeSharedValuesEachWithOneBehaviour() {
        assertThat(plan.values()).extracting(v -> v.number().orElseThrow().toString())
                .containsExactly("1", "2", "3");
        assertThat(plan.values()).extracting(SharedValue::behaviours).allSatisfy(b -> assertThat(b).hasSize(1));
    }

    @Test
    void firstValueIsAccountabilityShownByIntegrity() {
        SharedValue first = plan.values().get(0);

        assertThat(first.name().value()).isEqualTo("Together, we hold ourselves to account to get things done");
        assertThat(first.behaviours().get(0).value()).startsWith("demonstrating accountability and integrity");
    }

    @Test
    void statementsAreTheForewordWhyWeNeedAPlanAndNextSteps() {
        assertThat(plan.statements()).extracting(s -> s.heading().orElseThrow().value())
                .containsExactly("Foreword", "Why do we need a corporate plan?", "Next steps");
    }

    @Test
    void forewordHasFourParagraphs() {
        assertThat(plan.statements().get(0).paragraphs()).hasSize(4);
    }

    @Test
    void forewordIsSignedByTheChiefExecutiveAndTheLeader() {
        Statement foreword = plan.statements().get(0);

        assertThat(foreword.signatories()).extracting(s -> s.name(), s -> s.role().value()).containsExactly(
                tuple("Dave Smith", "Managing Director Commissioner and Chief Executive"),
                tuple("Councillor John Kent", "Leader of the Council"));
    }

    @Test
    void whyWeNeedAPlanHasTwoParagraphs() {
        assertThat(plan.statements().get(1).paragraphs()).hasSize(2);
    }

    @Test
    void nextStepsIsOneSentenceJoinedAcrossThePageBreak() {
        List<Text> paragraphs = plan.statements().get(2).paragraphs();

        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).value()).contains("to ensure it is widely understood, so we can all work")
                .endsWith("shared ambitions for Thurrock.");
    }

    @Test
    void purposeHasFourStatementsAndFiveApproaches() {
        assertThat(plan.purpose()).hasValueSatisfying(purpose -> {
            assertThat(purpose.introduction()).isPresent();
            assertThat(purpose.statements()).hasSize(4);
            assertThat(purpose.approaches()).hasSize(5);
            assertThat(values(purpose.approaches())).last().isEqualTo("always delivering good value for the public purse.");
        });
    }

    @Test
    void hasNoMeasuresLinksOrPartners() {
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.links()).isEmpty();
        assertThat(plan.partners()).isEmpty();
    }

    @Test
    void noDeliverableHasOwnersMilestonesOrProgress() {
        assertThat(plan.themes().stream().flatMap(t -> t.allPriorities().stream())
                .flatMap(p -> p.deliverables().stream()))
                .hasSize(19)
                .allSatisfy(d -> {
                    assertThat(d.owners()).isEmpty();
                    assertThat(d.milestones()).isEmpty();
                    assertThat(d.progress()).isEmpty();
                });
    }

    @Test
    void chiefExecutiveStatutoryOfficersAndExecutiveDirectorsAnswerToCabinetAndTheCommittees() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);
        List<Owner> accountable = plan.owners().stream()
                .filter(o -> o.type() == OwnerType.ROLE).collect(Collectors.toList());

        assertThat(accountable).extracting(o -> o.name().value())
                .containsExactly("Chief Executive", "Statutory Officers", "Executive Directors");
        assertThat(accountable).allSatisfy(owner -> assertThat(owner.accountableTo())
                .extracting(id -> ((Owner) byId.get(id.value())).name().value())
                .containsExactly("Cabinet", "Overview and Scrutiny Committees", "Standards and Audit Committee"));
    }

    @Test
    void seniorLeadershipTeamIsATeamOwner() {
        assertThat(plan.owners()).filteredOn(o -> o.type() == OwnerType.TEAM)
                .extracting(o -> o.name().value()).containsExactly("Senior Leadership Team");
    }

    @Test
    void committeesAreCommitteeOwners() {
        assertThat(plan.owners()).filteredOn(o -> o.type() == OwnerType.COMMITTEE).extracting(o -> o.name().value())
                .containsExactly("Cabinet", "Overview and Scrutiny Committees", "Standards and Audit Committee");
    }

    @Test
    void idsAreUniqueAcrossThePlan() {
        List<ElementId> ids = plan.elements().stream().map(PlanElement::id).collect(Collectors.toList());

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void idsDifferFromDisplayNumbers() {
        assertThat(plan.elements()).allSatisfy(element -> element.number()
                .ifPresent(number -> assertThat(element.id().value()).isNotEqualTo(number.toString())));
    }
}
