package io.github.councilplan.examples.bench;

import io.github.councilplan.examples.ExamplePlans;
import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this package ({@code *Benchmark}) at each document size, in JMH forks,
 * with the GC profiler for allocation, then, given the command-line jar, compares {@code plan
 * validate} with node and ajv as whole processes ({@link ProcessComparison}), and writes
 * {@code BENCHMARKS.md}. Between the two it runs the valid-document load against {@code readTree}
 * in turn, in a JVM of its own at each size ({@link LoadInTurn}), whose ratio holds on a machine
 * too busy for the forks' times, measured one after the other, to be compared.
 *
 * <pre>
 * BenchmarkSuite --quick|--full [--out FILE] [--include REGEX] [--sizes 20KB,2MB,50MB]
 *     [--cli JAR [--dist TAR_GZ] [--schema SCHEMA]]
 * </pre>
 *
 * <p>Run it with {@code ./mvnw -q -pl plan-examples -am -DskipTests package exec:exec@bench}
 * ({@code -Dbench=quick} for the quick mode). The documents are generated once, checked (the valid
 * ones have no problem, the invalid ones many, all located) and saved to a temporary directory
 * that the forks read.
 */
public final class BenchmarkSuite {
    /** The command that runs the suite, as docs/performance.md documents it. */
    static final String COMMAND = "./mvnw -q -pl plan-examples -am -DskipTests package exec:exec@bench";

    /**
     * Every fork's heap: fixed, large enough for the 50 MB document's trees, and touched once as
     * the fork starts. Untouched, the first pass of allocation through 4 GiB faults each page in,
     * which in a virtual machine that reclaims idle memory made measurements a few times slower
     * for the whole of a fork's first 20 s (a 20 KB load: 0.6 ms in one warm-up, then 1.6 ms).
     */
    static final String[] FORK_JVM_ARGS = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"};

    /** How long the load and {@code readTree} run in turn before they are measured in turn, in the quick mode (twice as long in the full). */
    static final Duration PAIRED_WARM_UP = Duration.ofSeconds(6);
    /** How long they are measured in turn, in the quick mode (three times as long in the full). */
    static final Duration PAIRED_MEASUREMENT = Duration.ofSeconds(10);

    private BenchmarkSuite() {}

