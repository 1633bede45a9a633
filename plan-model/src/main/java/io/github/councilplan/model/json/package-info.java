/**
 * JSON for plan documents: {@link io.github.councilplan.model.json.PlanJson} reads and writes a
 * {@link io.github.councilplan.model.Plan} with Jackson 3, strictly, in a shape meant to be
 * written by hand.
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.model.json;
