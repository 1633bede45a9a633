/**
 * Synthetic corporate plans of any size, for tests, benchmarks and demonstrations.
 *
 * <p>{@link io.github.councilplan.examples.synthetic.SyntheticPlans} generates a realistic plan
 * from a number of deliverables and a seed, deterministically: the same settings give the same
 * plan and the same JSON bytes. The plans are built through the model's builders and are valid
 * plan documents by construction. {@link io.github.councilplan.examples.synthetic.SyntheticPlanCommand}
 * writes one to a file from the command line:
 * {@code ./mvnw -q -pl plan-examples exec:java@synthetic -Dexec.args="--deliverables 500 --seed 7 --out plan.json"}.
 *
 * <p>Every type in this package is thread-safe.
 */
package io.github.councilplan.examples.synthetic;