    /**
     * Runs the suite.
     *
     * @param args {@code --quick} or {@code --full}; {@code --out FILE}, the report (default
     *     {@code BENCHMARKS.md}); {@code --include REGEX}, only the benchmarks it finds; {@code --sizes},
     *     only these sizes
     * @throws Exception if a benchmark fails or the report cannot be written
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path out = Path.of("BENCHMARKS.md");
        String include = BenchmarkSuite.class.getPackageName().replace(".", "\\.") + "\\..*Benchmark\\..*";
        List<BenchmarkDocuments.Size> sizes = List.of(BenchmarkDocuments.Size.values());
        Path cli = null;
        Path dist = null;
        Path schema = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    break;
                case "--full":
                    quick = false;
                    break;
                case "--out":
                    out = Path.of(args[++i]);
                    break;
                case "--include":
                    include = args[++i];
                    break;
                case "--cli":
                    cli = Path.of(args[++i]);
                    break;
                case "--dist":
                    dist = Path.of(args[++i]);
                    break;
                case "--schema":
                    schema = Path.of(args[++i]);
                    break;
                case "--sizes":
                    sizes = Arrays.stream(args[++i].split(",")).map(BenchmarkDocuments.Size::of).toList();
                    break;
                default:
                    System.err.println("BenchmarkSuite: unknown argument '" + args[i]
                            + "'; expected --quick|--full [--out FILE] [--include REGEX] [--sizes 20KB,2MB,50MB]"
                            + " [--cli JAR [--dist TAR_GZ] [--schema SCHEMA]]");
                    System.exit(2);
            }
        }
        Machine machine = Machine.current();
        Path directory = Files.createTempDirectory("councilplan-bench");
        try {
            List<BenchmarkReport.Document> documents = new ArrayList<>();
            for (BenchmarkDocuments.Size size : sizes) {
                documents.add(prepare(size, directory));
            }
            List<Measurement> results = new ArrayList<>();
            for (BenchmarkDocuments.Size size : sizes) {
                ChainedOptionsBuilder options = options(quick, size).include(include);
                if (quick && size != BenchmarkDocuments.Size.MB_2) {
                    // the quick mode asks the index's queries at one size only: their time hardly depends on it
                    options.exclude("IndexBenchmark\\.(?!build).*");
                }
                results.addAll(run(options.param("size", size.label())
                        .jvmArgsAppend(jvmArgs(directory)).addProfiler(GCProfiler.class).shouldFailOnError(true)));
            }
            List<BenchmarkReport.Paired> paired = new ArrayList<>();
            Pattern included = Pattern.compile(include);
            if (included.matcher(LoadBenchmark.class.getName() + ".load").find()
                    && included.matcher(LoadBenchmark.class.getName() + ".readTree").find()) {
                for (BenchmarkDocuments.Size size : sizes) {
                    System.out.println("Measuring the " + size.label() + " load against readTree in turn, in a JVM of its own");
                    Duration warmUp = PAIRED_WARM_UP.multipliedBy(quick ? 1 : 2);
                    Duration measurement = PAIRED_MEASUREMENT.multipliedBy(quick ? 1 : 3);
                    paired.add(new BenchmarkReport.Paired(size.label(),
                            LoadInTurn.run(size, warmUp, measurement, directory), warmUp, measurement));
                }
            }
            List<ProcessComparison.Result> processes = cli == null ? List.of()
                    : processes(cli, dist, schema == null ? publishedSchema(directory) : schema, directory, sizes,
                            quick ? 5 : 9);
            String command = COMMAND + (quick ? " -Dbench=quick" : "");
            String report = BenchmarkReport.markdown(machine, command, settings(quick), documents, results,
                    Machine.currentLoadAverage(), processes, paired);
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("Wrote " + out);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /**
     * Runs the whole-process comparison with ajv: Thurrock's plan, 400 copies of it (each with an id
     * of its own) as a data team's folder might hold plans, and the largest synthetic plan validated within a 256 MiB heap,
     * with the floors under that one: a JVM that only reads its tokens, and one that only binds its model.
     */
    private static List<ProcessComparison.Result> processes(Path cli, Path dist, Path schema, Path directory,
            List<BenchmarkDocuments.Size> sizes, int runs) throws IOException, InterruptedException {
        System.out.println("Comparing whole processes with node and ajv, " + runs + " runs each");
        Path work = Files.createDirectories(directory.resolve("ajv"));
        byte[] thurrock = ExamplePlans.thurrockDocument();
        Path one = Files.write(directory.resolve("thurrock.json"), thurrock);
        ProcessComparison comparison = ProcessComparison.prepare(cli, dist, schema, work, runs, one);
        Path many = Files.createDirectories(directory.resolve("many"));
        List<Path> copies = new ArrayList<>();
        String text = new String(thurrock, StandardCharsets.UTF_8);
        String id = "\"id\" : \"thurrock-corporate-plan\"";
        if (!text.contains(id)) {
            throw new IllegalStateException("Thurrock's plan no longer has the id " + id);
        }
        for (int i = 0; i < 400; i++) {
            // each copy a plan of its own id: copies of one plan are rightly refused together (rule.duplicate-id),
            // which would measure the full check of invalid documents instead of the validation of valid ones
            String copy = text.replaceFirst(id, String.format("\"id\" : \"thurrock-corporate-plan-%03d\"", i));
            copies.add(Files.writeString(many.resolve(String.format("plan-%03d.json", i)), copy, StandardCharsets.UTF_8));
        }
        List<ProcessComparison.Result> results = new ArrayList<>();
        results.add(comparison.compare(String.format("Thurrock, %,d bytes", thurrock.length), List.of(one), ""));
        results.add(comparison.compare("400 × Thurrock", copies, ""));
        for (Path jdk : ProcessComparison.laterJdks()) {
            // the launcher keeps an AOT cache on Java 25 and later: the same files on such a JDK, if one is installed
            ProcessComparison later = comparison.onJava(jdk, one);
            String on = ", on Java " + later.javaFeature();
            results.add(later.compare(String.format("Thurrock, %,d bytes", thurrock.length) + on, List.of(one), ""));
            results.add(later.compare("400 × Thurrock" + on, copies, ""));
        }
        if (sizes.contains(BenchmarkDocuments.Size.MB_50)) {
            Path large = BenchmarkDocuments.file(directory, BenchmarkDocuments.Size.MB_50, "valid");
            String label = String.format("50MB synthetic plan, %,d bytes", Files.size(large));
            results.add(comparison.compare(label, List.of(large), "256m"));
            // what a validator on Jackson's parser, and one that binds this model, cannot go below: the report
            // states both beside the target they bound
            results.add(comparison.tokensOnly(label, large, "256m"));
            results.add(comparison.bindingOnly(label, large, "256m"));
        }
        return results;
    }

