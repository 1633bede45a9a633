package io.github.councilplan.schema.rules;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The executors the tests hand the fast path's second thread to: the ways a helper of
 * {@link PlanRules#passes(DocumentNode, Executor)} and {@link DocumentElements#of(DocumentNode, Executor)}
 * can take its task.
 */
public final class SecondThreads {
    /** Another thread, as the common pool gives the validator one. */
    public static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-helper");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * A helper that runs its task on the calling thread before returning, as a busy pool may: the
     * task does all the work before the calling thread does any.
     */
    public static final Executor AT_ONCE = Runnable::run;
    /** A helper that never begins its task: the calling thread does all the work. */
    public static final Executor NEVER = runnable -> { };

    private SecondThreads() {}
}
