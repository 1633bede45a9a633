/**
 * The immutable model of a council's corporate plan.
 *
 * <p>A {@link io.github.councilplan.model.Plan} holds themes, which hold outcomes, priorities
 * (optionally grouped in objectives) with their deliverables, and commitments; beside them sit
 * statements, shared values, measures, owners, partners and the explicit
 * {@link io.github.councilplan.model.Link}s that align elements across that containment. Every
 * element implements {@link io.github.councilplan.model.PlanElement}. Types are built with
 * {@code builder()} or {@code of(...)}; each checks its own structural rules when built and
 * throws {@link java.lang.IllegalArgumentException} with a message that names the field and the
 * bad value.
 *
 * <p>Value types follow {@code java.time}: {@link io.github.councilplan.model.ElementId},
 * {@link io.github.councilplan.model.DisplayNumber} and
 * {@link io.github.councilplan.model.ReportingPeriod} have {@code of}/{@code parse} factories
 * whose {@code toString} round-trips and a natural order;
 * {@link io.github.councilplan.model.Text} is required text in one language or several.
 *
 * <p>Every type in this package is immutable and thread-safe, except the builders, which are for
 * one thread. No method accepts or returns null: absent values are {@link java.util.Optional}
 * or empty collections.
 */
package io.github.councilplan.model;
