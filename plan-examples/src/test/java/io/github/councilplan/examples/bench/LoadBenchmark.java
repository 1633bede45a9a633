package io.github.councilplan.examples.bench;

import com.networknt.schema.Error;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.schema.rules.DocumentNode;
import io.github.councilplan.schema.rules.PlanRules;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading a plan document of each size: the floor (Jackson's {@code readTree}), the naive
 * pipeline a user would write, this library's full load of a valid document and its validation of
 * an invalid one; and, to show where the time goes, the naive pipeline's stages alone on a tree
 * read beforehand, the fast path's binding alone ({@link PlanJson#tryRead}) from the bytes, and the
 * plan rules alone over a plan bound beforehand. {@link BenchmarkSuite} turns the times into MB/s and
 * the allocation into bytes per input byte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark {
    /** The document's size, a {@link BenchmarkDocuments.Size} label. */
    @Param({"20KB", "2MB", "50MB"})
    public String size;

    private byte[] valid;
    private byte[] invalid;
    private JsonNode tree;
    private Plan plan;
    private boolean helped;
    private final JsonMapper plain = JsonMapper.builder().build();
    /** Parsers as the fast path's: no check of repeated names, which its token checks make. */
    private final JsonFactory tokens = JsonFactory.builder().build();
    private NaivePipeline naive;
    private PlanValidator validator;

    /**
     * Reads the documents and prepares what the benchmark about to run needs, checking that it
     * reads what it should (the valid document is valid, the invalid one is not) unless
     * {@link BenchmarkSuite} has checked them already.
     *
     * @param params the benchmark about to run
     */
    @Setup
    public void setUp(BenchmarkParams params) {
        prepare(params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1));
    }

    /**
     * Prepares what a benchmark of this class needs, as {@link #setUp} does before JMH runs it: for
     * {@link LoadInTurn}, which runs {@link #load} against {@link #readTree} in turn in a JVM of its
     * own ({@link PairedRatio}).
     *
     * @param benchmark the benchmark's method name, such as {@code "load"}
     */
    void prepare(String benchmark) {
        BenchmarkDocuments.Size documents = BenchmarkDocuments.Size.of(size);
        valid = BenchmarkDocuments.valid(documents);
        naive = new NaivePipeline();
        validator = PlanValidator.create();
        boolean checked = BenchmarkDocuments.saved();
        switch (benchmark) {
            case "validateInvalid":
                invalid = BenchmarkDocuments.invalid(documents);
                if (!checked && validator.validate(invalid, DocumentFormat.JSON).errors().isEmpty()) {
                    throw new IllegalStateException("the invalid " + size + " document has no error");
                }
                break;
            case "tryReadOnly":
                helped = PlanRules.worthHelping(valid.length);
                if (!checked && tryReadOnly().isEmpty()) {
                    throw new IllegalStateException("the " + size + " document does not bind from its tokens");
                }
                break;
            case "rulesOnly":
                // bound as the fast path binds it, and its rules checked as the fast path checks a document alone
                helped = PlanRules.worthHelping(valid.length);
                plan = tryReadOnly().orElseThrow(() -> new IllegalStateException("the " + size
                        + " document does not bind from its tokens"));
                if (!rulesOnly()) {
                    throw new IllegalStateException("the " + size + " document breaks a plan rule");
                }
                break;
            case "schemaOnly":
            case "bindOnly":
                tree = naive.read(valid);
                break;
            case "naivePipeline":
                if (!checked) {
                    naive.load(valid);
                }
                break;
            case "load":
                ValidationReport report = checked ? null : validator.validate(valid, DocumentFormat.JSON);
                if (report != null && (!report.problems().isEmpty() || report.plan().isEmpty())) {
                    throw new IllegalStateException("the " + size + " document is not valid: " + report);
                }
                break;
            default:
                break;
        }
    }

    /** (1) The floor: Jackson's {@code readTree} of the same bytes, with a default mapper. */
    @Benchmark
    public JsonNode readTree() {
        return plain.readTree(valid);
    }

    /** (2) The naive pipeline: {@code readTree}, networknt validation, {@code treeToValue}. */
    @Benchmark
    public Plan naivePipeline() {
        return naive.load(valid);
    }

    /** (3) This library's full load of a valid document: syntax, schema, rules and model. */
    @Benchmark
    public ValidationReport load() {
        return validator.validate(valid, DocumentFormat.JSON);
    }

    /** (4) This library's validation of an invalid document, every problem located. */
    @Benchmark
    public ValidationReport validateInvalid() {
        return validator.validate(invalid, DocumentFormat.JSON);
    }

    /** networknt's validation alone, of a tree read beforehand. */
    @Benchmark
    public List<Error> schemaOnly() {
        return naive.validate(tree);
    }

    /** {@code treeToValue} alone, of a tree read beforehand. */
    @Benchmark
    public Plan bindOnly() {
        return naive.bind(tree);
    }

    /**
     * The fast path's binding alone: {@link PlanJson#tryRead} from the bytes, without its checks or
     * rules, on two threads for a document worth helping as the fast path binds one
     * ({@link ModelBinding#bind(tools.jackson.core.TokenStreamFactory, byte[], boolean)}).
     */
    @Benchmark
    public Optional<Plan> tryReadOnly() {
        return ModelBinding.bind(tokens, valid, helped);
    }

    /**
     * The plan rules alone, over a plan bound beforehand by the fast path's binding, checked as
     * the fast path checks a document validated alone ({@link PlanRules#passes(DocumentNode, boolean)}):
     * on the calling thread, or, for a document {@link PlanRules#worthHelping worth helping},
     * shared out with a thread of the common pool.
     *
     * @return whether the rules report nothing
     */
    @Benchmark
    public boolean rulesOnly() {
        return PlanRules.passes(DocumentNode.ofModel(plan), helped);
    }
}
