/**
 * Traceability over a plan: the "golden thread" from the plan's themes and outcomes down to its
 * deliverables, measures, owners and partners.
 *
 * <p>{@link io.github.councilplan.trace.PlanIndex} is built once from a
 * {@link io.github.councilplan.model.Plan} and answers, in time proportional to the answer, which
 * element has an id or number, where it sits (parent, children, path to the plan), which links
 * lead into and out of it, and which deliverables serve which outcomes. Every traceability
 * answer is a {@link io.github.councilplan.trace.Traced} that says, through its
 * {@link io.github.councilplan.trace.Basis}, whether it follows the plan's explicit links or only
 * its containment.
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns null.
 */
package io.github.councilplan.trace;
