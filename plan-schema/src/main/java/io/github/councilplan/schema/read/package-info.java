/**
 * Reading a plan document into a located tree, the first stage of a validation: the JSON and
 * YAML readers ({@link io.github.councilplan.schema.read.TreeReader}) parse a document's bytes
 * under the reading limits of {@link io.github.councilplan.schema.ValidationLimits} into a JSON
 * tree with the line and column of every value
 * ({@link io.github.councilplan.schema.read.LocatedTree}), and turn a document that cannot be read
 * (malformed, not UTF-8, over a limit, a forbidden YAML feature) into one located problem
 * ({@link io.github.councilplan.schema.read.DocumentProblemException}). JSON pointers are built
 * and taken apart by {@link io.github.councilplan.schema.read.Pointers}.
 *
 * <p>Not exported: internal to the validator; its types may change in any release.
 */
package io.github.councilplan.schema.read;
