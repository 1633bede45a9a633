package io.github.councilplan.model.json;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.reading.ConcurrentGroups;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds a plan document on two threads at once ({@link PlanJson#tryRead(byte[],
 * PlanJson.PartParsers, Executor)}): the items of the plan's own lists of objects are cut
 * ({@link DocumentParts}) into runs of about the same size in bytes, which the calling thread and a
 * helper each take in turn, the next when they have bound one; the calling thread binds whatever
 * the helper has not taken, then the rest of the document, with the lists put in place in document
 * order. Each run is parsed as an array of its items, so each item is bound as binding the whole
 * document binds it, by the parser the caller gives for the part.
 *
 * <p>Stateless; each call is independent and thread-safe.
 */
final class SharedBinding {
    /** How many runs the lists are cut into, about: enough for two threads to end close together. */
    static final int RUNS = 32;

    private SharedBinding() {}

    /** One run: consecutive items of one list. */
    private record Run(int list, int from, int to) {}

    /**
     * Binds the document whose parts are given.
     *
     * @return the plan; empty when a part or the rest of the document is not what a plan holds
     * @throws JacksonException if a parser fails to read a part
     */
    static Optional<Plan> bind(StreamBinder binder, DocumentParts parts, byte[] json, PlanJson.PartParsers parsers,
            Executor helper) {
        List<DocumentParts.Items> lists = parts.lists();
        List<Run> runs = runs(lists);
        List<List<Object>> bound = new ArrayList<>(Collections.nCopies(runs.size(), null));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean refused = new AtomicBoolean();
        Runnable share = () -> {
            try {
                for (int r = next.getAndIncrement(); r < runs.size() && !refused.get(); r = next.getAndIncrement()) {
                    Run run = runs.get(r);
                    List<Object> items = bindRun(binder, lists.get(run.list()), run, json, parsers);
                    if (items == null) {
                        refused.set(true);
                    } else {
                        bound.set(r, items);
                    }
                }
            } catch (RuntimeException | Error e) {
                refused.set(true);
                throw e;
            }
        };
        ConcurrentGroups.run(share, share, helper);
        if (refused.get()) {
            return Optional.empty();
        }
        Map<String, List<Object>> given = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            given.computeIfAbsent(lists.get(runs.get(r).list()).property, name -> new ArrayList<>()).addAll(bound.get(r));
        }
        byte[] frame = parts.frame();
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

    /** Cuts the lists into about {@link #RUNS} runs of about the same size in bytes, in document order. */
    private static List<Run> runs(List<DocumentParts.Items> lists) {
        long total = 0;
        for (DocumentParts.Items items : lists) {
            total += items.ends[items.size() - 1] - items.starts[0];
        }
        long target = Math.max(1, total / RUNS);
        List<Run> runs = new ArrayList<>();
        for (int list = 0; list < lists.size(); list++) {
            DocumentParts.Items items = lists.get(list);
            int from = 0;
            for (int i = 0; i < items.size(); i++) {
                if (items.ends[i] - items.starts[from] >= target || i == items.size() - 1) {
                    runs.add(new Run(list, from, i + 1));
                    from = i + 1;
                }
            }
        }
        return runs;
    }

    /**
     * Binds the items of one run, parsed as an array of them, in a copy of their bytes with
     * brackets around them (the items and the commas between them as the document has them).
     *
     * @return the items; null when they are not all items of the list
     */
    private static List<Object> bindRun(StreamBinder binder, DocumentParts.Items items, Run run, byte[] json,
            PlanJson.PartParsers parsers) {
        int start = items.starts[run.from()];
        int end = items.ends[run.to() - 1];
        byte[] array = new byte[end - start + 2];
        array[0] = '[';
        System.arraycopy(json, start, array, 1, end - start);
        array[array.length - 1] = ']';
        // the array stands where the list's own does: one object, the plan, around it
        try (JsonParser parser = parsers.open(array, 0, array.length, 1)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<Object> bound = binder.bindList(items.property, parser);
            if (bound == null || bound.size() != run.to() - run.from() || parser.nextToken() != null) {
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
