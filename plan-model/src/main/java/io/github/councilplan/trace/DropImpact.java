package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What loses its support if a deliverable is dropped from a plan: the answer to "what if we stop
 * doing 1.2.2?".
 *
 * <p>{@link #of(PlanIndex, ElementId)} compares the plan with {@link #planWithout() the plan
 * without the deliverable} (without its milestones, and without every link to or from either),
 * by the rules of {@link PlanIndex} and {@link PlanGaps}:
 * <ul>
 *   <li>{@link #outcomesLeftUnserved()}: the outcomes the deliverable serves that no deliverable
 *       serves once it is gone. By containment that happens when it was the last deliverable of
 *       its theme with no explicit route to an outcome, and no other deliverable reaches the
 *       outcome by links; by links when it was the only deliverable whose routes reached the
 *       outcome (routes of other work that passed through it are gone too);
 *   <li>{@link #outcomesLeftUnsupported()}: those of them that no measure evidences either, which
 *       would become {@link GapKind#OUTCOME_UNSUPPORTED outcome-unsupported} gaps;
 *   <li>{@link #deliverablesRerouted()}: other deliverables whose {@code contributesTo} routes ran
 *       through the dropped one and that, without it, serve other outcomes or serve them on another
 *       {@link Basis} (a deliverable that loses every route falls back to the outcomes of its
 *       theme, by containment);
 *   <li>{@link #measuresLeftEvidencingNothing()}: measures whose every {@code evidences} link
 *       goes to the dropped deliverable;
 *   <li>{@link #priorityLeftEmpty()}: its priority, if it was the priority's only deliverable.
 * </ul>
 * Outcomes keep the {@link Traced} answer by which the dropped deliverable served them, so the
 * impact says whether it rested on links or on containment.
 *
 * <p>Building the impact copies the plan and indexes the copy: it takes time linear in the size of
 * the plan. Immutable and thread-safe. No method accepts or returns null.
 */
public final class DropImpact {
    private final Deliverable deliverable;
    private final Plan planWithout;
    private final List<Traced<Outcome>> unserved;
    private final List<Traced<Outcome>> unsupported;
    private final List<Deliverable> rerouted;
    private final List<Measure> measures;
    private final Optional<Priority> priority;

    private DropImpact(PlanIndex before, Deliverable deliverable) {
        this.deliverable = deliverable;
        this.planWithout = DeliverableEdits.without(before.plan(), deliverable);
        PlanIndex after = PlanIndex.of(planWithout);

        List<Traced<Outcome>> lostAll = new ArrayList<>();
        List<Traced<Outcome>> lostAllSupport = new ArrayList<>();
        for (Traced<Outcome> outcome : before.outcomesServedBy(deliverable.id())) {
            if (after.deliverablesServing(outcome.element().id()).isEmpty()) {
                lostAll.add(outcome);
                if (!Coverage.isSupported(after, outcome.element())) {
                    lostAllSupport.add(outcome);
                }
            }
        }
        this.unserved = List.copyOf(lostAll);
        this.unsupported = List.copyOf(lostAllSupport);

        List<Deliverable> changed = new ArrayList<>();
        for (PlanElement element : after.ofKind(ElementKind.DELIVERABLE)) {
            if (!served(before, element.id()).equals(served(after, element.id()))) {
                changed.add((Deliverable) element);
            }
        }
        this.rerouted = List.copyOf(changed);

        List<Measure> emptied = new ArrayList<>();
        for (PlanElement element : before.ofKind(ElementKind.MEASURE)) {
            Measure measure = (Measure) element;
            List<PlanElement> evidenced = Coverage.evidencedBy(before, measure);
            if (!evidenced.isEmpty() && evidenced.stream().allMatch(deliverable::equals)) {
                emptied.add(measure);
            }
        }
        this.measures = List.copyOf(emptied);

        this.priority = before.parent(deliverable.id())
                .filter(Priority.class::isInstance)
                .map(Priority.class::cast)
                .filter(parent -> parent.deliverables().size() == 1);
    }

    /** The outcomes a deliverable serves, each with the basis it serves it on. */
    private static Set<List<Object>> served(PlanIndex index, ElementId deliverable) {
        Set<List<Object>> served = new HashSet<>();
        index.outcomesServedBy(deliverable).forEach(o -> served.add(List.of(o.element().id(), o.basis())));
        return served;
    }

    /**
     * Finds what dropping a deliverable from the indexed plan would leave without support.
     *
     * @param index the index of the plan, not null
     * @param deliverableId the id of the deliverable to drop, not null
     * @return the impact, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not a deliverable
     */
    public static DropImpact of(PlanIndex index, ElementId deliverableId) {
        Objects.requireNonNull(index, "index");
        return new DropImpact(index, index.get(deliverableId, Deliverable.class));
    }

    /**
     * Returns the deliverable dropped.
     *
     * @return the deliverable, not null
     */
    public Deliverable deliverable() {
        return deliverable;
    }

    /**
     * Returns the plan as it would be without the deliverable: the same plan less the deliverable,
     * its milestones, and every link that starts or ends at one of them.
     *
     * @return the plan, not null
     */
    public Plan planWithout() {
        return planWithout;
    }

    /**
     * Returns the outcomes the deliverable serves that no deliverable would serve without it, each
     * as the deliverable served it (by links, with the route, or by containment), in document
     * order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Traced<Outcome>> outcomesLeftUnserved() {
        return unserved;
    }

    /**
     * Returns the outcomes that would be left with no support at all: those of
     * {@link #outcomesLeftUnserved()} that no measure evidences. Each was supported with the
     * deliverable and would be an {@link GapKind#OUTCOME_UNSUPPORTED outcome-unsupported} gap
     * without it.
     *
     * @return an unmodifiable list in document order, not null
     */
    public List<Traced<Outcome>> outcomesLeftUnsupported() {
        return unsupported;
    }

    /**
     * Returns the other deliverables that, without this one, would serve other outcomes or serve
     * them on another basis, because their {@code contributesTo} routes ran through it; in
     * document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Deliverable> deliverablesRerouted() {
        return rerouted;
    }

    /**
     * Returns the measures that evidence the deliverable and nothing else, which would evidence
     * nothing without it; in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Measure> measuresLeftEvidencingNothing() {
        return measures;
    }

    /**
     * Returns the deliverable's priority if the deliverable is its only one, so that it would be
     * left without deliverables.
     *
     * @return the priority, or empty; not null
     */
    public Optional<Priority> priorityLeftEmpty() {
        return priority;
    }

    /**
     * Tells whether dropping the deliverable leaves nothing without support: no outcome unserved,
     * no measure evidencing nothing, no priority empty. Other deliverables may still be rerouted.
     *
     * @return true if nothing is left without support
     */
    public boolean leavesNothingUnsupported() {
        return unserved.isEmpty() && measures.isEmpty() && priority.isEmpty();
    }

    /**
     * Describes the impact in a few lines, for people.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("dropping ").append(deliverable.describe());
        if (leavesNothingUnsupported()) {
            text.append(" leaves nothing without support");
        }
        for (Traced<Outcome> outcome : unserved) {
            text.append("\n  ").append(outcome.element().describe())
                    .append(unsupported.contains(outcome) ? " loses all support" : " is left evidenced by measures only")
                    .append(" (served ").append(outcome.basis() == Basis.LINK ? "by links" : "by containment")
                    .append(')');
        }
        rerouted.forEach(d -> text.append("\n  ").append(d.describe()).append(" is rerouted"));
        measures.forEach(m -> text.append("\n  ").append(m.describe()).append(" evidences nothing"));
        priority.ifPresent(p -> text.append("\n  ").append(p.describe()).append(" has no deliverables"));
        return text.toString();
    }
}
