/**
 * The JSON Schema of plan documents and the bridge to the schema library (networknt
 * json-schema-validator), the second stage of a validation: the schema resolved from the
 * classpath only and compiled once ({@link io.github.councilplan.schema.jsonschema.PlanSchema}),
 * and each of its errors turned into a located problem with a message for people
 * ({@link io.github.councilplan.schema.jsonschema.SchemaProblems}).
 *
 * <p>Not exported: internal to the validator; its types may change in any release.
 */
package io.github.councilplan.schema.jsonschema;
