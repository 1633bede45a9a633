package io.github.councilplan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of the plan's work, at any of its levels: an {@link Objective}, a {@link Priority} or a
 * {@link Deliverable}. Every level can have owners, dates, its own outcomes, lists, milestones and
 * progress updates, because plans stop at different levels: one ends at priorities, another at
 * titled pledges under each theme, a third at actions with their own expected outcomes and end
 * dates. The work that contains no other work is what a plan delivers, whatever its level; the
 * traceability queries count it.
 *
 * <p>Only this library implements this interface; every implementation is immutable and
 * thread-safe.
 */
public interface Work extends PlanElement {
    /**
     * Returns the work's wording: "Modernise and digitise services ...", "We will open two family
     * hubs by 2027".
     *
     * @return the title, not null
     */
    Text title();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty; not null
     */
    Optional<Text> description();

    /**
     * Returns the ids of the {@link Owner}s accountable for this work.
     *
     * @return an unmodifiable list of distinct ids, not null
     */
    List<ElementId> owners();

    /**
     * Returns when the work starts.
     *
     * @return the date, or empty; not null
     */
    Optional<PlanDate> start();

    /**
     * Returns when the work ends or is due: "by March 2026".
     *
     * @return the date, or empty; not null
     */
    Optional<PlanDate> end();

    /**
     * Tells whether the work is a long-term ambition that runs past the plan's period, so that its
     * dates past the plan's end draw no warning.
     *
     * @return true if long-term
     */
    boolean longTerm();

    /**
     * Returns the outcomes this work itself is to bring: an action's expected outcome.
     *
     * @return an unmodifiable list, not null
     */
    List<Outcome> outcomes();

    /**
     * Returns the lists that belong to this work, such as "what we will need to do well".
     *
     * @return an unmodifiable list, not null
     */
    List<ItemList> lists();

    /**
     * Returns the work's milestones, in order.
     *
     * @return an unmodifiable list, not null
     */
    List<Milestone> milestones();

    /**
     * Returns the progress updates, one per period at most.
     *
     * @return an unmodifiable list, not null
     */
    List<ProgressUpdate> progress();

    /**
     * Returns the update for a period.
     *
     * @param period the period, not null
     * @return the update, or empty if none was reported; not null
     * @throws NullPointerException if {@code period} is null
     */
    default Optional<ProgressUpdate> progressFor(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return progress().stream().filter(update -> update.period().equals(period)).findFirst();
    }

    /**
     * Returns the work this work contains directly: an objective's priorities and deliverables, a
     * priority's deliverables.
     *
     * @return an unmodifiable list, empty for work that contains none; not null
     */
    default List<Work> work() {
        return children().stream().filter(Work.class::isInstance).map(Work.class::cast).toList();
    }
}
