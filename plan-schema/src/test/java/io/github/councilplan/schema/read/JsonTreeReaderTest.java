package io.github.councilplan.schema.read;

import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;
import io.github.councilplan.schema.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonTreeReader}: numbers are bounded by the digits they have written out in full, not
 * only by the characters they are written in, as the YAML reader bounds them.
 */
class JsonTreeReaderTest {
    /** A bound on the tests of hostile documents, only so that a regression fails rather than hangs. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final JsonTreeReader reader = new JsonTreeReader(ValidationLimits.defaults());

    private Problem problem(String json) {
        DocumentProblemException thrown = catchThrowableOfType(DocumentProblemException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).as("a located problem").isNotNull();
        return thrown.problem();
    }

    @Test
    void numberWithAHugeExponentIsANumberLengthProblemAtTheNumber() {
        Problem problem = problem("{\"a\": [1, 1e100000000]}");

        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
        assertThat(problem.column()).isEqualTo(11);
    }

    @Test
    void numberWithATinyExponentIsANumberLengthProblem() {
        assertThat(problem("[1e-100000000]").code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void numberOfAsManyDigitsWrittenOutAsTheLimitIsRead() {
        LocatedTree tree = reader.read("[1e99, 1e-98]".getBytes(StandardCharsets.UTF_8));

        assertThat(tree.root().get(0).decimalValue()).isEqualTo(new BigDecimal("1e99"));
        assertThat(tree.root().get(1).decimalValue()).isEqualTo(new BigDecimal("1e-98"));
    }

    @Test
    void numberOfOneDigitMoreWrittenOutThanTheLimitIsANumberLengthProblem() {
        assertThat(problem("[1e100]").code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void planWithAHugeExponentEndsQuicklyInALocatedProblem() {
        String json = "{\"schemaVersion\": \"0.2\", \"id\": \"x\", \"title\": \"t\", \"organisation\": {\"name\": \"o\"}, "
                + "\"period\": {\"start\": \"2025/26\", \"end\": \"2028/29\"}, \"measures\": [{\"id\": \"k\", "
                + "\"name\": \"n\", \"unit\": \"u\", \"direction\": \"higherIsBetter\", \"frequency\": \"financialYear\", "
                + "\"targets\": {\"2025/26\": 1e300000000}}]}";

        ValidationReport report = assertTimeoutPreemptively(HANG_GUARD,
                () -> PlanValidator.create().validate(json, DocumentFormat.JSON));

        assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void numberLimitCountsTheSignAsTheYamlReaderDoes() {
        ValidationLimits six = ValidationLimits.defaults().withMaxNumberLength(6);
        byte[] document = "[-100000]".getBytes(StandardCharsets.UTF_8);

        DocumentProblemException json = catchThrowableOfType(DocumentProblemException.class,
                () -> new JsonTreeReader(six).read(document));
        DocumentProblemException yaml = catchThrowableOfType(DocumentProblemException.class,
                () -> new YamlTreeReader(six).read(document));

        assertThat(json.problem()).isEqualTo(yaml.problem());
        assertThat(json.problem().code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
        assertThat(new JsonTreeReader(six).read("[100000, -10000]".getBytes(StandardCharsets.UTF_8)).root())
                .hasSize(2);
    }

    @Test
    void valueOverALimitHasItsPointer() {
        assertThat(problem("{\"a\": [1, {\"b~/\": 1e200}]}").pointer()).isEqualTo("/a/1/b~0~1");
        assertThat(problem("{\"a\": [1, \"" + "x".repeat(1_000_001) + "\"]}").pointer()).isEqualTo("/a/1");
    }

    @Test
    void keyOverTheLimitHasThePointerOfItsObject() {
        String longKey = "k".repeat(1_000_001);

        assertThat(problem("{\"a\": {\"b\": 1, \"" + longKey + "\": 2}}").pointer()).isEqualTo("/a");
        assertThat(problem("{\"a\": [{\"" + longKey + "\": 2}]}").pointer()).isEqualTo("/a/0");
    }

    @Test
    void duplicateKeyHasThePointerOfTheSecondValue() {
        Problem problem = problem("{\"a\": {\"b\": 1, \"b\": 2}}");

        assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_DUPLICATE_KEY);
        assertThat(problem.pointer()).isEqualTo("/a/b");
    }

    /**
     * JSON text is YAML: a duplicate key, or a value over a limit, the JSON reader finds at the
     * same pointer as the YAML reader, and a duplicate key or a string at the same place.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1, \"b\": {\"c\": 2, \"c\": 3}}", "{\"a\": [1, 12345678]}", "{\"a\": [1, -1234567]}",
        "{\"a\": {\"b\": [1.5, 1e10]}}", "{\"a\": [\"x\", \"0123456789a\"]}", "{\"a\": {\"0123456789a\": 1}}",
        "{\"a\": {\"b\": null, \"0123456789a\": 1}}", "{\",\": null, \"0123456789a\": null}",
        "{\"a\": [[[[[[1]]]]]]}", "{\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {}}}}}}",
        "{\"é\": \"ŵŵ\", \"x\": \"0123456789a\"}", "{\"é\": \"ŵŵ\",\n \"é\": 1}"})
    void jsonTextReadAsYamlHasItsFaultAtTheSamePointer(String json) {
        ValidationLimits tight = ValidationLimits.defaults().withMaxNumberLength(7).withMaxStringLength(10)
                .withMaxNestingDepth(5);
        byte[] text = json.getBytes(StandardCharsets.UTF_8);

        Problem fromJson = catchThrowableOfType(DocumentProblemException.class,
                () -> new JsonTreeReader(tight).read(text)).problem();
        Problem fromYaml = catchThrowableOfType(DocumentProblemException.class,
                () -> new YamlTreeReader(tight).read(text)).problem();

        assertThat(List.of(fromJson.code(), fromJson.pointer(), fromJson.line()))
                .isEqualTo(List.of(fromYaml.code(), fromYaml.pointer(), fromYaml.line()));
        boolean atItsStart = fromJson.code() == ProblemCode.SYNTAX_DUPLICATE_KEY || json.endsWith("a\"}")
                || json.endsWith("a\"]}");
        if (atItsStart) {
            assertThat(fromJson.column()).isEqualTo(fromYaml.column());
        }
    }

    @Test
    void columnsCountCharactersNotBytes() {
        ValidationReport report = PlanValidator.create().validate("{\"title\": \"ŵŵŵ\", \"bogus\": 1}", DocumentFormat.JSON);

        assertThat(report.problems()).filteredOn(p -> p.pointer().equals("/bogus"))
                .singleElement().extracting(Problem::column).isEqualTo(27);
    }
}
