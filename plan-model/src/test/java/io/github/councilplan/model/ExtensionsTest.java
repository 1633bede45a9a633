package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ExtensionsTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Provide
    Arbitrary<ObjectNode> objects() {
        return ValueArbitraries.jsonObjects();
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return ValueArbitraries.jsonValues();
    }

    @Provide
    Arbitrary<JsonNode> numbers() {
        // a float's own decimalValue() widens it to a double first (0.1f becomes 0.100000001...)
        return ValueArbitraries.jsonScalars().filter(n -> n.isNumber() && !n.isFloat());
    }

    @Provide
    Arbitrary<BigInteger> integers() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70)),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.integers().map(BigInteger::valueOf));
    }

    @Provide
    Arbitrary<JsonNode> nonFinite() {
        return Arbitraries.of(
                NODES.numberNode(Double.NaN), NODES.numberNode(Double.POSITIVE_INFINITY),
                NODES.numberNode(Double.NEGATIVE_INFINITY), NODES.numberNode(Float.NaN),
                NODES.numberNode(Float.POSITIVE_INFINITY), NODES.numberNode(Float.NEGATIVE_INFINITY));
    }

    private static ObjectNode object(String name, JsonNode value) {
        ObjectNode object = NODES.objectNode();
        object.set(name, value);
        return object;
    }

    // ---------------------------------------------------------------- examples

    @Test
    void emptyHasNoNames() {
        assertThat(Extensions.empty().isEmpty()).isTrue();
        assertThat(Extensions.empty().names()).isEmpty();
        assertThat(Extensions.empty().toObjectNode()).isEqualTo(NODES.objectNode());
    }

    @Test
    void ofAnEmptyObjectIsEmpty() {
        assertThat(Extensions.of(NODES.objectNode())).isEqualTo(Extensions.empty());
    }

    @Test
    void getReturnsAProperty() {
        Extensions extensions = Extensions.of(object("ward", NODES.stringNode("Abbey")));

        assertThat(extensions.get("ward")).contains(NODES.stringNode("Abbey"));
        assertThat(extensions.isEmpty()).isFalse();
    }

    @Test
    void getOfAMissingPropertyIsEmpty() {
        assertThat(Extensions.of(object("ward", NODES.stringNode("Abbey"))).get("budget")).isEmpty();
    }

    @Test
    void namesAreSorted() {
        ObjectNode data = NODES.objectNode();
        for (String name : List.of("zeta", "alpha", "mu", "beta", "omega", "kappa", "delta")) {
            data.put(name, 1);
        }

        assertThat(new ArrayList<>(Extensions.of(data).names()))
                .containsExactly("alpha", "beta", "delta", "kappa", "mu", "omega", "zeta");
    }

    @Test
    void namesCannotBeModified() {
        Extensions extensions = Extensions.of(object("a", NODES.numberNode(1)));

        assertThatThrownBy(() -> extensions.names().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheObjectGivenDoesNotChangeTheExtensions() {
        ObjectNode nested = NODES.objectNode().put("b", 1);
        ObjectNode data = object("a", nested);
        Extensions extensions = Extensions.of(data);

        nested.put("b", 2);
        data.put("c", 3);

        assertThat(extensions.toObjectNode()).isEqualTo(object("a", NODES.objectNode().put("b", 1)));
    }

    @Test
    void changingTheObjectReturnedDoesNotChangeTheExtensions() {
        Extensions extensions = Extensions.of(object("a", NODES.objectNode().put("b", 1)));

        ObjectNode out = extensions.toObjectNode();
        ((ObjectNode) out.get("a")).put("b", 2);
        out.put("c", 3);

        assertThat(extensions.toObjectNode()).isEqualTo(object("a", NODES.objectNode().put("b", 1)));
    }

    @Test
    void changingAValueReturnedByGetDoesNotChangeTheExtensions() {
        Extensions extensions = Extensions.of(object("a", NODES.arrayNode().add(1)));

        ((ArrayNode) extensions.get("a").orElseThrow()).add(2);

        assertThat(extensions.get("a")).contains(NODES.arrayNode().add(1));
    }

    @Test
    void withSetsAPropertyOnACopy() {
        Extensions original = Extensions.of(object("a", NODES.numberNode(1)));

        Extensions changed = original.with("b", NODES.stringNode("x"));

        assertThat(changed.names()).containsExactlyInAnyOrder("a", "b");
        assertThat(original.names()).containsExactly("a");
    }

    @Test
    void withReplacesAProperty() {
        Extensions changed = Extensions.of(object("a", NODES.numberNode(1))).with("a", NODES.numberNode(2));

        assertThat(changed.get("a")).contains(NODES.numberNode(2));
    }

    @Test
    void withCopiesTheValueGiven() {
        ArrayNode value = NODES.arrayNode().add(1);
        Extensions extensions = Extensions.empty().with("a", value);

        value.add(2);

        assertThat(extensions.get("a")).contains(NODES.arrayNode().add(1));
    }

    @Test
    void withAcceptsAJsonNull() {
        assertThat(Extensions.empty().with("a", NODES.nullNode()).get("a")).contains(NODES.nullNode());
    }

    @Test
    void withRejectsNaNNamingTheProperty() {
        assertThatThrownBy(() -> Extensions.empty().with("score", NODES.numberNode(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extensions.score: 'NaN' is not a finite number");
    }

    @Test
    void ofRejectsInfinityNamingItsPath() {
        ObjectNode data = object("a", NODES.arrayNode().add(1).add(NODES.objectNode().put("b", Double.POSITIVE_INFINITY)));

        assertThatThrownBy(() -> Extensions.of(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extensions.a[1].b: 'Infinity' is not a finite number");
    }

    @Test
    void ofRejectsNegativeInfinity() {
        assertThatThrownBy(() -> Extensions.of(object("x", NODES.numberNode(Float.NEGATIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extensions.x: '-Infinity' is not a finite number");
    }

    @Test
    void ofAndWithRejectNulls() {
        assertThatThrownBy(() -> Extensions.of(null)).isInstanceOf(NullPointerException.class).hasMessage("extensions");
        assertThatThrownBy(() -> Extensions.empty().with(null, NODES.nullNode())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Extensions.empty().with("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aSmallLongIsHeldAsAnInt() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(5L)));

        assertThat(extensions.get("n").orElseThrow().isInt()).isTrue();
        assertThat(extensions).isEqualTo(Extensions.of(object("n", NODES.numberNode(5))));
    }

    @Test
    void aBigIntegerThatFitsALongIsHeldAsALong() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE))));

        assertThat(extensions.get("n").orElseThrow().isLong()).isTrue();
    }

    @Test
    void aDoubleIsHeldAsADecimal() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(1.5)));

        assertThat(extensions.get("n")).contains(NODES.numberNode(new BigDecimal("1.5")));
    }

    @Test
    void aFloatIsHeldAsTheDecimalItIsWrittenAs() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(0.1f)));

        assertThat(extensions.get("n")).contains(NODES.numberNode(new BigDecimal("0.1")));
    }

    @Test
    void aDecimalWithAFractionKeepsItsScale() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(new BigDecimal("1.50"))));

        assertThat(extensions.get("n")).contains(NODES.numberNode(new BigDecimal("1.50")));
    }

    @Test
    void aDecimalWithANegativeScaleIsHeldAsTheIntegerItIs() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(new BigDecimal("1E+3"))));

        assertThat(extensions.get("n")).contains(NODES.numberNode(1000));
    }

    @Test
    void aDecimalOfScaleZeroReadsBackEqual() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(new BigDecimal("5"))));

        assertThat(JSON.readValue(JSON.writeValueAsString(extensions), Extensions.class)).isEqualTo(extensions);
    }

    @Test
    void aLargeDoubleReadsBackEqual() {
        Extensions extensions = Extensions.of(object("n", NODES.numberNode(1e20)));

        assertThat(JSON.readValue(JSON.writeValueAsString(extensions), Extensions.class)).isEqualTo(extensions);
    }

    @Test
    void aDecimalWithAHugeExponentIsRejectedPromptlyRatherThanExpanded() {
        BigDecimal huge = new BigDecimal("1E+1000000000");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> Extensions.of(object("n", NODES.numberNode(huge))))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("out of range"));
    }

    @Test
    void isWrittenToJsonAsTheObject() {
        ObjectNode data = object("ward", NODES.stringNode("Abbey"));
        data.put("budget", new BigDecimal("1.50"));

        assertThat(JSON.writeValueAsString(Extensions.of(data)).replaceAll("\\s", ""))
                .isEqualTo("{\"ward\":\"Abbey\",\"budget\":1.50}");
    }

    @Test
    void toStringIsCompactJson() {
        assertThat(Extensions.of(object("a", NODES.arrayNode().add(1).add("x")))).hasToString("{\"a\":[1,\"x\"]}");
    }

    // ---------------------------------------------------------------- properties

    @Property
    void jsonRoundTripGivesEqualExtensions(@ForAll("objects") ObjectNode data) {
        Extensions extensions = Extensions.of(data);

        Extensions back = JSON.readValue(JSON.writeValueAsString(extensions), Extensions.class);

        assertThat(back).isEqualTo(extensions).hasSameHashCodeAs(extensions);
    }

    @Property
    void ofTheObjectOfExtensionsGivesEqualExtensions(@ForAll("objects") ObjectNode data) {
        Extensions extensions = Extensions.of(data);

        assertThat(Extensions.of(extensions.toObjectNode())).isEqualTo(extensions);
    }

    @Property
    void normalisingANumberKeepsItsValue(@ForAll("numbers") JsonNode number) {
        JsonNode held = Extensions.of(object("n", number)).get("n").orElseThrow();

        assertThat(held.decimalValue()).isEqualByComparingTo(number.decimalValue());
    }

    @Property
    void anIntegerIsHeldAsTheSmallestTypeThatFitsIt(@ForAll("integers") BigInteger value) {
        JsonNode held = Extensions.of(object("n", NODES.numberNode(value))).get("n").orElseThrow();

        if (value.bitLength() < Integer.SIZE) {
            assertThat(held.isInt()).isTrue();
        } else if (value.bitLength() < Long.SIZE) {
            assertThat(held.isLong()).isTrue();
        } else {
            assertThat(held.isBigInteger()).isTrue();
        }
        assertThat(held.bigIntegerValue()).isEqualTo(value);
    }

    @Property
    void withThenGetGivesAnEqualValueBack(@ForAll("objects") ObjectNode data, @ForAll("values") JsonNode value) {
        Extensions extensions = Extensions.of(data).with("x", value);

        assertThat(extensions.get("x")).contains(Extensions.of(object("x", value)).get("x").orElseThrow());
    }

    @Property
    void changingTheObjectGivenNeverChangesTheExtensions(@ForAll("objects") ObjectNode data) {
        Extensions extensions = Extensions.of(data);
        ObjectNode before = extensions.toObjectNode();

        data.removeAll();
        data.put("changed", true);

        assertThat(extensions.toObjectNode()).isEqualTo(before);
    }

    @Property
    void nonFiniteNumbersAreRejectedWherever(@ForAll("objects") ObjectNode data, @ForAll("nonFinite") JsonNode bad) {
        data.set("bad", NODES.arrayNode().add(bad));

        assertThatThrownBy(() -> Extensions.of(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extensions.bad[0]: '" + bad.doubleValue() + "' is not a finite number");
    }

    @Test
    void decimalWithAHugePositiveScaleIsRejectedSoThatThePlanCanBeWritten() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("n", new java.math.BigDecimal("1e-10000"));

        assertThatThrownBy(() -> Extensions.of(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extensions.n")
                .hasMessageContaining("out of range");
    }
}
