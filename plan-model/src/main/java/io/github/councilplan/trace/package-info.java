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
 * <p>On top of the index:
 * <ul>
 *   <li>{@link io.github.councilplan.trace.PlanGaps} reports, as of a date the caller gives, the
 *       gaps in the thread, each a {@link io.github.councilplan.trace.Gap} of a
 *       {@link io.github.councilplan.trace.GapKind} with a stable code: outcomes nothing
 *       supports, deliverables that serve no outcome or lack an owner, a milestone or a measure,
 *       priorities without deliverables, measures without a target or a recent actual;
 *   <li>{@link io.github.councilplan.trace.DropImpact} says what dropping a deliverable would
 *       leave without support;
 *   <li>{@link io.github.councilplan.trace.PlanFilters} finds everything an owner owns, that
 *       involves a partner or that reflects a value, each as a
 *       {@link io.github.councilplan.trace.FilterMatch} that says how it matched;
 *   <li>{@link io.github.councilplan.trace.RollUp} rolls up the red, amber or green status of a
 *       theme, objective, priority or deliverable for a reporting period from its deliverables'
 *       progress and its measures' RAG, item by item ({@link io.github.councilplan.trace.RollUpItem});
 *   <li>{@link io.github.councilplan.trace.QuarterReport} is a committee's performance report for a
 *       period as at a reporting date: per theme, how many measures are in each state, and each
 *       measure's actual, target in force (and as adopted), state, forecast,
 *       {@link io.github.councilplan.trace.Trend trend} and commentary.
 * </ul>
 * Each class documents its rules exactly; none reads the clock.
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns null.
 */
package io.github.councilplan.trace;
