package io.github.councilplan.examples.bench;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.trace.PlanIndex;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * What a loaded plan holds on the heap: the plan {@link PlanValidator} hands back for a valid
 * document, and that plan with its traceability index ({@link PlanIndex}). Measured as the heap in
 * use after full collections, before loading and after, while the plans (and then their indexes)
 * are still reachable: the difference is what they retain, whatever the collector. What the JVM
 * loads once for every plan (classes, their static tables) is loaded before the measurement. A
 * small document is loaded as many times as it takes to hold about {@value #MEASURED_BYTES} bytes
 * of documents, each load a plan of its own (the model shares no value between plans), and the
 * difference is divided among them: a single plan of 20 KB is within the collector's noise of a
 * few kilobytes. Run it in a JVM that does nothing else at the time (the suite does, before the
 * forks start).
 *
 * @param plan the bytes one plan retains
 * @param planAndIndex the bytes one plan and its index retain together
 */
record RetainedSize(long plan, long planAndIndex) {
    /** Collections per measurement: enough for every reference queue and soft cache to settle. */
    private static final int COLLECTIONS = 4;
    /** The bytes of documents whose plans are measured together. */
    private static final long MEASURED_BYTES = 10_000_000;

    /**
     * Measures a valid document's plan and its index.
     *
     * @param valid a valid plan document
     * @return what they retain, not null
     * @throws IllegalStateException if the document is not valid
     */
    static RetainedSize of(byte[] valid) {
        PlanValidator validator = PlanValidator.create();
        // a plan and its index once before measuring, so that what the first validation and the
        // first index load for good (classes and their static tables, shared by every later plan)
        // is not counted as a plan's: at 20 KB that was a quarter of the measure
        PlanIndex.of(load(validator, valid));
        int copies = (int) Math.max(1, MEASURED_BYTES / valid.length);
        long before = usedAfterCollecting();
        List<Plan> plans = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            plans.add(load(validator, valid));
        }
        long withPlans = usedAfterCollecting();
        List<PlanIndex> indexes = new ArrayList<>(copies);
        for (Plan plan : plans) {
            indexes.add(PlanIndex.of(plan));
        }
        long withIndexes = usedAfterCollecting();
        Reference.reachabilityFence(plans);
        Reference.reachabilityFence(indexes);
        // the two lists themselves hold a reference per plan: a few bytes beside each plan's kilobytes
        return new RetainedSize((withPlans - before) / copies, (withIndexes - before) / copies);
    }

    private static Plan load(PlanValidator validator, byte[] valid) {
        return validator.validate(valid, DocumentFormat.JSON).plan()
                .orElseThrow(() -> new IllegalStateException("the document is not valid"));
    }

    private static long usedAfterCollecting() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
