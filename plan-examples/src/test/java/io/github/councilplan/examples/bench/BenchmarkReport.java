package io.github.councilplan.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Writes {@code BENCHMARKS.md} from measured results: the machine, the documents, throughput in
 * MB/s and allocation per input byte for each way of loading, ratios against the floor
 * ({@code readTree}) and the naive pipeline, the targets and whether they are met, where the load
 * spends its time, and the queries in ns/op. Every number in it comes from the results given.
 */
final class BenchmarkReport {
    static final String LOAD = "LoadBenchmark";
    static final String READ_TREE = LOAD + ".readTree";
    static final String NAIVE = LOAD + ".naivePipeline";
    static final String OURS = LOAD + ".load";
    static final String INVALID = LOAD + ".validateInvalid";
    static final String SCHEMA_ONLY = LOAD + ".schemaOnly";
    static final String BIND_ONLY = LOAD + ".bindOnly";
    static final String TRY_READ_ONLY = LOAD + ".tryReadOnly";
    static final String RULES_ONLY = LOAD + ".rulesOnly";
    static final String INDEX_BUILD = "IndexBenchmark.build";

    static final double TARGET_VS_READ_TREE = 0.40;
    static final double TARGET_VS_NAIVE = 2.0;
    static final double TARGET_ALLOCATION = 12.0;
    static final double TARGET_INDEX_SHARE = 0.25;
    static final double TARGET_RETAINED = 3.0;
    /** Time per byte at the largest size may exceed that at the middle size by this factor and still count as linear. */
    static final double LINEAR_TOLERANCE = 1.3;

    /**
     * One benchmark document.
     *
     * @param size its size label
     * @param deliverables how many deliverables it has
     * @param bytes its length
     * @param invalidBytes the length of its invalid variant
     * @param invalidErrors how many errors the validator finds in the invalid variant
     * @param invalidCodes the distinct problem codes among them
     * @param retained what the plan of the valid document, and that plan with its index, hold on
     *     the heap; null when not measured
     */
    record Document(String size, int deliverables, long bytes, long invalidBytes, int invalidErrors,
            int invalidCodes, RetainedSize retained) {
        /** A document whose retained size was not measured. */
        Document(String size, int deliverables, long bytes, long invalidBytes, int invalidErrors, int invalidCodes) {
            this(size, deliverables, bytes, invalidBytes, invalidErrors, invalidCodes, null);
        }

        /** Returns what the plan and its index hold, per byte of the document; NaN when not measured. */
        double retainedPerInputByte() {
            return retained == null ? Double.NaN : retained.planAndIndex() / (double) bytes;
        }

        /** Returns what the plan alone holds, per byte of the document; NaN when not measured. */
        double planRetainedPerInputByte() {
            return retained == null ? Double.NaN : retained.plan() / (double) bytes;
        }
    }

    /**
     * The load (3) against {@code readTree} (1) at one size, run in turn in one JVM.
     *
     * @param size the document size label
     * @param result (3)'s time as a ratio of (1)'s
     * @param warmUp how long both ran in turn before they were measured
     * @param measurement how long they were measured in turn, at least
     */
    record Paired(String size, PairedRatio.Result result, Duration warmUp, Duration measurement) {}

    private final Machine machine;
    private final String command;
    private final String settings;
    private final List<Document> documents;
    private final List<Measurement> results;
    private final String loadAtEnd;
    private final List<ProcessComparison.Result> processes;
    private final List<Paired> paired;
    private final StringBuilder out = new StringBuilder();

    private BenchmarkReport(Machine machine, String command, String settings, List<Document> documents,
            List<Measurement> results, String loadAtEnd, List<ProcessComparison.Result> processes,
            List<Paired> paired) {
        this.machine = machine;
        this.command = command;
        this.settings = settings;
        this.documents = documents;
        this.results = results;
        this.loadAtEnd = loadAtEnd;
        this.processes = processes;
        this.paired = paired;
    }

