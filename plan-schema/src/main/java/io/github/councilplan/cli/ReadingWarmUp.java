package io.github.councilplan.cli;

import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.PlanStructure;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Prepares what reading a plan needs on a thread of its own, while the main thread prepares the
 * plan's structure and then builds the command line and parses the arguments. Most of the
 * start-up of a short command is loading classes and making what they describe: picocli's parser
 * and {@link PlanStructure}'s accessors on the main thread, and the binder that reads a valid plan
 * from its tokens ({@link PlanJson#tryRead}) on this one (with no mapper: a valid document needs
 * none); on a machine
 * with two cores or more the two overlap, instead of following one another. The main thread then
 * finds them made, or waits for the one being made (each is made once, whichever thread asks
 * first), so the command reads and reports exactly what it would without the preparation.
 *
 * <p>The thread is a daemon and reports nothing: whatever fails on it (a jackson-annotations too
 * old for Jackson 3, say) fails on the main thread too, which reports it as the command does any
 * failure. Thread-safe.
 */
final class ReadingWarmUp {
    /** The name of the preparing thread. */
    static final String THREAD_NAME = "plan-reading-warm-up";

    private ReadingWarmUp() {}

    /**
     * Starts preparing the binder on a daemon thread, then prepares the plan's structure on
     * the calling thread ({@link PlanStructure}: its accessors of the model's properties, which
     * reading a plan and its rules use) before returning, so that the two overlap.
     *
     * @return the thread started, not null
     */
    static Thread start() {
        Thread thread = new Thread(ReadingWarmUp::prepare, THREAD_NAME);
        thread.setDaemon(true);
        // the main thread meets the same failure and reports it: nothing is printed from here
        thread.setUncaughtExceptionHandler((failed, e) -> { });
        thread.start();
        PlanStructure.plan();
        return thread;
    }

    /** Makes the binder: reading an empty object makes it, and reads no plan. */
    private static void prepare() {
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), "{}")) {
            PlanJson.standard().tryRead(parser);
        }
    }
}
