package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
    private static final Machine MACHINE =
            new Machine("Test CPU", 2, "24 GiB", "Test JDK 17", "Test OS", "2026-01-01 00:00 UTC", "0.50");
    private static final BenchmarkReport.Document DOCUMENT =
            new BenchmarkReport.Document("2MB", 1000, 2_000_000, 2_000_100, 300, 6);

    private static String report(List<Measurement> results) {
        return BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", List.of(DOCUMENT), results, "0.70");
    }

    private static List<Measurement> load(double ours, double allocation) {
        return List.of(
                new Measurement(BenchmarkReport.READ_TREE, "2MB", 10_000, 1, 8_000_000),
                new Measurement(BenchmarkReport.NAIVE, "2MB", 80_000, 1, 60_000_000),
                new Measurement(BenchmarkReport.OURS, "2MB", ours, 1, allocation),
                new Measurement(BenchmarkReport.INVALID, "2MB", 50_000, 1, 40_000_000),
                new Measurement(BenchmarkReport.SCHEMA_ONLY, "2MB", 40_000, 1, 44_000_000),
                new Measurement(BenchmarkReport.BIND_ONLY, "2MB", 30_000, 1, 20_000_000),
                new Measurement(BenchmarkReport.TRY_READ_ONLY, "2MB", 20_000, 1, 14_000_000));
    }

    @Test
    void throughputIsBytesOverTimeAndAllocationIsPerInputByte() {
        String report = report(load(100_000, 40_000_000));

        assertThat(report).contains("| (1) `readTree`, a default Jackson 3 mapper: the floor | 200 | 4.0 |")
                .contains("| (3) **ours: `PlanValidator.validate`, valid document, plan built** | 20.0 | 20.0 |");
    }

    @Test
    void targetsComparedWithTheFloorAndTheNaivePipeline() {
        String report = report(load(100_000, 40_000_000));

        assertThat(report).contains("| (3) ÷ (1), throughput | 10 % | ≥ 40 % | **no** |")
                .contains("| (3) ÷ (2), throughput | 0.80× | ≥ 2× | **no** |")
                .contains("| (3) allocation, bytes per input byte | 20.0 | ≤ 12 | **no** |");
    }

    @Test
    void aTargetMetSaysYes() {
        String report = report(load(20_000, 10_000_000));

        assertThat(report).contains("| (3) ÷ (1), throughput | 50 % | ≥ 40 % | yes |")
                .contains("| (3) ÷ (2), throughput | 4.00× | ≥ 2× | yes |")
                .contains("| (3) allocation, bytes per input byte | 5.0 | ≤ 12 | yes |");
    }

    @Test
    void boundsAreComputedFromTheStagesAlone() {
        String report = report(load(100_000, 40_000_000));

        assertThat(report).contains("the fast path's binding alone (`PlanJson.tryRead` of the bytes, on two threads from 256 KiB"
                        + " as the fast path binds, with no token checks and no rules) takes 2.00× the time of `readTree`")
                .contains("at most 50 % of `readTree`'s throughput")
                .contains("binding alone allocates 7.0 bytes per input byte, leaving 5.0 of the target of 12 for the rest of the load")
                .doesNotContain("| the rest:");
    }

    @Test
    void boundAddsTheRulesToTheBindingWhenTheyAreMeasured() {
        List<Measurement> results = new ArrayList<>(load(100_000, 40_000_000));
        results.add(new Measurement(BenchmarkReport.RULES_ONLY, "2MB", 30_000, 1, 9_000_000));

        String report = report(results);

        assertThat(report).contains("takes 2.00× the time of `readTree`, and the plan rules alone, over a plan bound"
                        + " beforehand and checked as the fast path checks them, 3.00×; the fast path does both, so it can"
                        + " reach at most 20 % of `readTree`'s throughput (binding alone would allow 50 %)")
                .contains("| the plan rules over a plan bound beforehand: the fast path's rules | 30 % |")
                .contains("| the plan rules alone, over a plan bound beforehand | 66.7 | 4.5 |");
    }

    @Test
    void timePerByteOfTheLoadAndOfTheFloorIsComparedWithTheMiddleSize() {
        BenchmarkReport.Document small = new BenchmarkReport.Document("20KB", 4, 20_000, 20_010, 6, 3);
        List<Measurement> results = List.of(
                new Measurement(BenchmarkReport.READ_TREE, "20KB", 100, 1, 80_000),
                new Measurement(BenchmarkReport.OURS, "20KB", 2_000, 1, 800_000),
                new Measurement(BenchmarkReport.READ_TREE, "2MB", 20_000, 1, 8_000_000),
                new Measurement(BenchmarkReport.OURS, "2MB", 100_000, 1, 80_000_000));

        String report = BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", List.of(small, DOCUMENT), results,
                "0.70");

        assertThat(report).contains("| (3) time per byte, relative to 20KB | 1.00× | 0.50× | linear: ≤ 1.30× at the largest | yes |")
                .contains("| (1) time per byte, relative to 20KB, for comparison | 1.00× | 2.00× | – | – |");
    }

    @Test
    void indexIsPendingWithoutItsBenchmark() {
        assertThat(report(load(100_000, 40_000_000))).contains("pending: no index benchmark yet")
                .contains("Pending: the traceability index");
    }

    @Test
    void indexBuildIsComparedWithTheLoadAndQueriesAreInNanoseconds() {
        List<Measurement> results = new java.util.ArrayList<>(load(100_000, 40_000_000));
        results.add(new Measurement(BenchmarkReport.INDEX_BUILD, "2MB", 10_000, 1, 1_000_000));
        results.add(new Measurement("IndexBenchmark.path", "2MB", 0.25, 0.01, 48));

        String report = report(results);

        assertThat(report).contains("| index build ÷ (3), time | 10 % | ≤ 25 % | yes |")
                .contains("| `IndexBenchmark.path` | 250 |");
    }

    @Test
    void retainedSizeIsComparedWithTheDocumentsSize() {
        BenchmarkReport.Document measured = new BenchmarkReport.Document("2MB", 1000, 2_000_000, 2_000_100, 300, 6,
                new RetainedSize(4_000_000, 7_000_000));

        String report = BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", List.of(measured),
                load(100_000, 40_000_000), "0.70");

        assertThat(report).contains("| plan and its index, held on the heap ÷ document size | 3.50× | ≤ 3× | **no** |")
                .contains("| the plan alone, held on the heap ÷ document size, for comparison | 2.00× | – | – |");
    }

    @Test
    void retainedSizeNotMeasuredIsADash() {
        assertThat(report(load(100_000, 40_000_000)))
                .contains("| plan and its index, held on the heap ÷ document size | – | ≤ 3× | – |");
    }

    private static ProcessComparison.Result process(String label, double ours, double ajv, String heap, boolean bound) {
        return new ProcessComparison.Result(label, new ProcessComparison.Median(ours, 200 * 1024, 0),
                new ProcessComparison.Median(ajv, 100 * 1024, 0), heap,
                bound ? ProcessComparison.TOKENS_ONLY : "bin/plan", bound);
    }

    private static String reportWith(ProcessComparison.Result... processes) {
        return BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", List.of(DOCUMENT), load(100_000, 40_000_000),
                "0.70", List.of(processes));
    }

    @Test
    void aWholeProcessIsComparedWithAjvAgainstItsTarget() {
        String report = reportWith(process("Thurrock, 28,084 bytes", 0.30, 0.20, "", false),
                process("50MB synthetic plan, 50 bytes", 2.0, 1.0, "256m", false));

        assertThat(report).contains("`plan validate` (bin/plan) against")
                .contains("| Thurrock, 28,084 bytes | 0.30 s | 200 MiB | 0.20 s | 100 MiB | 1.50× | ≤ 1.50× | yes |")
                .contains("| 50MB synthetic plan, 50 bytes, ours with -Xmx256m | 2.00 s | 200 MiB | 1.00 s | 100 MiB"
                        + " | 2.00× | ≤ 0.50× | **no** |");
    }

    @Test
    void theFloorUnderAProcessTargetIsReportedApartWithTheShareOfTheTargetItTakes() {
        // the bound first: the comparison's own rows still say how ours ran
        String report = reportWith(process("50MB synthetic plan, 50 bytes", 0.35, 1.0, "256m", true),
                process("50MB synthetic plan, 50 bytes", 2.0, 1.0, "256m", false));

        assertThat(report).contains("`plan validate` (bin/plan) against")
                .contains("| 50MB synthetic plan, 50 bytes, ours with -Xmx256m | 2.00 s |")
                .contains("| 50MB synthetic plan, 50 bytes, -Xmx256m | tokens only | 0.35 s | 200 MiB | 1.00 s | 0.35×"
                        + " | 70 % of ≤ 0.50× |")
                .doesNotContain("| 50MB synthetic plan, 50 bytes, ours with -Xmx256m | 0.35 s");
    }

    @Test
    void eachFloorIsARowNamingWhatRan() {
        ProcessComparison.Result binding = new ProcessComparison.Result("50MB synthetic plan, 50 bytes",
                new ProcessComparison.Median(1.2, 300 * 1024, 0), new ProcessComparison.Median(1.0, 100 * 1024, 0),
                "256m", ProcessComparison.BINDING_ONLY, true);

        String report = reportWith(process("50MB synthetic plan, 50 bytes", 0.35, 1.0, "256m", true), binding,
                process("50MB synthetic plan, 50 bytes", 2.0, 1.0, "256m", false));

        assertThat(report).contains("| 50MB synthetic plan, 50 bytes, -Xmx256m | tokens only | 0.35 s |")
                .contains("| 50MB synthetic plan, 50 bytes, -Xmx256m | binding only | 1.20 s | 300 MiB | 1.00 s | 1.20×"
                        + " | 240 % of ≤ 0.50× |");
    }

    @Test
    void noFloorMeasuredWritesNoFloorTable() {
        assertThat(reportWith(process("Thurrock, 28,084 bytes", 0.30, 0.20, "", false)))
                .doesNotContain("| what runs |");
    }

    @Test
    void recordsTheMachineAndTheCommand() {
        assertThat(report(load(100_000, 40_000_000))).contains("| CPU | Test CPU |", "| cores | 2 |",
                "| JDK | Test JDK 17 |", "Generated by `./mvnw bench`", "0.50 at the start, 0.70 at the end");
    }

    private static String reportPaired(double median) {
        return BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", List.of(DOCUMENT), load(100_000, 40_000_000),
                "0.70", List.of(), List.of(new BenchmarkReport.Paired("2MB",
                        new PairedRatio.Result(median, median - 0.5, median + 0.5, 12, 1, 4), Duration.ofSeconds(6),
                        Duration.ofSeconds(10))));
    }

    @Test
    void theLoadInTurnWithReadTreeIsReportedAsItsMedianPairAndQuartiles() {
        assertThat(reportPaired(4.0)).contains("## Loading against `readTree`, in turn in one JVM")
                .contains("| (3) ÷ (1), time, median pair | 4.00× |")
                .contains("| quartiles | 3.50× to 4.50× |")
                .contains("| (3) ÷ (1), throughput | 25 % |")
                .contains("| pairs | 12 |")
                .contains("| runs per batch, (3) and (1) | 1 and 4 |");
    }

    @Test
    void theLoadInTurnWithReadTreeIsATargetRowOfItsOwn() {
        assertThat(reportPaired(4.0)).contains("| (3) ÷ (1), throughput, in turn in one JVM | 25 % | ≥ 40 % | **no** |");
        assertThat(reportPaired(2.0)).contains("| (3) ÷ (1), throughput, in turn in one JVM | 50 % | ≥ 40 % | yes |");
    }

    @Test
    void noLoadInTurnWritesNoSectionAndNoRow() {
        assertThat(report(load(100_000, 40_000_000))).doesNotContain("in turn in one JVM");
    }

    @Test
    void theLoadInTurnWithReadTreeGivesItsGrowthBeyondTheFloorsFromSizeToSize() {
        List<BenchmarkReport.Document> documents = List.of(
                new BenchmarkReport.Document("2MB", 1000, 2_000_000, 2_000_100, 300, 6),
                new BenchmarkReport.Document("50MB", 22000, 50_000_000, 50_000_100, 300, 6));
        List<BenchmarkReport.Paired> paired = List.of(
                new BenchmarkReport.Paired("2MB", new PairedRatio.Result(4.0, 3.9, 4.1, 100, 1, 4), Duration.ofSeconds(6),
                        Duration.ofSeconds(10)),
                new BenchmarkReport.Paired("50MB", new PairedRatio.Result(5.0, 4.5, 5.5, 10, 1, 1), Duration.ofSeconds(6),
                        Duration.ofSeconds(10)));

        String report = BenchmarkReport.markdown(MACHINE, "./mvnw bench", "quick", documents, List.of(), "0.70",
                List.of(), paired);

        assertThat(report).contains("| (3) ÷ (1) in turn, relative to 2MB, for comparison | 1.00× | 1.25× | – | – |");
    }

    @Test
    void theLoadInTurnStatesHowLongItWarmedUpAndMeasured() {
        assertThat(reportPaired(4.0)).contains("after 6 s of both in turn, for 10 s or 5 pairs, whichever is longer");
    }
}
