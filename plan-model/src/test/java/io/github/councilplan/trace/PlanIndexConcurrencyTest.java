package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One {@link PlanIndex} shared by many threads gives exactly the answers it gives one thread. The
 * time bound only stops a hang; it measures nothing.
 */
class PlanIndexConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    /**
     * Every answer the index gives about every element, as text: elements by their ids (an
     * element's own text would print the whole subtree, the plan's the whole plan).
     */
    private static List<String> everyAnswer(PlanIndex index) {
        List<String> answers = new ArrayList<>();
        for (PlanElement element : index.plan().elements()) {
            answers.add(element.id() + " path " + ids(index.path(element.id())));
            answers.add(element.id() + " parent " + index.parent(element.id()).map(PlanElement::id));
            answers.add(element.id() + " children " + ids(index.children(element.id())));
            answers.add(element.id() + " theme " + index.theme(element.id()).map(PlanElement::id));
            answers.add(element.id() + " level " + index.levelName(element.id()));
            answers.add(element.id() + " leaf " + index.isLeafWork(element.id()));
            answers.add(element.id() + " out " + index.linksFrom(element.id()));
            answers.add(element.id() + " in " + index.linksTo(element.id()));
            for (LinkKind kind : LinkKind.values()) {
                answers.add(element.id() + " out " + kind + " " + index.linksFrom(element.id(), kind));
            }
            if (element instanceof Work) {
                answers.add(element.id() + " serves " + traced(index.outcomesServedBy(element.id())));
            }
            if (element instanceof Outcome) {
                answers.add(element.id() + " served by " + traced(index.workServing(element.id())));
            }
        }
        return answers;
    }

    private static List<ElementId> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(PlanElement::id).toList();
    }

    private static List<String> traced(List<? extends Traced<?>> answers) {
        return answers.stream().map(t -> t.element().id() + " " + t.basis() + " " + t.route() + " " + t.otherPlan())
                .toList();
    }

    @Test
    void sharedIndexAnswersManyThreadsAsItAnswersOne() {
        Plan plan = PlanArbitraries.plans().sampleStream().limit(30)
                .max(Comparator.comparingInt(p -> p.elements().size() + p.links().size()))
                .orElseThrow();
        PlanIndex index = PlanIndex.of(plan);
        List<String> sequential = everyAnswer(index);

        List<List<String>> concurrent = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int i = 0; i < THREADS * ROUNDS; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return everyAnswer(index);
                    }));
                }
                start.countDown();
                List<List<String>> results = new ArrayList<>();
                for (Future<List<String>> future : futures) {
                    results.add(future.get());
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        });

        assertThat(sequential).isNotEmpty();
        assertThat(concurrent).hasSize(THREADS * ROUNDS).allSatisfy(answers -> assertThat(answers).isEqualTo(sequential));
    }
}
