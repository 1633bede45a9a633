package io.github.councilplan.schema;

import static io.github.councilplan.schema.RuleDocuments.check;
import static io.github.councilplan.schema.RuleDocuments.valid;
import static io.github.councilplan.schema.RuleDocuments.with;
import static io.github.councilplan.schema.RuleDocuments.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.councilplan.schema.RuleDocuments.Reported;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan rules over small documents: for each rule, a document that breaks it gets the rule's
 * code at the pointer of the value at fault, with a message that starts with the element's
 * description and names the bad value; documents that keep the rule get nothing.
 */
class PlanRulesTest {
    private static final String DELIVERABLE = "/themes/0/priorities/0/deliverables/0";
    private static final String MILESTONE = DELIVERABLE + "/milestones/0";

    /** Asserts that the rules report exactly one problem on {@code document}, and returns it. */
    private static Reported only(ObjectNode document) {
        List<Reported> reported = check(document);
        assertThat(reported).hasSize(1);
        return reported.get(0);
    }

    private static void assertReported(Reported reported, ProblemCode code, String pointer, String messageStart) {
        assertThat(reported.code()).isEqualTo(code);
        assertThat(reported.pointer()).isEqualTo(pointer);
        assertThat(reported.message()).startsWith(messageStart);
    }

    @Test
    void aPlanThatKeepsEveryRuleGetsNoProblem() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void everyViolationInADocumentIsReported() {
        ObjectNode document = valid();
        with(document, MILESTONE + "/id", "'o1'");
        with(document, DELIVERABLE + "/number", "'1.3.1'");
        with(document, "/links/0/to", "'d1'");
        with(document, "/measures/0/targets/2031~132", "90");
        with(document, "/edition/supersedes", "'2025 refresh'");

        assertThat(check(document)).extracting(Reported::code, Reported::pointer).containsExactlyInAnyOrder(
                tuple(ProblemCode.RULE_DUPLICATE_ID, MILESTONE + "/id"),
                tuple(ProblemCode.RULE_NUMBERING, DELIVERABLE + "/number"),
                // the milestone 1.2.1.1 is no longer numbered within its deliverable, now 1.3.1
                tuple(ProblemCode.RULE_NUMBERING, MILESTONE + "/number"),
                tuple(ProblemCode.RULE_SELF_REFERENCE, "/links/0/to"),
                tuple(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/targets/2031~132"),
                tuple(ProblemCode.RULE_EDITION, "/edition/supersedes"));
    }

    @Test
    void aDocumentThatIsNotAnObjectGetsNoProblem() {
        assertThat(check(RuleDocuments.json("[1, 'two', null]"))).isEmpty();
    }

    @Test
    void valuesOfUnexpectedTypesArePassedOver() {
        ObjectNode document = valid();
        with(document, "/period", "['2024/25', '2028/29']");
        with(document, "/themes/0/priorities/0/deliverables", "{'d1': {}}");
        with(document, "/themes/0/outcomes/0", "'o1'");
        with(document, "/measures/0/targets", "[80]");
        with(document, "/measures/0/frequency", "7");
        with(document, "/owners/0/accountableTo", "'cabinet'");
        with(document, "/links", "[null, 3, {'from': 1, 'kind': [], 'to': {'id': 'o1'}}]");
        with(document, "/languages", "[true, 'en']");
        with(document, "/title", "42");

        assertThat(check(document)).isEmpty();
    }

    @Nested
    class DuplicateIds {
        @Test
        void anIdUsedAgainAnywhereInThePlanIsReportedAtTheLaterId() {
            Reported reported = only(with(valid(), MILESTONE + "/id", "'o1'"));

            assertReported(reported, ProblemCode.RULE_DUPLICATE_ID, MILESTONE + "/id",
                    "milestone 1.2.1.1: id 'o1' is already used by outcome 1.1 at /themes/0/outcomes/0");
        }

        @Test
        void eachLaterUseOfAnIdIsReported() {
            ObjectNode document = valid();
            with(document, "/partners/0/id", "'t1'");
            with(document, "/measures/0/id", "'t1'");

            assertThat(check(document)).extracting(Reported::code, Reported::pointer).containsExactly(
                    tuple(ProblemCode.RULE_DUPLICATE_ID, "/measures/0/id"),
                    tuple(ProblemCode.RULE_DUPLICATE_ID, "/partners/0/id"));
        }

        @Test
        void anElementMayHaveThePlansOwnId() {
            assertThat(check(with(valid(), "/partners/0/id", "'plan'"))).isEmpty();
        }
    }

    @Nested
    class DuplicateNumbers {
        @Test
        void siblingsWithTheSameNumberAreReportedAtTheLaterNumber() {
            ObjectNode document = with(valid(), "/themes/0/priorities/-",
                    "{'id': 'p2', 'number': '1.2', 'title': 'Again', 'deliverables': []}");
            with(document, "/themes/0/priorities/1/deliverables/-", "{'id': 'd2', 'title': 'Work'}");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_DUPLICATE_NUMBER, "/themes/0/priorities/1/number",
                    "priority 1.2: number '1.2' is already used by priority 'p1' at /themes/0/priorities/0");
        }

        @Test
        void elementsOfTheSamePlanLevelListMayNotShareANumber() {
            ObjectNode document = with(valid(), "/partners/0/number", "'1'");
            with(document, "/partners/-", "{'id': 'police', 'number': '1', 'name': 'Police'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_NUMBER, "/partners/1/number",
                    "partner 1: number '1' is already used by partner 'nhs' at /partners/0");
        }

        @Test
        void elementsOfDifferentListsMayShareANumber() {
            assertThat(check(with(valid(), "/themes/0/outcomes/0/number", "'1.2'"))).isEmpty();
        }
    }

