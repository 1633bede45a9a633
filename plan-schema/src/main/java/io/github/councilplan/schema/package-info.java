/**
 * Validation of plan documents: {@link io.github.councilplan.schema.PlanValidator} checks a JSON
 * or YAML document against the JSON Schema of the format and the plan rules, and returns an
 * immutable {@link io.github.councilplan.schema.ValidationReport} of located
 * {@link io.github.councilplan.schema.Problem}s with stable
 * {@link io.github.councilplan.schema.ProblemCode}s, and the plan when the document is valid.
 *
 * <p>Every public type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.schema;