    /** Writes the schema of the format this library reads, from the library's resources, to a file. */
    private static Path publishedSchema(Path directory) throws IOException {
        String resource = "/io/github/councilplan/schema/plan-" + Plan.SCHEMA_VERSION + ".schema.json";
        try (InputStream in = PlanValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + resource + " on the class path");
            }
            Path file = directory.resolve("plan.schema.json");
            Files.copy(in, file);
            return file;
        }
    }

    private static String[] jvmArgs(Path directory) {
        String[] args = Arrays.copyOf(FORK_JVM_ARGS, FORK_JVM_ARGS.length + 1);
        args[FORK_JVM_ARGS.length] = "-D" + BenchmarkDocuments.DIRECTORY_PROPERTY + "=" + directory;
        return args;
    }

    /** Generates, checks and saves the documents of one size. */
    private static BenchmarkReport.Document prepare(BenchmarkDocuments.Size size, Path directory) throws IOException {
        System.out.println("Generating the " + size.label() + " documents");
        byte[] valid = BenchmarkDocuments.valid(size);
        byte[] invalid = BenchmarkDocuments.mutate(valid);
        PlanValidator validator = PlanValidator.create();
        ValidationReport validReport = validator.validate(valid, DocumentFormat.JSON);
        if (!validReport.problems().isEmpty() || validReport.plan().isEmpty()) {
            throw new IllegalStateException("the " + size.label() + " document is not valid: " + validReport);
        }
        ValidationReport invalidReport = validator.validate(invalid, DocumentFormat.JSON);
        List<Problem> errors = invalidReport.errors();
        if (errors.isEmpty() || errors.stream().anyMatch(p -> p.line() < 1 || p.column() < 1)) {
            throw new IllegalStateException("the invalid " + size.label() + " document's errors are not all located");
        }
        Files.write(BenchmarkDocuments.file(directory, size, "valid"), valid);
        Files.write(BenchmarkDocuments.file(directory, size, "invalid"), invalid);
        System.out.println("Measuring what the " + size.label() + " plan and its index hold on the heap");
        return new BenchmarkReport.Document(size.label(), size.deliverables(), valid.length, invalid.length,
                errors.size(), (int) errors.stream().map(Problem::code).distinct().count(), RetainedSize.of(valid));
    }

    /** The iterations of each mode: the 50 MB document's operations last seconds, so it gets fewer. */
    private static ChainedOptionsBuilder options(boolean quick, BenchmarkDocuments.Size size) {
        boolean large = size == BenchmarkDocuments.Size.MB_50;
        ChainedOptionsBuilder options = new OptionsBuilder().forks(quick ? 1 : 2);
        if (quick) {
            // 6 s of warm-up below 50 MB: after 2 s a 20 KB load still ran at a third of its speed
            return options.warmupIterations(large ? 1 : 3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        return options.warmupIterations(large ? 3 : 5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(large ? 4 : 2));
    }

    private static String settings(boolean quick) {
        return "1.37, " + (quick ? "quick" : "full") + " mode: average time; "
                + (quick ? "1 fork; 3 × 2 s warm-up (50MB: 1 × 2 s) and 2 × 1 s measurement; index queries at 2MB only"
                        : "2 forks; 5 × 2 s warm-up and 5 × 2 s measurement (50MB: 3 × 2 s and 5 × 4 s)")
                + "; forks run with " + String.join(" ", FORK_JVM_ARGS) + " and the GC profiler";
    }

    private static List<Measurement> run(ChainedOptionsBuilder options) throws RunnerException {
        List<Measurement> results = new ArrayList<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String name = result.getParams().getBenchmark();
            String[] parts = name.split("\\.");
            String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Result<?> primary = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            results.add(new Measurement(benchmark, result.getParams().getParam("size"), primary.getScore(),
                    primary.getScoreError(), allocation == null ? Double.NaN : allocation.getScore()));
        }
        return results;
    }
}
