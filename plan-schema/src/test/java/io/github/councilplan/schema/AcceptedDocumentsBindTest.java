package io.github.councilplan.schema;

import io.github.councilplan.schema.read.Pointers;


import static io.github.councilplan.schema.RuleDocuments.valid;
import static io.github.councilplan.schema.RuleDocuments.with;
import static io.github.councilplan.schema.RuleDocuments.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every document the schema and the rules accept reads into the model: each structural check
 * the model makes when it is built ({@code @Value.Check} and the value types' factories) is made
 * first by the schema or by a rule, so the validator reports it with its own code and location
 * rather than as {@link ProblemCode#MODEL_INVALID}.
 */
class AcceptedDocumentsBindTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final String THEME = "/themes/0";
    private static final String PRIORITY = THEME + "/priorities/0";
    private static final String DELIVERABLE = PRIORITY + "/deliverables/0";
    private static final String MILESTONE = DELIVERABLE + "/milestones/0";

    private static Arguments check(String modelCheck, ProblemCode reportedAs, UnaryOperator<ObjectNode> breakIt) {
        return Arguments.of(modelCheck, reportedAs, breakIt);
    }

    /** Each check of the model, the code the validator reports it with, and a document that fails it. */
    static Stream<Arguments> modelChecks() {
        return Stream.of(
                check("Plan: schemaVersion is 0.2", ProblemCode.SCHEMA_CONST, d -> with(d, "/schemaVersion", "'0.1'")),
                check("Plan: languages in canonical form (as the schema's pattern says)", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/languages", "['EN']")),
                check("Plan: languages in canonical form (as Java says)", ProblemCode.RULE_LANGUAGE_TAG,
                        d -> with(d, "/languages", "['iw']")),
                check("Plan: each language listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, "/languages", "['en', 'en']")),
                check("Plan: partial languages in canonical form", ProblemCode.SCHEMA_PATTERN,
                        d -> with(with(d, "/languages", "['en', 'cy']"), "/partialLanguages", "['CY']")),
                check("Plan: each partial language listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(with(d, "/languages", "['en', 'cy']"), "/partialLanguages", "['cy', 'cy']")),
                check("Plan: partial languages among the languages", ProblemCode.RULE_LANGUAGE_TAG,
                        d -> with(d, "/partialLanguages", "['cy']")),
                check("Plan: each overseer listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, "/overseenBy", "['own1', 'own1']")),
                check("Plan: no related plan with the plan's own id", ProblemCode.RULE_SELF_REFERENCE,
                        d -> with(d, "/relatedPlans", "[{'id': 'plan'}]")),
                check("Plan: each related plan listed once", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, "/relatedPlans", "[{'id': 'strategy'}, {'id': 'strategy'}]")),
                check("RelatedPlan: uri absolute", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, "/relatedPlans", "[{'id': 'strategy', 'uri': 'strategy.json'}]")),
                check("Plan: leadIns only for the plan's lists", ProblemCode.SCHEMA_UNKNOWN_PROPERTY,
                        d -> with(d, "/leadIns", "{'priorities': 'Our priorities are:'}")),
                check("Plan: ids distinct within a list", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, "/partners/-", "{'id': 'nhs', 'name': 'Police'}")),
                check("Plan: numbers distinct within a list", ProblemCode.RULE_DUPLICATE_NUMBER,
                        d -> with(with(d, "/owners/0/number", "'1'"), "/owners/1/number", "'1'")),
                check("Plan: children's ids distinct across lists", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, "/partners/0/id", "'kpi1'")),
                check("Theme: outcomes numbered within the theme", ProblemCode.RULE_NUMBERING,
                        d -> with(d, THEME + "/outcomes/0/number", "'2.1'")),
                check("Theme: numbers distinct within a list", ProblemCode.RULE_DUPLICATE_NUMBER,
                        d -> with(d, THEME + "/outcomes/-", "{'id': 'o2', 'number': '1.1', 'statement': 'Again'}")),
                check("Theme: children's ids distinct across lists", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, THEME + "/commitments", "[{'id': 'o1', 'text': 'Hubs'}]")),
                check("Theme: a name or a number", ProblemCode.SCHEMA_REQUIRED,
                        d -> without(without(d, THEME + "/name"), THEME + "/number")),
                check("Theme: each owner listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, THEME + "/owners", "['own1', 'own1']")),
                check("Theme: leadIns only for the theme's lists", ProblemCode.SCHEMA_UNKNOWN_PROPERTY,
                        d -> with(d, THEME + "/leadIns", "{'milestones': 'By when:'}")),
                check("Theme: pledges numbered within the theme", ProblemCode.RULE_NUMBERING,
                        d -> with(d, THEME + "/deliverables", "[{'id': 'pl1', 'number': '2.1', 'title': 'Hubs'}]")),
                check("ItemList: items numbered within the list", ProblemCode.RULE_NUMBERING,
                        d -> with(d, THEME + "/lists", "[{'id': 'l1', 'number': '1.5', 'title': 'Success',"
                                + " 'items': [{'id': 'l1-1', 'number': '1.6.1', 'text': 'fewer empty shops'}]}]")),
                check("ItemList: item ids distinct", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, THEME + "/lists", "[{'id': 'l1', 'title': 'Success',"
                                + " 'items': [{'id': 'l1-1', 'text': 'shops'}, {'id': 'l1-1', 'text': 'homes'}]}]")),
                check("Objective: priorities numbered within the objective", ProblemCode.RULE_NUMBERING,
                        d -> with(d, THEME + "/objectives", "[{'id': 'obj', 'number': '1.5', 'title': 'Aim',"
                                + " 'priorities': [{'id': 'p5', 'number': '1.6', 'title': 'Step'}]}]")),
                check("Priority: deliverables numbered within the priority", ProblemCode.RULE_NUMBERING,
                        d -> with(without(d, MILESTONE + "/number"), DELIVERABLE + "/number", "'1.3.1'")),
                check("Priority: deliverable ids distinct", ProblemCode.RULE_DUPLICATE_ID,
                        d -> with(d, PRIORITY + "/deliverables/-", "{'id': 'd1', 'title': 'Again'}")),
                check("Priority: outcomes numbered within the priority", ProblemCode.RULE_NUMBERING,
                        d -> with(d, PRIORITY + "/outcomes", "[{'id': 'po1', 'number': '1.3.1', 'statement': 'Less'}]")),
                check("Priority: one progress update per period", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, PRIORITY + "/progress", "[{'period': '2025/26', 'status': 'green'},"
                                + " {'period': '2025/26', 'status': 'red'}]")),
                check("Priority: does not end before it starts", ProblemCode.RULE_PERIOD_ORDER,
                        d -> with(with(d, PRIORITY + "/start", "'2026-04'"), PRIORITY + "/end", "'2025/26'")),
                check("Priority: leadIns only for the priority's lists", ProblemCode.SCHEMA_UNKNOWN_PROPERTY,
                        d -> with(d, PRIORITY + "/leadIns", "{'priorities': 'Then:'}")),
                check("Objective: does not end before it starts", ProblemCode.RULE_PERIOD_ORDER,
                        d -> with(d, THEME + "/objectives", "[{'id': 'obj', 'title': 'Aim', 'start': '2027',"
                                + " 'end': '2026-12'}]")),
                check("Objective: each owner listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, THEME + "/objectives", "[{'id': 'obj', 'title': 'Aim', 'owners': ['own1', 'own1']}]")),
                check("Deliverable: milestones numbered within the deliverable", ProblemCode.RULE_NUMBERING,
                        d -> with(d, MILESTONE + "/number", "'1.2.2.1'")),
                check("Deliverable: one progress update per period", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, DELIVERABLE + "/progress/-", "{'period': '2025/26 Q1', 'status': 'red'}")),
                check("Deliverable: each owner listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, DELIVERABLE + "/owners", "['own1', 'own1']")),
                check("Deliverable: does not end before it starts", ProblemCode.RULE_PERIOD_ORDER,
                        d -> with(with(d, DELIVERABLE + "/start", "'2025-09-01'"), DELIVERABLE + "/end", "'2025-08'")),
                check("Deliverable: leadIns only for the deliverable's lists", ProblemCode.SCHEMA_UNKNOWN_PROPERTY,
                        d -> with(d, DELIVERABLE + "/leadIns", "{'deliverables': 'Then:'}")),
                check("PlanDate: a month is 01 to 12", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, DELIVERABLE + "/end", "'2025-13'")),
                check("PlanDate: a day exists", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, DELIVERABLE + "/end", "'2025-02-30'")),
                check("Measure: one target per period", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, "/measures/0/targets/-", "{'period': '2025/26', 'value': 81}")),
                check("Measure: one target over the whole plan", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, "/measures/0/targets", "[{'value': 81}, {'text': 'more'}]")),
                check("Measure: one actual per period", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, "/measures/0/actuals/-", "{'period': '2025/26', 'value': 74}")),
                check("Measure: one actual per as-at date", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, "/measures/0/actuals", "[{'asAt': '2025-06-30', 'value': 74},"
                                + " {'asAt': '2025-06-30', 'value': 75}]")),
                check("Target: a value or a text", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/targets/0", "{'period': '2025/26'}")),
                check("Observation: a period or an as-at date, not both", ProblemCode.SCHEMA_ONE_OF,
                        d -> with(d, "/measures/0/actuals/0/asAt", "'2025-06-30'")),
                check("Observation: a period or an as-at date, not neither", ProblemCode.SCHEMA_ONE_OF,
                        d -> without(d, "/measures/0/actuals/0/period")),
                check("Observation: a value or a text", ProblemCode.SCHEMA_REQUIRED,
                        d -> without(d, "/measures/0/baseline/value")),
                check("Measure: unit not blank", ProblemCode.SCHEMA_PATTERN, d -> with(d, "/measures/0/unit", "' '")),
                check("Measure: each owner listed once", ProblemCode.SCHEMA_UNIQUE_ITEMS,
                        d -> with(d, "/measures/0/owners", "['own1', 'own1']")),
                check("Milestone: achieved means complete", ProblemCode.SCHEMA_CONST,
                        d -> with(with(d, MILESTONE + "/achieved", "'2025-01-01'"), MILESTONE + "/status", "'red'")),
                check("Owner: not accountable to itself", ProblemCode.RULE_SELF_REFERENCE,
                        d -> with(d, "/owners/0/accountableTo", "['own1']")),
                check("Owner: holder not blank", ProblemCode.SCHEMA_PATTERN, d -> with(d, "/owners/0/holder", "''")),
                check("Link: not to its own source", ProblemCode.RULE_SELF_REFERENCE,
                        d -> with(d, "/links/0/to", "'d1'")),
                check("PeriodRange: end not before start", ProblemCode.RULE_PERIOD_ORDER,
                        d -> with(d, "/period/end", "'2023/24'")),
                check("Edition: name not blank", ProblemCode.SCHEMA_PATTERN, d -> with(d, "/edition/name", "'\\t'")),
                check("Edition: supersedes not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/edition/supersedes", "' '")),
                check("Edition: does not supersede itself", ProblemCode.RULE_EDITION,
                        d -> with(d, "/edition/supersedes", "'2025 refresh'")),
                check("Edition: a draft has no adoption date", ProblemCode.SCHEMA_OTHER,
                        d -> with(d, "/edition/status", "'draft'")),
                check("Edition: only a superseded edition names its successor", ProblemCode.SCHEMA_CONST,
                        d -> with(d, "/edition/supersededBy", "{'edition': '2026'}")),
                check("Edition: not superseded by itself", ProblemCode.RULE_EDITION,
                        d -> with(with(d, "/edition/status", "'superseded'"), "/edition/supersededBy",
                                "{'edition': '2025 refresh'}")),
                check("Edition: not superseded before it was adopted", ProblemCode.RULE_EDITION,
                        d -> with(with(d, "/edition/status", "'superseded'"), "/edition/supersededBy",
                                "{'edition': '2026', 'on': '2025-01-01'}")),
                check("Supersession: edition not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(with(d, "/edition/status", "'superseded'"), "/edition/supersededBy",
                                "{'edition': ' '}")),
                check("TargetRevision: a value or a text, or a withdrawal", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/targets/0/revisions", "[{'date': '2025-09-01', 'decision':"
                                + " {'body': 'Cabinet'}}]")),
                check("TargetRevision: a withdrawal has no value or text", ProblemCode.SCHEMA_CONST,
                        d -> with(d, "/measures/0/targets/0/revisions", "[{'date': '2025-09-01', 'value': 3,"
                                + " 'withdrawn': true, 'decision': {'body': 'Cabinet'}}]")),
                check("TargetRevision: a decision", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/targets/0/revisions", "[{'date': '2025-09-01', 'value': 3}]")),
                check("MetricReference: scheme not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/measures/0/metrics", "[{'scheme': ' ', 'id': '7'}]")),
                check("MetricReference: id not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/measures/0/metrics", "[{'scheme': 'lgInform', 'id': ''}]")),
                check("MetricReference: uri absolute", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, "/measures/0/metrics", "[{'scheme': 'lgInform', 'id': '7', 'uri': 'metricType/7'}]")),
                check("Decision: a body, a reference or a uri", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/edition/decision", "{'date': '2025-07-01'}")),
                check("Decision: reference not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/edition/decision", "{'body': 'Cabinet', 'reference': ' '}")),
                check("Decision: uri absolute", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, "/edition/decision", "{'uri': 'minutes/58'}")),
                check("Statement: body not empty", ProblemCode.SCHEMA_SIZE,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': []}]")),
                check("Block: a paragraph or a list, not both", ProblemCode.SCHEMA_OTHER,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': [{'paragraph': 'Hello', 'list': ['a']}]}]")),
                check("Block: a paragraph or a list, not neither", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': [{'numbered': true}]}]")),
                check("Block: only a list is numbered", ProblemCode.SCHEMA_OTHER,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': [{'paragraph': 'Hello', 'numbered': true}]}]")),
                check("Block: a list has items", ProblemCode.SCHEMA_SIZE,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': [{'list': []}]}]")),
                check("Signatory: name not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/statements", "[{'id': 's1', 'body': [{'paragraph': 'Hello'}],"
                                + " 'signatories': [{'name': ' '}]}]")),
                check("Purpose: statements not empty", ProblemCode.SCHEMA_SIZE,
                        d -> with(d, "/purpose", "{'statements': []}")),
                check("Purpose: leadIns only for the purpose's lists", ProblemCode.SCHEMA_UNKNOWN_PROPERTY,
                        d -> with(d, "/purpose", "{'statements': ['lead'], 'leadIns': {'introduction': 'So:'}}")),
                check("Provenance: a document or a uri", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, THEME + "/provenance", "{'page': '12'}")),
                check("Provenance: page not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, THEME + "/provenance", "{'document': 'Corporate plan', 'page': ''}")),
                check("Provenance: uri absolute", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, THEME + "/provenance", "{'uri': 'plan.pdf'}")),
                check("Organisation: code not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/organisation/code", "''")),
                check("Organisation: gssCode a letter for the nation and eight digits", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/organisation/gssCode", "'E0600003'")),
                check("Organisation: gssCode ends with its digits, not a newline", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/organisation/gssCode", "'E06000034\\n'")),
                check("Organisation: orgId ends with its identifier, not a newline", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/organisation/orgId", "'GB-LAE-THR\\n'")),
                check("Organisation: orgId a list's code and an identifier", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/organisation/orgId", "'GB-LAE'")),
                check("Organisation: gssCode and orgId of one nation", ProblemCode.RULE_IDENTIFIER_NATION,
                        d -> with(with(d, "/organisation/gssCode", "'W06000099'"), "/organisation/orgId",
                                "'GB-LAE-ZZB'")),
                check("Measure: ratioPer only for a ratio", ProblemCode.SCHEMA_CONST,
                        d -> with(with(d, "/measures/0/rollUp", "'sum'"), "/measures/0/ratioPer", "100")),
                check("Measure: ratioPer only with a rollUp", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/ratioPer", "100")),
                check("Measure: ratioPer greater than zero", ProblemCode.SCHEMA_RANGE,
                        d -> with(with(d, "/measures/0/rollUp", "'ratio'"), "/measures/0/ratioPer", "0")),
                check("Measure: one assessment per period", ProblemCode.RULE_DUPLICATE_PERIOD,
                        d -> with(d, "/measures/0/assessments", "[{'period': '2025/26', 'forecast': 80},"
                                + " {'period': '2025/26', 'commentary': 'Again'}]")),
                check("Assessment: a status with its reason", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/assessments", "[{'period': '2025/26', 'status': 'green'}]")),
                check("Assessment: a reason only with a status", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/assessments", "[{'period': '2025/26', 'reason': 'Because'}]")),
                check("Observation: a numerator with a denominator", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/actuals/0/numerator", "30")),
                check("Observation: a denominator with a numerator", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/measures/0/actuals/0/denominator", "40")),
                check("Observation: numerator not negative", ProblemCode.SCHEMA_RANGE,
                        d -> with(with(d, "/measures/0/actuals/0/numerator", "-1"), "/measures/0/actuals/0/denominator",
                                "40")),
                check("Tolerance: one of absolute and percent", ProblemCode.SCHEMA_SIZE,
                        d -> with(d, "/measures/0/tolerance", "{}")),
                check("Tolerance: not negative", ProblemCode.SCHEMA_RANGE,
                        d -> with(d, "/measures/0/tolerance", "{'absolute': -0.5}")),
                check("ExternalReference: system not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/references", "[{'system': '', 'key': 'K'}]")),
                check("ExternalReference: a key or a uri", ProblemCode.SCHEMA_REQUIRED,
                        d -> with(d, "/references", "[{'system': 'pentana'}]")),
                check("ExternalReference: key not blank", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/references", "[{'system': 'pentana', 'key': ' '}]")),
                check("ExternalReference: uri absolute", ProblemCode.SCHEMA_FORMAT,
                        d -> with(d, "/references", "[{'system': 'pentana', 'uri': 'projects/42'}]")),
                check("Text: not blank", ProblemCode.SCHEMA_PATTERN, d -> with(d, "/title", "'\\u3000'")),
                check("Text: at least one language", ProblemCode.SCHEMA_SIZE, d -> with(d, "/title", "{}")),
                check("Text: tags well-formed (as the schema's pattern says)", ProblemCode.SCHEMA_PROPERTY_NAME,
                        d -> with(d, "/title", "{'e': 'Our plan'}")),
                check("Text: tags well-formed (as Java says)", ProblemCode.RULE_LANGUAGE_TAG,
                        d -> with(d, "/title", "{'und': 'Our plan'}")),
                check("Text: no language twice once tags are canonical", ProblemCode.RULE_LANGUAGE_TAG,
                        d -> with(d, "/title", "{'en': 'Our plan', 'EN': 'Our Plan'}")),
                check("ElementId: letters, digits and . _ : -", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/partners/0/id", "'n h s'")),
                check("DisplayNumber: segments of letters and digits", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, THEME + "/number", "'1.'")),
                check("ReportingPeriod: a financial year ends the year after it starts", ProblemCode.SCHEMA_PATTERN,
                        d -> with(d, "/period/start", "'2024/26'")),
                check("ReportingPeriod: a month is 01 to 12", ProblemCode.SCHEMA_PATTERN,
                        d -> with(with(d, "/measures/0/frequency", "'month'"), "/measures/0/targets",
                                "[{'period': '2025-13', 'value': 1}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelChecks")
    void theValidatorReportsAModelCheckBeforeTheModelMakesIt(
            String modelCheck, ProblemCode reportedAs, UnaryOperator<ObjectNode> breakIt) {
        String document = breakIt.apply(valid()).toString();

        assertThatThrownBy(() -> PlanJson.standard().read(document)).as("the model makes the check: %s", modelCheck)
                .isInstanceOf(InvalidPlanException.class);
        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);
        assertThat(report.problems()).extracting(Problem::code).as(modelCheck)
                .contains(reportedAs)
                .doesNotContain(ProblemCode.MODEL_INVALID);
    }

    @Property
    void aDocumentWithoutSchemaOrRuleErrorsReadsIntoTheModel(@ForAll("editedPlans") JsonNode document) {
        ValidationReport report =
                VALIDATOR.validate(document.toString().getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);

        Statistics.label("accepted").collect(report.isValid());
        assertThat(report.problems()).extracting(Problem::code).as("%s", report.problems())
                .doesNotContain(ProblemCode.MODEL_INVALID);
        assertThat(report.plan().isPresent()).isEqualTo(report.isValid());
        Statistics.label("accepted").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
    }

    /**
     * Real plans with up to four edits of the kinds that keep a document close to valid: a string
     * replaced by another (of the plan's own, or a tricky one), an object's key renamed, a list
     * item copied, a value removed, or an untagged text tagged.
     */
    @Provide
    Arbitrary<JsonNode> editedPlans() {
        List<ObjectNode> plans = List.of(valid(), RuleDocuments.read(RuleDocuments.BILINGUAL),
                RuleDocuments.read(RuleDocuments.THURROCK),
                RuleDocuments.read(TestSchemas.fixtureDirectory().resolve("valid-every-part.json")));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(EditKind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1)).as(Edit::new);
        return Combinators.combine(Arbitraries.of(plans), edit.list().ofMinSize(1).ofMaxSize(4))
                .as((plan, edits) -> {
                    ObjectNode copy = plan.deepCopy();
                    edits.forEach(e -> e.apply(copy));
                    return copy;
                });
    }

    private enum EditKind { REPLACE_STRING, RENAME_KEY, COPY_ITEM, REMOVE, TAG_TEXT }

    /** One edit, at a place chosen by fraction among the places it can apply to. */
    private record Edit(EditKind kind, double where, double what) {
        void apply(ObjectNode document) {
            List<String> strings = new ArrayList<>(RuleDocuments.TRICKY_STRINGS);
            List<String> stringPointers = new ArrayList<>();
            List<String> keyPointers = new ArrayList<>();
            List<String> arrayPointers = new ArrayList<>();
            List<String> allPointers = new ArrayList<>();
            collect(document, "", strings, stringPointers, keyPointers, arrayPointers, allPointers);
            String replacement = pick(strings, what);
            switch (kind) {
                case REPLACE_STRING:
                    with(document, pick(stringPointers, where), JsonNodeFactory.instance.stringNode(replacement));
                    break;
                case RENAME_KEY: {
                    String pointer = pick(keyPointers, where);
                    JsonNode value = document.at(pointer);
                    without(document, pointer);
                    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                    with(document, Pointers.child(parent, replacement), value);
                    break;
                }
                case COPY_ITEM: {
                    String pointer = pick(arrayPointers, where);
                    ArrayNode array = (ArrayNode) document.at(pointer);
                    if (!array.isEmpty()) {
                        array.add(array.get((int) (what * array.size()) % array.size()).deepCopy());
                    }
                    break;
                }
                case REMOVE:
                    without(document, pick(allPointers, where));
                    break;
                case TAG_TEXT: {
                    String pointer = pick(stringPointers, where);
                    String text = document.at(pointer).stringValue();
                    with(document, pointer, RuleDocuments.json("{}"));
                    ((ObjectNode) document.at(pointer)).put(replacement.isEmpty() ? "en" : replacement, text);
                    break;
                }
                default:
                    throw new AssertionError(kind);
            }
        }

        private static String pick(List<String> from, double fraction) {
            return from.get(Math.min(from.size() - 1, (int) (fraction * from.size())));
        }

        private static void collect(JsonNode node, String pointer, List<String> strings, List<String> stringPointers,
                List<String> keyPointers, List<String> arrayPointers, List<String> allPointers) {
            if (!pointer.isEmpty()) {
                allPointers.add(pointer);
            }
            if (node.isString()) {
                strings.add(node.stringValue());
                stringPointers.add(pointer);
            } else if (node.isArray()) {
                arrayPointers.add(pointer);
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), Pointers.child(pointer, i), strings, stringPointers, keyPointers,
                            arrayPointers, allPointers);
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    String at = Pointers.child(pointer, property.getKey());
                    keyPointers.add(at);
                    collect(property.getValue(), at, strings, stringPointers, keyPointers, arrayPointers, allPointers);
                }
            }
        }
    }
}
