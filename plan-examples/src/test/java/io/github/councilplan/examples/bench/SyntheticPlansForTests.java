package io.github.councilplan.examples.bench;

import io.github.councilplan.examples.synthetic.SyntheticPlans;

/** Small synthetic documents for the benchmark helpers' tests. */
final class SyntheticPlansForTests {
    private SyntheticPlansForTests() {}

    static byte[] json(int deliverables) {
        return SyntheticPlans.of(deliverables, BenchmarkDocuments.SEED).generateJson();
    }
}
