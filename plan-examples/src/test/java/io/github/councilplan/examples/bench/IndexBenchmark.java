package io.github.councilplan.examples.bench;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The traceability index over the plan of each benchmark document: building it, and typical
 * queries on it (an element by id, the path from the plan to a deliverable, the leaf work
 * serving an outcome, the outcomes a deliverable serves). The queries ask about the deliverable in
 * the middle of the plan and the first outcome of its theme.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBenchmark {
    /** The document's size, a {@link BenchmarkDocuments.Size} label. */
    @Param({"20KB", "2MB", "50MB"})
    public String size;

    private Plan plan;
    private PlanIndex index;
    private ElementId deliverable;
    private ElementId outcome;

    /** Reads the plan, builds its index and chooses the elements the queries ask about. */
    @Setup
    public void setUp() {
        plan = PlanJson.standard().read(BenchmarkDocuments.valid(BenchmarkDocuments.Size.of(size)));
        index = PlanIndex.of(plan);
        List<PlanElement> deliverables = index.ofKind(ElementKind.DELIVERABLE);
        deliverable = deliverables.get(deliverables.size() / 2).id();
        outcome = index.theme(deliverable).orElseThrow().outcomes().get(0).id();
    }

    /** Builds the index of the whole plan. */
    @Benchmark
    public PlanIndex build() {
        return PlanIndex.of(plan);
    }

    /** Finds an element by id. */
    @Benchmark
    public Deliverable get() {
        return index.get(deliverable, Deliverable.class);
    }

    /** The path from the plan down to a deliverable. */
    @Benchmark
    public List<PlanElement> path() {
        return index.path(deliverable);
    }

    /** The leaf work that serves an outcome, by links or by sitting in its theme. */
    @Benchmark
    public List<Traced<Work>> workServing() {
        return index.workServing(outcome);
    }

    /** The outcomes a deliverable serves. */
    @Benchmark
    public List<Traced<Outcome>> outcomesServedBy() {
        return index.outcomesServedBy(deliverable);
    }
}