    /** Returns the report as Markdown. */
    static String markdown(Machine machine, String command, String settings, List<Document> documents,
            List<Measurement> results, String loadAtEnd) {
        return markdown(machine, command, settings, documents, results, loadAtEnd, List.of());
    }

    /** Returns the report as Markdown, with the whole-process comparison against ajv. */
    static String markdown(Machine machine, String command, String settings, List<Document> documents,
            List<Measurement> results, String loadAtEnd, List<ProcessComparison.Result> processes) {
        return markdown(machine, command, settings, documents, results, loadAtEnd, processes, List.of());
    }

    /** Returns the report as Markdown, with the whole-process comparison and the load against {@code readTree} in turn. */
    static String markdown(Machine machine, String command, String settings, List<Document> documents,
            List<Measurement> results, String loadAtEnd, List<ProcessComparison.Result> processes,
            List<Paired> paired) {
        return new BenchmarkReport(machine, command, settings, documents, results, loadAtEnd, processes, paired)
                .write();
    }

    private String write() {
        line("# Benchmarks");
        line("");
        line("Generated by `" + command + "` (see docs/performance.md); do not edit by hand. Run it "
                + "again to regenerate this file on your machine.");
        line("");
        machine();
        documents();
        processes();
        loading();
        paired();
        targets();
        whereTheTimeGoes();
        queries();
        raw();
        return out.toString();
    }

    private void machine() {
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| date | " + machine.date() + " |");
        line("| CPU | " + machine.cpu() + " |");
        line("| cores | " + machine.cores() + " |");
        line("| memory | " + machine.memory() + " |");
        line("| JDK | " + machine.jdk() + " |");
        line("| OS | " + machine.os() + " |");
        line("| JMH | " + settings + " |");
        line("| load average (1 min) | " + machine.loadAverage() + " at the start, " + loadAtEnd + " at the end |");
        line("");
        line("A load average above the number of cores means other work shared the CPU, and the numbers "
                + "are noisier and lower than on an idle machine.");
        line("");
    }

    private void documents() {
        line("## Documents");
        line("");
        line("Synthetic plans (`SyntheticPlans`, seed " + BenchmarkDocuments.SEED + "), generated in memory at "
                + "the start of the run. The invalid variant of each has about one fault in ten elements "
                + "(links to missing elements, repeated ids, titles that are numbers, unknown properties, "
                + "dates and periods outside the plan), every one located by line and column.");
        line("");
        line("| size | deliverables | bytes | invalid variant: bytes | errors | distinct codes |");
        line("|---|--:|--:|--:|--:|--:|");
        for (Document d : documents) {
            line("| " + d.size() + " | " + d.deliverables() + " | " + d.bytes() + " | " + d.invalidBytes() + " | "
                    + d.invalidErrors() + " | " + d.invalidCodes() + " |");
        }
        line("");
    }

    private void loading() {
        line("## Loading");
        line("");
        line("Throughput in MB/s (10^6 bytes of document a second; higher is better) and bytes allocated per "
                + "byte of document (JMH's `gc.alloc.rate.norm` divided by the document's size; lower is better).");
        line("");
        StringBuilder header = new StringBuilder("| benchmark |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Document d : documents) {
            header.append(' ').append(d.size()).append(" MB/s | ").append(d.size()).append(" B/B |");
            rule.append("--:|--:|");
        }
        line(header.toString());
        line(rule.toString());
        loadingRow("(1) `readTree`, a default Jackson 3 mapper: the floor", READ_TREE, false);
        loadingRow("(2) naive: `readTree` + networknt + `treeToValue`", NAIVE, false);
        loadingRow("(3) **ours: `PlanValidator.validate`, valid document, plan built**", OURS, false);
        loadingRow("(4) ours: invalid document, every problem located", INVALID, true);
        loadingRow("networknt validation alone, of a tree read beforehand", SCHEMA_ONLY, false);
        loadingRow("`treeToValue` alone, of a tree read beforehand", BIND_ONLY, false);
        loadingRow("`PlanJson.tryRead` alone: the fast path's binding, from the bytes", TRY_READ_ONLY, false);
        loadingRow("the plan rules alone, over a plan bound beforehand", RULES_ONLY, false);
        line("");
    }

