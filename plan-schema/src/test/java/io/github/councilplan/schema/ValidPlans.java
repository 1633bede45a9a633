package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid plan documents to damage: every example plan, every valid JSON fixture, and plans from
 * {@link PlanArbitraries} drawn with a fixed seed, so that the same documents come back every run.
 */
final class ValidPlans {
    /** The seed the generated plans are drawn with. */
    static final long SEED = 20261123L;

    private static List<ObjectNode> written;

    private ValidPlans() {}

    /** Returns every example plan and the valid JSON fixtures, as trees; copy before changing one. */
    static synchronized List<ObjectNode> written() {
        if (written == null) {
            List<ObjectNode> documents = new ArrayList<>();
            for (Path example : RuleDocuments.examples()) {
                documents.add(RuleDocuments.read(example));
            }
            for (String name : TestSchemas.fixtures("valid-")) {
                documents.add((ObjectNode) TestSchemas.fixture(name));
            }
            written = List.copyOf(documents);
        }
        return written;
    }

    /**
     * Draws plans from {@link PlanArbitraries#plans()} with a fixed seed. jqwik's generators only
     * run on its own threads: call this from a property, an example or a provider.
     *
     * @param count how many plans
     * @param seed the seed
     */
    static List<Plan> generated(int count, long seed) {
        RandomGenerator<Plan> generator = PlanArbitraries.plans().generator(1000);
        Random random = new Random(seed);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(generator.next(random).value());
        }
        return plans;
    }

    /** Returns a plan as the tree of the document {@code PlanJson} writes. */
    static ObjectNode tree(Plan plan) {
        return (ObjectNode) PlanJson.standard().mapper().readTree(PlanJson.standard().write(plan));
    }

    /**
     * Returns {@link #written()} and forty generated plans, as trees; on a jqwik thread, as for
     * {@link #generated(int, long)}.
     */
    static List<ObjectNode> all() {
        List<ObjectNode> all = new ArrayList<>(written());
        generated(40, SEED).forEach(plan -> all.add(tree(plan)));
        return all;
    }
}
