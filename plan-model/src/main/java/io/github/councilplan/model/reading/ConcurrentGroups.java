package io.github.councilplan.model.reading;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two groups of work run at the same time: one handed to a helper, the other on the calling
 * thread, which then runs the first itself if the helper has not begun it, so that a busy or
 * refusing helper costs time, never a hang. Whatever either group throws reaches the caller, the
 * calling thread's own first. Stateless and thread-safe.
 */
public final class ConcurrentGroups {
    private ConcurrentGroups() {}

    /**
     * Runs {@code handedOver} on {@code helper} (or, if the helper has not begun it when
     * {@code kept} is done, on the calling thread) and {@code kept} on the calling thread, and
     * returns when both have ended.
     *
     * @param handedOver the group offered to the helper, not null
     * @param kept the group the calling thread runs, not null
     * @param helper where {@code handedOver} may run, not null; it may refuse it by throwing
     * @throws RuntimeException what a group threw: {@code kept}'s, with {@code handedOver}'s
     *     suppressed in it when both threw (an {@link Error} is thrown on the same terms)
     */
    public static void run(Runnable handedOver, Runnable kept, Executor helper) {
        Group group = new Group(handedOver);
        try {
            helper.execute(group);
        } catch (RuntimeException | Error e) {
            // refused, or no thread could be made for it: the calling thread runs it below
        }
        try {
            kept.run();
        } catch (RuntimeException | Error e) {
            if (group.claim()) {
                // not begun: with this thread's own failure, it is not worth beginning now
                throw e;
            }
            Throwable other = group.awaitEnd();
            if (other != null && other != e) {
                e.addSuppressed(other);
            }
            throw e;
        }
        group.run();
        Throwable thrown = group.awaitEnd();
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
    }

    /**
     * A group run at most once, by whichever thread claims it first; its end is signalled without
     * allocating, so that a group that ran out of memory still ends.
     */
    private static final class Group implements Runnable {
        /** The work, let go once claimed, so that a task left queued in a pool holds nothing. */
        private volatile Runnable work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch ended = new CountDownLatch(1);
        /** What the work threw, written before {@link #ended} counts down. */
        private Throwable thrown;

        Group(Runnable work) {
            this.work = work;
        }

        /** Claims the group without running it; true when no thread had claimed it. */
        boolean claim() {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            work = null;
            ended.countDown();
            return true;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            Runnable running = work;
            work = null;
            try {
                running.run();
            } catch (Throwable e) {
                thrown = e;
            } finally {
                ended.countDown();
            }
        }

        /** Waits for the group to end, however long; returns what it threw, or null. */
        Throwable awaitEnd() {
            boolean interrupted = false;
            while (true) {
                try {
                    ended.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return thrown;
        }
    }
}
