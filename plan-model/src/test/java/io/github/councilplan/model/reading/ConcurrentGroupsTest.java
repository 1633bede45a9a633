package io.github.councilplan.model.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConcurrentGroupsTest {
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "groups-helper");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void stopHelper() {
        HELPER.shutdownNow();
    }

    @Test
    void aGroupTheHelperBeginsRunsOnTheHelpersThreadAndTheKeptOneOnTheCallers() {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch begun = new CountDownLatch(1);

        // the kept group ends only once the helper has begun its own, which it may otherwise not yet have
        ConcurrentGroups.run(() -> {
            begun.countDown();
            ran.add("handed " + Thread.currentThread().getName());
        }, () -> {
            awaitQuietly(begun);
            ran.add("kept " + Thread.currentThread().getName());
        }, HELPER);

        assertThat(ran).containsExactlyInAnyOrder("handed groups-helper", "kept " + Thread.currentThread().getName());
    }

    @Test
    void aHelperThatNeverBeginsTheGroupLeavesItToTheCallingThread() {
        AtomicInteger ran = new AtomicInteger();
        Executor never = runnable -> { };

        ConcurrentGroups.run(ran::incrementAndGet, ran::incrementAndGet, never);

        assertThat(ran).hasValue(2);
    }

    @Test
    void aHelperThatRefusesTheGroupLeavesItToTheCallingThread() {
        AtomicInteger ran = new AtomicInteger();
        Executor refusing = runnable -> {
            throw new RejectedExecutionException("busy");
        };

        ConcurrentGroups.run(ran::incrementAndGet, ran::incrementAndGet, refusing);

        assertThat(ran).hasValue(2);
    }

    @Test
    void aHelperThatCannotMakeAThreadLeavesTheGroupToTheCallingThread() {
        AtomicInteger ran = new AtomicInteger();
        Executor noThread = runnable -> {
            throw new OutOfMemoryError("unable to create native thread");
        };

        ConcurrentGroups.run(ran::incrementAndGet, ran::incrementAndGet, noThread);

        assertThat(ran).hasValue(2);
    }

    @Test
    void aGroupRunsOnceWhenTheHelperBeginsItLate() throws InterruptedException {
        AtomicInteger handed = new AtomicInteger();
        List<Runnable> queued = new CopyOnWriteArrayList<>();

        ConcurrentGroups.run(handed::incrementAndGet, () -> { }, queued::add);
        queued.forEach(Runnable::run);

        assertThat(handed).hasValue(1);
    }

    @Test
    void whatTheHandedOverGroupThrowsOnTheHelperReachesTheCaller() {
        CountDownLatch begun = new CountDownLatch(1);

        assertThatThrownBy(() -> ConcurrentGroups.run(() -> {
            begun.countDown();
            throw new IllegalStateException("in the helper");
        }, () -> awaitQuietly(begun), HELPER)).isInstanceOf(IllegalStateException.class).hasMessage("in the helper");
    }

    @Test
    void aGroupThatRunsOutOfMemoryOnTheHelperStillEndsAndItsErrorReachesTheCaller() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        CountDownLatch begun = new CountDownLatch(1);

        assertThatThrownBy(() -> ConcurrentGroups.run(() -> {
            begun.countDown();
            throw error;
        }, () -> awaitQuietly(begun), HELPER)).isSameAs(error);
    }

    @Test
    void whenTheKeptGroupFailsAGroupNotBegunIsNeverRun() {
        AtomicInteger handed = new AtomicInteger();
        List<Runnable> queued = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> ConcurrentGroups.run(handed::incrementAndGet, () -> {
            throw new IllegalArgumentException("kept");
        }, queued::add)).hasMessage("kept");
        queued.forEach(Runnable::run);

        assertThat(handed).hasValue(0);
    }

    @Test
    void whenBothGroupsFailTheCallersFailureIsThrownWithTheHelpersSuppressed() throws InterruptedException {
        CountDownLatch begun = new CountDownLatch(1);
        IllegalStateException helpers = new IllegalStateException("helper");

        assertThatThrownBy(() -> ConcurrentGroups.run(() -> {
            begun.countDown();
            throw helpers;
        }, () -> {
            awaitQuietly(begun);
            throw new IllegalArgumentException("kept");
        }, HELPER)).hasMessage("kept").satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(helpers));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
