package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thurrock's plan holds exactly what its published text gives, in its published words: every
 * passage of the seeds and the reference (listed in {@code thurrock-published-passages.txt}), the
 * lead-ins of its lists, and the facts of "Delivering our plan" in the format's own fields. Its
 * measures alone are not the council's: illustrative quarterly figures, each saying so, to show
 * quarterly reporting (a revised target, a national metric).
 */
class ThurrockPlanTest {
    private static final String PASSAGES = "thurrock-published-passages.txt";
    private static final String INTRODUCTION = "A fresh start for Thurrock – introducing our corporate plan 2024-2029";

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

    /** Thurrock's published passages, one a line, from the test resource. */
    private static List<String> passages() throws IOException {
        try (InputStream in = ThurrockPlanTest.class.getResourceAsStream(PASSAGES)) {
            assertThat(in).as(PASSAGES).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toList());
        }
    }

    private List<String> planTexts() {
        return TestSupport.allTexts(plan).stream().map(Text::value).collect(Collectors.toList());
    }

    @Test
    void everyPublishedPassageIsTheWholeOfOneTextOfThePlanOrQuotedInOne() throws IOException {
        List<String> texts = planTexts();

        assertThat(passages()).hasSize(94).allSatisfy(passage -> assertThat(
                texts.contains(passage) || texts.stream().anyMatch(text -> text.contains("\"" + passage + "\"")))
                .as("passage '%s'", passage).isTrue());
    }

    @Test
    void noPublishedPassageOfMoreThanOneWordIsInExtensions() throws IOException {
        String extensions = plan.elements().stream().map(element -> element.extensions().toObjectNode().toString())
                .collect(Collectors.joining("\n"));

        assertThat(passages()).filteredOn(passage -> passage.contains(" "))
                .allSatisfy(passage -> assertThat(extensions).doesNotContain(passage));
    }

    @Test
    void documentIsAsPlanJsonWritesIt() {
        String document = new String(ExamplePlans.thurrockDocument(), StandardCharsets.UTF_8);

        assertThat(PlanJson.standard().write(PlanJson.standard().read(document))).isEqualTo(document);
    }

    @Test
    void titleIsAFreshStartForThurrock() {
        assertThat(plan.title()).isEqualTo(Text.of("A fresh start for Thurrock"));
    }

    @Test
    void comesFromTheIntroductionAsItsProvenanceSays() {
        assertThat(plan.provenance().flatMap(Provenance::document)).contains(Text.of(INTRODUCTION));
    }

    @Test
    void organisationIsThurrockCouncilWithItsGssCodeAndOrgIdAndNoOtherCode() {
        assertThat(plan.organisation().name()).isEqualTo(Text.of("Thurrock Council"));
        assertThat(plan.organisation().code()).isEmpty();
        assertThat(plan.organisation().gssCode()).contains("E06000034");
        assertThat(plan.organisation().orgId()).contains("GB-LAE-THR");
    }

    @Test
    void periodIsCalendarYears2024To2029() {
        assertThat(plan.period())
                .isEqualTo(PeriodRange.of(ReportingPeriod.calendarYear(2024), ReportingPeriod.calendarYear(2029)));
    }

    @Test
    void editionIsThe2025RefreshAdoptedOn22October2025SupersedingThe2024Edition() {
        assertThat(plan.edition()).hasValueSatisfying(edition -> {
            assertThat(edition.name()).isEqualTo("2025 refresh");
            assertThat(edition.status()).isEqualTo(EditionStatus.ADOPTED);
            assertThat(edition.adoptedOn()).contains(LocalDate.of(2025, 10, 22));
            assertThat(edition.supersedes()).contains("2024");
            assertThat(edition.supersededBy()).isEmpty();
        });
    }

    @Test
    void theRenamingInThe2025RefreshIsAnotherNameOfThePlan() {
        assertThat(plan.otherNames()).singleElement().satisfies(name -> {
            assertThat(name.name()).isEqualTo(Text.of("Corporate and Improvement Plan"));
            assertThat(name.note().map(Text::value)).hasValueSatisfying(note -> assertThat(note)
                    .contains("2025 refresh renamed", "Improvement and Recovery Plan"));
        });
    }

    @Test
    void noPublicationDateIsGivenBecauseTheSourcesGiveNone() {
        assertThat(plan.published()).isEmpty();
    }

    @Test
    void isPublishedInEnglishOnly() {
        assertThat(plan.languages()).containsExactly("en");
        assertThat(plan.partialLanguages()).isEmpty();
    }

    @Test
    void theSeniorLeadershipTeamOverseesThePlan() {
        assertThat(plan.overseenBy()).containsExactly(ElementId.of("own-senior-leadership-team"));
    }

    @Test
    void hasThreeThemesEnablingPeopleAndPlace() {
        assertThat(plan.themes()).extracting(t -> t.number().orElseThrow().toString(), t -> t.name().orElseThrow().value())
                .containsExactly(tuple("1", "Enabling"), tuple("2", "People"), tuple("3", "Place"));
    }

    @Test
    void themesHaveTheirPublishedLeadIn() {
        assertThat(plan.leadIn("themes")).contains(Text.of("We have organised our priorities into three main areas:"));
    }

    @Test
    void enablingIsAlsoKnownByItsHeadingOnTheWebPagesAndItsNameInTheIntroduction() {
        assertThat(theme("1").otherNames()).extracting(AlternativeName::name)
                .containsExactly(Text.of("Improving and Enabling"), Text.of("An Enabling council"));
        assertThat(theme("1").otherNames().get(1).note().orElseThrow().value())
                .contains("\"An Enabling council, People, Place.\"");
    }

    @Test
    void enablingAndPlaceComeFromTheWebPagesAndPeopleFromTheIntroduction() {
        assertThat(theme("1").provenance().flatMap(Provenance::document).orElseThrow().value())
                .contains("web pages").endsWith("theme 1");
        assertThat(theme("3").provenance().flatMap(Provenance::document).orElseThrow().value())
                .contains("web pages").endsWith("theme 3");
        assertThat(theme("2").provenance().flatMap(Provenance::document)).contains(Text.of(INTRODUCTION));
    }

    @Test
    void everyCommitmentComesFromTheIntroduction() {
        assertThat(plan.themes().stream().flatMap(theme -> theme.commitments().stream()))
                .hasSize(9)
                .extracting(Commitment::provenance)
                .allSatisfy(provenance -> assertThat(provenance.flatMap(Provenance::document))
                        .contains(Text.of(INTRODUCTION)));
    }

    @Test
    void theLeadInOfTheExamplesOfEveryAreaIntroducesTheFirstAreasCommitmentsOnly() {
        assertThat(theme("1").leadIn("commitments")).contains(Text.of("What can staff and residents expect to see as"
                + " we roll out our plans? Here are some examples within each area:"));
        assertThat(theme("2").leadIn("commitments")).isEmpty();
        assertThat(theme("3").leadIn("commitments")).isEmpty();
    }

    @Test
    void enablingHasElevenOutcomesCompletingItsLeadIn() {
        Theme enabling = theme("1");

        assertThat(enabling.leadIn("outcomes")).contains(Text.of("Thurrock Council will have:"));
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
    void peopleHasOnlyItsThreeCommitmentsAndNoLeadIn() {
        Theme people = theme("2");

        assertThat(people.outcomes()).isEmpty();
        assertThat(people.leadIns()).isEmpty();
        assertThat(people.objectives()).isEmpty();
        assertThat(people.priorities()).isEmpty();
        assertThat(people.deliverables()).isEmpty();
        assertThat(people.commitments()).hasSize(3);
    }

    @Test
    void peopleSaysThatTheRestOfTheThemeIsNotAvailable() {
        assertThat(theme("2").extensions().get("notAvailable")).isPresent();
    }

    @Test
    void placeHasEightOutcomesCompletingItsLeadIn() {
        Theme place = theme("3");

        assertThat(place.leadIn("outcomes")).contains(Text.of("Thurrock the Place will have:"));
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
    void valuesHaveTheirPublishedLeadIn() {
        assertThat(plan.leadIn("values").map(Text::value)).hasValueSatisfying(leadIn -> assertThat(leadIn)
                .startsWith("To achieve the ambitions of this plan,").endsWith("Our shared values are:"));
    }

    @Test
    void hasThreeSharedValuesEachWithOneBehaviour() {
        assertThat(plan.values()).extracting(v -> v.number().orElseThrow().toString())
                .containsExactly("1", "2", "3");
        assertThat(plan.values()).extracting(SharedValue::behaviours).allSatisfy(b -> assertThat(b).hasSize(1));
    }

    @Test
    void eachValuesBehaviourCompletesItsLeadInAsPublished() {
        assertThat(plan.values()).extracting(value -> value.leadIn("behaviours").orElseThrow().value() + " "
                + value.behaviours().get(0).value())
                .containsExactly("We do this by demonstrating accountability and integrity.",
                        "We do this by being collaborative and focusing on impact.",
                        "We do this by being responsive to local people and the issues they raise, and adapting our"
                                + " approach to achieve better outcomes.");
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
    void statementsAreParagraphsOnly() {
        assertThat(plan.statements().stream().flatMap(statement -> statement.body().stream()))
                .allSatisfy(block -> assertThat(block.paragraph()).isPresent());
    }

    @Test
    void forewordHasFourParagraphs() {
        assertThat(plan.statements().get(0).body()).hasSize(4);
    }

    @Test
    void forewordIsSignedByTheChiefExecutiveAndTheLeader() {
        Statement foreword = plan.statements().get(0);

        assertThat(foreword.signatories()).extracting(Signatory::name, s -> s.role().orElseThrow().value())
                .containsExactly(
                        tuple("Dave Smith", "Managing Director Commissioner and Chief Executive"),
                        tuple("Councillor John Kent", "Leader of the Council"));
    }

    @Test
    void whyWeNeedAPlanHasTwoParagraphs() {
        assertThat(plan.statements().get(1).body()).hasSize(2);
    }

    @Test
    void nextStepsIsOneSentenceJoinedAcrossThePageBreak() {
        List<Block> body = plan.statements().get(2).body();

        assertThat(body).hasSize(1);
        assertThat(body.get(0).paragraph().orElseThrow().value())
                .contains("to ensure it is widely understood, so we can all work")
                .endsWith("shared ambitions for Thurrock.");
        assertThat(plan.statements().get(2).extensions().get("editorialNote")).isPresent();
    }

    @Test
    void purposeHasFourStatementsAndFiveApproachesAfterTheirLeadIn() {
        assertThat(plan.purpose()).hasValueSatisfying(purpose -> {
            assertThat(purpose.introduction().orElseThrow().value()).endsWith("we believe our purpose is to:");
            assertThat(purpose.statements()).hasSize(4);
            assertThat(purpose.leadIns()).containsExactly(Map.entry("approaches", Text.of("We will do this by:")));
            assertThat(purpose.approaches()).hasSize(5);
            assertThat(values(purpose.approaches())).last().isEqualTo("always delivering good value for the public purse.");
        });
    }

    @Test
    void everyMeasureSaysItsFiguresAreIllustrativeNotTheCouncils() {
        assertThat(plan.measures()).hasSize(4).allSatisfy(measure -> {
            assertThat(measure.description().orElseThrow().value())
                    .startsWith("Illustrative figures, not Thurrock Council's data: ");
            assertThat(measure.source().orElseThrow().value()).contains("not Thurrock Council's data");
        });
    }

    @Test
    void everyMeasureIsQuarterlyWithTargetsFor2025To26AndItsQuartersAndActualsFromQ1() {
        ReportingPeriod year = ReportingPeriod.parse("2025/26");
        List<ReportingPeriod> quarters = Stream.of("Q1", "Q2", "Q3", "Q4")
                .map(q -> ReportingPeriod.parse("2025/26 " + q)).collect(Collectors.toList());

        assertThat(plan.measures()).allSatisfy(measure -> {
            assertThat(measure.frequency()).contains(PeriodType.FINANCIAL_QUARTER);
            assertThat(measure.direction()).isPresent();
            assertThat(measure.tolerance()).isPresent();
            assertThat(measure.unit()).isPresent();
            assertThat(measure.targets()).extracting(target -> target.period().orElseThrow())
                    .containsExactlyElementsOf(Stream.concat(Stream.of(year), quarters.stream())
                            .collect(Collectors.toList()));
            assertThat(measure.actuals()).extracting(actual -> actual.period().orElseThrow())
                    .containsExactlyElementsOf(quarters.subList(0, measure.id().value().equals("m-fly-tipping") ? 2 : 3));
        });
    }

    @Test
    void ratingsOfQ1AndQ2ShowATrend() {
        ReportingPeriod q1 = ReportingPeriod.parse("2025/26 Q1");
        ReportingPeriod q2 = ReportingPeriod.parse("2025/26 Q2");

        assertThat(plan.measures()).extracting(measure -> measure.id().value(),
                measure -> measure.rating(q1).status().orElseThrow(), measure -> measure.rating(q2).status().orElseThrow())
                .containsExactly(
                        tuple("m-recycling", RagStatus.AMBER, RagStatus.GREEN),
                        tuple("m-fly-tipping", RagStatus.RED, RagStatus.GREEN),
                        tuple("m-online-requests", RagStatus.AMBER, RagStatus.AMBER),
                        tuple("m-council-tax", RagStatus.AMBER, RagStatus.AMBER));
    }

    @Test
    void theRevisedTargetIsInForceFromItsDecision() {
        Measure online = plan.measures().stream().filter(m -> m.id().value().equals("m-online-requests"))
                .findFirst().orElseThrow();
        ReportingPeriod year = ReportingPeriod.parse("2025/26");

        assertThat(online.targetFor(year, LocalDate.of(2025, 11, 11)).flatMap(Target::value))
                .contains(new BigDecimal("65"));
        assertThat(online.targetFor(year, LocalDate.of(2025, 11, 12)).flatMap(Target::value))
                .contains(new BigDecimal("60"));
    }

    @Test
    void theOnlineRequestsTargetsForTheYearAndQ3WereRevisedMidYearByCabinet() {
        List<Target> revised = plan.measures().stream().flatMap(measure -> measure.targets().stream())
                .filter(target -> !target.revisions().isEmpty()).collect(Collectors.toList());

        assertThat(revised).extracting(target -> target.period().orElseThrow().toString(),
                target -> target.value().orElseThrow().intValue()).containsExactly(tuple("2025/26", 65),
                tuple("2025/26 Q3", 62));
        assertThat(revised).allSatisfy(target -> {
            assertThat(target.revisions()).singleElement().satisfies(revision -> {
                assertThat(revision.date()).isEqualTo(LocalDate.of(2025, 11, 12));
                assertThat(revision.value()).contains(new BigDecimal("60"));
                assertThat(revision.decision().body()).contains(Text.of("Cabinet"));
                assertThat(revision.decision().reference()).contains("Minute 71 (illustrative)");
                assertThat(revision.reason().orElseThrow().value()).startsWith("Illustrative: ");
            });
        });
    }

    @Test
    void theRecyclingMeasureIsAnLgInformMetricWhosePolarityAgreesWithItsDirection() {
        List<Measure> national = plan.measures().stream().filter(Measure::hasNationalMetric)
                .collect(Collectors.toList());

        assertThat(national).singleElement().satisfies(measure -> {
            assertThat(measure.direction()).contains(Direction.HIGHER_IS_BETTER);
            assertThat(measure.metrics()).singleElement().satisfies(metric -> {
                assertThat(metric.scheme()).isEqualTo("lgInform");
                assertThat(metric.uri()).contains(URI.create("http://id.esd.org.uk/metricType/" + metric.id()));
                assertThat(metric.polarity()).contains(Polarity.HIGH_IS_GOOD);
            });
        });
    }

    @Test
    void everyLinkIsAMeasureEvidencingAnOutcome() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);

        assertThat(plan.links()).hasSize(4).allSatisfy(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.EVIDENCES);
            assertThat(byId.get(link.from().value())).isInstanceOf(Measure.class);
            assertThat(byId.get(link.to().value()).kind()).isEqualTo(ElementKind.OUTCOME);
        });
    }

    @Test
    void hasNoPartnersOrPrinciples() {
        assertThat(plan.partners()).isEmpty();
        assertThat(plan.principles()).isEmpty();
        assertThat(plan.vision()).isEmpty();
    }

    @Test
    void noWorkHasOwnersDatesOutcomesMilestonesOrProgress() {
        assertThat(plan.themes().stream().flatMap(t -> t.allPriorities().stream())
                .flatMap(p -> Stream.<Work>concat(Stream.of(p), p.deliverables().stream())))
                .hasSize(25)
                .allSatisfy(work -> {
                    assertThat(work.owners()).isEmpty();
                    assertThat(work.end()).isEmpty();
                    assertThat(work.outcomes()).isEmpty();
                    assertThat(work.milestones()).isEmpty();
                    assertThat(work.progress()).isEmpty();
                });
    }

    @Test
    void chiefExecutiveStatutoryOfficersAndExecutiveDirectorsAnswerToCabinetAndTheCommittees() {
        Map<String, PlanElement> byId = TestSupport.byId(plan);
        List<Owner> accountable = plan.owners().stream()
                .filter(o -> o.type().equals(Optional.of(OwnerType.ROLE))).collect(Collectors.toList());

        assertThat(accountable).extracting(o -> o.name().value())
                .containsExactly("Chief Executive", "Statutory Officers", "Executive Directors");
        assertThat(accountable).allSatisfy(owner -> assertThat(owner.accountableTo())
                .extracting(id -> ((Owner) byId.get(id.value())).name().value())
                .containsExactly("Cabinet", "Overview and Scrutiny Committees", "Standards and Audit Committee"));
    }

    @Test
    void seniorLeadershipTeamIsATeamOwner() {
        assertThat(plan.owners()).filteredOn(o -> o.type().equals(Optional.of(OwnerType.TEAM)))
                .extracting(o -> o.name().value()).containsExactly("Senior Leadership Team");
    }

    @Test
    void committeesAreCommitteeOwners() {
        assertThat(plan.owners()).filteredOn(o -> o.type().equals(Optional.of(OwnerType.COMMITTEE)))
                .extracting(o -> o.name().value())
                .containsExactly("Cabinet", "Overview and Scrutiny Committees", "Standards and Audit Committee");
    }

    @Test
    void ownersComeFromDeliveringOurPlanAndCarryNoExtensions() {
        assertThat(plan.owners()).hasSize(7).allSatisfy(owner -> {
            assertThat(owner.provenance().flatMap(Provenance::document).orElseThrow().value())
                    .endsWith("\"Delivering our plan\"");
            assertThat(owner.extensions().isEmpty()).isTrue();
        });
    }

    @Test
    void extensionsHoldOnlyNotesOnTheEncoding() {
        assertThat(plan.extensions().names()).containsExactlyInAnyOrder("licence", "deliveringOurPlan", "notEncoded",
                "illustrativeMeasures");
        assertThat(plan.elements()).filteredOn(element -> !element.extensions().isEmpty())
                .extracting(PlanElement::id).extracting(ElementId::value)
                .containsExactly("thurrock-corporate-plan", "s-next-steps", "t-people", "p-3.3");
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
