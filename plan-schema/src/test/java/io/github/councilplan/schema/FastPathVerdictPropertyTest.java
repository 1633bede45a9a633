package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path decides nothing the full check would decide otherwise: on any JSON document, the
 * validator's report is the report of a validator that checks every document the full way
 * ({@link PlanValidator#fullCheckOnly}): the same problems, in the same order, at the same lines
 * and columns, and the same plan. The documents are generated plans as {@code PlanJson} writes
 * them, written plans with one to three structural changes, written plans with one value swapped
 * for a value found elsewhere in a plan (an id where a date goes, a period where a language tag
 * goes: the cases where the model and the schema could disagree), and objects made of the
 * format's words.
 *
 * <p>Each try validates a whole plan twice, once through networknt, so the tries are fixed here
 * rather than raised with {@code jqwik.tries.default}: most in the two kinds of document near the
 * line between valid and invalid (values swapped, structure changed), fewest in the generated
 * plans, which are large and always valid.
 */
class FastPathVerdictPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final PlanValidator FULL = PlanValidator.fullCheckOnly(ValidationLimits.defaults());

    @Property(tries = 300)
    void aGeneratedPlanGetsTheReportOfTheFullCheck(@ForAll("generatedPlans") Plan plan) {
        assertSameReport(PlanJson.standard().write(plan), true);
    }

    /**
     * Limits a written plan comes close to: a few of its strings, numbers, nestings or bytes go
     * over them, so the fast path must refuse exactly what the full check reports as a limit.
     */
    @Property(tries = 1_000)
    void aWrittenPlanUnderTightLimitsGetsTheReportOfTheFullCheck(@ForAll("writtenPlans") ObjectNode document,
            @ForAll @IntRange(min = 8, max = 400) int stringLength, @ForAll @IntRange(min = 1, max = 12) int numberLength,
            @ForAll @IntRange(min = 3, max = 12) int depth, @ForAll @IntRange(min = 500, max = 40_000) int bytes) {
        ValidationLimits limits = ValidationLimits.defaults().withMaxStringLength(stringLength)
                .withMaxNumberLength(numberLength).withMaxNestingDepth(depth).withMaxDocumentBytes(bytes);
        byte[] json = json(document).getBytes(StandardCharsets.UTF_8);

        ValidationReport report = PlanValidator.create(limits).validate(json, DocumentFormat.JSON);
        ValidationReport full = PlanValidator.fullCheckOnly(limits).validate(json, DocumentFormat.JSON);

        Statistics.label("verdict").collect(full.problems().isEmpty() ? "no problem" : "problems");
        Statistics.label("verdict").coverage(coverage -> coverage.check("no problem").count(n -> n > 0));
        assertThat(report.problems()).as("problems").isEqualTo(full.problems());
        assertThat(report.plan()).as("plan").isEqualTo(full.plan());
    }

    @Property(tries = 2_000)
    void aWrittenPlanChangedInStructureGetsTheReportOfTheFullCheck(@ForAll("changedPlans") ObjectNode document) {
        assertSameReport(json(document), true);
    }

    @Property(tries = 3_000)
    void aWrittenPlanWithOneValueSwappedGetsTheReportOfTheFullCheck(@ForAll("swappedValues") ObjectNode document) {
        assertSameReport(json(document), true);
    }

    @Property(tries = 1_000)
    void anObjectOfTheFormatsWordsGetsTheReportOfTheFullCheck(@ForAll("planShaped") JsonNode document) {
        // such objects are never plans: there is no valid one to expect
        assertSameReport(json(document), false);
    }

    private static void assertSameReport(String document, boolean someValid) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        ValidationReport report = VALIDATOR.validate(bytes, DocumentFormat.JSON);
        ValidationReport full = FULL.validate(bytes, DocumentFormat.JSON);

        Statistics.label("verdict").collect(full.problems().isEmpty() ? "no problem"
                : full.isValid() ? "warnings only" : "errors");
        if (someValid) {
            Statistics.label("verdict").coverage(coverage -> coverage.check("no problem").count(n -> n > 0));
        }
        assertThat(report.problems()).as("problems").isEqualTo(full.problems());
        assertThat(report.isValid()).as("valid").isEqualTo(full.isValid());
        assertThat(report.plan()).as("plan").isEqualTo(full.plan());
    }

    /** A document as text, as the format's mapper writes it. */
    static String json(JsonNode document) {
        return PlanJson.standard().mapper().writeValueAsString(document);
    }

    @Provide
    Arbitrary<Plan> generatedPlans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<ObjectNode> writtenPlans() {
        return Arbitraries.of(ValidPlans.written());
    }

    @Provide
    Arbitrary<ObjectNode> changedPlans() {
        return DocumentMutation.mutated(ValidPlans.written(), 3);
    }

    @Provide
    Arbitrary<JsonNode> planShaped() {
        return PlanRulesPropertyTest.planShaped();
    }

    /**
     * Written plans with one scalar value (a string, number or boolean) replaced by a scalar that
     * appears somewhere in a written plan, or by one of the strings that rules find tricky.
     */
    @Provide
    Arbitrary<ObjectNode> swappedValues() {
        List<ObjectNode> plans = ValidPlans.written();
        List<JsonNode> values = new ArrayList<>();
        plans.forEach(plan -> scalars(plan, "", (pointer, value) -> values.add(value)));
        RuleDocuments.TRICKY_STRINGS.forEach(tricky -> values.add(PlanJson.standard().mapper().getNodeFactory()
                .stringNode(tricky)));
        List<JsonNode> distinct = values.stream().distinct().toList();
        return Combinators.combine(Arbitraries.of(plans), Arbitraries.integers().between(0, 999),
                Arbitraries.of(distinct)).as((plan, where, value) -> {
                    ObjectNode copy = plan.deepCopy();
                    List<Tuple.Tuple2<String, JsonNode>> places = new ArrayList<>();
                    scalars(copy, "", (pointer, old) -> places.add(Tuple.of(pointer, old)));
                    String pointer = places.get(where * places.size() / 1000).get1();
                    int slash = pointer.lastIndexOf('/');
                    JsonNode parent = copy.at(pointer.substring(0, slash));
                    String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                    if (parent.isObject()) {
                        ((ObjectNode) parent).set(name, value);
                    } else {
                        ((ArrayNode) parent).set(Integer.parseInt(name), value);
                    }
                    return copy;
                });
    }

    /** Visits every scalar of a tree with its JSON pointer. */
    private static void scalars(JsonNode node, String pointer, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                scalars(property.getValue(), pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1"),
                        visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scalars(node.get(i), pointer + "/" + i, visit);
            }
        } else if (!node.isNull()) {
            visit.accept(pointer, node);
        }
    }
}
