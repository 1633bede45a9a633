/**
 * Example corporate plans, kept as JSON documents in this package (as
 * {@link io.github.councilplan.model.json.PlanJson} writes them) and loaded with
 * {@link io.github.councilplan.examples.ExamplePlans}, and small programs that use them.
 *
 * <p>Thurrock Council's corporate plan "A fresh start for Thurrock" (its 2025 refresh) is encoded in
 * the council's published wording, lead-ins included, and holds only what the published text
 * gives. The other plans are fictional councils' (made-up names and words), each showing shapes that
 * real plans have: a fully bilingual Welsh plan that uses every kind of link and owner; a county
 * plan that ends at titled pledges; a partly translated Welsh plan; a district's ten-year strategy
 * and its annual delivery plan, two documents linked by plan id; a plan with cross-cutting
 * principles, dates to the month and measures as councils report them; and a plan in the shape of
 * Thurrock's 2024 edition, with strategic objectives and lettered priorities; and two editions of
 * a borough's plan, the second superseding the first, to compare.
 * {@link io.github.councilplan.examples.ThurrockSummary} prints a short summary of the Thurrock
 * plan; the other classes are runnable examples of the library's queries.
 *
 * <p>Thurrock's text is public sector information licensed under the Open Government Licence
 * v3.0. Every type in this package is thread-safe.
 */
package io.github.councilplan.examples;
