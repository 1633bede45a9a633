package io.github.councilplan.examples.bench;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.trace.PlanIndex;
import java.lang.ref.Reference;

/**
 * What a loaded plan holds on the heap: the plan {@link PlanValidator} hands back for a valid
 * document, and that plan with its traceability index ({@link PlanIndex}). Measured as the heap in
 * use after full collections, before loading and after, while the plan (and then the index) is
 * still reachable: the difference is what they retain, whatever the collector. What the JVM loads
 * once for every plan (classes, their static tables) is loaded before the measurement. Run it in a JVM
 * that does nothing else at the time (the suite does, before the forks start).
 *
 * @param plan the bytes the plan retains
 * @param planAndIndex the bytes the plan and its index retain together
 */
record RetainedSize(long plan, long planAndIndex) {
    /** Collections per measurement: enough for every reference queue and soft cache to settle. */
    private static final int COLLECTIONS = 4;

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
        Plan first = validator.validate(valid, DocumentFormat.JSON).plan()
                .orElseThrow(() -> new IllegalStateException("the document is not valid"));
        PlanIndex.of(first);
        first = null;
        long before = usedAfterCollecting();
        Plan plan = validator.validate(valid, DocumentFormat.JSON).plan()
                .orElseThrow(() -> new IllegalStateException("the document is not valid"));
        long withPlan = usedAfterCollecting();
        PlanIndex index = PlanIndex.of(plan);
        long withIndex = usedAfterCollecting();
        Reference.reachabilityFence(plan);
        Reference.reachabilityFence(index);
        return new RetainedSize(withPlan - before, withIndex - before);
    }

    private static long usedAfterCollecting() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