    @Nested
    class Numbering {
        @Test
        void aDottedNumberNotWithinItsParentsNumberIsReported() {
            ObjectNode document = with(valid(), DELIVERABLE + "/number", "'1.3.1'");
            without(document, MILESTONE + "/number");

            assertReported(only(document), ProblemCode.RULE_NUMBERING, DELIVERABLE + "/number",
                    "deliverable 1.3.1: number '1.3.1' is not numbered within priority 1.2");
        }

        @Test
        void aPriorityIsNumberedWithinItsObjective() {
            ObjectNode document = with(valid(), "/themes/0/objectives",
                    "[{'id': 'obj', 'number': '1.5', 'title': 'Aim', 'priorities': [{'id': 'p9', 'number': '1.9',"
                            + " 'title': 'Step', 'deliverables': [{'id': 'd9', 'title': 'Act'}]}]}]");

            assertReported(only(document), ProblemCode.RULE_NUMBERING, "/themes/0/objectives/0/priorities/0/number",
                    "priority 1.9: number '1.9' is not numbered within objective 1.5");
        }

        @Test
        void aNumberOfOneSegmentStatesNoNesting() {
            ObjectNode document = with(valid(), "/themes/0/priorities/0/number", "'B'");
            with(document, DELIVERABLE + "/number", "'B.1'");
            with(document, MILESTONE + "/number", "'B.1.1'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aParentWithoutANumberImposesNone() {
            ObjectNode document = without(valid(), "/themes/0/priorities/0/number");
            with(document, DELIVERABLE + "/number", "'7.7.7'");
            with(document, MILESTONE + "/number", "'7.7.7.1'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void anInvalidNumberIsLeftToTheSchema() {
            assertThat(check(with(valid(), DELIVERABLE + "/number", "'1..2'"))).isEmpty();
        }
    }

    @Nested
    class Links {
        @Test
        void aLinkFromAnIdThatNamesNoElementIsUnresolved() {
            assertReported(only(with(valid(), "/links/0/from", "'d9'")), ProblemCode.RULE_UNRESOLVED_REFERENCE,
                    "/links/0/from", "plan: links[0] from 'd9' names no element of the plan");
        }

        @Test
        void aLinkToAnIdThatNamesNoElementIsUnresolved() {
            assertReported(only(with(valid(), "/links/0/to", "'o9'")), ProblemCode.RULE_UNRESOLVED_REFERENCE,
                    "/links/0/to", "plan: links[0] to 'o9' names no element of the plan");
        }

        @Test
        void aLinkStartingAtAKindOfElementItsKindDoesNotAllowIsReported() {
            assertReported(only(with(valid(), "/links/0/from", "'kpi1'")), ProblemCode.RULE_WRONG_REFERENCE_KIND,
                    "/links/0/from", "plan: links[0] from 'kpi1' is measure 'kpi1', but a link of kind 'contributesTo'"
                            + " starts at an objective, priority, deliverable or partner");
        }

        @Test
        void aLinkEndingAtAKindOfElementItsKindDoesNotAllowIsReported() {
            ObjectNode document = with(valid(), "/links/0", "{'from': 'kpi1', 'kind': 'evidences', 'to': 'nhs'}");

            assertReported(only(document), ProblemCode.RULE_WRONG_REFERENCE_KIND, "/links/0/to",
                    "plan: links[0] to 'nhs' is partner 'nhs', but a link of kind 'evidences' ends at a theme,"
                            + " objective, outcome, priority or deliverable");
        }

        @Test
        void aLinkToThePlanItselfIsOfTheWrongKind() {
            assertReported(only(with(valid(), "/links/0/to", "'plan'")), ProblemCode.RULE_WRONG_REFERENCE_KIND,
                    "/links/0/to", "plan: links[0] to 'plan' is the plan itself, but a link of kind 'contributesTo' ends at");
        }

        @Test
        void aLinkOfAnUnknownKindIsCheckedOnlyForResolution() {
            ObjectNode document = with(valid(), "/links/0", "{'from': 'kpi1', 'kind': 'supports', 'to': 'o9'}");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/0/to",
                    "plan: links[0] to 'o9' names no element of the plan");
        }

        @Test
        void aLinkFromAnElementToItselfIsASelfReference() {
            assertReported(only(with(valid(), "/links/0/to", "'d1'")), ProblemCode.RULE_SELF_REFERENCE,
                    "/links/0/to", "plan: links[0] to 'd1' is its own from");
        }

        @Test
        void everyLinkKindTakesTheKindsOfElementTheModelAllows() {
            ObjectNode document = with(valid(), "/values", "[{'id': 'v1', 'name': 'Together'}]");
            with(document, "/themes/0/commitments", "[{'id': 'c1', 'text': 'Easier access'}]");
            with(document, "/links", "[{'from': 'nhs', 'kind': 'contributesTo', 'to': 'd1'},"
                    + " {'from': 'kpi1', 'kind': 'evidences', 'to': 't1'},"
                    + " {'from': 'c1', 'kind': 'reflects', 'to': 'v1'},"
                    + " {'from': 'm1', 'kind': 'involves', 'to': 'nhs'},"
                    + " {'from': 'c1', 'kind': 'illustrates', 'to': 'o1'}]");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class Owners {
        @ParameterizedTest
        @CsvSource({
            "/themes/0, theme 1",
            "/themes/0/priorities/0, priority 1.2",
            "/themes/0/priorities/0/deliverables/0, deliverable 1.2.1",
            "/measures/0, measure 'kpi1'"})
        void anOwnerIdThatNamesNoElementIsUnresolved(String element, String description) {
            ObjectNode document = with(valid(), element + "/owners", "['ghost']");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, element + "/owners/0",
                    description + ": owners[0] 'ghost' names no element of the plan");
        }

        @Test
        void anObjectivesOwnersAreChecked() {
            ObjectNode document = with(valid(), "/themes/0/objectives", "[{'id': 'obj', 'number': '1.5',"
                    + " 'title': 'Aim', 'owners': ['own1', 'ghost'], 'priorities': []}]");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, "/themes/0/objectives/0/owners/1",
                    "objective 1.5: owners[1] 'ghost' names no element of the plan");
        }

        @Test
        void anOwnerIdMustNameOneOfThePlansOwners() {
            assertReported(only(with(valid(), "/themes/0/owners/0", "'nhs'")), ProblemCode.RULE_WRONG_REFERENCE_KIND,
                    "/themes/0/owners/0", "theme 1: owners[0] 'nhs' is partner 'nhs', not one of the plan's owners");
        }

        @Test
        void anOwnerAccountableToAnIdThatNamesNoElementIsUnresolved() {
            assertReported(only(with(valid(), "/owners/0/accountableTo", "['council']")),
                    ProblemCode.RULE_UNRESOLVED_REFERENCE, "/owners/0/accountableTo/0",
                    "owner 'own1': accountableTo[0] 'council' names no element of the plan");
        }

        @Test
        void anOwnerAccountableToAnotherKindOfElementIsReported() {
            assertReported(only(with(valid(), "/owners/0/accountableTo", "['t1']")),
                    ProblemCode.RULE_WRONG_REFERENCE_KIND, "/owners/0/accountableTo/0",
                    "owner 'own1': accountableTo[0] 't1' is theme 1, not one of the plan's owners");
        }

        @Test
        void anOwnerAccountableToItselfIsASelfReference() {
            assertReported(only(with(valid(), "/owners/0/accountableTo", "['cabinet', 'own1']")),
                    ProblemCode.RULE_SELF_REFERENCE, "/owners/0/accountableTo/1",
                    "owner 'own1': accountableTo[1] 'own1' is the owner itself");
        }
    }