    private void loadingRow(String label, String benchmark, boolean invalid) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        for (Document d : documents) {
            long bytes = invalid ? d.invalidBytes() : d.bytes();
            Optional<Measurement> m = find(benchmark, d.size());
            row.append(' ').append(m.map(x -> throughput(x.megabytesPerSecond(bytes))).orElse("–")).append(" | ")
                    .append(m.map(x -> decimal(x.allocationPerInputByte(bytes), 1)).orElse("–")).append(" |");
        }
        line(row.toString());
    }

    /** The load against {@code readTree}, run in turn in one JVM: the ratio that holds on a busy machine. */
    private void paired() {
        if (paired.isEmpty()) {
            return;
        }
        line("## Loading against `readTree`, in turn in one JVM");
        line("");
        Paired first = paired.get(0);
        line("(3) and (1) again, the same methods on the same documents, run in turn (`LoadInTurn`, `PairedRatio`)"
                + " in a JVM of their own at each size, started as the forks are: a batch of the one, then a batch of"
                + " the other (each pair in the other order to the last; a batch as many runs as last "
                + PairedRatio.BATCH.toMillis() + " ms or more, or one run where a run lasts longer), after "
                + first.warmUp().toSeconds() + " s of both in turn, for " + first.measurement().toSeconds()
                + " s or " + PairedRatio.MIN_PAIRS + " pairs, whichever is longer; the median of the pairs'"
                + " ratios, and its quartiles. What slows a shared machine for a while slows both of a pair alike,"
                + " so this ratio holds where times measured in forks one after the other drift apart.");
        line("");
        sizeColumns("", paired.stream().map(Paired::size).toList());
        StringBuilder ratio = new StringBuilder("| (3) ÷ (1), time, median pair |");
        StringBuilder quartiles = new StringBuilder("| quartiles |");
        StringBuilder share = new StringBuilder("| (3) ÷ (1), throughput |");
        StringBuilder pairs = new StringBuilder("| pairs |");
        StringBuilder batches = new StringBuilder("| runs per batch, (3) and (1) |");
        for (Paired p : paired) {
            PairedRatio.Result r = p.result();
            ratio.append(' ').append(times(r.median())).append(" |");
            quartiles.append(' ').append(times(r.lowerQuartile())).append(" to ").append(times(r.upperQuartile()))
                    .append(" |");
            share.append(' ').append(percent(r.share())).append(" |");
            pairs.append(' ').append(r.pairs()).append(" |");
            batches.append(' ').append(r.firstBatch()).append(" and ").append(r.secondBatch()).append(" |");
        }
        line(ratio.toString());
        line(quartiles.toString());
        line(share.toString());
        line(pairs.toString());
        line(batches.toString());
        line("");
    }

    /** A table's header: its first column named {@code first}, then a column of numbers per size. */
    private void sizeColumns(String first, List<String> sizes) {
        line((first.isEmpty() ? "| |" : "| " + first + " |")
                + sizes.stream().map(size -> " " + size + " |").collect(Collectors.joining()));
        line("|---|" + "--:|".repeat(sizes.size()));
    }

    /** The whole-process comparison with node and ajv, and its targets. */
    private void processes() {
        line("## Whole process, against ajv");
        line("");
        if (processes.isEmpty()) {
            line("Not run: give the suite `--cli JAR --schema SCHEMA` (the documented command does).");
            line("");
            return;
        }
        String oursBy = processes.stream().filter(result -> !result.bound()).findFirst()
                .map(ProcessComparison.Result::oursBy).orElse("");
        line("`plan validate` (" + oursBy + ") against `node` with ajv 8 (Ajv2020, strict, every error,"
                + " ajv-formats) and the same schema (`ajv-validate.cjs`, in the benchmarks' test resources), on the"
                + " same files; the two alternate, run after run. Medians of each command's wall time and peak"
                + " resident memory (GNU `time`).");
        line("");
        line("| files | ours: wall | ours: peak memory | ajv: wall | ajv: peak memory | ours ÷ ajv, time | target | met |");
        line("|---|--:|--:|--:|--:|--:|---|---|");
        List<ProcessComparison.Result> bounds = new ArrayList<>();
        for (ProcessComparison.Result result : processes) {
            if (result.bound()) {
                bounds.add(result);
                continue;
            }
            double target = processTarget(result.label());
            boolean met = result.ratio() <= target && result.ours().exitCode() == 0;
            line("| " + result.label() + (result.ourHeapLimit().isEmpty() ? "" : ", ours with -Xmx" + result.ourHeapLimit())
                    + " | " + decimal(result.ours().seconds(), 2) + " s | " + mebibytes(result.ours().peakKiB()) + " | "
                    + decimal(result.ajv().seconds(), 2) + " s | " + mebibytes(result.ajv().peakKiB()) + " | "
                    + times(result.ratio()) + " | ≤ " + times(target)
                    + (result.ours().exitCode() == 0 ? "" : ", exit 0") + " | " + (met ? "yes" : "**no**") + " |");
        }
        line("");
        processBounds(bounds);
    }

    /**
     * The floors under a whole-process target, each against ajv in the same alternated runs, and
     * how much of the target's budget each takes: a JVM that only reads the document's tokens, and
     * one that only binds the model from them as the fast path does.
     */
    private void processBounds(List<ProcessComparison.Result> bounds) {
        if (bounds.isEmpty()) {
            return;
        }
        line("What bounds a target, measured the same way: fresh JVMs that do only part of the work, with the"
                + " launcher's JIT flag (`" + ProcessComparison.LAUNCHER_JIT + "`) and the same heap, but no archive of their classes,"
                + " against ajv. *" + ProcessComparison.TOKENS_ONLY + "* reads the document's tokens with Jackson's"
                + " parser, the parser `plan validate` reads with (`TokenReading`, in the benchmarks' test sources: each"
                + " name and string made, nothing bound, nothing checked); *" + ProcessComparison.BINDING_ONLY + "* binds"
                + " the model from those tokens as the fast path does (`ModelBinding`: `PlanJson.tryRead`, on two threads"
                + " from 256 KiB, no check of the bytes or the tokens, no rule).");
        line("");
        line("| file | what runs | wall | peak memory | ajv: wall | ÷ ajv, time | share of the target |");
        line("|---|---|--:|--:|--:|--:|--:|");
        for (ProcessComparison.Result bound : bounds) {
            double target = processTarget(bound.label());
            line("| " + bound.label() + (bound.ourHeapLimit().isEmpty() ? "" : ", -Xmx" + bound.ourHeapLimit())
                    + " | " + bound.oursBy() + " | " + decimal(bound.ours().seconds(), 2) + " s | "
                    + mebibytes(bound.ours().peakKiB()) + " | " + decimal(bound.ajv().seconds(), 2) + " s | "
                    + times(bound.ratio()) + " | " + percent(bound.ratio() / target) + " of ≤ " + times(target) + " |");
        }
        line("");
        line("What is left of a target once the tokens are read is all that binding the model and every rule"
                + " may cost, and once the model is bound, all that the checks and rules may cost; where a floor takes"
                + " the whole of the target (100 % or more), no validator that does that much on this parser and JVM"
                + " meets it.");
        line("");
    }

    /** The target of a whole-process comparison: twice as fast as ajv on the large plan, else 1.5× its time. */
    static double processTarget(String label) {
        return label.startsWith("50MB") ? 0.5 : 1.5;
    }

    private static String mebibytes(long kibibytes) {
        return Math.round(kibibytes / 1024.0) + " MiB";
    }

    private void targets() {
        line("## Targets");
        line("");
        StringBuilder header = new StringBuilder("| | ");
        StringBuilder rule = new StringBuilder("|---|");
        for (Document d : documents) {
            header.append(d.size()).append(" | ");
            rule.append("--:|");
        }
        line(header.append("target | met |").toString());
        line(rule.append("---|---|").toString());
        targetRow("(3) ÷ (1), throughput", d -> ratio(READ_TREE, d), TARGET_VS_READ_TREE, true, "≥ 40 %",
                BenchmarkReport::percent);
        if (!paired.isEmpty()) {
            targetRow("(3) ÷ (1), throughput, in turn in one JVM", d -> paired(d).map(p -> p.result().share())
                    .orElse(Double.NaN), TARGET_VS_READ_TREE, true, "≥ 40 %", BenchmarkReport::percent);
        }
        targetRow("(3) ÷ (2), throughput", d -> ratio(NAIVE, d), TARGET_VS_NAIVE, true, "≥ 2×",
                BenchmarkReport::times);
        targetRow("(3) allocation, bytes per input byte", d -> find(OURS, d.size())
                .map(m -> m.allocationPerInputByte(d.bytes())).orElse(Double.NaN), TARGET_ALLOCATION, false,
                "≤ 12", v -> decimal(v, 1));
        targetRow("plan and its index, held on the heap ÷ document size", Document::retainedPerInputByte,
                TARGET_RETAINED, false, "≤ 3×", BenchmarkReport::times);
        line("| the plan alone, held on the heap ÷ document size, for comparison | "
                + cells(documents.stream().mapToDouble(Document::planRetainedPerInputByte).toArray()) + "– | – |");
        if (results.stream().anyMatch(m -> m.benchmark().equals(INDEX_BUILD))) {
            targetRow("index build ÷ (3), time", d -> share(INDEX_BUILD, d), TARGET_INDEX_SHARE, false, "≤ 25 %",
                    BenchmarkReport::percent);
        } else {
            line("| index build ÷ (3), time |" + " – |".repeat(documents.size())
                    + " ≤ 25 % | pending: no index benchmark yet |");
        }
        linearity();
        line("");
        line("(2) ÷ (1) for comparison: " + String.join(", ", documents.stream()
                .map(d -> d.size() + " " + percent(1 / ratioOf(READ_TREE, NAIVE, d))).toList()) + ".");
        line("");
    }

    private void targetRow(String label, ToDoubleFunction<Document> value, double target, boolean atLeast,
            String targetText, DoubleFunction<String> format) {
        StringBuilder row = new StringBuilder("| " + label + " | ");
        boolean met = true;
        boolean any = false;
        for (Document d : documents) {
            double v = value.applyAsDouble(d);
            if (!Double.isNaN(v)) {
                any = true;
                met &= atLeast ? v >= target : v <= target;
            }
            row.append(Double.isNaN(v) ? "–" : format.apply(v)).append(" | ");
        }
        line(row.append(targetText).append(" | ").append(!any ? "–" : met ? "yes" : "**no**").append(" |")
                .toString());
    }

    private void linearity() {
        Optional<Document> middle = documents.size() < 2 ? Optional.empty()
                : Optional.of(documents.get(documents.size() - 2));
        String relativeTo = "time per byte, relative to " + middle.map(Document::size).orElse("–");
        double[] ours = perByteRelative(OURS, middle);
        double worst = ours.length == 0 ? Double.NaN : ours[ours.length - 1];
        line("| (3) " + relativeTo + " | " + cells(ours) + "linear: ≤ " + times(LINEAR_TOLERANCE)
                + " at the largest | " + (Double.isNaN(worst) ? "–" : worst <= LINEAR_TOLERANCE ? "yes" : "**no**")
                + " |");
        // the floor's own growth, measured in the same run: what memory does to any reader at size
        line("| (1) " + relativeTo + ", for comparison | " + cells(perByteRelative(READ_TREE, middle)) + "– | – |");
        if (!paired.isEmpty() && middle.isPresent()) {
            // how (3) grows beyond what growth costs the floor too, measured in turn with it
            double atMiddle = pairedRatio(middle.get());
            line("| (3) ÷ (1) in turn, relative to " + middle.get().size() + ", for comparison | "
                    + cells(documents.stream().mapToDouble(d -> pairedRatio(d) / atMiddle).toArray()) + "– | – |");
        }
    }

    /** The median ratio of (3) to (1) run in turn at a document's size; NaN when not measured. */
    private double pairedRatio(Document d) {
        return paired(d).map(p -> p.result().median()).orElse(Double.NaN);
    }

    /** (3) and (1) run in turn at a document's size, if measured. */
    private Optional<Paired> paired(Document d) {
        return paired.stream().filter(p -> p.size().equals(d.size())).findFirst();
    }

    /** A benchmark's time per byte at each size, relative to that at {@code middle} (NaN without it). */
    private double[] perByteRelative(String benchmark, Optional<Document> middle) {
        return documents.stream().mapToDouble(d -> middle.isPresent()
                ? perByte(benchmark, d) / perByte(benchmark, middle.get()) : Double.NaN).toArray();
    }

    private static String cells(double[] values) {
        StringBuilder cells = new StringBuilder();
        for (double v : values) {
            cells.append(Double.isNaN(v) ? "–" : times(v)).append(" | ");
        }
        return cells.toString();
    }

    private void whereTheTimeGoes() {
        line("## Where the time goes");
        line("");
        line("A valid document is checked the fast way (docs/performance.md): one pass over its tokens, the model "
                + "bound straight from them by `PlanJson.tryRead` (no tree, no data binding), the plan rules over the "
                + "model; no networknt, which only an invalid document meets (4). Each stage of the naive pipeline (2), "
                + "measured alone, as a share of (3)'s time on the same document, and the fast path's own two stages: "
                + "the first two are what the fast path does not do; it binds the model, from the tokens rather than "
                + "from a tree, and checks the plan rules over it (a document large enough to pay for it, by "
                + "`PlanRules.worthHelping`, checked alone on a machine of more than one core, shared out between the "
                + "calling thread and a thread of the common pool; the rules alone are checked the same way).");
        line("");
        sizeColumns("stage of (2)", documents.stream().map(Document::size).toList());
        shareRow("`readTree` (default mapper)", READ_TREE);
        shareRow("networknt validation of the tree", SCHEMA_ONLY);
        shareRow("`treeToValue` of the tree: binding the model", BIND_ONLY);
        shareRow("`PlanJson.tryRead` of the bytes: the fast path's binding", TRY_READ_ONLY);
        shareRow("the plan rules over a plan bound beforehand: the fast path's rules", RULES_ONLY);
        line("");
        List<String> bounds = new ArrayList<>();
        for (Document d : documents) {
            double bindVsReadTree = time(TRY_READ_ONLY, d) / time(READ_TREE, d);
            if (!Double.isNaN(bindVsReadTree)) {
                bounds.add(d.size() + ": the fast path's binding alone (`PlanJson.tryRead` of the bytes, on two threads"
                        + " from 256 KiB as the fast path binds, with no token checks and no rules) takes " + times(bindVsReadTree) + " the time of `readTree`, "
                        + rulesBound(d, bindVsReadTree) + allocationBound(d));
            }
        }
        if (!bounds.isEmpty()) {
            line("What bounds the targets, measured:");
            line("");
            bounds.forEach(b -> line("- " + b + "."));
            line("");
        }
    }

    /**
     * What binding and the rules, each measured alone, leave of the throughput target: the fast
     * path does one after the other, so their times added bound it (the rules run over a model
     * bound beforehand rather than a fresh one, and on as many threads as the fast path gives
     * them, so the bound is if anything generous).
     */
    private String rulesBound(Document d, double bindVsReadTree) {
        double rulesVsReadTree = time(RULES_ONLY, d) / time(READ_TREE, d);
        if (Double.isNaN(rulesVsReadTree)) {
            return "so the fast path can reach at most " + percent(1 / bindVsReadTree) + " of `readTree`'s throughput";
        }
        return "and the plan rules alone, over a plan bound beforehand and checked as the fast path checks them, "
                + times(rulesVsReadTree) + "; the fast "
                + "path does both, so it can reach at most " + percent(1 / (bindVsReadTree + rulesVsReadTree))
                + " of `readTree`'s throughput (binding alone would allow " + percent(1 / bindVsReadTree) + ")";
    }

    private String allocationBound(Document d) {
        Optional<Measurement> bind = find(TRY_READ_ONLY, d.size());
        if (bind.isEmpty() || Double.isNaN(bind.get().bytesPerOp())) {
            return "";
        }
        double perByte = bind.get().allocationPerInputByte(d.bytes());
        return "; binding alone allocates " + decimal(perByte, 1) + " bytes per input byte"
                + (perByte > TARGET_ALLOCATION ? ", more than the target of " + decimal(TARGET_ALLOCATION, 0)
                        + " for the whole load" : ", leaving " + decimal(TARGET_ALLOCATION - perByte, 1)
                        + " of the target of " + decimal(TARGET_ALLOCATION, 0) + " for the rest of the load");
    }

    private void shareRow(String label, String benchmark) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        for (Document d : documents) {
            double v = share(benchmark, d);
            row.append(' ').append(Double.isNaN(v) ? "–" : percent(v)).append(" |");
        }
        line(row.toString());
    }

    private void queries() {
        List<Measurement> others = results.stream().filter(m -> !m.benchmarkClass().equals(LOAD)).toList();
        line("## Index and queries");
        line("");
        if (others.isEmpty()) {
            line("Pending: the traceability index (`PlanIndex`) has no benchmark yet.");
            line("");
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        others.forEach(m -> names.add(m.benchmark()));
        StringBuilder header = new StringBuilder("| benchmark |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Document d : documents) {
            header.append(' ').append(d.size()).append(" ns/op |");
            rule.append("--:|");
        }
        line(header.toString());
        line(rule.toString());
        for (String name : names) {
            StringBuilder row = new StringBuilder("| `" + name + "` |");
            for (Document d : documents) {
                row.append(' ').append(find(name, d.size()).map(m -> decimal(m.microsPerOp() * 1000, 0)).orElse("–"))
                        .append(" |");
            }
            line(row.toString());
        }
        line("");
    }

    private void raw() {
        line("## Raw results");
        line("");
        line("| benchmark | size | µs/op | ± (99.9 %) | bytes allocated/op |");
        line("|---|---|--:|--:|--:|");
        for (Measurement m : results) {
            line("| `" + m.benchmark() + "` | " + m.size() + " | " + decimal(m.microsPerOp(), 3) + " | "
                    + (Double.isNaN(m.errorMicros()) ? "–" : decimal(m.errorMicros(), 3)) + " | "
                    + (Double.isNaN(m.bytesPerOp()) ? "–" : decimal(m.bytesPerOp(), 0)) + " |");
        }
    }

    private Optional<Measurement> find(String benchmark, String size) {
        return results.stream().filter(m -> m.benchmark().equals(benchmark) && m.size().equals(size)).findFirst();
    }

    private double time(String benchmark, Document d) {
        return find(benchmark, d.size()).map(Measurement::microsPerOp).orElse(Double.NaN);
    }

    /** Our load's throughput over another benchmark's: that one's time over ours. */
    private double ratio(String other, Document d) {
        return ratioOf(OURS, other, d);
    }

    /** {@code benchmark}'s throughput over {@code other}'s, on the same document. */
    private double ratioOf(String benchmark, String other, Document d) {
        return time(other, d) / time(benchmark, d);
    }

    /** {@code benchmark}'s time as a share of our load's. */
    private double share(String benchmark, Document d) {
        return time(benchmark, d) / time(OURS, d);
    }

    private double perByte(String benchmark, Document d) {
        return time(benchmark, d) / d.bytes();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    static String throughput(double mbPerSecond) {
        return decimal(mbPerSecond, mbPerSecond >= 100 ? 0 : 1);
    }

    static String percent(double fraction) {
        return decimal(fraction * 100, 0) + " %";
    }

    static String times(double factor) {
        return decimal(factor, 2) + "×";
    }

    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", value);
    }
}
