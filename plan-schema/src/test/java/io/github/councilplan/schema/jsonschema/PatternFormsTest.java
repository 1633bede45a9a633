package io.github.councilplan.schema.jsonschema;

import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** A string that does not have the form a pattern asks for gets a message in words. */
class PatternFormsTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static String document(String id, String title) {
        return "{\"schemaVersion\": \"0.2\", \"id\": \"" + id + "\", \"title\": " + title
                + ", \"organisation\": {\"name\": \"o\"}, \"period\": {\"start\": \"2025/26\", \"end\": \"2028/29\"}}";
    }

    private static Problem onlyPatternProblem(String json) {
        ValidationReport report = VALIDATOR.validate(json, DocumentFormat.JSON);
        return report.problems().stream().filter(p -> p.code() == ProblemCode.SCHEMA_PATTERN)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one pattern problem: " + report.problems());
                })
                .orElseThrow(() -> new AssertionError("no pattern problem: " + report.problems()));
    }

    @Test
    void badIdIsQuotedWithTheFormOfAnElementIdNotTheRegularExpression() {
        Problem problem = onlyPatternProblem(document("bad id!", "\"t\""));

        assertThat(problem.pointer()).isEqualTo("/id");
        assertThat(problem.message()).contains("/id: 'bad id!' does not have the required form. Element id: "
                + "The stable identity of a plan element").doesNotContain("regex", "[A-Za-z0-9]");
    }

    @Test
    void longValueIsShownInPart() {
        String id = "x".repeat(39) + "é!" + "y".repeat(60);

        Problem problem = onlyPatternProblem(document(id, "\"t\""));

        assertThat(problem.message()).contains("'" + "x".repeat(39) + "é...' does not have the required form");
    }

    @Test
    void shownValueKeepsTheMessageOnOneLine() {
        Problem problem = onlyPatternProblem(document("a\\nb\\u2028c", "\"t\""));

        assertThat(problem.message()).contains("'a\\u000ab\\u2028c' does not have the required form")
                .doesNotContain("\n", "\u2028");
    }

    @Test
    void languageTagThatIsAPropertyNameIsQuotedAsTheKey() {
        ValidationReport report = VALIDATOR.validate(document("p", "{\"e n\": \"Our plan\"}"), DocumentFormat.JSON);

        assertThat(report.problems()).filteredOn(p -> p.code() == ProblemCode.SCHEMA_PROPERTY_NAME).singleElement()
                .extracting(Problem::message).asString()
                .contains("/title: the property name 'e n' does not have the required form. Language tag: ")
                .doesNotContain("regex");
    }

    @Test
    void blankTextGetsTheFormOfText() {
        Problem problem = onlyPatternProblem(document("p", "\" \""));

        assertThat(problem.pointer()).isEqualTo("/title");
        assertThat(problem.message()).contains("' ' does not have the required form. Text: Required, non-blank text");
    }

    @Test
    void patternOutsideATitledSchemaHasNoForm() {
        PatternForms forms = PatternForms.of(JsonMapper.shared().readTree(
                "{\"properties\": {\"a\": {\"pattern\": \"^x$\"}}, \"$defs\": {\"b\": {\"title\": \"B\", \"pattern\": \"^y$\"}}}"));

        assertThat(forms.message("urn:s#/properties/a/pattern", StringNode.valueOf("z"))).isEmpty();
        assertThat(forms.message("urn:s#/$defs/b/pattern", StringNode.valueOf("z")))
                .contains("'z' does not have the required form. B");
    }
}
