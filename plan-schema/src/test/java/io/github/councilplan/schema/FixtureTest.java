package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture files under {@code fixtures/}: every {@code valid-*.json} passes the schema and reads
 * into the model; every {@code invalid-*.json} fails the schema with the error recorded for it
 * here, at the instance location (a JSON pointer) and keyword given.
 */
class FixtureTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    /** Where and by which keyword each invalid fixture must fail. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            expect("invalid-achieved-milestone-not-complete.json",
                    "/themes/0/priorities/0/deliverables/0/milestones/0/status", "const"),
            expect("invalid-bad-date.json", "/themes/0/priorities/0/deliverables/0/milestones/0/due", "format"),
            expect("invalid-bad-enum.json", "/measures/0/direction", "enum"),
            expect("invalid-bad-id.json", "/themes/0/id", "pattern"),
            expect("invalid-bad-language-tag.json", "/title", "propertyNames"),
            expect("invalid-bad-link-kind.json", "/links/0/kind", "enum"),
            expect("invalid-bad-month-period.json", "/measures/0/targets/0/period", "pattern"),
            expect("invalid-bad-number.json", "/themes/0/number", "pattern"),
            expect("invalid-bad-period.json", "/period/end", "pattern"),
            expect("invalid-bad-quarter.json", "/themes/0/priorities/0/deliverables/0/progress/0/period", "pattern"),
            expect("invalid-bad-uri.json", "/references/0/uri", "format"),
            expect("invalid-blank-tagged-text.json", "/title/cy", "pattern"),
            expect("invalid-blank-text.json", "/themes/0/name", "pattern"),
            expect("invalid-blank-unit.json", "/measures/0/unit", "pattern"),
            expect("invalid-date-as-array.json", "/edition/adoptedOn", "type"),
            expect("invalid-date-time-for-date.json", "/edition/adoptedOn", "format"),
            expect("invalid-draft-with-adoption-date.json", "/edition/status", "not"),
            expect("invalid-duplicate-language.json", "/languages", "uniqueItems"),
            expect("invalid-duplicate-owner.json", "/themes/0/priorities/0/deliverables/0/owners", "uniqueItems"),
            expect("invalid-empty-tagged-text.json", "/title", "minProperties"),
            expect("invalid-enum-by-index.json", "/edition/status", "type"),
            expect("invalid-extensions-not-object.json", "/extensions", "type"),
            expect("invalid-id-too-long.json", "/id", "maxLength"),
            expect("invalid-id-trailing-newline.json", "/id", "pattern"),
            expect("invalid-link-without-to.json", "/links/0", "required"),
            expect("invalid-missing-schema-version.json", "", "required"),
            expect("invalid-missing-title.json", "/themes/0/priorities/0/deliverables/0", "required"),
            expect("invalid-non-canonical-language.json", "/languages/0", "pattern"),
            expect("invalid-null-in-list.json", "/themes/0/owners/0", "type"),
            expect("invalid-null-value.json", "/themes/0/description", "type"),
            expect("invalid-number-too-long.json", "/themes/0/number", "maxLength"),
            expect("invalid-purpose-without-statements.json", "/purpose/statements", "minItems"),
            // networknt reports a failed anyOf through its branches' errors (ajv also says "anyOf")
            expect("invalid-reference-without-key-or-uri.json", "/references/0", "required"),
            expect("invalid-schema-version.json", "/schemaVersion", "const"),
            expect("invalid-statement-without-body.json", "/statements/0", "required"),
            expect("invalid-string-field-number.json", "/edition/name", "type"),
            expect("invalid-target-not-number.json", "/measures/0/targets/0/value", "type"),
            expect("invalid-themes-not-array.json", "/themes", "type"),
            expect("invalid-title-number.json", "/title", "type"),
            expect("invalid-tolerance-both.json", "/measures/0/tolerance", "maxProperties"),
            expect("invalid-tolerance-negative.json", "/measures/0/tolerance/percent", "minimum"),
            expect("invalid-tolerance-none.json", "/measures/0/tolerance", "minProperties"),
            expect("invalid-unknown-property.json", "/themes/0", "additionalProperties"),
            // RFC 3986: '[' only around an IPv6 host, nothing beyond ASCII unencoded
            expect("invalid-uri-beyond-ascii.json", "/references/0/uri", "format"),
            expect("invalid-uri-with-bracket.json", "/references/0/uri", "format"),
            expect("invalid-unknown-root-property.json", "", "additionalProperties"),
            // format 0.2: plan dates
            expect("invalid-month-13-plan-date.json", "/published", "pattern"),
            expect("invalid-day-that-does-not-exist.json", "/themes/0/deliverables/0/end", "format"),
            expect("invalid-plan-date-in-words.json", "/themes/0/outcomes/0/by", "pattern"),
            expect("invalid-as-at-a-month.json", "/measures/0/actuals/0/asAt", "format"),
            expect("invalid-decision-date-a-month.json", "/edition/decision/date", "format"),
            // statement blocks: a paragraph or a non-empty list, and only a list is numbered
            expect("invalid-block-with-paragraph-and-list.json", "/statements/0/body/0/list", "not"),
            expect("invalid-block-with-neither-paragraph-nor-list.json", "/statements/0/body/0", "required"),
            expect("invalid-numbered-paragraph.json", "/statements/0/body/0/numbered", "not"),
            expect("invalid-block-with-empty-list.json", "/statements/0/body/0/list", "minItems"),
            expect("invalid-vision-without-body.json", "/vision", "required"),
            expect("invalid-signatory-without-name.json", "/statements/0/signatories/0", "required"),
            // measures as reported: an observation has a period or an as-at date, and a value or text
            expect("invalid-observation-with-period-and-as-at.json", "/measures/0/actuals/0", "oneOf"),
            expect("invalid-observation-with-neither-period-nor-as-at.json", "/measures/0/actuals/0", "oneOf"),
            expect("invalid-observation-with-neither-value-nor-text.json", "/measures/0/actuals/0", "required"),
            expect("invalid-baseline-with-neither-value-nor-text.json", "/measures/0/baseline", "required"),
            expect("invalid-target-with-neither-value-nor-text.json", "/measures/0/targets/0", "required"),
            // target revisions: a new value or text, or a withdrawal, never both; always by a decision
            expect("invalid-revision-withdrawn-with-value.json", "/measures/0/targets/0/revisions/0/withdrawn",
                    "const"),
            expect("invalid-revision-without-decision.json", "/measures/0/targets/0/revisions/0", "required"),
            expect("invalid-revision-with-neither-value-nor-withdrawal.json", "/measures/0/targets/0/revisions/0",
                    "required"),
            // assessments: a status set by hand with its reason, and a reason only with a status
            expect("invalid-assessment-status-without-reason.json", "/measures/0/assessments/0", "dependentRequired"),
            expect("invalid-assessment-reason-without-status.json", "/measures/0/assessments/0", "dependentRequired"),
            expect("invalid-assessment-unknown-state.json", "/measures/0/assessments/0/status", "enum"),
            // national metrics: a scheme and an id, and a polarity of the two known
            expect("invalid-metric-without-id.json", "/measures/0/metrics/0", "required"),
            expect("invalid-metric-polarity-not-known.json", "/measures/0/metrics/0/polarity", "enum"),
            // elements
            expect("invalid-theme-with-neither-name-nor-number.json", "/themes/0", "required"),
            expect("invalid-pledge-without-title.json", "/themes/0/deliverables/0", "required"),
            expect("invalid-list-item-without-text.json", "/themes/0/lists/0/items/0", "required"),
            expect("invalid-principle-without-name.json", "/principles/0", "required"),
            expect("invalid-long-term-not-boolean.json", "/themes/0/outcomes/0/longTerm", "type"),
            expect("invalid-lead-in-for-a-list-it-does-not-have.json", "/themes/0/deliverables/0/leadIns",
                    "additionalProperties"),
            expect("invalid-unknown-level-name.json", "/levelNames", "additionalProperties"),
            expect("invalid-alternative-name-without-name.json", "/themes/0/otherNames/0", "required"),
            expect("invalid-provenance-without-document-or-uri.json", "/themes/0/provenance", "required"),
            // editions
            expect("invalid-empty-decision.json", "/edition/decision", "required"),
            expect("invalid-superseded-by-on-an-adopted-edition.json", "/edition/status", "const"),
            expect("invalid-supersession-without-edition.json", "/edition/supersededBy", "required"),
            // languages, oversight and related plans
            expect("invalid-non-canonical-partial-language.json", "/partialLanguages/0", "pattern"),
            expect("invalid-duplicate-partial-language.json", "/partialLanguages", "uniqueItems"),
            expect("invalid-duplicate-overseer.json", "/overseenBy", "uniqueItems"),
            expect("invalid-bad-related-plan-id.json", "/relatedPlans/0/id", "pattern"),
            expect("invalid-bad-relation.json", "/relatedPlans/0/relation", "enum"),
            expect("invalid-related-plan-without-id.json", "/relatedPlans/0", "required"),
            expect("invalid-bad-to-plan.json", "/links/0/toPlan", "pattern"),
            // the organisation's identifiers
            expect("invalid-bad-gss-code.json", "/organisation/gssCode", "pattern"),
            expect("invalid-bad-org-id.json", "/organisation/orgId", "pattern"),
            // roll-up by declared method
            expect("invalid-bad-roll-up-method.json", "/measures/0/rollUp", "enum"),
            expect("invalid-ratio-per-without-ratio.json", "/measures/0/rollUp", "const"),
            expect("invalid-ratio-per-zero.json", "/measures/0/ratioPer", "exclusiveMinimum"),
            expect("invalid-numerator-without-denominator.json", "/measures/0/actuals/0", "dependentRequired"),
            expect("invalid-negative-denominator.json", "/measures/0/actuals/0/denominator", "minimum"));

    /**
     * The invalid fixtures whose fault is in the extensions the plan declares, which only the
     * validator sees (the plan schema and the model leave extension data to it): the code and
     * pointer of the error each must get. The extensions' schemas are test resources under
     * {@code META-INF/councilplan/extensions/}.
     */
    private static final Map<String, Expected> EXPECTED_OF_EXTENSIONS = Map.ofEntries(
            expect("invalid-extension-data.json", "/themes/0/deliverables/0/extensions/ward-funding/amount",
                    "schema.type"),
            expect("invalid-extension-without-schema.json", "/extensionsUsed/2", "extension.no-schema"),
            expect("invalid-extension-declared-twice.json", "/extensionsUsed/2/name", "extension.duplicate"),
            expect("invalid-extension-other-schema.json", "/extensionsUsed/0/schema", "extension.no-schema"),
            expect("invalid-extension-unusable-schema.json", "/extensionsUsed/2", "extension.no-schema"));

    /**
     * The problems the validator reports on each valid fixture that is not free of them, by code:
     * warnings the document earns (a theme with nothing in it, texts not in a language whose
     * translation the plan says is partial, a priority without deliverables where others have
     * some) and notes (links into a related plan whose document
     * was not given). Every other valid fixture, one per shape of the format, has none.
     */
    private static final Map<String, List<ProblemCode>> EXPECTED_WARNINGS_AND_NOTES = Map.of(
            "valid-empty-collections.json", List.of(ProblemCode.RULE_EMPTY_THEME),
            "valid-extensions-hold-any-json.json", List.of(ProblemCode.RULE_EMPTY_THEME),
            "valid-partial-languages.json", List.of(ProblemCode.RULE_PARTIAL_TRANSLATION),
            "valid-delivery-plan.json", List.of(ProblemCode.RULE_UNCHECKED_REFERENCE),
            // every part: it declares one extension (ward), so its 15 other extension keys are undeclared
            "valid-every-part.json", everyPartProblems(),
            "valid-lettered-priorities-in-each-objective.json", List.of(ProblemCode.RULE_PRIORITY_WITHOUT_DELIVERABLES),
            "valid-undeclared-extension-key.json", List.of(ProblemCode.EXTENSION_UNDECLARED));

    private static List<ProblemCode> everyPartProblems() {
        List<ProblemCode> codes = new ArrayList<>();
        codes.add(ProblemCode.RULE_UNCHECKED_REFERENCE);
        codes.addAll(Collections.nCopies(15, ProblemCode.EXTENSION_UNDECLARED));
        return List.copyOf(codes);
    }

    private record Expected(String instanceLocation, String keyword) {}

    private static Map.Entry<String, Expected> expect(String fixture, String instanceLocation, String keyword) {
        return Map.entry(fixture, new Expected(instanceLocation, keyword));
    }

    static Stream<String> validFixtures() {
        return TestSchemas.fixtures("valid-").stream();
    }

    /** The invalid fixtures the plan schema refuses. */
    static Stream<String> invalidFixtures() {
        return TestSchemas.fixtures("invalid-").stream().filter(name -> !EXPECTED_OF_EXTENSIONS.containsKey(name));
    }

    static Stream<String> invalidExtensionFixtures() {
        return EXPECTED_OF_EXTENSIONS.keySet().stream().sorted();
    }

    @Test
    void fixturesIncludeAMinimalPlanAndOneThatUsesEveryPart() {
        assertThat(TestSchemas.fixtures("valid-")).contains("valid-minimal.json", "valid-every-part.json");
    }

    @Test
    void everyInvalidFixtureHasAnExpectedErrorAndEveryExpectationAFixture() {
        Set<String> expected = new TreeSet<>(EXPECTED.keySet());
        expected.addAll(EXPECTED_OF_EXTENSIONS.keySet());
        assertThat(new TreeSet<>(TestSchemas.fixtures("invalid-"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("invalidExtensionFixtures")
    void invalidExtensionFixtureGetsTheExpectedCodeAndPointerFromTheValidator(String fixture) {
        Expected expected = EXPECTED_OF_EXTENSIONS.get(fixture);

        ValidationReport report = VALIDATOR.validate(TestSchemas.fixtureBytes(fixture), DocumentFormat.JSON);

        assertThat(report.isValid()).as(fixture).isFalse();
        assertThat(report.errors()).as("%s: %s", fixture, report.errors()).anySatisfy(problem -> {
            assertThat(problem.code().code()).isEqualTo(expected.keyword());
            assertThat(problem.pointer()).isEqualTo(expected.instanceLocation());
        });
    }

    @ParameterizedTest
    @MethodSource("invalidExtensionFixtures")
    void invalidExtensionFixturePassesThePlanSchema(String fixture) {
        List<Error> errors = TestSchemas.validate(TestSchemas.fixture(fixture));

        assertThat(errors).as("errors in %s:%s", fixture, TestSchemas.describe(errors)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixturePassesTheSchema(String fixture) {
        List<Error> errors = TestSchemas.validate(TestSchemas.fixture(fixture));

        assertThat(errors).as("errors in %s:%s", fixture, TestSchemas.describe(errors)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureFailsTheSchemaWhereExpected(String fixture) {
        Expected expected = EXPECTED.get(fixture);
        assertThat(expected).as("expected error for %s", fixture).isNotNull();

        List<Error> errors = TestSchemas.validate(TestSchemas.fixture(fixture));

        Set<Expected> found = errors.stream()
                .map(e -> new Expected(e.getInstanceLocation().toString(), e.getKeyword()))
                .collect(Collectors.toSet());
        assertThat(found).as("errors in %s:%s", fixture, TestSchemas.describe(errors)).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixtureReadsIntoTheModel(String fixture) {
        byte[] json = TestSchemas.fixtureBytes(fixture);

        assertThatCode(() -> PlanJson.standard().read(json)).as(fixture).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureIsRejectedByTheModelToo(String fixture) {
        byte[] json = TestSchemas.fixtureBytes(fixture);

        assertThatThrownBy(() -> PlanJson.standard().read(json)).as(fixture).isInstanceOf(InvalidPlanException.class);
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixtureIsValidThroughTheValidator(String fixture) {
        ValidationReport report = VALIDATOR.validate(TestSchemas.fixtureBytes(fixture), DocumentFormat.JSON);

        assertThat(report.errors()).as(fixture).isEmpty();
        assertThat(report.plan()).as(fixture).isPresent();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixtureHasOnlyTheWarningsAndNotesItEarns(String fixture) {
        ValidationReport report = VALIDATOR.validate(TestSchemas.fixtureBytes(fixture), DocumentFormat.JSON);

        assertThat(report.problems()).extracting(Problem::code).as("%s: %s", fixture, report.problems())
                .containsExactlyElementsOf(EXPECTED_WARNINGS_AND_NOTES.getOrDefault(fixture, List.of()));
    }

    @Test
    void thereIsAValidFixtureForEveryShapeOfFormat02() {
        assertThat(TestSchemas.fixtures("valid-")).contains("valid-pledges-under-themes.json",
                "valid-strategic-objectives.json", "valid-stops-at-priorities.json",
                "valid-outcomes-at-every-level.json", "valid-lists.json", "valid-principles.json",
                "valid-plan-dates.json", "valid-editions.json", "valid-level-names.json",
                "valid-other-names-and-provenance.json", "valid-lead-ins.json", "valid-statements-with-structure.json",
                "valid-theme-with-only-a-number.json", "valid-qualitative-measure.json",
                "valid-measures-as-reported.json", "valid-long-term-outcome.json", "valid-partial-languages.json",
                "valid-overseen-by.json", "valid-strategy.json", "valid-delivery-plan.json", "valid-roll-up.json",
                "valid-target-revisions.json", "valid-national-metrics.json");
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureGetsTheExpectedCodeAndPointerFromTheValidator(String fixture) {
        Expected expected = EXPECTED.get(fixture);
        ProblemCode code = ProblemCode.forSchemaKeyword(expected.keyword());

        ValidationReport report = VALIDATOR.validate(TestSchemas.fixtureBytes(fixture), DocumentFormat.JSON);

        assertThat(report.isValid()).as(fixture).isFalse();
        assertThat(report.errors()).as("%s: %s", fixture, report.errors()).anySatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.keyword()).contains(expected.keyword());
            if (expected.keyword().equals("additionalProperties")) {
                // the validator locates an unknown property at the property itself
                assertThat(problem.pointer()).startsWith(expected.instanceLocation() + "/");
            } else {
                assertThat(problem.pointer()).isEqualTo(expected.instanceLocation());
            }
        });
    }
}
