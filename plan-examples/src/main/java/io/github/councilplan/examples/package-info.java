/**
 * Example corporate plans, kept as JSON documents in this package and loaded with
 * {@link io.github.councilplan.model.json.PlanJson}.
 *
 * <p>{@link io.github.councilplan.examples.ExamplePlans} loads two plans: Thurrock Council's
 * corporate plan "A fresh start for Thurrock" (its 2025 refresh), encoded in the council's
 * published wording and holding only what the published text gives; and a clearly fictional plan of
 * an invented Welsh council, published in Welsh and English, that uses every part of the model:
 * its own level names, lettered priorities and an objective level, owners, milestones, progress
 * updates, measures with targets and actuals, partners, links of every kind, external references
 * and extensions. {@link io.github.councilplan.examples.ThurrockSummary} prints a short summary of
 * the Thurrock plan.
 *
 * <p>Thurrock's text is public sector information licensed under the Open Government Licence
 * v3.0. Every type in this package is thread-safe.
 */
package io.github.councilplan.examples;
