package io.github.councilplan.model.json;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.reading.ConcurrentGroups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds a plan document on two threads at once ({@link PlanJson#tryRead(byte[],
 * PlanJson.PartParsers, Executor)}): the items of the plan's own lists of objects are cut
 * ({@link DocumentParts}) into runs of about 1/32 of the document's size each, which the calling
 * thread and a helper each take in turn, the next when they have bound one. The thread that begins first (the
 * calling thread, unless the helper runs at once) finds the runs in one pass, and the other binds
 * each as soon as it is found, while the pass goes on; then both bind runs, each taking the next
 * not yet taken, and the calling thread binds the rest of the document, with the lists put in
 * place in document order. A thread only ever waits for a run that the pass, already begun on the
 * other thread, is finding, so neither waits on a thread that is not working. Each run is parsed as an array
 * of its items, so each item is bound as binding the whole document binds it, by the parser the
 * caller gives for the part.
 *
 * <p>Stateless; each call is independent and thread-safe.
 */
final class SharedBinding {
    /**
     * What part of the document a run holds, about: a run ends at the first item that brings it
     * to 1/32 of the document's size, so the lists make at most about 32 runs, enough for two
     * threads to end close together.
     */
    static final int RUNS = 32;

    /** How many times a thread waiting for the next run to be found spins before it yields. */
    private static final int SPINS = 100;

    private SharedBinding() {}

    /** One run: consecutive items of one list, where they are in the document's bytes. */
    private record Run(String property, int start, int end, int count) {}

    /**
     * The runs found so far, published by the thread that cuts as it finds them and read by both
     * threads: a run's slot is written before the count that includes it.
     */
    private static final class Found implements DocumentParts.Runs {
        final Run[] runs;
        final AtomicInteger published = new AtomicInteger();
        /** Set once the cut has ended, after its last run is published. */
        volatile boolean ended;

        Found(int capacity) {
            this.runs = new Run[capacity];
        }

        @Override
        public void run(String property, int start, int end, int count) {
            int at = published.get();
            runs[at] = new Run(property, start, end, count);
            published.set(at + 1);
        }

        /**
         * Waits until run {@code r} is found or the cut has ended without it.
         *
         * @return the run; null when there is none such
         */
        Run await(int r) {
            for (int spins = 0; ; spins++) {
                // ended is read first: once it is set, every run has been published
                boolean over = ended;
                if (r < published.get()) {
                    return runs[r];
                }
                if (over) {
                    return null;
                }
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
    }

    /**
     * Binds a document, cut as it is bound.
     *
     * @param alone reads the document on the calling thread alone, when the pass does not cut it
     * @return the plan; empty when a part or the rest of the document is not what a plan holds
     * @throws JacksonException if a parser fails to read a part
     */
    static Optional<Plan> bind(StreamBinder binder, byte[] json, PlanJson.PartParsers parsers, Executor helper,
            Supplier<Optional<Plan>> alone) {
        Collection<String> names = binder.separableLists();
        int target = Math.max(1, json.length / RUNS);
        // every run but a list's last holds at least target bytes, and each list is cut at most once
        Found found = new Found(json.length / target + names.size());
        Object[] bound = new Object[found.runs.length];
        AtomicInteger next = new AtomicInteger();
        // the thread that begins first cuts: a helper run in place, before the calling thread's
        // part, cuts too rather than wait for a cut that would only begin after it
        AtomicBoolean cutting = new AtomicBoolean();
        AtomicReference<DocumentParts> parts = new AtomicReference<>();
        // set when a run does not bind, or the document is not cut: the threads then stop
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean refused = new AtomicBoolean();
        // what the first run to fail threw: thrown once the pass is known to have cut the
        // document, since a run of a document not cut is no part of it
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable work = () -> {
            try {
                if (cutting.compareAndSet(false, true)) {
                    try {
                        parts.set(DocumentParts.cut(json, names, target, found));
                    } finally {
                        // first, and with no call: the other thread may be waiting on it
                        found.ended = true;
                        if (parts.get() == null) {
                            stop.set(true);
                        }
                    }
                }
                for (int r = next.getAndIncrement(); !stop.get(); r = next.getAndIncrement()) {
                    Run run = found.await(r);
                    if (run == null || stop.get()) {
                        return;
                    }
                    List<Object> items;
                    try {
                        items = bindRun(binder, run, json, parsers);
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                        stop.set(true);
                        return;
                    }
                    if (items == null) {
                        refused.set(true);
                        stop.set(true);
                    } else {
                        bound[r] = items;
                    }
                }
            } catch (RuntimeException | Error e) {
                stop.set(true);
                throw e;
            }
        };
        ConcurrentGroups.run(work, work, helper);
        DocumentParts cut = parts.get();
        if (cut == null) {
            return alone.get();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        if (refused.get()) {
            return Optional.empty();
        }
        Map<String, List<Object>> given = new LinkedHashMap<>();
        for (int r = 0; r < found.published.get(); r++) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) bound[r];
            given.computeIfAbsent(found.runs[r].property(), name -> new ArrayList<>()).addAll(items);
        }
        byte[] frame = cut.frame();
        try (JsonParser parser = parsers.open(frame, 0, frame.length, 0)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Plan plan = binder.bind(parser, given);
            // nothing may follow the plan
            return plan == null || parser.nextToken() != null ? Optional.empty() : Optional.of(plan);
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            // the model's factories and builders refuse what breaks their rules
            return Optional.empty();
        }
    }

    /**
     * Binds the items of one run, parsed as an array of them, in a copy of their bytes with
     * brackets around them (the items and the commas between them as the document has them).
     *
     * @return the items; null when they are not all items of the list
     */
    private static List<Object> bindRun(StreamBinder binder, Run run, byte[] json, PlanJson.PartParsers parsers) {
        int start = run.start();
        int end = run.end();
        byte[] array = new byte[end - start + 2];
        array[0] = '[';
        System.arraycopy(json, start, array, 1, end - start);
        array[array.length - 1] = ']';
        // the array stands where the list's own does: one object, the plan, around it
        try (JsonParser parser = parsers.open(array, 0, array.length, 1)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<Object> bound = binder.bindList(run.property(), parser);
            if (bound == null || bound.size() != run.count() || parser.nextToken() != null) {
                return null;
            }
            return bound;
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