    @Nested
    class PlanPeriod {
        @Test
        void aPeriodThatEndsBeforeItStartsIsReportedAtItsEnd() {
            assertReported(only(with(valid(), "/period", "{'start': '2025/26', 'end': '2024/25'}")),
                    ProblemCode.RULE_PERIOD_ORDER, "/period/end", "plan: period end '2024/25' is before start '2025/26'");
        }

        @Test
        void aPeriodWhoseEndStartsBeforeItsStartIsReportedAsTheModelRefusesIt() {
            // the financial year 2024/25 ends after its quarter 2 does, but starts before it
            ObjectNode document = with(valid(), "/period", "{'start': '2024/25 Q2', 'end': '2024/25'}");

            assertThat(check(document)).extracting(Reported::code).contains(ProblemCode.RULE_PERIOD_ORDER);
        }

        @Test
        void aPeriodOfOneReportingPeriodIsInOrder() {
            ObjectNode document = with(valid(), "/period", "{'start': '2025/26', 'end': '2025/26'}");
            with(document, MILESTONE + "/due", "'2025-04-01'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aPeriodThatDoesNotParseIsLeftToTheSchemaAndNothingIsCheckedAgainstIt() {
            ObjectNode document = with(valid(), "/period/end", "'2028/30'");
            with(document, MILESTONE + "/due", "'2035-01-01'");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource({"due, 2029-04-01", "due, 2024-03-31", "forecast, 2030-01-01", "achieved, 2029-04-01"})
        void aMilestoneDateOutsideThePlansPeriodIsReported(String field, String date) {
            ObjectNode document = with(valid(), MILESTONE + "/" + field, "'" + date + "'");

            assertReported(only(document), ProblemCode.RULE_DATE_OUTSIDE_PLAN, MILESTONE + "/" + field,
                    "milestone 1.2.1.1: " + field + " " + date + " is outside the plan's period 2024/25 to 2028/29");
        }

        @Test
        void anAchievedDateBeforeThePlanStartsIsReportedAsSuchAndNotAsOutside() {
            ObjectNode document = with(valid(), MILESTONE + "/achieved", "'2024-03-31'");

            assertReported(only(document), ProblemCode.RULE_ACHIEVED_BEFORE_START, MILESTONE + "/achieved",
                    "milestone 1.2.1.1: achieved 2024-03-31 is before the plan starts on 2024-04-01");
        }

        @Test
        void datesOnThePlansFirstAndLastDaysAreInside() {
            ObjectNode document = with(valid(), MILESTONE + "/due", "'2024-04-01'");
            with(document, MILESTONE + "/forecast", "'2029-03-31'");
            with(document, MILESTONE + "/achieved", "'2029-03-31'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void anEditionMayBeAdoptedBeforeThePlansPeriod() {
            assertThat(check(with(valid(), "/edition/adoptedOn", "'2023-11-15'"))).isEmpty();
        }

        @Test
        void aDateThatDoesNotParseIsLeftToTheSchema() {
            assertThat(check(with(valid(), MILESTONE + "/due", "'2031-02-30'"))).isEmpty();
        }
    }

    @Nested
    class ReportingPeriods {
        @ParameterizedTest
        @CsvSource({"targets, target", "actuals, actual"})
        void aMeasuresValueForAPeriodOutsideThePlanIsReportedAtItsKey(String field, String what) {
            ObjectNode document = with(valid(), "/measures/0/" + field + "/2029~130", "50");

            assertReported(only(document), ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/" + field + "/2029~130",
                    "measure 'kpi1': " + what + " for '2029/30' is outside the plan's period");
        }

        @Test
        void aPeriodThatOverlapsThePlansStartIsOutsideIt() {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'calendarYear'");
            with(document, "/measures/0/targets", "{'2024': 70, '2025': 80}");
            with(document, "/measures/0/actuals", "{}");

            assertReported(only(document), ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/targets/2024",
                    "measure 'kpi1': target for '2024' is outside the plan's period");
        }

        @Test
        void aBaselineMayPrecedeThePlan() {
            assertThat(check(with(valid(), "/measures/0/baseline/period", "'2019/20'"))).isEmpty();
        }

        @Test
        void aProgressUpdateForAPeriodOutsideThePlanIsReported() {
            ObjectNode document = with(valid(), DELIVERABLE + "/progress/0/period", "'2023/24 Q4'");

            assertReported(only(document), ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, DELIVERABLE + "/progress/0/period",
                    "deliverable 1.2.1: progress[0].period '2023/24 Q4' is outside the plan's period");
        }

        @ParameterizedTest
        @CsvSource({"targets, target", "actuals, actual"})
        void aMeasuresValueForAKindOfPeriodItDoesNotReportIsReported(String field, String what) {
            ObjectNode document = with(valid(), "/measures/0/" + field + "/2025~126 Q1", "50");

            assertReported(only(document), ProblemCode.RULE_PERIOD_NOT_REPORTED,
                    "/measures/0/" + field + "/2025~126 Q1", "measure 'kpi1': " + what + " for '2025/26 Q1' is for a"
                            + " financialQuarter, but the measure reports each financialYear");
        }

        @Test
        void twoProgressUpdatesForOnePeriodAreReportedAtTheLater() {
            ObjectNode document = with(valid(), DELIVERABLE + "/progress/-", "{'period': '2025/26 Q2', 'status': 'amber'}");
            with(document, DELIVERABLE + "/progress/-", "{'period': '2025/26 Q1', 'status': 'red'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, DELIVERABLE + "/progress/2/period",
                    "deliverable 1.2.1: progress[2].period '2025/26 Q1' is already reported by progress[0]");
        }
    }

    @Nested
    class Editions {
        @Test
        void anEditionThatSupersedesItselfIsReported() {
            assertReported(only(with(valid(), "/edition/supersedes", "'2025 refresh'")), ProblemCode.RULE_EDITION,
                    "/edition/supersedes", "plan: edition '2025 refresh' supersedes '2025 refresh', itself");
        }

        @Test
        void aDraftWithAnAdoptionDateIsLeftToTheSchema() {
            assertThat(check(with(valid(), "/edition/status", "'draft'"))).isEmpty();
        }

        @Test
        void anAchievedMilestoneWhoseStatusIsNotCompleteIsLeftToTheSchema() {
            ObjectNode document = with(valid(), MILESTONE + "/achieved", "'2025-03-01'");
            with(document, MILESTONE + "/status", "'amber'");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class LanguageTags {
        @ParameterizedTest
        @CsvSource({"iw, is not in canonical form, expected 'he'",
            "und, is not a well-formed BCP 47 language tag",
            "art-lojban, is not in canonical form, expected 'jbo'"})
        void aDeclaredLanguageThatJavaDoesNotTakeAsCanonicalIsReported(String tag, String problem) {
            ObjectNode document = with(valid(), "/languages", "['en', '" + tag + "']");
            with(document, "/title", "{'en': 'Our plan', '" + tag + "': 'Plan'}");

            List<Reported> reported = check(document);

            assertThat(reported).filteredOn(r -> r.code() == ProblemCode.RULE_LANGUAGE_TAG).first()
                    .satisfies(r -> assertReported(r, ProblemCode.RULE_LANGUAGE_TAG, "/languages/1",
                            "plan: languages[1] '" + tag + "' " + problem));
        }

        @Test
        void aDeclaredLanguageTheSchemasPatternRejectsIsLeftToTheSchema() {
            ObjectNode document = with(valid(), "/languages", "['EN']");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aTextsLanguageTagNotInCanonicalFormIsReportedAtIt() {
            assertReported(only(with(valid(), "/themes/0/name", "{'EN-gb': 'Enabling'}")), ProblemCode.RULE_LANGUAGE_TAG,
                    "/themes/0/name/EN-gb", "theme 1: name has language 'EN-gb', which is not in canonical form,"
                            + " expected 'en-GB'");
        }

        @Test
        void aTextsLanguageTagJavaCannotReadIsReported() {
            assertReported(only(with(valid(), "/title", "{'und': 'Our plan'}")), ProblemCode.RULE_LANGUAGE_TAG,
                    "/title/und", "plan: title has language 'und', which is not a well-formed BCP 47 language tag");
        }

        @Test
        void aTextsLanguageTagTheSchemasPatternRejectsIsLeftToTheSchema() {
            assertThat(check(with(valid(), "/title", "{'e': 'Our plan', 'en_GB': 'Our plan'}"))).isEmpty();
        }
    }

    @Nested
    class MissingLanguages {
        private ObjectNode bilingual() {
            return with(with(valid(), "/languages", "['cy', 'en']"), "/title", "{'cy': 'Ein cynllun', 'en': 'Our plan'}");
        }

        /** The bilingual example with the value at {@code pointer} set to {@code json}. */
        private ObjectNode bilingualBut(String pointer, String text) {
            return with(RuleDocuments.read(RuleDocuments.BILINGUAL), pointer, text);
        }

        @Test
        void aTextLackingDeclaredLanguagesIsReportedOnceListingThem() {
            ObjectNode document = with(bilingual(), "/languages", "['cy', 'en', 'fr']");
            with(document, "/title", "{'cy': 'Ein cynllun'}");
            with(document, "/themes/0/name", "{'cy': 'Galluogi', 'en': 'Enabling', 'fr': 'Habiliter'}");

            List<Reported> reported = check(document);

            assertThat(reported).filteredOn(r -> r.pointer().equals("/title")).singleElement().satisfies(r ->
                    assertReported(r, ProblemCode.RULE_MISSING_LANGUAGE, "/title",
                            "plan: title is given in cy but not in en, fr (the plan declares cy, en, fr)"));
        }

        @Test
        void untaggedTextCountsAsThePlansFirstLanguage() {
            ObjectNode document = with(valid(), "/languages", "['en']");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void untaggedTextLacksTheOtherDeclaredLanguages() {
            List<Reported> reported = check(bilingual());

            assertThat(reported).filteredOn(r -> r.pointer().equals("/themes/0/name")).singleElement().satisfies(r ->
                    assertReported(r, ProblemCode.RULE_MISSING_LANGUAGE, "/themes/0/name",
                            "theme 1: name 'Enabling' is untagged, so it is in cy only (the plan's first language),"
                                    + " not in en"));
        }

        @Test
        void aTextWithANonCanonicalTagStillGivesThatLanguage() {
            ObjectNode document = with(valid(), "/languages", "['en-GB']");
            with(document, "/title", "{'en-gb': 'Our plan'}");

            assertThat(check(document)).extracting(Reported::code).containsExactly(ProblemCode.RULE_LANGUAGE_TAG);
        }

        @Test
        void aPlanThatDeclaresNoLanguageNeedsNone() {
            assertThat(check(with(valid(), "/title", "{'cy': 'Ein cynllun'}"))).isEmpty();
        }

        @Test
        void theBilingualExampleGivesEveryTextInBothLanguages() {
            assertThat(check(RuleDocuments.read(RuleDocuments.BILINGUAL))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "/title | plan | title",
            "/organisation/name | plan | organisation.name",
            "/levelNames/priority | plan | levelNames.priority",
            "/references/0/title | plan | references[0].title",
            "/statements/0/heading | statement 's-foreword' | heading",
            "/statements/0/paragraphs/1 | statement 's-foreword' | paragraphs[1]",
            "/statements/0/signatories/1/role | statement 's-foreword' | signatories[1].role",
            "/purpose/introduction | plan | purpose.introduction",
            "/purpose/statements/0 | plan | purpose.statements[0]",
            "/purpose/approaches/4 | plan | purpose.approaches[4]",
            "/values/0/name | value 1 | name",
            "/values/0/behaviours/0 | value 1 | behaviours[0]",
            "/themes/0/name | theme 1 | name",
            "/themes/0/description | theme 1 | description",
            "/themes/0/outcomesLeadIn | theme 1 | outcomesLeadIn",
            "/themes/0/references/0/title | theme 1 | references[0].title",
            "/themes/0/outcomes/0/statement | outcome 'o-1-1' | statement",
            "/themes/0/commitments/0/text | commitment 'c-1-1' | text",
            "/themes/0/priorities/0/title | priority A | title",
            "/themes/0/priorities/0/description | priority A | description",
            "/themes/0/priorities/0/deliverables/0/title | deliverable A.1 | title",
            "/themes/0/priorities/0/deliverables/0/description | deliverable A.1 | description",
            "/themes/0/priorities/0/deliverables/0/progress/2/commentary | deliverable A.1 | progress[2].commentary",
            "/themes/0/priorities/0/deliverables/0/milestones/1/title | milestone A.1.2 | title",
            "/themes/2/objectives/0/title | objective 3.1 | title",
            "/themes/2/objectives/0/description | objective 3.1 | description",
            "/themes/2/objectives/1/priorities/0/title | priority F | title",
            "/measures/0/name | measure DP1 | name",
            "/measures/1/description | measure DP2 | description",
            "/measures/0/source | measure DP1 | source",
            "/owners/0/name | owner 'own-cabinet' | name",
            "/partners/0/name | partner 'pt-health-board' | name",
            "/partners/0/description | partner 'pt-health-board' | description",
            "/links/3/note | plan | links[3].note"})
        void textIsCheckedWhereverThePlanHoldsIt(String pointer, String element, String label) {
            ObjectNode document = bilingualBut(pointer, "'Untagged'");

            List<Reported> reported = check(document);

            assertThat(reported).singleElement().satisfies(r -> assertReported(r, ProblemCode.RULE_MISSING_LANGUAGE,
                    pointer, element + ": " + label + " 'Untagged' is untagged"));
        }

        @Test
        void textInAnExtensionIsNotThePlansText() {
            ObjectNode document = bilingualBut("/themes/0/extensions", "{'title': 'Untagged', 'name': {'fr': 'Nom'}}");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class Warnings {
        @Test
        void aPriorityWithoutDeliverablesIsWarnedOf() {
            ObjectNode document = without(valid(), "/themes/0/priorities/0/deliverables");
            without(document, "/links");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES, "/themes/0/priorities/0",
                    "priority 1.2: has no deliverables");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aThemeWithNothingInItIsWarnedOf() {
            ObjectNode document = with(valid(), "/themes/-", "{'id': 't2', 'number': '2', 'name': 'People',"
                    + " 'outcomes': [], 'priorities': []}");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_EMPTY_THEME, "/themes/1",
                    "theme 2: has no outcomes, objectives, priorities or commitments");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aThemeWithOnlyCommitmentsIsNotEmpty() {
            ObjectNode document = with(valid(), "/themes/-", "{'id': 't2', 'number': '2', 'name': 'People',"
                    + " 'commitments': [{'id': 'c1', 'text': 'Welcoming hubs'}]}");

            assertThat(check(document)).isEmpty();
        }
    }
}
