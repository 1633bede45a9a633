/**
 * Validation of plan documents: {@link io.github.councilplan.schema.PlanValidator} checks a JSON
 * or YAML document against the JSON Schema of the format and the plan rules, and returns an
 * immutable {@link io.github.councilplan.schema.ValidationReport} of located
 * {@link io.github.councilplan.schema.Problem}s with stable
 * {@link io.github.councilplan.schema.ProblemCode}s, and the plan when the document is valid.
 *
 * <p>This package is the validator's API and its report; the stages of a validation live in
 * packages of their own, not exported: reading a document into a located tree
 * ({@code io.github.councilplan.schema.read}), the JSON Schema and the schema library's bridge
 * ({@code io.github.councilplan.schema.jsonschema}) and the plan rules
 * ({@code io.github.councilplan.schema.rules}).
 *
 * <p>Every public type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.schema;
