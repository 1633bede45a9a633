/**
 * What changed between two editions of a plan.
 *
 * <p>{@link io.github.councilplan.diff.PlanDiff#between(io.github.councilplan.model.Plan,
 * io.github.councilplan.model.Plan)} matches the elements of two editions (by id, then by
 * wording within the same parent, then by wording across parents where it is unambiguous) and
 * lists each {@link io.github.councilplan.diff.Change}: elements added, removed, moved to another
 * parent (and theme), renumbered, reworded or given a new id, their other fields changed (such as
 * a measure's revised target, or a value within their extensions, by JSON pointer), and links
 * added, removed or given a new note, and nothing that did not change. Each change has a stable
 * {@link io.github.councilplan.diff.ChangeKind} code, says on what
 * {@link io.github.councilplan.diff.MatchBasis} its element was matched, and gives its old and new
 * values as strings, ready to print as text or JSON.
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns null.
 */
package io.github.councilplan.diff;
