package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.councilplan.model.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@link PlanValidator} shared by many threads gives each document the report it gives when
 * used alone: valid and invalid plans, damaged ones, hostile ones, in JSON and YAML, through
 * every input form, validated by eight threads at once in different orders. The whole run is
 * bounded in time, so that a deadlock fails the test rather than hanging it.
 */
class SharedValidatorStressTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 2;
    private static final Duration BOUND = Duration.ofMinutes(5);

    /** A document, its format, and the report it gets when validated alone. */
    private record Case(String name, String text, DocumentFormat format, ValidationReport alone) {}

    @Example
    void oneValidatorSharedByEightThreadsGivesEachDocumentItsSequentialReport() throws Exception {
        PlanValidator validator = PlanValidator.create();
        List<Case> cases = new ArrayList<>();
        for (String[] document : documents()) {
            DocumentFormat format = DocumentFormat.valueOf(document[2]);
            cases.add(new Case(document[0], document[1], format, validator.validate(document[1], format)));
        }
        assertThat(cases).filteredOn(c -> c.alone().isValid()).hasSizeGreaterThan(cases.size() / 10);
        assertThat(cases).filteredOn(c -> !c.alone().isValid()).hasSizeGreaterThan(cases.size() / 3);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    return validateInTurn(validator, cases, new Random(seed));
                }));
            }
            start.countDown();
            int checked = assertTimeoutPreemptively(BOUND, () -> {
                int sum = 0;
                for (Future<Integer> thread : threads) {
                    sum += thread.get();
                }
                return sum;
            });
            assertThat(checked).isEqualTo(THREADS * ROUNDS * cases.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Validates every case {@link #ROUNDS} times in a shuffled order, each through a chosen input form. */
    private static int validateInTurn(PlanValidator validator, List<Case> cases, Random random) throws IOException {
        int checked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Case> order = new ArrayList<>(cases);
            Collections.shuffle(order, random);
            for (Case c : order) {
                ValidationReport report = validate(validator, c, random.nextInt(4));
                assertThat(report.problems()).as(c.name()).isEqualTo(c.alone().problems());
                assertThat(report.plan()).as(c.name()).isEqualTo(c.alone().plan());
                checked++;
            }
        }
        return checked;
    }

    private static ValidationReport validate(PlanValidator validator, Case c, int form) throws IOException {
        byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
        switch (form) {
            case 0:
                return validator.validate(c.text(), c.format());
            case 1:
                return validator.validate(bytes, c.format());
            case 2:
                return validator.validate(new ByteArrayInputStream(bytes), c.format());
            default:
                return validator.validate(new StringReader(c.text()), c.format());
        }
    }

    /** Name, text and format of each document: valid, damaged, generated and hostile, in JSON and YAML. */
    private static List<String[]> documents() {
        List<ObjectNode> trees = new ArrayList<>(ValidPlans.written());
        ValidPlans.generated(10, ValidPlans.SEED).forEach(plan -> trees.add(ValidPlans.tree(plan)));
        Random random = new Random(ValidPlans.SEED);
        RandomGenerator<List<DocumentMutation>> mutations =
                DocumentMutation.mutations().list().ofMinSize(1).ofMaxSize(3).generator(1000);
        int valid = trees.size();
        for (int i = 0; i < 40; i++) {
            trees.add(DocumentMutation.applyAll(trees.get(random.nextInt(valid)), mutations.next(random).value()));
        }
        List<String[]> documents = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            documents.add(new String[] {"tree " + i + " as JSON",
                    PlanJson.standard().mapper().writeValueAsString(trees.get(i)), "JSON"});
            documents.add(new String[] {"tree " + i + " as YAML", PlanYaml.writeTree(trees.get(i)), "YAML"});
        }
        String head = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\",\"organisation\":{\"name\":\"C\"},"
                + "\"period\":{\"start\":\"2024\",\"end\":\"2029\"},\"extensions\":{\"x\":";
        documents.add(new String[] {"deep", head + "[".repeat(10_000) + "]".repeat(10_000) + "}}", "JSON"});
        documents.add(new String[] {"long number", head + "9".repeat(5_000) + "}}", "JSON"});
        documents.add(new String[] {"long string", head + "\"" + "x".repeat(1_000_001) + "\"}}", "JSON"});
        documents.add(new String[] {"empty", "", "JSON"});
        documents.add(new String[] {"truncated", head, "JSON"});
        documents.add(new String[] {"alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, "
                + "*a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, "
                + "*c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n", "YAML"});
        documents.add(new String[] {"custom tag", "a: !!java.net.URL [http://127.0.0.1:9/]\n", "YAML"});
        return documents;
    }
}
