package io.github.councilplan.schema.read;

import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of {@link YamlTreeReader}: no input makes it throw anything but a located
 * {@link DocumentProblemException}, and JSON text, which is YAML, reads into the tree the JSON
 * reader gives, with the same locations.
 */
public class YamlTreeReaderPropertyTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YamlTreeReader DEFAULT = new YamlTreeReader(ValidationLimits.defaults());
    /** Limits low enough for short random documents to reach every one of them. */
    private static final YamlTreeReader TIGHT = new YamlTreeReader(ValidationLimits.defaults()
            .withMaxNestingDepth(5).withMaxAliasExpansion(12).withMaxStringLength(24).withMaxNumberLength(6)
            .withMaxDocumentBytes(2_000));

    /** Pieces of YAML syntax, valid and not, that random documents are made of. */
    public static final List<String> FRAGMENTS = List.of(
            "a", "key", "x y", "2025", "2025/26", "1.5", "-3", "0x1F", "0o7", "1e400", ".nan", "-.inf", "~", "null",
            "true", "yes", "é", "😀", "\\", "\"", "'", "\"q\\u00e9\\x41\\n\"", "'it''s'", ": ", ":", "- ", "-", "? ",
            ",", "[", "]", "{", "}", "&a ", "&b ", "*a", "*b", "!!str ", "!!int ", "!!float ", "!!map ", "!!seq ",
            "!!binary ", "!foo ", "! ", "!<tag:x> ", "|", "|-", "|+", ">", ">2", "#", " # c", "%YAML 1.2\n",
            "%TAG !e! tag:yaml.org,2002:\n", "!e!str ", "---", "--- ", "...", "<<: ", "\n", "\n  ", "\n    ", "\r\n",
            "\r", "\t", " ", "  ", "\u0007", "\u0000", "\uFEFF", "\u0085", "\u2028", "@", "`", "%");

    private static void readsOrLocates(YamlTreeReader reader, byte[] document) {
        try {
            assertThat(reader.read(document).root()).isNotNull();
        } catch (DocumentProblemException e) {
            assertThat(e.problem().line()).isPositive();
            assertThat(e.problem().column()).isPositive();
            assertThat(e.problem().message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> yamlLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property
    void yamlLikeTextGivesATreeOrALocatedProblem(@ForAll("yamlLike") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        readsOrLocates(TIGHT, bytes);
        readsOrLocates(DEFAULT, bytes);
    }

    @Property
    void arbitraryTextGivesATreeOrALocatedProblem(@ForAll @StringLength(max = 200) String text) {
        readsOrLocates(DEFAULT, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void arbitraryBytesGiveATreeOrALocatedProblem(@ForAll @Size(max = 300) byte[] bytes) {
        readsOrLocates(DEFAULT, bytes);
    }

    @Provide
    Arbitrary<JsonNode> jsonTrees() {
        return tree(3, text());
    }

    @Provide
    Arbitrary<JsonNode> asciiJsonTrees() {
        return tree(3, Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\n', '\u0001').ofMaxLength(12));
    }

    /** Text YAML can hold unescaped: no C1 controls, surrogates or non-characters. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u017f')
                .withCharRange('\u2000', '\u206f')
                .withChars('\t', '\n', '\r', '\u0001', '\u001f', '\u0085', '\u4e2d', '\ufffd')
                .ofMaxLength(12);
    }

    private static Arbitrary<JsonNode> tree(int depth, Arbitrary<String> strings) {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                strings.map(NODES::stringNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
                        new java.math.BigInteger("1" + "0".repeat(30))).map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"), new java.math.BigDecimal("1e12"))
                        .ofScale(3).map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = tree(depth - 1, strings).list().ofMaxSize(4).map(values -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(strings, tree(depth - 1, strings)).ofMaxSize(4).map(entries -> {
            ObjectNode object = NODES.objectNode();
            entries.forEach(object::set);
            return object;
        });
        // the edge cases of nested collections multiply: at 10,000 tries jqwik would hold more than
        // a gigabyte of them; the scalars keep theirs, and random generation gives empty ones often
        return Arbitraries.frequencyOf(Tuple.of(3, scalars), Tuple.of(1, arrays.withoutEdgeCases()),
                Tuple.of(1, objects.withoutEdgeCases()));
    }

    private static byte[] jsonText(JsonNode tree) {
        return PlanJson.standard().mapper().writeValueAsBytes(tree);
    }

    @Property
    void jsonTextReadAsYamlGivesTheJsonReadersTree(@ForAll("jsonTrees") JsonNode tree) {
        byte[] text = jsonText(tree);
        Assume.that(!hasAmbiguousLineBreak(text));

        JsonNode fromYaml = DEFAULT.read(text).root();

        assertThat(fromYaml).isEqualTo(new JsonTreeReader(ValidationLimits.defaults()).read(text).root());
    }

    @Example
    void jsonTextWithAnAmbiguousLineBreakIsRefusedAsYamlWhereItStands() {
        for (char c : new char[] {'\u0085', '\u2028', '\u2029'}) {
            byte[] text = ("{\n  \"a\": \" " + c + "\"\n}").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> DEFAULT.read(text))
                    .isInstanceOfSatisfying(DocumentProblemException.class, e -> {
                        assertThat(e.problem().code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
                        assertThat(e.problem().message()).contains("is a line break to some YAML readers");
                        assertThat(e.problem().line()).isEqualTo(2);
                        assertThat(e.problem().column()).isEqualTo(10);
                    });
        }
    }

    private static boolean hasAmbiguousLineBreak(byte[] text) {
        String decoded = new String(text, StandardCharsets.UTF_8);
        return decoded.indexOf('\u0085') >= 0 || decoded.indexOf('\u2028') >= 0 || decoded.indexOf('\u2029') >= 0;
    }

    @Property
    void asciiJsonTextReadAsYamlLocatesEveryValueWhereTheJsonReaderDoes(@ForAll("asciiJsonTrees") JsonNode tree) {
        byte[] text = jsonText(tree);
        LocatedTree fromYaml = DEFAULT.read(text);
        LocatedTree fromJson = new JsonTreeReader(ValidationLimits.defaults()).read(text);

        for (String pointer : pointers(fromJson.root())) {
            assertThat(fromYaml.locate(pointer)).as(pointer).containsExactly(fromJson.locate(pointer));
        }
    }

    private static List<String> pointers(JsonNode root) {
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, List<String> into) {
        into.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), pointer + "/" + Pointers.escape(property.getKey()), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, into);
            }
        }
    }
}
