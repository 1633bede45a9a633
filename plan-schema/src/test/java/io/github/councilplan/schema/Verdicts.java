package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every report must be, whatever the document: a plan and no error, or errors each located
 * in the document; and reached in bounded time.
 */
final class Verdicts {
    /**
     * How long one validation may take before a test calls it a hang: far beyond what any
     * document in the tests needs (milliseconds; seconds for the largest hostile ones), so that
     * it guards against hangs without measuring speed.
     */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /**
     * The threads validations run on, so that a hang can be abandoned: reused, because a new
     * thread per validation (as JUnit's {@code assertTimeoutPreemptively} makes) cost several
     * times the validation itself, over tens of thousands of tries.
     */
    private static final ExecutorService GUARDED = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "verdicts-hang-guard");
        thread.setDaemon(true);
        return thread;
    });

    private Verdicts() {}

    /** Validates text, failing the test if it takes longer than {@link #HANG_GUARD}. */
    static ValidationReport validate(PlanValidator validator, String document, DocumentFormat format) {
        return withinHangGuard(() -> validator.validate(document, format));
    }

    /** Validates bytes, failing the test if it takes longer than {@link #HANG_GUARD}. */
    static ValidationReport validate(PlanValidator validator, byte[] document, DocumentFormat format) {
        return withinHangGuard(() -> validator.validate(document, format));
    }

    /**
     * Runs work on another thread and returns its result, or fails the test when it takes longer
     * than {@link #HANG_GUARD} (interrupting the work, which then runs on unobserved if it ignores
     * that). What the work throws is thrown here.
     */
    private static <T> T withinHangGuard(Callable<T> work) {
        Future<T> result = GUARDED.submit(work);
        try {
            return result.get(HANG_GUARD.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("no report within " + HANG_GUARD + ": the validator hangs on this document");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError("the validation threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a report", e);
        }
    }

    /**
     * Asserts that a report is a verdict located in {@code document}: valid with a plan and no
     * error, or invalid without a plan and with errors that each have a code, a message, a JSON
     * pointer and a line and column inside the document.
     *
     * @param report the report
     * @param document the document's text, to bound the lines; or null when it is not text
     */
    static void assertLocated(ValidationReport report, CharSequence document) {
        assertThat(report).isNotNull();
        assertThat(report.isValid()).as("valid when there is no error, %s", report.problems())
                .isEqualTo(report.errors().isEmpty());
        assertThat(report.plan().isPresent()).as("a plan when valid, %s", report.problems())
                .isEqualTo(report.isValid());
        long lines = document == null ? Long.MAX_VALUE : lines(document);
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isNotNull();
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.pointer()).satisfiesAnyOf(
                    pointer -> assertThat(pointer).isEmpty(), pointer -> assertThat(pointer).startsWith("/"));
            assertThat(problem.line()).as("line of %s", problem).isBetween(1, (int) Math.min(Integer.MAX_VALUE, lines));
            assertThat(problem.column()).as("column of %s", problem).isPositive();
        });
    }

    /** Counts the lines of a text as the readers do: a line feed, a return, or both, end a line. */
    private static long lines(CharSequence text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks + 1;
    }
}
