package io.github.councilplan.schema;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.read.LocatedTree;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text enters the validator strictly, whatever the syntax: an escape that makes half of a
 * surrogate pair, in any string or key of a document, JSON or YAML, is one located syntax
 * problem at that value (a key's pointer showing the escape as the document wrote it); and a
 * number's limit is on its value, whatever its notation.
 */
class StrictTextPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    /** A word no plan holds, which both writers write as it is: replaced, in the text, by the escape. */
    private static final String MARK = "zqxmarkzqx";

    /** 1,000 tries, each validating a whole plan twice, also at CI's volume. */
    @Property(tries = 1_000)
    void anUnpairedSurrogateInAnyStringIsALocatedSyntaxProblem(@ForAll("plans") ObjectNode plan,
            @ForAll @IntRange(max = 10_000) int which, @ForAll("surrogates") String escape,
            @ForAll boolean key) {
        List<String> pointers = new ArrayList<>();
        collect(plan, "", key, pointers);
        String pointer = pointers.get(which % pointers.size());
        String expected = mark(plan, pointer, key, escape);

        for (DocumentFormat format : DocumentFormat.values()) {
            String text = (format == DocumentFormat.JSON ? JsonMapper.shared().writeValueAsString(plan)
                    : PlanYaml.writeTree(plan).replace(MARK, "\"" + MARK + "\"")).replace(MARK, "a" + escape);

            ValidationReport report = Verdicts.validate(VALIDATOR, text, format);

            Verdicts.assertLocated(report, text);
            assertThat(report.problems()).as("%s %s", format, text).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
                assertThat(problem.pointer()).isEqualTo(expected);
                assertThat(problem.message()).contains("surrogate");
            });
        }
    }

    /**
     * A YAML integer in decimal, hexadecimal or octal notation is within the number limit exactly
     * when the same value written in JSON is.
     */
    @Property
    void theNumberLimitIsOnTheValueWhateverTheNotation(@ForAll("integers") BigInteger value,
            @ForAll @IntRange(min = 1, max = 12) int maxNumberLength) {
        PlanValidator validator = PlanValidator.create(ValidationLimits.defaults().withMaxNumberLength(maxNumberLength));
        String json = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\",\"organisation\":{\"name\":\"C\"},"
                + "\"period\":{\"start\":\"2024\",\"end\":\"2029\"},\"extensions\":{\"n\":" + value + "}}";
        boolean withinInJson = Verdicts.validate(validator, json, DocumentFormat.JSON).isValid();

        for (String notation : List.of(value.toString(), "0x" + value.toString(16), "0o" + value.toString(8),
                "0x00" + value.toString(16).toUpperCase(java.util.Locale.ROOT))) {
            String yaml = "schemaVersion: \"0.2\"\nid: p\ntitle: T\norganisation: {name: C}\n"
                    + "period: {start: \"2024\", end: \"2029\"}\nextensions: {n: " + notation + "}\n";
            ValidationReport report = Verdicts.validate(validator, yaml, DocumentFormat.YAML);
            assertThat(report.isValid()).as("%s with the limit %d: %s", notation, maxNumberLength, report.problems())
                    .isEqualTo(withinInJson);
            report.problems().forEach(problem -> assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH));
        }
    }

    /** Lists the pointers of the strings (or, with {@code keys}, of the keys) in a tree. */
    private static void collect(JsonNode node, String pointer, boolean keys, List<String> into) {
        if (node.isString() && !keys) {
            into.add(pointer);
        } else if (node.isObject()) {
            node.properties().forEach(entry -> {
                String child = pointer + "/" + Pointers.escape(entry.getKey());
                if (keys) {
                    into.add(child);
                }
                collect(entry.getValue(), child, keys, into);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, keys, into);
            }
        }
    }

    /**
     * Puts the mark in the string (or key) at {@code pointer} and returns the pointer the problem
     * must have: the string's, or the key's with the escape as written.
     */
    private static String mark(ObjectNode plan, String pointer, boolean key, String escape) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = plan.at(pointer.substring(0, slash));
        String last = Pointers.unescape(pointer.substring(slash + 1));
        if (!key) {
            if (parent.isArray()) {
                ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), MARK);
            } else {
                ((ObjectNode) parent).put(last, MARK);
            }
            return pointer;
        }
        ObjectNode object = (ObjectNode) parent;
        ObjectNode renamed = object.objectNode();
        object.properties().forEach(entry -> renamed.set(entry.getKey().equals(last) ? MARK : entry.getKey(),
                entry.getValue()));
        object.removeAll();
        object.setAll(renamed);
        return pointer.substring(0, slash) + "/" + Pointers.escape("a" + escape.toLowerCase(java.util.Locale.ROOT));
    }

    /** The valid plans the default limits admit (some hold numbers beyond them). */
    @Provide
    Arbitrary<ObjectNode> plans() {
        List<ObjectNode> valid = ValidPlans.all().stream()
                .filter(plan -> VALIDATOR.validate(JsonMapper.shared().writeValueAsString(plan), DocumentFormat.JSON)
                        .isValid())
                .collect(java.util.stream.Collectors.toList());
        return Arbitraries.of(valid).map(ObjectNode::deepCopy);
    }

    /** Escapes of a high or a low surrogate alone, in either case, or followed by what does not pair. */
    @Provide
    Arbitrary<String> surrogates() {
        Arbitrary<String> half = Combinators.combine(Arbitraries.of("d8", "db", "dc", "df", "D8", "DF"),
                Arbitraries.of("00", "ff", "7A")).as((high, low) -> "\\u" + high + low);
        return half;
    }

    /** Integers around the powers of ten, sixteen and eight that the limits fall between. */
    @Provide
    Arbitrary<BigInteger> integers() {
        Arbitrary<BigInteger> powers = Combinators.combine(Arbitraries.of(8, 10, 16), Arbitraries.integers().between(0, 16),
                Arbitraries.of(-1, 0, 1)).as((base, exponent, offset) -> BigInteger.valueOf(base).pow(exponent)
                .add(BigInteger.valueOf(offset)).max(BigInteger.ZERO));
        return Arbitraries.oneOf(powers, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(14)));
    }
}
