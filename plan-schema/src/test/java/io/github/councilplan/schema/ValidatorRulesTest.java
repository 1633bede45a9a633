package io.github.councilplan.schema;

import static io.github.councilplan.schema.RuleDocuments.valid;
import static io.github.councilplan.schema.RuleDocuments.with;
import static io.github.councilplan.schema.RuleDocuments.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan rules as the validator runs them: after the schema layer, whatever it found; located
 * at a line and column; stopping the document from binding when they find an error; and never
 * repeating what the schema reports.
 */
class ValidatorRulesTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static ValidationReport validate(ObjectNode document) {
        return VALIDATOR.validate(document.toString(), DocumentFormat.JSON);
    }

    static Stream<Path> examplePlans() {
        return Stream.of(RuleDocuments.THURROCK, RuleDocuments.BILINGUAL);
    }

    static Stream<String> validFixtures() {
        return TestSchemas.fixtures("valid-").stream();
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void anExamplePlanValidatesWithoutErrorAndBinds(Path plan) throws IOException {
        ValidationReport report = VALIDATOR.validate(plan);

        assertThat(report.errors()).as("errors in %s", plan).isEmpty();
        assertThat(report.plan()).isPresent();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void aValidFixtureBreaksNoRule(String fixture) throws IOException {
        ValidationReport report = VALIDATOR.validate(TestSchemas.fixtureDirectory().resolve(fixture));

        assertThat(report.errors()).as("errors in %s", fixture).isEmpty();
    }

    @Test
    void theRuleTestsValidDocumentHasNoProblemAtAll() {
        ValidationReport report = validate(valid());

        assertThat(report.problems()).isEmpty();
        assertThat(report.plan()).isPresent();
    }

    @Test
    void ruleProblemsCarryTheLineAndColumnOfTheValueAtFault() {
        String document = String.join("\n",
                "{",
                "  \"schemaVersion\": \"0.2\", \"id\": \"plan\", \"title\": \"Our plan\",",
                "  \"organisation\": {\"name\": \"Example Council\"},",
                "  \"period\": {\"start\": \"2024/25\", \"end\": \"2028/29\"},",
                "  \"partners\": [",
                "    {\"id\": \"nhs\", \"name\": \"NHS\"},",
                "    {\"id\": \"police\", \"name\": \"Police\"},",
                "    {\"name\": \"NHS again\",",
                "     \"id\": \"nhs\"}",
                "  ]",
                "}");

        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.RULE_DUPLICATE_ID);
            assertThat(problem.pointer()).isEqualTo("/partners/2/id");
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo(12);
            assertThat(problem.message()).startsWith("partner 'nhs': id 'nhs' is already used by partner 'nhs'");
        });
    }

    @Test
    void aRuleProblemAtAMapKeyIsLocatedAtItsValue() {
        String document = String.join("\n",
                "{\"schemaVersion\": \"0.2\", \"id\": \"plan\",",
                " \"title\": {\"en\": \"Our plan\",",
                "           \"EN-gb\": \"Our plan\"},",
                " \"organisation\": {\"name\": \"Example Council\"},",
                " \"period\": {\"start\": \"2024/25\", \"end\": \"2028/29\"}}");

        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.RULE_LANGUAGE_TAG);
            assertThat(problem.pointer()).isEqualTo("/title/EN-gb");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(21);
        });
    }

    @Test
    void aRuleProblemInAListItemIsLocatedAtItsValue() {
        String document = String.join("\n",
                "{\"schemaVersion\": \"0.2\", \"id\": \"plan\", \"title\": \"Our plan\",",
                " \"organisation\": {\"name\": \"Example Council\"},",
                " \"period\": {\"start\": \"2024/25\", \"end\": \"2028/29\"},",
                " \"measures\": [{\"id\": \"kpi1\", \"name\": \"Satisfaction\", \"unit\": \"%\",",
                "   \"direction\": \"higherIsBetter\", \"frequency\": \"financialYear\",",
                "   \"targets\": [{\"period\": \"2025/26\", \"value\": 80},",
                "               {\"value\": 90, \"period\": \"2030/31\"}]}]}");

        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.pointer()).isEqualTo("/measures/0/targets/1/period");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo(40);
        });
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theRulesRunEvenWhenTheSchemaFindsErrors() {
        ObjectNode document = with(valid(), "/themes/0/colour", "'blue'");
        with(document, "/links/0/to", "'d1'");

        ValidationReport report = validate(document);

        assertThat(report.problems()).extracting(Problem::code)
                .containsExactlyInAnyOrder(ProblemCode.SCHEMA_UNKNOWN_PROPERTY, ProblemCode.RULE_SELF_REFERENCE);
    }

    @Test
    void aRuleErrorStopsTheDocumentFromBinding() {
        ValidationReport report = validate(with(valid(), "/partners/0/id", "'kpi1'"));

        assertThat(report.isValid()).isFalse();
        assertThat(report.plan()).isEmpty();
        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.RULE_DUPLICATE_ID);
    }

    @Test
    void ruleWarningsAloneLeaveTheDocumentValid() {
        ObjectNode document = with(valid(), "/themes/-", "{'id': 't2', 'number': '2', 'name': 'People'}");

        ValidationReport report = validate(document);

        assertThat(report.isValid()).isTrue();
        assertThat(report.plan()).isPresent();
        assertThat(report.warnings()).extracting(Problem::code).containsExactly(ProblemCode.RULE_EMPTY_THEME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a draft with an adoption date | /edition/status | 'draft'",
        "an achieved milestone not complete | /themes/0/priorities/0/deliverables/0/milestones/0/achieved | '2025-01-01'",
        "a language not in canonical form | /languages | ['EN']",
        "a duplicate language | /languages | ['en', 'en']",
        "an ill-formed language tag in text | /title | {'e': 'Our plan'}",
        "a duplicate owner of a deliverable | /themes/0/priorities/0/deliverables/0/owners | ['own1', 'own1']",
        "a duplicate overseer | /overseenBy | ['own1', 'own1']",
        "a successor named by an adopted edition | /edition/supersededBy | {'edition': '2026', 'on': '2026-07-01'}"})
    void whatTheSchemaReportsTheRulesDoNotReportAgain(String problem, String pointer, String json) {
        ObjectNode document = with(valid(), pointer, json);
        if (problem.startsWith("an achieved")) {
            with(document, "/themes/0/priorities/0/deliverables/0/milestones/0/status", "'amber'");
        }

        ValidationReport report = validate(document);

        assertThat(report.problems()).as(problem).singleElement()
                .satisfies(p -> assertThat(p.code().code()).startsWith("schema."));
    }

    /**
     * Documents validated together: an annual delivery plan whose actions link into the strategy
     * it delivers ({@link RuleDocuments#VALID} with the id {@code strategy}).
     */
    @Nested
    class Together {
        private static final String DELIVERY = """
                {
                  "schemaVersion": "0.2",
                  "id": "delivery",
                  "title": "Annual delivery plan",
                  "organisation": {"name": "Example Council"},
                  "period": {"start": "2025/26", "end": "2025/26"},
                  "relatedPlans": [{"id": "strategy", "relation": "delivers"}],
                  "themes": [{"id": "dt1", "number": "1", "name": "This year",
                    "deliverables": [{"id": "a-1", "number": "1.1", "title": "Open the portal"},
                                     {"id": "a-2", "number": "1.2", "title": "Train staff"}]}],
                  "links": [
                    {"from": "a-1", "kind": "contributesTo", "to": "o1", "toPlan": "strategy"},
                    {"from": "a-2", "kind": "contributesTo", "to": "p1", "toPlan": "strategy"}
                  ]
                }
                """;

        private ObjectNode delivery() {
            return (ObjectNode) RuleDocuments.json(DELIVERY);
        }

        private ObjectNode strategy() {
            return with(valid(), "/id", "'strategy'");
        }

        private List<ValidationReport> together(ObjectNode... documents) throws IOException {
            List<PlanDocument> given = new ArrayList<>();
            for (ObjectNode document : documents) {
                given.add(PlanDocument.of(document.toPrettyString().getBytes(StandardCharsets.UTF_8),
                        DocumentFormat.JSON));
            }
            return VALIDATOR.validateTogether(given);
        }

        @Test
        void linksIntoAGivenRelatedPlanResolveThere() throws IOException {
            List<ValidationReport> reports = together(delivery(), strategy());

            assertThat(reports).hasSize(2).allSatisfy(report -> {
                assertThat(report.problems()).isEmpty();
                assertThat(report.plan()).isPresent();
            });
        }

        @Test
        void theOrderTheDocumentsAreGivenInDoesNotMatter() throws IOException {
            List<ValidationReport> reports = together(strategy(), delivery());

            assertThat(reports).allSatisfy(report -> assertThat(report.problems()).isEmpty());
            assertThat(reports.get(0).plan().orElseThrow().id().value()).isEqualTo("strategy");
        }

        @Test
        void aLinkToAnElementTheRelatedPlanDoesNotHaveIsUnresolvedWhereTheLinkIs() throws IOException {
            String document = DELIVERY.replace("\"to\": \"p1\"", "\"to\": \"p9\"");
            List<ValidationReport> reports = VALIDATOR.validateTogether(List.of(
                    PlanDocument.of(document.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON),
                    PlanDocument.of(strategy().toString().getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON)));

            assertThat(reports.get(0).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.RULE_UNRESOLVED_REFERENCE);
                assertThat(problem.pointer()).isEqualTo("/links/1/to");
                assertThat(problem.line()).isEqualTo(13);
                assertThat(problem.column()).isEqualTo(52);
                assertThat(problem.message()).isEqualTo(
                        "plan: links[1] to 'p9' in plan 'strategy' names no element of that plan");
            });
            assertThat(reports.get(0).isValid()).isFalse();
            assertThat(reports.get(1).problems()).isEmpty();
        }

        @Test
        void aLinkToTheRelatedPlansOwnIdNamesNoElementOfIt() throws IOException {
            List<ValidationReport> reports = together(with(delivery(), "/links/1/to", "'strategy'"), strategy());

            assertThat(reports.get(0).problems()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/1/to"));
        }

        @Test
        void aLinkToAnElementOfAKindItsKindCannotEndAtIsReportedWhereTheLinkIs() throws IOException {
            List<ValidationReport> reports = together(with(delivery(), "/links/0/to", "'kpi1'"), strategy());

            assertThat(reports.get(0).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.RULE_WRONG_REFERENCE_KIND);
                assertThat(problem.pointer()).isEqualTo("/links/0/to");
                assertThat(problem.message()).isEqualTo("plan: links[0] to 'kpi1' in plan 'strategy' is measure"
                        + " 'kpi1', but a link of kind 'contributesTo' ends at an objective, outcome, priority or"
                        + " deliverable");
            });
            assertThat(reports.get(1).problems()).isEmpty();
        }

        @Test
        void linksIntoARelatedPlanNotGivenGetOneNotePerPlan() throws IOException {
            ObjectNode document = with(delivery(), "/relatedPlans/-", "{'id': 'budget', 'relation': 'related'}");
            with(document, "/links/-", "{'from': 'a-2', 'kind': 'contributesTo', 'to': 'b-7', 'toPlan': 'budget'}");

            List<ValidationReport> reports = together(document);

            assertThat(reports.get(0).problems()).extracting(Problem::code, Problem::pointer, Problem::message)
                    .containsExactly(
                            tuple(ProblemCode.RULE_UNCHECKED_REFERENCE, "/relatedPlans/0/id", "plan: 2 links into plan"
                                    + " 'strategy' could not be checked: its document was not given with this one"),
                            tuple(ProblemCode.RULE_UNCHECKED_REFERENCE, "/relatedPlans/1/id", "plan: 1 link into plan"
                                    + " 'budget' could not be checked: its document was not given with this one"));
            assertThat(reports.get(0).problems()).allSatisfy(problem ->
                    assertThat(problem.severity()).isEqualTo(Severity.NOTE));
        }

        @Test
        void aNoteNeverMakesADocumentInvalidNorCountsAsAWarning() throws IOException {
            ValidationReport report = together(delivery()).get(0);

            assertThat(report.isValid()).isTrue();
            assertThat(report.plan()).isPresent();
            assertThat(report.errors()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.RULE_UNCHECKED_REFERENCE);
        }

        @Test
        void aDocumentValidatedAloneIsValidatedTogetherWithNothing() {
            ValidationReport report = validate(delivery());

            assertThat(report.problems()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.RULE_UNCHECKED_REFERENCE, "/relatedPlans/0/id"));
        }

        @Test
        void aRelatedPlanWithoutLinksIntoItNeedsNoDocument() {
            ObjectNode document = with(delivery(), "/links", "[]");

            assertThat(validate(document).problems()).isEmpty();
        }

        @Test
        void aRelatedPlanWhoseDocumentCannotBeReadIsAsIfNotGiven() throws IOException {
            List<PlanDocument> given = List.of(
                    PlanDocument.of(DELIVERY.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON),
                    PlanDocument.of("{\"id\": \"strategy\",".getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON));

            List<ValidationReport> reports = VALIDATOR.validateTogether(given);

            assertThat(reports.get(0).problems()).extracting(Problem::code).containsExactly(
                    ProblemCode.RULE_UNCHECKED_REFERENCE);
            assertThat(reports.get(1).problems()).extracting(Problem::code).containsExactly(
                    ProblemCode.SYNTAX_MALFORMED);
        }

        @Test
        void aRelatedPlanWithSchemaErrorsStillResolvesLinks() throws IOException {
            List<ValidationReport> reports = together(with(delivery(), "/links/0/to", "'o9'"),
                    with(strategy(), "/colour", "'blue'"));

            assertThat(reports.get(0).problems()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/0/to"));
            assertThat(reports.get(1).problems()).extracting(Problem::code).containsExactly(
                    ProblemCode.SCHEMA_UNKNOWN_PROPERTY);
        }

        @Test
        void twoDocumentsWithOnePlanIdAndNoEditionAreReportedAtTheLatersId() throws IOException {
            List<ValidationReport> reports = together(without(strategy(), "/edition"), delivery(),
                    without(strategy(), "/edition"));

            assertThat(reports.get(0).problems()).isEmpty();
            assertThat(reports.get(1).problems()).isEmpty();
            assertThat(reports.get(2).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.RULE_DUPLICATE_ID);
                assertThat(problem.pointer()).isEqualTo("/id");
                assertThat(problem.message()).isEqualTo(
                        "plan: id 'strategy' is also the id of a plan document given before this one");
            });
        }

        private ObjectNode strategyEdition(String name, String status) {
            return with(strategy(), "/edition", "{'name': '" + name + "', 'status': '" + status
                    + "', 'adoptedOn': '2024-02-14'}");
        }

        @Test
        void twoEditionsOfOnePlanGivenTogetherAreNotDuplicates() throws IOException {
            List<ValidationReport> reports = together(strategyEdition("2024", "superseded"), delivery(),
                    strategyEdition("2025 refresh", "adopted"));

            assertThat(reports).allSatisfy(report -> assertThat(report.problems()).isEmpty());
        }

        @Test
        void twoDocumentsWithOnePlanIdAndOneEditionAreReportedAtTheLatersId() throws IOException {
            List<ValidationReport> reports = together(strategyEdition("2025", "adopted"),
                    strategyEdition("2025", "adopted"));

            assertThat(reports.get(0).problems()).isEmpty();
            assertThat(reports.get(1).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.RULE_DUPLICATE_ID);
                assertThat(problem.pointer()).isEqualTo("/id");
                assertThat(problem.message()).isEqualTo("plan: id 'strategy' with edition '2025' is also the id and"
                        + " edition of a plan document given before this one");
            });
        }

        @Test
        void aLinkIntoAPlanOfWhichSeveralEditionsAreGivenIsCheckedAgainstTheOneNotSuperseded() throws IOException {
            // the current edition renamed priority p1; the superseded one, given last, still has it
            ObjectNode current = with(strategyEdition("2025 refresh", "adopted"), "/themes/0/priorities/0/id", "'p2'");

            List<ValidationReport> reports = together(delivery(), current, strategyEdition("2024", "superseded"));

            assertThat(reports.get(0).problems()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/1/to"));
        }

        @Test
        void aLinkIntoAPlanThatIsNotAmongTheRelatedPlansIsNotLookedForInTheDocumentsGiven() throws IOException {
            ObjectNode document = with(delivery(), "/relatedPlans", "[]");

            List<ValidationReport> reports = together(document, strategy());

            assertThat(reports.get(0).problems()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/0/toPlan"),
                    tuple(ProblemCode.RULE_UNRESOLVED_REFERENCE, "/links/1/toPlan"));
        }

        @Test
        void documentsInFilesAreReadAndReportedInTheOrderGiven(@TempDir Path directory) throws IOException {
            Path delivery = Files.writeString(directory.resolve("delivery.json"), DELIVERY);
            Path strategy = Files.writeString(directory.resolve("strategy.yaml"), "schemaVersion: '0.2'\n"
                    + "id: strategy\ntitle: Strategy\norganisation: {name: Example Council}\n"
                    + "period: {start: 2024/25, end: 2028/29}\n"
                    + "themes: [{id: t1, name: Place, outcomes: [{id: o1, statement: Thriving}],"
                    + " priorities: [{id: p1, title: Homes}]}]\n");

            List<ValidationReport> reports = VALIDATOR.validateTogether(List.of(PlanDocument.of(delivery),
                    PlanDocument.of(strategy)));

            assertThat(reports).allSatisfy(report -> assertThat(report.problems()).isEmpty());
            assertThat(reports.get(1).plan().orElseThrow().id().value()).isEqualTo("strategy");
        }

        @Test
        void aFileThatCannotBeReadIsAnIoException(@TempDir Path directory) {
            List<PlanDocument> given = List.of(PlanDocument.of(directory.resolve("missing.json")));

            assertThatThrownBy(() -> VALIDATOR.validateTogether(given)).isInstanceOf(IOException.class);
        }
    }
}
