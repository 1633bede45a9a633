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
import org.junit.jupiter.params.provider.ValueSource;
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
        with(document, "/measures/0/targets/-", "{'period': '2031/32', 'value': 90}");
        with(document, "/edition/supersedes", "'2025 refresh'");

        assertThat(check(document)).extracting(Reported::code, Reported::pointer).containsExactlyInAnyOrder(
                tuple(ProblemCode.RULE_DUPLICATE_ID, MILESTONE + "/id"),
                tuple(ProblemCode.RULE_NUMBERING, DELIVERABLE + "/number"),
                // the milestone 1.2.1.1 is no longer numbered within its deliverable, now 1.3.1
                tuple(ProblemCode.RULE_NUMBERING, MILESTONE + "/number"),
                tuple(ProblemCode.RULE_SELF_REFERENCE, "/links/0/to"),
                tuple(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/targets/1/period"),
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
                    "priority 1.2 'p2': number '1.2' is already used by priority 'p1' at /themes/0/priorities/0");
        }

        @Test
        void elementsOfTheSamePlanLevelListMayNotShareANumber() {
            ObjectNode document = with(valid(), "/partners/0/number", "'1'");
            with(document, "/partners/-", "{'id': 'police', 'number': '1', 'name': 'Police'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_NUMBER, "/partners/1/number",
                    "partner 1 'police': number '1' is already used by partner 'nhs' at /partners/0");
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
        void letteredPrioritiesMayRepeatTheirLettersAcrossObjectives() {
            ObjectNode document = with(valid(), "/themes/0/objectives", "[{'id': 'so-1', 'number': '1.5',"
                    + " 'title': 'A growing economy', 'priorities': [{'id': 'so-1-a', 'number': 'A', 'title': 'Shops', 'deliverables': [{'id': 'so-1-a-1',"
                    + " 'title': 'Grants'}]}, {'id': 'so-1-b', 'number': 'B', 'title': 'Skills', 'deliverables':"
                    + " [{'id': 'so-1-b-1', 'title': 'Courses'}]}]}, {'id': 'so-2', 'number': '1.6', 'title': 'Homes',"
                    + " 'priorities': [{'id': 'so-2-a', 'number': 'A', 'title': 'Build', 'deliverables': [{'id':"
                    + " 'so-2-a-1', 'title': 'Council homes'}]}]}]");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void letteredPrioritiesOfOneObjectiveMayNotShareALetter() {
            ObjectNode document = with(valid(), "/themes/0/objectives", "[{'id': 'so-1', 'number': '1.5',"
                    + " 'title': 'A growing economy', 'priorities': [{'id': 'so-1-a', 'number': 'A', 'title': 'Shops', 'deliverables': [{'id': 'so-1-a-1',"
                    + " 'title': 'Grants'}]}, {'id': 'so-1-b', 'number': 'A', 'title': 'Skills', 'deliverables':"
                    + " [{'id': 'so-1-b-1', 'title': 'Courses'}]}]}]");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_NUMBER,
                    "/themes/0/objectives/0/priorities/1/number",
                    "priority A 'so-1-b': number 'A' is already used by priority 'so-1-a' at /themes/0/objectives/0/priorities/0"
                            + " in priorities");
        }

        @Test
        void aPledgeUnderAThemeIsNumberedWithinTheTheme() {
            ObjectNode document = with(valid(), "/themes/0/deliverables", "[{'id': 'pl-1', 'number': '2.1',"
                    + " 'title': 'Open two family hubs'}]");

            assertReported(only(document), ProblemCode.RULE_NUMBERING, "/themes/0/deliverables/0/number",
                    "deliverable 2.1: number '2.1' is not numbered within theme 1");
        }

        @Test
        void aThemeKnownOnlyByItsNumberNumbersItsContents() {
            ObjectNode document = without(valid(), "/themes/0/name");
            with(document, "/themes/0/outcomes/0/number", "'2.1'");

            assertReported(only(document), ProblemCode.RULE_NUMBERING, "/themes/0/outcomes/0/number",
                    "outcome 2.1: number '2.1' is not numbered within theme 1");
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

        @Test
        void elementsOfTheNewShapesReflectPrinciplesAndWorkContributesToWorkAtAnyLevel() {
            ObjectNode document = with(valid(), "/principles", "[{'id': 'pr-climate', 'name': 'Acting on the climate'}]");
            with(document, "/themes/0/objectives", "[{'id': 'so-1', 'number': '1.5', 'title': 'A growing economy'}]");
            with(document, "/themes/0/lists", "[{'id': 'l-1', 'title': 'Success', 'items': [{'id': 'l-1-1',"
                    + " 'text': 'fewer empty shops'}]}]");
            with(document, DELIVERABLE + "/outcomes", "[{'id': 'd1-o', 'statement': 'Fewer empty shops'}]");
            with(document, "/links", "[{'from': 'l-1-1', 'kind': 'reflects', 'to': 'pr-climate'},"
                    + " {'from': 'd1-o', 'kind': 'reflects', 'to': 'pr-climate'},"
                    + " {'from': 'd1', 'kind': 'contributesTo', 'to': 'so-1'},"
                    + " {'from': 'so-1', 'kind': 'contributesTo', 'to': 'd1-o'},"
                    + " {'from': 'kpi1', 'kind': 'evidences', 'to': 'so-1'}]");

            assertThat(check(document)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{'from': 'pr-climate', 'kind': 'reflects', 'to': 'pr-climate2'} | from | principle 'pr-climate', but a link of kind 'reflects' starts at a theme",
            "{'from': 'l-1', 'kind': 'reflects', 'to': 'pr-climate'} | from | list 'l-1', but a link of kind 'reflects' starts at a theme",
            "{'from': 'd1', 'kind': 'contributesTo', 'to': 'l-1-1'} | to | item 'l-1-1', but a link of kind 'contributesTo' ends at an objective"})
        void theNewKindsOfElementAreCheckedAsLinkEnds(String link, String end, String message) {
            ObjectNode document = with(valid(), "/principles", "[{'id': 'pr-climate', 'name': 'Climate'},"
                    + " {'id': 'pr-climate2', 'name': 'Nature'}]");
            with(document, "/themes/0/lists", "[{'id': 'l-1', 'title': 'Success', 'items': [{'id': 'l-1-1',"
                    + " 'text': 'fewer empty shops'}]}]");
            with(document, "/links/0", link);

            assertReported(only(document), ProblemCode.RULE_WRONG_REFERENCE_KIND, "/links/0/" + end,
                    "plan: links[0] " + end + " '");
            assertThat(only(document).message()).contains(message);
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
        void aPledgesOwnersAreChecked() {
            ObjectNode document = with(valid(), "/themes/0/deliverables", "[{'id': 'pl-1', 'number': '1.4',"
                    + " 'title': 'Open two family hubs', 'owners': ['ghost']}]");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, "/themes/0/deliverables/0/owners/0",
                    "deliverable 1.4: owners[0] 'ghost' names no element of the plan");
        }

        @Test
        void thePlanIsOverseenByOwnersOfThePlan() {
            assertThat(check(with(valid(), "/overseenBy", "['cabinet', 'own1']"))).isEmpty();
        }

        @Test
        void anOverseerThatNamesNoElementIsUnresolved() {
            assertReported(only(with(valid(), "/overseenBy", "['cabinet', 'board']")),
                    ProblemCode.RULE_UNRESOLVED_REFERENCE, "/overseenBy/1",
                    "plan: overseenBy[1] 'board' names no element of the plan");
        }

        @Test
        void anOverseerThatIsNotAnOwnerIsOfTheWrongKind() {
            assertReported(only(with(valid(), "/overseenBy", "['nhs']")), ProblemCode.RULE_WRONG_REFERENCE_KIND,
                    "/overseenBy/0", "plan: overseenBy[0] 'nhs' is partner 'nhs', not one of the plan's owners");
        }

        @Test
        void anOverseerNamedByThePlansOwnIdIsOfTheWrongKind() {
            assertReported(only(with(valid(), "/overseenBy", "['plan']")), ProblemCode.RULE_WRONG_REFERENCE_KIND,
                    "/overseenBy/0", "plan: overseenBy[0] 'plan' is the plan itself, not one of the plan's owners");
        }

        @Test
        void anOwnerAccountableToItselfIsASelfReference() {
            assertReported(only(with(valid(), "/owners/0/accountableTo", "['cabinet', 'own1']")),
                    ProblemCode.RULE_SELF_REFERENCE, "/owners/0/accountableTo/1",
                    "owner 'own1': accountableTo[1] 'own1' is the owner itself");
        }
    }

    @Nested
    class OrganisationIdentifiers {
        @Test
        void aGssCodeAndOrgIdOfOneNationGetNothing() {
            ObjectNode document = with(valid(), "/organisation/gssCode", "'E06000034'");
            with(document, "/organisation/orgId", "'GB-LAE-THR'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void anOrgIdInAnotherNationsListIsReportedAtTheOrgIdCoveringBoth() {
            ObjectNode document = with(valid(), "/organisation/gssCode", "'S12000099'");
            with(document, "/organisation/orgId", "'GB-PLA-ZZE'");

            Reported reported = only(document);
            assertReported(reported, ProblemCode.RULE_IDENTIFIER_NATION, "/organisation/orgId",
                    "plan: organisation.orgId: 'GB-PLA-ZZE' is in GB-PLA, a list of local authorities in Wales,"
                            + " but GSS code 'S12000099' is of an area in Scotland");
            assertThat(reported.related()).containsExactly("/organisation/gssCode", "/organisation/orgId");
        }

        @Test
        void anOrgIdInAListOfNoNationIsNotComparedWithTheGssCode() {
            ObjectNode document = with(valid(), "/organisation/gssCode", "'N09000099'");
            with(document, "/organisation/orgId", "'GB-COH-12345678'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aGssCodeNotInItsFormIsLeftToTheSchema() {
            ObjectNode document = with(valid(), "/organisation/gssCode", "'W6000099'");
            with(document, "/organisation/orgId", "'GB-LAE-THR'");

            assertThat(check(document)).isEmpty();
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

        @Test
        void aMonthDatePastThePlansEndIsAWarning() {
            Reported reported = only(with(valid(), DELIVERABLE + "/end", "'2029-04'"));

            assertReported(reported, ProblemCode.RULE_DATE_OUTSIDE_PLAN, DELIVERABLE + "/end",
                    "deliverable 1.2.1: end 2029-04 is outside the plan's period 2024/25 to 2028/29 (2024-04-01 to"
                            + " 2029-03-31); mark the element longTerm if it is meant to run past the plan");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2029-03", "2028/29 Q4", "2028/29", "2024/25 Q1", "2028-06-30"})
        void aDateWhoseSpanIsInsideThePlanIsInside(String date) {
            assertThat(check(with(valid(), DELIVERABLE + "/end", "'" + date + "'"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024", "2029", "2024-03", "2029/30 Q1"})
        void aDateWhoseSpanReachesPastThePlanIsOutside(String date) {
            assertReported(only(with(valid(), DELIVERABLE + "/start", "'" + date + "'")),
                    ProblemCode.RULE_DATE_OUTSIDE_PLAN, DELIVERABLE + "/start", "deliverable 1.2.1: start " + date
                            + " is outside the plan's period");
        }

        @Test
        void aLongTermElementsDatePastThePlanDrawsNoWarning() {
            ObjectNode document = with(valid(), DELIVERABLE + "/end", "'2030'");
            with(document, DELIVERABLE + "/longTerm", "true");

            assertThat(check(document)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/themes/0/priorities/0", DELIVERABLE})
        void aDateInsideALongTermElementDrawsNoWarning(String container) {
            ObjectNode document = with(valid(), MILESTONE + "/due", "'2030-06'");
            with(document, container + "/longTerm", "true");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void anElementMarkedLongTermFalseIsWarnedOf() {
            ObjectNode document = with(valid(), DELIVERABLE + "/end", "'2030'");
            with(document, DELIVERABLE + "/longTerm", "false");

            assertThat(check(document)).extracting(Reported::code).containsExactly(ProblemCode.RULE_DATE_OUTSIDE_PLAN);
        }

        @Test
        void anOutcomeByADatePastThePlanIsAWarningUnlessItIsLongTerm() {
            ObjectNode document = with(valid(), "/themes/0/outcomes/0/by", "'2030'");

            assertReported(only(document), ProblemCode.RULE_DATE_OUTSIDE_PLAN, "/themes/0/outcomes/0/by",
                    "outcome 1.1: by 2030 is outside the plan's period");
            assertThat(check(with(document, "/themes/0/outcomes/0/longTerm", "true"))).isEmpty();
        }

        @Test
        void anActualAsAtADatePastThePlanIsAWarning() {
            ObjectNode document = with(valid(), "/measures/0/actuals/-", "{'asAt': '2029-06-30', 'value': 90}");

            assertReported(only(document), ProblemCode.RULE_DATE_OUTSIDE_PLAN, "/measures/0/actuals/1/asAt",
                    "measure 'kpi1': actuals[1].asAt 2029-06-30 is outside the plan's period");
        }

        @Test
        void anAchievedMonthBeforeThePlanStartsIsReportedAsAchievedBeforeStart() {
            Reported reported = only(with(valid(), MILESTONE + "/achieved", "'2024-03'"));

            assertReported(reported, ProblemCode.RULE_ACHIEVED_BEFORE_START, MILESTONE + "/achieved",
                    "milestone 1.2.1.1: achieved 2024-03 is before the plan starts on 2024-04-01");
            assertThat(reported.code().severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void anAchievedPeriodThatOverlapsThePlansStartIsOutsideButNotBeforeIt() {
            assertReported(only(with(valid(), MILESTONE + "/achieved", "'2024'")), ProblemCode.RULE_DATE_OUTSIDE_PLAN,
                    MILESTONE + "/achieved", "milestone 1.2.1.1: achieved 2024 is outside the plan's period");
        }

        @Test
        void thePlansPublicationAndItsEditionsDecisionsAreNotCheckedAgainstItsPeriod() {
            ObjectNode document = with(valid(), "/published", "'2024-02'");
            with(document, "/edition/decision", "{'body': 'Cabinet', 'date': '2024-02-14'}");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class WorkDates {
        @ParameterizedTest
        @ValueSource(strings = {"/themes/0/priorities/0", DELIVERABLE})
        void workThatEndsBeforeItStartsIsReportedAtItsEnd(String work) {
            ObjectNode document = with(valid(), work + "/start", "'2026-03'");
            with(document, work + "/end", "'2025/26 Q3'");

            List<Reported> reported = check(document);

            assertThat(reported).singleElement().satisfies(r -> assertReported(r, ProblemCode.RULE_PERIOD_ORDER,
                    work + "/end", (work.equals(DELIVERABLE) ? "deliverable 1.2.1" : "priority 1.2")
                            + ": end '2025/26 Q3' is before start '2026-03'"));
        }

        @Test
        void anObjectiveThatEndsBeforeItStartsIsReported() {
            ObjectNode document = with(valid(), "/themes/0/objectives", "[{'id': 'obj', 'number': '1.5',"
                    + " 'title': 'Aim', 'start': '2027', 'end': '2026-12-31'}]");

            assertReported(only(document), ProblemCode.RULE_PERIOD_ORDER, "/themes/0/objectives/0/end",
                    "objective 1.5: end '2026-12-31' is before start '2027'");
        }

        @ParameterizedTest
        @CsvSource({"2025-03-14, 2025-03", "2025-03, 2025-03-01", "2025/26, 2025/26 Q1", "2025, 2025-01-01"})
        void workThatEndsWithinTheSpanItStartsInIsInOrder(String start, String end) {
            ObjectNode document = with(valid(), DELIVERABLE + "/start", "'" + start + "'");
            with(document, DELIVERABLE + "/end", "'" + end + "'");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class ReportingPeriods {
        @ParameterizedTest
        @ValueSource(strings = {"targets", "actuals"})
        void aMeasuresValueForAPeriodPastThePlansEndIsAWarningAtItsPeriod(String field) {
            ObjectNode document = with(valid(), "/measures/0/" + field + "/-", "{'period': '2029/30', 'value': 50}");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/" + field + "/1/period",
                    "measure 'kpi1': " + field + "[1].period '2029/30' is outside the plan's period 2024/25 to"
                            + " 2028/29");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aPeriodThatOverlapsThePlansStartIsOutsideIt() {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'calendarYear'");
            with(document, "/measures/0/targets", "[{'period': '2024', 'value': 70}, {'period': '2025', 'value': 80}]");
            with(document, "/measures/0/actuals", "[]");

            assertReported(only(document), ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/targets/0/period",
                    "measure 'kpi1': targets[0].period '2024' is outside the plan's period");
        }

        @Test
        void aLongTermMeasuresPeriodsPastThePlanDrawNoWarning() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'period': '2034/35', 'value': 95}");
            with(document, "/measures/0/longTerm", "true");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aTargetOverTheWholePlanHasNoPeriodToCheck() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'value': 400, 'text': '400 over the plan'}");

            assertThat(check(document)).isEmpty();
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

        @Test
        void anActualForAKindOfPeriodTheMeasureDoesNotReportIsReported() {
            ObjectNode document = with(valid(), "/measures/0/actuals/-", "{'period': '2025/26 Q1', 'value': 50}");

            assertReported(only(document), ProblemCode.RULE_PERIOD_NOT_REPORTED, "/measures/0/actuals/1/period",
                    "measure 'kpi1': actual for '2025/26 Q1' is for a financialQuarter, but the measure reports each"
                            + " financialYear");
        }

        @Test
        void anActualForALongerPeriodThanTheFrequencyIsReported() {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'financialQuarter'");
            with(document, "/measures/0/actuals/0/period", "'2025/26 Q2'");
            with(document, "/measures/0/actuals/-", "{'period': '2025/26', 'value': 78}");

            assertReported(only(document), ProblemCode.RULE_PERIOD_NOT_REPORTED, "/measures/0/actuals/1/period",
                    "measure 'kpi1': actual for '2025/26' is for a financialYear, but the measure reports each"
                            + " financialQuarter");
        }

        @Test
        void anAnnualTargetOfAQuarterlyMeasureIsMadeOfItsPeriods() {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'financialQuarter'");
            with(document, "/measures/0/actuals", "[{'period': '2025/26 Q1', 'value': 71},"
                    + " {'period': '2025/26 Q2', 'value': 76}]");

            assertThat(check(document)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "financialYear, 2025/26 Q1, financialQuarter",
            "financialYear, 2025, calendarYear",
            "financialQuarter, 2025-04, month",
            "calendarYear, 2025/26, financialYear"})
        void aTargetPeriodNotMadeOfWholePeriodsOfTheFrequencyIsReported(String frequency, String period,
                String type) {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'" + frequency + "'");
            with(document, "/measures/0/targets/0/period", "'" + period + "'");
            with(document, "/measures/0/actuals", "[]");

            assertReported(only(document), ProblemCode.RULE_PERIOD_NOT_REPORTED, "/measures/0/targets/0/period",
                    "measure 'kpi1': target for '" + period + "' is for a " + type + ", which is not made of whole "
                            + frequency + " periods (the measure's frequency)");
        }

        @ParameterizedTest
        @CsvSource({"month, 2025/26 Q3", "month, 2025", "financialQuarter, 2026", "month, 2025/26"})
        void aTargetPeriodMadeOfWholePeriodsOfTheFrequencyIsAllowed(String frequency, String period) {
            ObjectNode document = with(valid(), "/measures/0/frequency", "'" + frequency + "'");
            with(document, "/measures/0/targets/0/period", "'" + period + "'");
            with(document, "/measures/0/actuals", "[]");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aMeasureWithoutAFrequencyTakesTargetsAndActualsForAnyPeriod() {
            ObjectNode document = without(valid(), "/measures/0/frequency");
            with(document, "/measures/0/targets/-", "{'period': '2026-01', 'value': 81}");
            with(document, "/measures/0/actuals/-", "{'period': '2025/26 Q1', 'value': 70}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void twoTargetsForOnePeriodAreReportedAtTheLater() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'period': '2026/27', 'value': 85}");
            with(document, "/measures/0/targets/-", "{'period': '2025/26', 'text': 'better than last year'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, "/measures/0/targets/2",
                    "measure 'kpi1': targets[2] is for '2025/26', as targets[0] is");
        }

        @Test
        void twoTargetsOverTheWholePlanAreReportedAtTheLater() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'value': 400}");
            with(document, "/measures/0/targets/-", "{'text': 'four hundred'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, "/measures/0/targets/2",
                    "measure 'kpi1': targets[2] is for the whole plan, as targets[1] is");
        }

        @Test
        void twoActualsForOnePeriodAreReportedAtTheLater() {
            ObjectNode document = with(valid(), "/measures/0/actuals/-", "{'period': '2025/26', 'value': 77}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, "/measures/0/actuals/1",
                    "measure 'kpi1': actuals[1] is for '2025/26', as actuals[0] is");
        }

        @Test
        void twoActualsAsAtOneDateAreReportedAtTheLater() {
            ObjectNode document = with(valid(), "/measures/0/actuals/-", "{'asAt': '2025-09-30', 'value': 70}");
            with(document, "/measures/0/actuals/-", "{'asAt': '2025-09-30', 'text': 'about seventy'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, "/measures/0/actuals/2",
                    "measure 'kpi1': actuals[2] is for as at 2025-09-30, as actuals[1] is");
        }

        @Test
        void anActualForAPeriodAndOneAsAtADateInItAreNotDuplicates() {
            ObjectNode document = with(valid(), "/measures/0/actuals/-", "{'asAt': '2025-09-30', 'value': 70}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void twoAssessmentsForOnePeriodAreReportedAtTheLatersPeriod() {
            ObjectNode document = with(valid(), "/measures/0/assessments", "[{'period': '2025/26', 'forecast': 80},"
                    + " {'period': '2025/26 Q1', 'commentary': 'Early days'},"
                    + " {'period': '2025/26', 'status': 'amber', 'reason': 'Data incomplete'}]");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_PERIOD, "/measures/0/assessments/2/period",
                    "measure 'kpi1': assessments[2].period '2025/26' is already assessed by assessments[0]");
        }

        @Test
        void anAssessmentForAPeriodPastThePlansEndIsAWarningAtItsPeriod() {
            ObjectNode document = with(valid(), "/measures/0/assessments", "[{'period': '2029/30', 'forecast': 80}]");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PERIOD_OUTSIDE_PLAN, "/measures/0/assessments/0/period",
                    "measure 'kpi1': assessments[0].period '2029/30' is outside the plan's period 2024/25 to 2028/29");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void assessmentsForDifferentPeriodsAreNotDuplicates() {
            ObjectNode document = with(valid(), "/measures/0/assessments", "[{'period': '2025/26', 'forecast': 80},"
                    + " {'period': '2026/27', 'forecast': 82}]");

            assertThat(check(document)).isEmpty();
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
                    "/edition/supersedes", "plan: edition supersedes: '2025 refresh' cannot supersede itself");
        }

        @Test
        void anEditionSupersededByItselfIsReported() {
            ObjectNode document = with(valid(), "/edition/status", "'superseded'");
            with(document, "/edition/supersededBy", "{'edition': '2025 refresh', 'on': '2026-07-01'}");

            assertReported(only(document), ProblemCode.RULE_EDITION, "/edition/supersededBy",
                    "plan: edition supersededBy: '2025 refresh' cannot be superseded by itself");
        }

        @Test
        void anEditionSupersededBeforeItWasAdoptedIsReported() {
            ObjectNode document = with(valid(), "/edition/status", "'superseded'");
            with(document, "/edition/supersededBy", "{'edition': '2026', 'on': '2025-06-30',"
                    + " 'decision': {'body': 'Cabinet', 'date': '2025-06-30'}}");

            assertReported(only(document), ProblemCode.RULE_EDITION, "/edition/supersededBy",
                    "plan: edition supersededBy: superseded on 2025-06-30, before it was adopted on 2025-07-01");
        }

        @Test
        void anEditionSupersededOnTheDayItWasAdoptedIsInOrder() {
            ObjectNode document = with(valid(), "/edition/status", "'superseded'");
            with(document, "/edition/supersededBy", "{'edition': '2026', 'on': '2025-07-01'}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void anEditionThatNamesItsSuccessorButIsNotSupersededIsLeftToTheSchema() {
            assertThat(check(with(valid(), "/edition/supersededBy", "{'edition': '2026'}"))).isEmpty();
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
            "/statements/0/body/1/paragraph | statement 's-foreword' | body[1].paragraph",
            "/statements/0/signatories/1/role | statement 's-foreword' | signatories[1].role",
            "/purpose/introduction | plan | purpose.introduction",
            "/purpose/statements/0 | plan | purpose.statements[0]",
            "/purpose/approaches/4 | plan | purpose.approaches[4]",
            "/values/0/name | value 1 | name",
            "/values/0/behaviours/0 | value 1 | behaviours[0]",
            "/themes/0/name | amcan llesiant 1 | name",
            "/themes/0/description | amcan llesiant 1 | description",
            "/themes/0/leadIns/outcomes | amcan llesiant 1 | leadIns.outcomes",
            "/themes/0/references/0/title | amcan llesiant 1 | references[0].title",
            "/themes/0/outcomes/0/statement | canlyniad 'o-1-1' | statement",
            "/themes/0/commitments/0/text | addewid 'c-1-1' | text",
            "/themes/0/priorities/0/title | cam A | title",
            "/themes/0/priorities/0/description | cam A | description",
            "/themes/0/priorities/0/deliverables/0/title | gweithred A.1 | title",
            "/themes/0/priorities/0/deliverables/0/description | gweithred A.1 | description",
            "/themes/0/priorities/0/deliverables/0/progress/2/commentary | gweithred A.1 | progress[2].commentary",
            "/themes/0/priorities/0/deliverables/0/milestones/1/title | milestone A.1.2 | title",
            "/themes/2/objectives/0/title | nod strategol 3.1 | title",
            "/themes/2/objectives/0/description | nod strategol 3.1 | description",
            "/themes/2/objectives/1/priorities/0/title | cam F | title",
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

        /**
         * Where the bilingual example has no value of a kind, one is added in both languages but
         * for one untagged text: {@code json} goes at {@code at}, and the untagged text is at
         * {@code pointer}.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/vision | {'id': 'vision', 'body': [{'paragraph': 'Untagged'}]} | /vision/body/0/paragraph | statement 'vision' | body[0].paragraph",
            "/statements/1/body/- | {'list': [{'cy': 'un', 'en': 'one'}, 'Untagged'], 'numbered': true} | /statements/1/body/1/list/1 | statement 's-about' | body[1].list[1]",
            "/leadIns | {'themes': 'Untagged'} | /leadIns/themes | plan | leadIns.themes",
            "/purpose/leadIns | {'approaches': 'Untagged'} | /purpose/leadIns/approaches | plan | purpose.leadIns.approaches",
            "/values/0/leadIns | {'behaviours': 'Untagged'} | /values/0/leadIns/behaviours | value 1 | leadIns.behaviours",
            "/principles | [{'id': 'pr-1', 'name': 'Untagged'}] | /principles/0/name | principle 'pr-1' | name",
            "/principles | [{'id': 'pr-1', 'name': {'cy': 'Hinsawdd', 'en': 'Climate'}, 'description': 'Untagged'}] | /principles/0/description | principle 'pr-1' | description",
            "/themes/0/lists | [{'id': 'l-1', 'title': 'Untagged'}] | /themes/0/lists/0/title | list 'l-1' | title",
            "/themes/0/lists | [{'id': 'l-1', 'title': {'cy': 'Llwyddiant', 'en': 'Success'}, 'items': [{'id': 'l-1-1', 'text': 'Untagged'}]}] | /themes/0/lists/0/items/0/text | item 'l-1-1' | text",
            "/themes/0/levelNames | {'outcome': 'Untagged'} | /themes/0/levelNames/outcome | amcan llesiant 1 | levelNames.outcome",
            "/themes/0/outcomes/0/levelName | 'Untagged' | /themes/0/outcomes/0/levelName | untagged 'o-1-1' | levelName",
            "/themes/0/otherNames | [{'name': 'Untagged'}] | /themes/0/otherNames/0/name | amcan llesiant 1 | otherNames[0].name",
            "/themes/0/otherNames | [{'name': {'cy': 'Hen enw', 'en': 'Old name'}, 'note': 'Untagged'}] | /themes/0/otherNames/0/note | amcan llesiant 1 | otherNames[0].note",
            "/themes/0/provenance | {'document': 'Untagged', 'page': '12'} | /themes/0/provenance/document | amcan llesiant 1 | provenance.document",
            "/themes/0/provenance | {'uri': 'https://example.org/plan.pdf', 'quote': 'Untagged'} | /themes/0/provenance/quote | amcan llesiant 1 | provenance.quote",
            "/themes/0/deliverables | [{'id': 'pl-1', 'title': 'Untagged'}] | /themes/0/deliverables/0/title | gweithred 'pl-1' | title",
            "/themes/0/priorities/0/outcomes | [{'id': 'po-1', 'statement': 'Untagged'}] | /themes/0/priorities/0/outcomes/0/statement | canlyniad 'po-1' | statement",
            "/themes/0/priorities/0/leadIns | {'deliverables': 'Untagged'} | /themes/0/priorities/0/leadIns/deliverables | cam A | leadIns.deliverables",
            "/edition/decision | {'body': 'Untagged'} | /edition/decision/body | plan | edition.decision.body",
            "/relatedPlans | [{'id': 'other-plan', 'title': 'Untagged'}] | /relatedPlans/0/title | plan | relatedPlans[0].title",
            "/measures/0/targets/0/text | 'Untagged' | /measures/0/targets/0/text | measure DP1 | targets[0].text",
            "/measures/0/actuals/0/text | 'Untagged' | /measures/0/actuals/0/text | measure DP1 | actuals[0].text",
            "/measures/0/baseline/text | 'Untagged' | /measures/0/baseline/text | measure DP1 | baseline.text",
            "/owners/0/levelName | 'Untagged' | /owners/0/levelName | untagged 'own-cabinet' | levelName"})
        void textIsCheckedInEveryShapeOfTheFormat(String at, String json, String pointer, String element, String label) {
            ObjectNode document = bilingualBut(at, json);

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
    class PartialTranslations {
        /** The pointers of the eleven texts of {@link RuleDocuments#VALID}, in document order. */
        private static final List<String> TEXTS = List.of("/title", "/organisation/name", "/themes/0/name",
                "/themes/0/outcomes/0/statement", "/themes/0/priorities/0/title", DELIVERABLE + "/title",
                MILESTONE + "/title", "/measures/0/name", "/owners/0/name", "/owners/1/name", "/partners/0/name");

        @Test
        void textsLackingAPartialLanguageAreOneWarningWithTheirCountTheFirstNamedAndEveryPointer() {
            ObjectNode document = with(valid(), "/languages", "['en', 'cy']");
            with(document, "/partialLanguages", "['cy']");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PARTIAL_TRANSLATION, "/partialLanguages/0",
                    "plan: 11 texts are not in cy, whose translation the plan says is partial: plan title; plan"
                            + " organisation.name; theme 1 name and 8 more");
            assertThat(reported.related()).containsExactlyElementsOf(TEXTS);
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void oneTextLackingAPartialLanguageIsNamedWithoutMore() {
            ObjectNode document = RuleDocuments.read(RuleDocuments.BILINGUAL);
            with(document, "/partialLanguages", "['en']");
            with(document, "/themes/1/name", "'Lle'");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PARTIAL_TRANSLATION, "/partialLanguages/0",
                    "plan: 1 text is not in en, whose translation the plan says is partial: amcan llesiant 2 name");
            assertThat(reported.message()).doesNotContain("more");
            assertThat(reported.related()).containsExactly("/themes/1/name");
        }

        @Test
        void eachPartialLanguageGetsItsOwnWarningAtItsDeclaration() {
            ObjectNode document = with(valid(), "/languages", "['en', 'cy', 'ga']");
            with(document, "/partialLanguages", "['ga', 'cy']");
            with(document, "/title", "{'en': 'Our plan', 'cy': 'Ein cynllun'}");

            List<Reported> reported = check(document);

            assertThat(reported).extracting(Reported::code, Reported::pointer).containsExactlyInAnyOrder(
                    tuple(ProblemCode.RULE_PARTIAL_TRANSLATION, "/partialLanguages/0"),
                    tuple(ProblemCode.RULE_PARTIAL_TRANSLATION, "/partialLanguages/1"));
            assertThat(reported).filteredOn(r -> r.pointer().equals("/partialLanguages/0")).singleElement()
                    .satisfies(ga -> {
                        assertThat(ga.message()).startsWith("plan: 11 texts are not in ga");
                        assertThat(ga.related()).containsExactlyElementsOf(TEXTS);
                    });
            assertThat(reported).filteredOn(r -> r.pointer().equals("/partialLanguages/1")).singleElement()
                    .satisfies(cy -> {
                        assertThat(cy.message()).startsWith("plan: 10 texts are not in cy");
                        assertThat(cy.related()).containsExactlyElementsOf(TEXTS.subList(1, TEXTS.size()));
                    });
        }

        @Test
        void aCompleteLanguageStillGivesAnErrorPerTextBesideThePartialLanguagesWarning() {
            ObjectNode document = with(valid(), "/languages", "['en', 'fr', 'cy']");
            with(document, "/partialLanguages", "['cy']");

            List<Reported> reported = check(document);

            assertThat(reported).filteredOn(r -> r.code() == ProblemCode.RULE_MISSING_LANGUAGE)
                    .extracting(Reported::pointer).containsExactlyElementsOf(TEXTS);
            assertThat(reported).filteredOn(r -> r.code() == ProblemCode.RULE_MISSING_LANGUAGE)
                    .allSatisfy(r -> assertThat(r.message()).contains("not in fr (the plan declares en, fr, cy)")
                            .doesNotContain("not in fr, cy"));
            assertThat(reported).filteredOn(r -> r.code() == ProblemCode.RULE_PARTIAL_TRANSLATION).singleElement()
                    .satisfies(r -> assertThat(r.related()).containsExactlyElementsOf(TEXTS));
        }

        @Test
        void aPartialLanguageEveryTextGivesDrawsNoWarning() {
            ObjectNode document = RuleDocuments.read(RuleDocuments.BILINGUAL);
            with(document, "/partialLanguages", "['en']");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aPartialLanguageThatIsNotOneOfThePlansLanguagesIsReported() {
            ObjectNode document = with(valid(), "/languages", "['en']");
            with(document, "/partialLanguages", "['cy']");

            assertReported(only(document), ProblemCode.RULE_LANGUAGE_TAG, "/partialLanguages/0",
                    "plan: partialLanguages[0] 'cy' is not one of the plan's languages (en)");
        }

        @Test
        void aPartialLanguageInAPlanThatDeclaresNoLanguagesIsReported() {
            assertReported(only(with(valid(), "/partialLanguages", "['cy']")), ProblemCode.RULE_LANGUAGE_TAG,
                    "/partialLanguages/0", "plan: partialLanguages[0] 'cy' is not one of the plan's languages");
        }

        @Test
        void aPartialLanguageTheSchemasPatternRejectsIsLeftToTheSchemaAndReadAsTheLanguageItNames() {
            ObjectNode document = with(valid(), "/languages", "['en', 'cy']");
            with(document, "/partialLanguages", "['CY']");
            with(document, "/title", "{'en': 'Our plan', 'cy': 'Ein cynllun'}");

            assertThat(check(document)).singleElement().satisfies(r -> assertReported(r,
                    ProblemCode.RULE_PARTIAL_TRANSLATION, "/partialLanguages/0", "plan: 10 texts are not in cy"));
        }
    }

    @Nested
    class RelatedPlans {
        private ObjectNode withStrategy() {
            return with(valid(), "/relatedPlans", "[{'id': 'strategy', 'relation': 'delivers'}]");
        }

        @Test
        void aLinkIntoARelatedPlanIsNotResolvedInThisOne() {
            ObjectNode document = with(withStrategy(), "/links/-",
                    "{'from': 'd1', 'kind': 'contributesTo', 'to': 'p-2', 'toPlan': 'strategy'}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aLinkIntoARelatedPlanMayEndAtAnIdEqualToItsFrom() {
            ObjectNode document = with(withStrategy(), "/links/-",
                    "{'from': 'd1', 'kind': 'contributesTo', 'to': 'd1', 'toPlan': 'strategy'}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aLinkIntoARelatedPlanStillStartsAtAnElementOfThisPlan() {
            ObjectNode document = with(withStrategy(), "/links/-",
                    "{'from': 'd9', 'kind': 'contributesTo', 'to': 'p-2', 'toPlan': 'strategy'}");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/1/from",
                    "plan: links[1] from 'd9' names no element of the plan");
        }

        @Test
        void aLinkToAPlanThatIsNotAmongTheRelatedPlansIsUnresolved() {
            ObjectNode document = with(withStrategy(), "/links/-",
                    "{'from': 'd1', 'kind': 'contributesTo', 'to': 'p-2', 'toPlan': 'other-strategy'}");

            assertReported(only(document), ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/1/toPlan",
                    "plan: links[1] toPlan 'other-strategy' is not one of the plan's relatedPlans");
        }

        @Test
        void aRelatedPlanListedTwiceIsReportedAtTheLater() {
            ObjectNode document = with(withStrategy(), "/relatedPlans/-", "{'id': 'strategy', 'relation': 'related'}");

            assertReported(only(document), ProblemCode.RULE_DUPLICATE_ID, "/relatedPlans/1/id",
                    "plan: relatedPlans[1] 'strategy' is already listed as relatedPlans[0]");
        }

        @Test
        void aRelatedPlanWithThePlansOwnIdIsASelfReference() {
            assertReported(only(with(withStrategy(), "/relatedPlans/0/id", "'plan'")), ProblemCode.RULE_SELF_REFERENCE,
                    "/relatedPlans/0/id", "plan: relatedPlans[0] 'plan' is this plan's own id");
        }

        @Test
        void aRelatedPlanMayShareAnIdWithAnElement() {
            assertThat(check(with(withStrategy(), "/relatedPlans/0/id", "'t1'"))).isEmpty();
        }
    }

    @Nested
    class Warnings {
        private ObjectNode withSecondPriority() {
            return with(valid(), "/themes/0/priorities/-", "{'id': 'p2', 'number': '1.3', 'title': 'Listen more'}");
        }

        @Test
        void aPriorityWithoutDeliverablesIsWarnedOfWhereOtherPrioritiesHaveSome() {
            Reported reported = only(withSecondPriority());

            assertReported(reported, ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES, "/themes/0/priorities/1",
                    "priority 1.3: has no deliverables, though other priorities of the plan have some");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aPriorityWithAnEmptyListOfDeliverablesIsWarnedOfToo() {
            ObjectNode document = with(withSecondPriority(), "/themes/0/priorities/1/deliverables", "[]");

            assertThat(check(document)).extracting(Reported::code, Reported::pointer).containsExactly(
                    tuple(ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES, "/themes/0/priorities/1"));
        }

        @Test
        void aPlanThatStopsAtPrioritiesIsNotWarnedOfItsShape() {
            ObjectNode document = without(withSecondPriority(), "/themes/0/priorities/0/deliverables");
            with(document, "/links/0/from", "'p1'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void deliverablesOutsidePrioritiesDoNotMakeAPriorityWithoutThemIncomplete() {
            ObjectNode document = without(withSecondPriority(), "/themes/0/priorities/0/deliverables");
            with(document, "/links/0/from", "'p1'");
            with(document, "/themes/0/deliverables", "[{'id': 'pl-1', 'number': '1.4', 'title': 'A pledge'}]");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aThemeWithNothingInItIsWarnedOf() {
            ObjectNode document = with(valid(), "/themes/-", "{'id': 't2', 'number': '2', 'name': 'People',"
                    + " 'outcomes': [], 'priorities': []}");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_EMPTY_THEME, "/themes/1",
                    "theme 2: has no outcomes, work, commitments or lists");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "commitments | [{'id': 'c1', 'text': 'Welcoming hubs'}]",
            "outcomes | [{'id': 'o2', 'statement': 'People thrive'}]",
            "deliverables | [{'id': 'pl-1', 'title': 'Open two family hubs by 2027'}]",
            "objectives | [{'id': 'so-1', 'title': 'A growing economy'}]",
            "lists | [{'id': 'l-1', 'title': 'We will measure success by:'}]"})
        void aThemeWithOnlyOneKindOfContentIsNotEmpty(String list, String json) {
            ObjectNode document = with(valid(), "/themes/-", "{'id': 't2', 'number': '2', 'name': 'People', '" + list
                    + "': " + json + "}");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aMeasureWithANumericTargetAndActualForAPeriodButNoDirectionIsWarnedOf() {
            Reported reported = only(without(valid(), "/measures/0/direction"));

            assertReported(reported, ProblemCode.RULE_MEASURE_WITHOUT_DIRECTION, "/measures/0",
                    "measure 'kpi1': has a numeric target and actual for 2025/26 but no direction, so no RAG can be"
                            + " computed");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "a qualitative measure | [{'period': '2025/26', 'text': 'more than last year'}] | [{'period': '2025/26', 'text': 'more'}]",
            "a target in words | [{'period': '2025/26', 'text': 'more than last year'}] | [{'period': '2025/26', 'value': 75}]",
            "an actual in words | [{'period': '2025/26', 'value': 80}] | [{'period': '2025/26', 'text': 'better'}]",
            "a whole-plan target | [{'value': 400}] | [{'period': '2025/26', 'value': 75}]",
            "an as-at actual | [{'period': '2025/26', 'value': 80}] | [{'asAt': '2025-09-30', 'value': 75}]",
            "other periods | [{'period': '2026/27', 'value': 80}] | [{'period': '2025/26', 'value': 75}]",
            "no actuals | [{'period': '2025/26', 'value': 80}] | []"})
        void aMeasureWithoutDirectionThatCouldNotBeRatedAnywayIsNotWarnedOf(String what, String targets,
                String actuals) {
            ObjectNode document = without(valid(), "/measures/0/direction");
            with(document, "/measures/0/targets", targets);
            with(document, "/measures/0/actuals", actuals);

            assertThat(check(document)).as(what).isEmpty();
        }

        @Test
        void aMeasureNamedAsAnAimWithNoUnitDirectionOrFrequencyIsNotWarnedOf() {
            ObjectNode document = with(valid(), "/measures/0", "{'id': 'kpi1', 'name': 'A cleaner borough'}");

            assertThat(check(document)).isEmpty();
        }
    }

    @Nested
    class TargetRevisions {
        private static final String TARGET = "/measures/0/targets/0";

        private ObjectNode revised(String revisions) {
            return with(valid(), TARGET + "/revisions", revisions);
        }

        @Test
        void revisionsInDateOrderAfterAdoptionWithinThePeriodGetNothing() {
            assertThat(check(revised("[{'date': '2025-07-01', 'value': 85, 'decision': {'body': 'Cabinet'}},"
                    + " {'date': '2026-01-05', 'withdrawn': true, 'decision': {'reference': 'Minute 9'}}]"))).isEmpty();
        }

        @Test
        void aRevisionDatedBeforeTheOneListedBeforeItIsReported() {
            ObjectNode document = revised("[{'date': '2025-12-01', 'value': 85, 'decision': {'body': 'Cabinet'}},"
                    + " {'date': '2025-09-01', 'value': 90, 'decision': {'body': 'Cabinet'}}]");

            assertReported(only(document), ProblemCode.RULE_REVISION_ORDER, TARGET + "/revisions/1/date",
                    "measure 'kpi1': target for '2025/26': revisions[1] of 2025-09-01 is listed after"
                            + " revisions[0] of 2025-12-01");
        }

        @Test
        void twoRevisionsOfOneDateAreInOrder() {
            assertThat(check(revised("[{'date': '2025-12-01', 'value': 85, 'decision': {'body': 'Cabinet'}},"
                    + " {'date': '2025-12-01', 'value': 90, 'decision': {'body': 'Cabinet'}}]"))).isEmpty();
        }

        @Test
        void aRevisionBeforeThePlansAdoptionIsReported() {
            ObjectNode document = revised("[{'date': '2025-06-30', 'value': 85, 'decision': {'body': 'Cabinet'}}]");

            assertReported(only(document), ProblemCode.RULE_REVISION_BEFORE_ADOPTION,
                    TARGET + "/revisions/0/date", "measure 'kpi1': target for '2025/26': revisions[0] of"
                            + " 2025-06-30 is before the plan's edition was adopted on 2025-07-01");
        }

        @Test
        void withoutAnAdoptionDateNoRevisionIsBeforeIt() {
            ObjectNode document = without(revised("[{'date': '2024-06-30', 'value': 85, 'decision': {'body':"
                    + " 'Cabinet'}}]"), "/edition/adoptedOn");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void aRevisionAfterItsPeriodClosedIsAWarning() {
            ObjectNode document = revised("[{'date': '2026-04-01', 'value': 85, 'decision': {'body': 'Cabinet'}}]");

            Reported reported = only(document);
            assertReported(reported, ProblemCode.RULE_REVISION_AFTER_PERIOD_CLOSED, TARGET + "/revisions/0/date",
                    "measure 'kpi1': target for '2025/26': revisions[0] of 2026-04-01 is after the period"
                            + " closed on 2026-03-31; flag the revision afterPeriodClosed");
            assertThat(reported.code().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aRevisionOnThePeriodsLastDayIsNotAfterItClosed() {
            assertThat(check(revised("[{'date': '2026-03-31', 'value': 85, 'decision': {'body': 'Cabinet'}}]")))
                    .isEmpty();
        }

        @Test
        void aFlaggedRevisionAfterItsPeriodClosedGetsNothing() {
            assertThat(check(revised("[{'date': '2026-04-01', 'value': 85, 'decision': {'body': 'Cabinet'},"
                    + " 'afterPeriodClosed': true}]"))).isEmpty();
        }

        @Test
        void aTargetOverTheWholePlanClosesWithThePlan() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'value': 400, 'revisions': ["
                    + "{'date': '2029-03-31', 'value': 450, 'decision': {'body': 'Cabinet'}},"
                    + " {'date': '2029-04-01', 'withdrawn': true, 'decision': {'body': 'Cabinet'}}]}");

            assertReported(only(document), ProblemCode.RULE_REVISION_AFTER_PERIOD_CLOSED,
                    "/measures/0/targets/1/revisions/1/date", "measure 'kpi1': target for the whole plan:"
                            + " revisions[1] of 2029-04-01 is after the plan's period closed on 2029-03-31");
        }

        @Test
        void aPlanPeriodOutOfOrderClosesNoTargetOverTheWholePlanAndIsReportedOnce() {
            ObjectNode document = with(valid(), "/measures/0/targets/-", "{'value': 400, 'revisions': ["
                    + "{'date': '2031-04-01', 'value': 450, 'decision': {'body': 'Cabinet'}}]}");
            with(document, "/period", "{'start': '2025/26', 'end': '2024/25'}");

            Reported reported = only(document);

            assertReported(reported, ProblemCode.RULE_PERIOD_ORDER, "/period/end", "");
            assertThat(reported.message()).isEqualTo("plan: period end '2024/25' is before start '2025/26' (the end"
                    + " period must not start before the start period, nor end sooner when both start together)");
        }

        @Test
        void unreadableRevisionsArePassedOver() {
            assertThat(check(revised("[null, 3, {'date': 'soon'}, {'date': ['2025-01-01']}]"))).isEmpty();
            assertThat(check(revised("{'date': '2020-01-01'}"))).isEmpty();
        }
    }

    @Nested
    class NationalMetrics {
        private static final String METRIC = "/measures/0/metrics/0";

        private ObjectNode withMetric(String metric) {
            return with(valid(), "/measures/0/metrics", "[" + metric + "]");
        }

        @Test
        void metricsOfTheRightFormAndPolarityGetNothing() {
            assertThat(check(with(valid(), "/measures/0/metrics", "[{'scheme': 'lgInform', 'id': '90002', 'uri':"
                    + " 'http://id.esd.org.uk/metricType/90002', 'polarity': 'highIsGood'}, {'scheme':"
                    + " 'localOutcomesFramework', 'id': 'Any words at all'}, {'scheme': 'ours', 'id': '0x7'}]")))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"KPI-7", "07", "12.5", "1234567890", "-3"})
        void anLgInformIdThatIsNotAMetricTypeNumberIsReported(String id) {
            Reported reported = only(withMetric("{'scheme': 'lgInform', 'id': '" + id + "'}"));

            assertReported(reported, ProblemCode.RULE_METRIC_SYNTAX, METRIC + "/id", "measure 'kpi1': metrics[0].id: '"
                    + id + "' is not an LG Inform metric type number");
        }

        @Test
        void anLgInformUriThatIsNotTheMetricTypesAddressIsReported() {
            Reported reported = only(withMetric("{'scheme': 'lgInform', 'id': '90002', 'uri':"
                    + " 'https://id.esd.org.uk/metricType/90002'}"));

            assertReported(reported, ProblemCode.RULE_METRIC_SYNTAX, METRIC + "/uri", "measure 'kpi1': metrics[0].uri:"
                    + " 'https://id.esd.org.uk/metricType/90002' is not the address of LG Inform metric type 90002,"
                    + " 'http://id.esd.org.uk/metricType/90002'");
        }

        @Test
        void aCouncilsOwnSchemeIsNotChecked() {
            assertThat(check(withMetric("{'scheme': 'lginform', 'id': 'KPI-7'}"))).isEmpty();
        }

        @Test
        void aPolarityThatContradictsTheDirectionIsReported() {
            Reported reported = only(withMetric("{'scheme': 'localOutcomesFramework', 'id': 'Satisfaction',"
                    + " 'polarity': 'lowIsGood'}"));

            assertReported(reported, ProblemCode.RULE_METRIC_POLARITY, METRIC + "/polarity", "measure 'kpi1':"
                    + " metrics[0].polarity lowIsGood contradicts the measure's direction higherIsBetter");
            assertThat(reported.code().severity()).isEqualTo(Severity.ERROR);
        }

        @ParameterizedTest
        @CsvSource({"onTarget, lowIsGood", "onTarget, highIsGood", "lowerIsBetter, lowIsGood"})
        void aPolarityThatDoesNotContradictTheDirectionGetsNothing(String direction, String polarity) {
            ObjectNode document = with(withMetric("{'scheme': 'ours', 'id': 'x', 'polarity': '" + polarity + "'}"),
                    "/measures/0/direction", "'" + direction + "'");

            assertThat(check(document)).isEmpty();
        }

        @Test
        void withoutADirectionNoPolarityContradictsIt() {
            ObjectNode document = without(withMetric("{'scheme': 'ours', 'id': 'x', 'polarity': 'lowIsGood'}"),
                    "/measures/0/direction");

            assertThat(check(document)).extracting(Reported::code).doesNotContain(ProblemCode.RULE_METRIC_POLARITY);
        }

        @Test
        void unreadableMetricsArePassedOver() {
            assertThat(check(with(valid(), "/measures/0/metrics", "[null, 3, {'scheme': 'lgInform', 'id': 7},"
                    + " {'scheme': 'lgInform', 'id': '1', 'uri': 5}, {'id': 'x', 'polarity': 'sideways'}]"))).isEmpty();
            assertThat(check(with(valid(), "/measures/0/metrics", "{'scheme': 'lgInform', 'id': 'x'}"))).isEmpty();
        }
    }
}
