/**
 * The plan rules, the third stage of a validation: what the JSON Schema cannot say about a plan
 * (unique ids, links that resolve and point the right way, numbering, periods within the plan,
 * the languages of texts, editions, related plans) and the completeness warnings. They read the
 * tree the schema has checked, defensively ({@link io.github.councilplan.schema.rules.NodeValues}),
 * find its elements ({@link io.github.councilplan.schema.rules.DocumentElements}), and report
 * to a {@link io.github.councilplan.schema.rules.RuleSink} by JSON pointer; the validator
 * locates and collects what they report.
 *
 * <p>Not exported: internal to the validator; its types may change in any release.
 */
package io.github.councilplan.schema.rules;
