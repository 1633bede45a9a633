package io.github.councilplan.schema;

import static io.github.councilplan.schema.RuleDocuments.valid;
import static io.github.councilplan.schema.RuleDocuments.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
                "  \"schemaVersion\": \"0.1\", \"id\": \"plan\", \"title\": \"Our plan\",",
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
                "{\"schemaVersion\": \"0.1\", \"id\": \"plan\", \"title\": \"Our plan\",",
                " \"organisation\": {\"name\": \"Example Council\"},",
                " \"period\": {\"start\": \"2024/25\", \"end\": \"2028/29\"},",
                " \"measures\": [{\"id\": \"kpi1\", \"name\": \"Satisfaction\", \"unit\": \"%\",",
                "   \"direction\": \"higherIsBetter\", \"frequency\": \"financialYear\",",
                "   \"targets\": {\"2025/26\": 80,",
                "                \"2030/31\": 90}}]}");

        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.RULE_PERIOD_OUTSIDE_PLAN);
            assertThat(problem.pointer()).isEqualTo("/measures/0/targets/2030~131");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo(28);
        });
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
        "a duplicate owner of a deliverable | /themes/0/priorities/0/deliverables/0/owners | ['own1', 'own1']"})
    void whatTheSchemaReportsTheRulesDoNotReportAgain(String problem, String pointer, String json) {
        ObjectNode document = with(valid(), pointer, json);
        if (problem.startsWith("an achieved")) {
            with(document, "/themes/0/priorities/0/deliverables/0/milestones/0/status", "'amber'");
        }

        ValidationReport report = validate(document);

        assertThat(report.problems()).as(problem).singleElement()
                .satisfies(p -> assertThat(p.code().code()).startsWith("schema."));
    }
}
