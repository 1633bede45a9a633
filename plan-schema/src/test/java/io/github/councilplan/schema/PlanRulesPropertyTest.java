package io.github.councilplan.schema;

import io.github.councilplan.schema.read.Pointers;
import io.github.councilplan.schema.rules.NodeValues;

import io.github.councilplan.schema.rules.DocumentElements;
import io.github.councilplan.schema.rules.DocumentNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.structure.ValueType;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules run on any tree without throwing: they run after the schema layer whatever it found,
 * so they must pass over every value of an unexpected type. Checked over arbitrary JSON, over
 * trees built from the words of plan documents, and over real plans with parts replaced by
 * arbitrary values. And two invariants of format 0.2 over valid plans (every example, every valid
 * fixture and generated plans): a date moved past the plan's end is a warning at that date, or
 * nothing when its element or one containing it is long-term, and never an error; texts that lack
 * a language the plan declares partial are one warning, listing every one of them.
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

    @Property(edgeCases = EdgeCasesMode.NONE)
    void aDatePastThePlansEndIsAWarningAtItUnlessItsElementIsLongTerm(@ForAll("datesMovedPastTheEnd") Moved moved) {
        Set<String> before = codesAndPointers(RuleDocuments.check(moved.before()));
        ObjectNode after = RuleDocuments.with(moved.before().deepCopy(), moved.pointer(), NODES.stringNode(moved.date()));

        Set<String> expected = new TreeSet<>(before);
        boolean longTerm = longTerm(after, moved.pointer());
        Statistics.label("long-term").collect(longTerm);
        Statistics.label("long-term").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 1);
            coverage.check(false).percentage(p -> p > 20);
        });
        if (!longTerm) {
            expected.add(ProblemCode.RULE_DATE_OUTSIDE_PLAN.code() + " " + moved.pointer());
        }
        assertThat(codesAndPointers(RuleDocuments.check(after))).as("%s set to %s", moved.pointer(), moved.date())
                .isEqualTo(expected);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void textsLackingAPartialLanguageAreOneWarningListingEveryOne(@ForAll("partlyTranslated") Untranslated plan) {
        List<RuleDocuments.Reported> reported = RuleDocuments.check(plan.document());

        List<String> lacking = new ArrayList<>();
        for (DocumentElements.Value text : DocumentElements.of(plan.document()).values(ValueType.TEXT)) {
            DocumentNode node = text.node();
            if (node.isString() || (node.isObject() && !node.isEmpty() && node.get(plan.language()) == null)) {
                lacking.add(text.pointer());
            }
        }
        List<RuleDocuments.Reported> warnings = reported.stream()
                .filter(r -> r.code() == ProblemCode.RULE_PARTIAL_TRANSLATION
                        && r.message().contains(" not in " + plan.language() + ", "))
                .toList();
        Statistics.label("texts lacking the language").collect(lacking.isEmpty() ? "none" : "some");
        Statistics.label("texts lacking the language").coverage(coverage -> coverage.check("some")
                .percentage(p -> p > 50));
        if (lacking.isEmpty()) {
            assertThat(warnings).as("no warning when every text gives the language").isEmpty();
            return;
        }
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.related()).containsExactlyElementsOf(lacking).containsAll(plan.removed());
            assertThat(warning.message()).startsWith("plan: " + lacking.size() + (lacking.size() == 1 ? " text is"
                    : " texts are") + " not in " + plan.language() + ", ");
        });
        assertThat(reported).filteredOn(r -> r.code() == ProblemCode.RULE_MISSING_LANGUAGE).isEmpty();
    }

    /** A valid plan, a date of one of its elements, and a date past the plan's end to set there. */
    record Moved(ObjectNode before, String pointer, String date) {
        @Override
        public String toString() {
            return pointer + " := " + date + " in " + before.path("id");
        }
    }

    /**
     * A plan that declares {@code language} partial, with that language taken out of the texts at
     * {@code removed} (texts that gave it and another).
     */
    record Untranslated(ObjectNode document, String language, List<String> removed) {
        @Override
        public String toString() {
            return language + " taken out of " + removed + " in " + document.path("id");
        }
    }

    @Provide
    Arbitrary<Moved> datesMovedPastTheEnd() {
        List<ObjectNode> plans = ValidPlans.all().stream().filter(plan -> !movableDates(plan).isEmpty()).toList();
        return Combinators.combine(Arbitraries.of(plans), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 4000), Arbitraries.of(PeriodType.values()),
                Arbitraries.of(true, false)).as((plan, where, days, type, asADay) -> {
                    List<String> dates = movableDates(plan);
                    String pointer = dates.get(Math.min(dates.size() - 1, (int) (where * dates.size())));
                    // past the plan's end, and past the start of the element's work where that is later
                    LocalDate after = latest(planEnd(plan), startOf(plan, pointer)).plusDays(days);
                    String date = asADay ? after.toString() : ReportingPeriod.of(type, after).toString();
                    return new Moved(plan, pointer, date);
                });
    }

    @Provide
    Arbitrary<Untranslated> partlyTranslated() {
        List<ObjectNode> plans = ValidPlans.all().stream().filter(plan -> plan.path("languages").size() > 1)
                .toList();
        return Combinators.combine(Arbitraries.of(plans), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1).list().ofMaxSize(12)).as((plan, which, wheres) -> {
                    ObjectNode document = plan.deepCopy();
                    JsonNode languages = document.get("languages");
                    // not the first language: untagged text is in the first
                    String language = languages.get(Math.min(languages.size() - 1, 1 + (int) (which * (languages.size() - 1))))
                            .stringValue();
                    ArrayNode partial = NODES.arrayNode();
                    document.path("partialLanguages").values().forEach(partial::add);
                    if (partial.values().stream().noneMatch(tag -> tag.stringValue().equals(language))) {
                        partial.add(language);
                    }
                    document.set("partialLanguages", partial);
                    List<DocumentElements.Value> texts = DocumentElements.of(document).values(ValueType.TEXT).stream()
                            .filter(text -> text.node().isObject() && text.node().get(language) != null && text.node().size() > 1)
                            .toList();
                    Set<String> removed = new TreeSet<>();
                    for (double where : texts.isEmpty() ? List.<Double>of() : wheres) {
                        DocumentElements.Value text = texts.get(Math.min(texts.size() - 1, (int) (where * texts.size())));
                        ((ObjectNode) document.at(text.pointer())).remove(language);
                        removed.add(text.pointer());
                    }
                    return new Untranslated(document, language, List.copyOf(removed));
                });
    }

    /**
     * The pointers of an element's plan dates that may move later without breaking another rule:
     * all but a piece of work's start (which must not pass its end).
     */
    private static List<String> movableDates(ObjectNode plan) {
        return DocumentElements.of(plan).values(ValueType.PLAN_DATE).stream()
                .filter(value -> value.element().kind() != ElementKind.PLAN && value.node().isString()
                        && !value.property().name().equals("start"))
                .map(DocumentElements.Value::pointer)
                .toList();
    }

    /**
     * Returns the last day of the start of the work whose date is at {@code pointer}, if it has one
     * (an end moved before it would break another rule).
     */
    private static LocalDate startOf(ObjectNode plan, String pointer) {
        JsonNode start = plan.at(pointer.substring(0, pointer.lastIndexOf('/'))).path("start");
        return start.isString() ? PlanDate.parse(start.stringValue()).endDate() : LocalDate.MIN;
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate planEnd(ObjectNode plan) {
        return ReportingPeriod.parse(plan.path("period").path("end").stringValue()).endDate();
    }

    /** Tells whether an object on the way to {@code pointer} says {@code "longTerm": true}. */
    private static boolean longTerm(JsonNode document, String pointer) {
        String at = "";
        for (String token : pointer.substring(1).split("/")) {
            JsonNode node = document.at(at);
            if (node.isObject() && node.path("longTerm").asBoolean(false)) {
                return true;
            }
            at = at + "/" + token;
        }
        return false;
    }

    private static Set<String> codesAndPointers(List<RuleDocuments.Reported> reported) {
        Set<String> set = new TreeSet<>();
        reported.forEach(r -> set.add(r.code().code() + " " + r.pointer()));
        return set;
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
        List<ObjectNode> plans = new ArrayList<>(ValidPlans.written());
        plans.add(RuleDocuments.valid());
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
                node.properties().forEach(e -> collectPointers(e.getValue(), Pointers.child(pointer, e.getKey()), into));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collectPointers(node.get(i), Pointers.child(pointer, i), into);
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
