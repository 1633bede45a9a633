/**
 * JSON for plan documents: {@link io.github.councilplan.model.json.PlanJson} reads and writes a
 * {@link io.github.councilplan.model.Plan} with Jackson 3, strictly, in a shape meant to be
 * written by hand. Besides Jackson's data binding, which locates what it refuses, it reads a plan
 * straight from a parser's tokens ({@link io.github.councilplan.model.json.PlanJson#tryRead}), by
 * the structure that {@link io.github.councilplan.model.structure.PlanStructure} describes, for a
 * caller that only needs to know whether the tokens are a plan.
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.model.json;
