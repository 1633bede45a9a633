package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules run on any tree without throwing: they run after the schema layer whatever it found,
 * so they must pass over every value of an unexpected type. Checked over arbitrary JSON, over
 * trees built from the words of plan documents, and over real plans with parts replaced by
 * arbitrary values.
 */
class PlanRulesPropertyTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every property name the schema defines, and then some keys of maps (periods and tags). */
    static final List<String> PLAN_WORDS = planWords();

    private static List<String> planWords() {
        Set<String> words = new TreeSet<>(List.of("2025/26", "2025/26 Q1", "2031", "cy", "en", "EN", "und"));
        collectPropertyNames(TestSchemas.schemaDocument(), words);
        return List.copyOf(words);
    }

    private static void collectPropertyNames(JsonNode schema, Set<String> into) {
        if (schema.isObject()) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                into.addAll(properties.propertyNames());
            }
            schema.values().forEach(value -> collectPropertyNames(value, into));
        } else if (schema.isArray()) {
            schema.values().forEach(value -> collectPropertyNames(value, into));
        }
    }

    private static void assertRulesDoNotThrow(JsonNode root) {
        assertThatCode(() -> RuleDocuments.check(root)).as("%s", root).doesNotThrowAnyException();
    }

    /*
     * No edge cases in these properties: jqwik would work out as many as it makes tries, each a
     * combination of nested trees, which at 10,000 tries took more time (half of it collecting
     * garbage) than the tries themselves. Empty and one-entry collections, and the tricky strings,
     * come up in random generation anyway.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void theRulesNeverThrowOnAnyJsonTree(@ForAll("anyTrees") JsonNode root) {
        assertRulesDoNotThrow(root);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void theRulesNeverThrowOnTreesBuiltFromTheWordsOfPlans(@ForAll("planShapedTrees") JsonNode root) {
        assertRulesDoNotThrow(root);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void theRulesNeverThrowOnPlansWithPartsReplacedByAnyValue(@ForAll("damagedPlans") JsonNode root) {
        assertRulesDoNotThrow(root);
    }

    @Provide
    Arbitrary<JsonNode> anyTrees() {
        return anyJson();
    }

    @Provide
    Arbitrary<JsonNode> planShapedTrees() {
        return planShaped();
    }

    /** Arbitrary JSON trees, nested up to four deep, with arbitrary keys and strings. */
    static Arbitrary<JsonNode> anyJson() {
        return trees(Arbitraries.strings().ofMaxLength(8), Arbitraries.strings().ofMaxLength(12));
    }

    /** Objects whose keys are the words of the format and whose strings are the values of plans. */
    static Arbitrary<JsonNode> planShaped() {
        Arbitrary<String> keys = Arbitraries.of(PLAN_WORDS);
        Arbitrary<JsonNode> trees = trees(keys, Arbitraries.of(RuleDocuments.TRICKY_STRINGS));
        return Arbitraries.maps(keys, trees).ofMaxSize(10).map(PlanRulesPropertyTest::object);
    }

    /**
     * Real plans, each with up to five values (or the whole of one list or object) replaced by
     * arbitrary trees or removed.
     */
    @Provide
    Arbitrary<JsonNode> damagedPlans() {
        List<ObjectNode> plans = List.of(RuleDocuments.valid(), RuleDocuments.read(RuleDocuments.BILINGUAL),
                RuleDocuments.read(RuleDocuments.THURROCK));
        Arbitrary<JsonNode> replacements = Arbitraries.oneOf(anyTrees(), planShapedTrees(),
                Arbitraries.just(NODES.missingNode()));
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.doubles().between(0, 1), replacements)
                .as(Damage::new);
        return Combinators.combine(Arbitraries.of(plans), damage.list().ofMinSize(1).ofMaxSize(5))
                .as((plan, damages) -> {
                    ObjectNode copy = plan.deepCopy();
                    damages.forEach(d -> d.apply(copy));
                    return copy;
                });
    }

    /** Replaces (or, for a missing node, removes) the value at a place in a document, by fraction. */
    private record Damage(double where, JsonNode replacement) {
        void apply(ObjectNode document) {
            List<String> pointers = new ArrayList<>();
            collectPointers(document, "", pointers);
            String pointer = pointers.get(Math.min(pointers.size() - 1, (int) (where * pointers.size())));
            if (replacement.isMissingNode()) {
                RuleDocuments.without(document, pointer);
            } else {
                RuleDocuments.with(document, pointer, replacement.deepCopy());
            }
        }

        private static void collectPointers(JsonNode node, String pointer, List<String> into) {
            if (!pointer.isEmpty()) {
                into.add(pointer);
            }
            if (node.isObject()) {
                node.properties().forEach(e -> collectPointers(e.getValue(), Trees.pointer(pointer, e.getKey()), into));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collectPointers(node.get(i), Trees.pointer(pointer, i), into);
                }
            }
        }
    }

    private static Arbitrary<JsonNode> trees(Arbitrary<String> keys, Arbitrary<String> strings) {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).map(NODES::numberNode),
                strings.map(NODES::stringNode));
        return Arbitraries.recursive(() -> leaves, tree -> Arbitraries.oneOf(
                leaves,
                tree.list().ofMaxSize(3).map(PlanRulesPropertyTest::array),
                Arbitraries.maps(keys, tree).ofMaxSize(4).map(PlanRulesPropertyTest::object)), 0, 4);
    }

    private static JsonNode array(List<JsonNode> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static JsonNode object(Map<String, JsonNode> properties) {
        ObjectNode object = NODES.objectNode();
        properties.forEach(object::set);
        return object;
    }
}
