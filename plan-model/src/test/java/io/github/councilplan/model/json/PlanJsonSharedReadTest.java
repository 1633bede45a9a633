package io.github.councilplan.model.json;

import static io.github.councilplan.model.json.JsonFixtures.MINIMAL;
import static io.github.councilplan.model.json.JsonFixtures.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading a document's bytes on two threads ({@link PlanJson#tryRead(byte[], PlanJson.PartParsers,
 * Executor)}) reads what reading its tokens on one ({@link PlanJson#tryRead(JsonParser)}) reads,
 * each part with a parser the caller opens, told how deep the part stands.
 */
class PlanJsonSharedReadTest {
    private static final PlanJson JSON = PlanJson.standard();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final PlanJson.PartParsers PARTS =
            (bytes, offset, length, depth) -> FACTORY.createParser(ObjectReadContext.empty(), bytes, offset, length);
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shared-read-helper");
        thread.setDaemon(true);
        return thread;
    });

    @AfterContainer
    static void stopHelper() {
        HELPER.shutdownNow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What a parser of the whole document reads, with nothing after the plan. */
    private static Optional<Plan> onOneThread(byte[] document) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), document)) {
            Optional<Plan> plan = JSON.tryRead(parser);
            return plan.isPresent() && parser.nextToken() == null ? plan : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<Plan> shared(byte[] document, Executor helper) {
        try {
            return JSON.tryRead(document, PARTS, helper);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A document with many links, which are cut into runs, and a theme. */
    private static String manyLinks(int count) {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < count; i++) {
            links.append(i == 0 ? "" : ",").append("{\"kind\":\"contributesTo\",\"from\":\"d").append(i)
                    .append("\",\"to\":\"o").append(i).append("\"}");
        }
        return minimalWith(",\"links\":[" + links + "]");
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void aWrittenPlanReadsBackEqualOnTwoThreads(@ForAll("plans") Plan plan) {
        assertThat(JSON.tryRead(utf8(JSON.write(plan)), PARTS, HELPER)).contains(plan);
    }

    @Test
    void manyItemsReadAsOnOneThread() {
        byte[] document = utf8(manyLinks(2_000));

        assertThat(JSON.tryRead(document, PARTS, HELPER)).isPresent().isEqualTo(onOneThread(document));
    }

    @Test
    void aHelperThatRefusesCostsOnlyTime() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("busy");
        };

        assertThat(JSON.tryRead(utf8(manyLinks(100)), PARTS, refusing)).isEqualTo(onOneThread(utf8(manyLinks(100))));
    }

    @Test
    void aHelperThatRunsInPlaceReadsAll() {
        // the task runs within execute, before the calling thread's own part has begun
        Executor inPlace = Runnable::run;
        byte[] document = utf8(manyLinks(2_000));

        assertThat(JSON.tryRead(document, PARTS, inPlace)).isPresent().isEqualTo(onOneThread(document));
    }

    @Test
    @Timeout(60)
    void aHelperThatHoldsTheCallingThreadUntilItEndsDoesNotHang() {
        // the task runs on another thread, and execute returns only when it has ended
        Executor holding = task -> {
            Thread thread = new Thread(task, "holding-helper");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        byte[] document = utf8(manyLinks(2_000));

        assertThat(JSON.tryRead(document, PARTS, holding)).isPresent().isEqualTo(onOneThread(document));
    }

    @Test
    void aHelperThatBeginsLateFindsNothingLeft() throws InterruptedException {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        byte[] document = utf8(manyLinks(2_000));

        Optional<Plan> read = JSON.tryRead(document, PARTS, queued::add);
        Thread late = new Thread(queued.get(0));
        late.start();
        late.join(60_000);

        assertThat(read).isPresent().isEqualTo(onOneThread(document));
        assertThat(late.isAlive()).isFalse();
    }

    @Test
    void aListGivenAgainAfterManyItemsIsNoPlan() {
        // the first list's runs are found, and may be bound, before the pass meets its name again
        String document = manyLinks(2_000);
        String twice = document.substring(0, document.length() - 1) + ",\"links\":[]}";

        assertThat(shared(utf8(twice), HELPER)).isEmpty();
        assertThat(onOneThread(utf8(twice))).isEmpty();
    }

    @Test
    void aPartThatFailsToParseInADocumentNotCutInTheEndCountsForNothing() {
        // an unknown name first, which a parser of the whole document refuses before anything
        // else; a link that does not parse, which the helper may meet first; the list named again
        // at the end, so that the pass does not cut the document after all
        String document = manyLinks(2_000).replaceFirst("\\{", "{\"bogus\":1,")
                .replace("\"from\":\"d2\"", "\"from\";\"d2\"");
        byte[] notCut = utf8(document.substring(0, document.length() - 1) + ",\"links\":[]}");

        assertThat(JSON.tryRead(notCut, PARTS)).isEmpty();
        for (int i = 0; i < 20; i++) {
            assertThat(JSON.tryRead(notCut, PARTS, HELPER)).isEmpty();
        }
    }

    @Test
    void aDocumentThatEndsInANameAfterItsListsThrowsWhatTheParserThrows() {
        String document = manyLinks(2_000);
        // a name that does not end: the parser fails before the binding can refuse anything
        byte[] cutShort = utf8(document.substring(0, document.length() - 1) + ",\"unfinished");

        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.tryRead(cutShort, PARTS, HELPER));
    }

    @Test
    void eachPartIsOpenedWithTheDepthItStandsAt() {
        List<Integer> depths = new CopyOnWriteArrayList<>();
        PlanJson.PartParsers noting = (bytes, offset, length, depth) -> {
            depths.add(depth);
            return PARTS.open(bytes, offset, length, depth);
        };

        JSON.tryRead(utf8(manyLinks(3)), noting, HELPER);

        // the runs of the list stand in the plan's object; the frame is the document's root
        assertThat(depths).contains(1, 0).containsOnly(1, 0).last().isEqualTo(0);
    }

    @Test
    void aDepthLimitPassedDownBoundsTheDocumentAsAParserOfAllOfItWould() {
        // the list's items are objects three levels down: the plan, the list, the item
        String document = manyLinks(3);
        PlanJson.PartParsers limited = (bytes, offset, length, depth) -> JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2 - depth).build()).build()
                .createParser(ObjectReadContext.empty(), bytes, offset, length);

        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.tryRead(utf8(document), limited, HELPER));
    }

    @Test
    void anItemTheModelRefusesIsNoPlan() {
        byte[] document = utf8(manyLinks(50).replace("\"from\":\"d7\"", "\"from\":\"not an id\""));

        assertThat(JSON.tryRead(document, PARTS, HELPER)).isEmpty();
        assertThat(onOneThread(document)).isEmpty();
    }

    @Test
    void aMalformedItemThrowsWhatTheParserThrows() {
        byte[] document = utf8(manyLinks(50).replace("\"from\":\"d7\"", "\"from\" \"d7\""));

        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.tryRead(document, PARTS, HELPER));
    }

    @Test
    void aMissingItemBetweenCommasIsNoPlanOrThrows() {
        byte[] document = utf8(manyLinks(50).replace("},{\"kind\":\"contributesTo\",\"from\":\"d7\"", "},,{\"kind\":\"contributesTo\",\"from\":\"d7\""));

        assertThat(shared(document, HELPER)).isEmpty();
        assertThat(onOneThread(document)).isEmpty();
    }

    @Test
    void contentAfterThePlanIsNoPlan() {
        assertThat(shared(utf8(manyLinks(3) + " {}"), HELPER)).isEmpty();
        assertThat(shared(utf8(MINIMAL + " 7"), HELPER)).isEmpty();
    }

    @Test
    void aListGivenAgainIsNoPlan() {
        String twice = manyLinks(3).replaceFirst("\"links\":", "\"links\":[],\"links\":");

        assertThat(shared(utf8(twice), HELPER)).isEmpty();
        assertThat(shared(utf8(twice.replaceFirst("\"links\":\\[\\],", "\"l\\\\u0069nks\":[],")), HELPER)).isEmpty();
    }

    @Test
    void aDocumentWithNoListReadsOnTheCallingThread() {
        assertThat(JSON.tryRead(utf8(MINIMAL), PARTS, HELPER)).contains(JSON.read(MINIMAL));
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(null, PARTS, HELPER)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(utf8(MINIMAL), null, HELPER))
                .withMessage("parsers");
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(utf8(MINIMAL), PARTS, null))
                .withMessage("helper");
    }
}
