package io.github.councilplan.examples.bench;

import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link PlanDiff} between two editions of the plan of each benchmark document whose elements
 * all have new ids, so that every element is matched by its wording: {@code reworded}, where each
 * label gains a word (each element's wording is similar to its own old wording), and
 * {@code allAlike}, where every label of both editions is the same twelve words and a word of its
 * own (every older element's wording is similar to every newer one's: the worst case of matching
 * by similar wording, which compared every pair, and now compares each element with a bounded
 * number of others). Time per element that stays flat from size to size shows the matching grows
 * as n log n, not n².
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBenchmark {
    /** The document's size, a {@link BenchmarkDocuments.Size} label. */
    @Param({"20KB", "2MB", "50MB"})
    public String size;

    /** The fields that hold an element's label, in the plan format. */
    private static final List<String> LABELS = List.of("name", "title", "statement", "text");
    private static final String ALIKE = "deliver the council's agreed improvement programme for residents and "
            + "businesses across the borough";

    private Plan older;
    private Plan reworded;
    private Plan allAlikeOlder;
    private Plan allAlikeNewer;

    /** Reads the plan and makes the editions compared. */
    @Setup
    public void setUp() {
        byte[] document = BenchmarkDocuments.valid(BenchmarkDocuments.Size.of(size));
        older = PlanJson.standard().read(document);
        reworded = edition(document, "n-", label -> label + " revised");
        allAlikeOlder = edition(document, "o-", label -> ALIKE + " " + label.hashCode());
        allAlikeNewer = edition(document, "n-", label -> ALIKE + " x" + label.hashCode());
    }

    /** Every element has a new id, and its label one more word. */
    @Benchmark
    public PlanDiff reworded() {
        return PlanDiff.between(older, reworded);
    }

    /** Every element has a new id, and every label is like every other. */
    @Benchmark
    public PlanDiff allAlike() {
        return PlanDiff.between(allAlikeOlder, allAlikeNewer);
    }

    /**
     * Returns the document's plan with every id prefixed (references included) and every label
     * of an element rewritten.
     */
    static Plan edition(byte[] document, String prefix, java.util.function.UnaryOperator<String> label) {
        ObjectNode tree = (ObjectNode) PlanJson.standard().mapper().readTree(document);
        Set<String> ids = new HashSet<>();
        collectIds(tree, ids);
        rewrite(tree, ids, prefix, label);
        return PlanJson.standard().mapper().treeToValue(tree, Plan.class);
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject() && node.path("id").isString()) {
            ids.add(node.get("id").asString());
        }
        node.forEach(child -> collectIds(child, ids));
    }

    private static void rewrite(JsonNode node, Set<String> ids, String prefix, java.util.function.UnaryOperator<String> label) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            boolean element = object.path("id").isString();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                JsonNode value = property.getValue();
                if (value.isString() && ids.contains(value.asString())) {
                    object.put(property.getKey(), prefix + value.asString());
                } else if (element && value.isString() && LABELS.contains(property.getKey())) {
                    object.put(property.getKey(), label.apply(value.asString()));
                } else {
                    rewrite(value, ids, prefix, label);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isString() && ids.contains(item.asString())) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, prefix + item.asString());
                } else {
                    rewrite(item, ids, prefix, label);
                }
            }
        }
    }
}
