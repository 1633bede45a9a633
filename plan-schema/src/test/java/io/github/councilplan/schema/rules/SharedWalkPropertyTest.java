package io.github.councilplan.schema.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link DocumentElements#of(DocumentNode, Executor)}, which walks the runs of the plan's lists of
 * elements on two threads at once, finds what the walk on one thread finds, in the same order:
 * over generated plans' models, over plans whose lists are long enough to be cut into runs of many
 * items, over trees whose lists hold what is no element, and whichever thread walks which run.
 */
class SharedWalkPropertyTest {
    private static final Executor HELPER = SecondThreads.OTHER_THREAD;
    private static final Executor CALLER = SecondThreads.AT_ONCE;
    private static final Executor NEVER = SecondThreads.NEVER;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static void assertTheSharedWalkFindsWhatOneThreadFinds(DocumentNode root) {
        List<String> alone = described(DocumentElements.of(root));
        for (Executor helper : List.of(HELPER, CALLER, NEVER)) {
            assertThat(described(DocumentElements.of(root, helper))).isEqualTo(alone);
        }
    }

    @Property(tries = 100)
    void theSharedWalkOfAGeneratedPlansModelFindsWhatOneThreadFinds(@ForAll("plans") Plan plan) {
        assertTheSharedWalkFindsWhatOneThreadFinds(DocumentNode.ofModel(plan));
    }

    @Property(tries = 60)
    void theSharedWalkOfAPlanWithLongListsFindsWhatOneThreadFinds(@ForAll("plans") Plan plan,
            @ForAll("copies") int copies) {
        ObjectNode tree = tree(plan);
        lengthen(tree, copies);
        Statistics.label("longest list").collect(longest(tree) > 16 ? "over 16 items" : "16 or fewer");
        Statistics.label("longest list").coverage(coverage -> coverage.check("over 16 items").percentage(p -> p > 50));

        assertTheSharedWalkFindsWhatOneThreadFinds(DocumentNode.of(tree));
    }

    @Property(tries = 100)
    void theSharedWalkOfATreeWhoseListsHoldOtherValuesFindsWhatOneThreadFinds(@ForAll("plans") Plan plan,
            @ForAll("others") JsonNode other) {
        ObjectNode tree = tree(plan);
        lengthen(tree, 20);
        // a value that is no element in every list of the plan's, and a list that is no list
        tree.properties().forEach(entry -> {
            if (entry.getValue().isArray()) {
                ((ArrayNode) entry.getValue()).insert(entry.getValue().size() / 2, other.deepCopy());
            }
        });
        tree.set("themes", other.isArray() ? tree.get("themes") : other.deepCopy());

        assertTheSharedWalkFindsWhatOneThreadFinds(DocumentNode.of(tree));
    }

    @Example
    void aHelperThatRefusesItsTaskLeavesEveryRunToTheCallingThread() {
        Executor refusing = runnable -> {
            throw new RejectedExecutionException("busy");
        };
        ObjectNode tree = tree(PlanArbitraries.plans().sample());
        lengthen(tree, 20);

        assertThat(described(DocumentElements.of(DocumentNode.of(tree), refusing)))
                .isEqualTo(described(DocumentElements.of(DocumentNode.of(tree))));
    }

    @Example
    void aRootThatIsNoObjectHasNoElements() {
        assertThat(DocumentElements.of(null, HELPER).all()).isEmpty();
        assertThat(DocumentElements.of(DocumentNode.of(MAPPER.readTree("[1]")), HELPER).all()).isEmpty();
    }

    @Example
    void aNullHelperIsRefused() {
        assertThatThrownBy(() -> DocumentElements.of(null, null)).isInstanceOf(NullPointerException.class);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<Integer> copies() {
        return Arbitraries.integers().between(1, 40);
    }

    @Provide
    Arbitrary<JsonNode> others() {
        return Arbitraries.of("1", "\"words\"", "null", "[]", "[{}]", "{}", "true").map(MAPPER::readTree);
    }

    private static ObjectNode tree(Plan plan) {
        return (ObjectNode) MAPPER.readTree(io.github.councilplan.model.json.PlanJson.standard().write(plan));
    }

    /** Repeats each item of each of the plan's lists {@code copies} times (ids repeat: the walk does not mind). */
    private static void lengthen(ObjectNode tree, int copies) {
        tree.properties().forEach(entry -> {
            if (entry.getValue().isArray()) {
                ArrayNode list = (ArrayNode) entry.getValue();
                List<JsonNode> items = new ArrayList<>();
                list.forEach(items::add);
                for (int copy = 1; copy < copies; copy++) {
                    items.forEach(item -> list.add(item.deepCopy()));
                }
            }
        });
    }

    private static int longest(ObjectNode tree) {
        int longest = 0;
        for (var entry : tree.properties()) {
            longest = Math.max(longest, entry.getValue().isArray() ? entry.getValue().size() : 0);
        }
        return longest;
    }

    /** Each element, each list of siblings and each value, in the order found. */
    private static List<String> described(DocumentElements elements) {
        List<String> described = new ArrayList<>();
        for (ElementNode element : elements.all()) {
            described.add("element " + element.kind() + " " + element.pointer() + " " + element.id()
                    + " parent " + (element.parent() == null ? null : element.parent().pointer()));
        }
        for (DocumentElements.Siblings siblings : elements.siblings()) {
            List<String> pointers = new ArrayList<>();
            siblings.elements().forEach(element -> pointers.add(element.pointer()));
            described.add("siblings " + siblings.parent().pointer() + " " + siblings.property().name() + " " + pointers);
        }
        for (ValueType type : ValueType.values()) {
            for (DocumentElements.Value value : elements.values(type)) {
                described.add(type + " " + value.pointer() + " " + value.label() + " " + value.element().pointer());
            }
        }
        for (ElementNode element : elements.all()) {
            element.id().ifPresent(id -> described.add("id " + id + " " + elements.firstWithId(id).pointer()));
        }
        return described;
    }
}
