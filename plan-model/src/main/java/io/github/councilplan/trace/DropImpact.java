package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What loses its support if a piece of leaf work is dropped from a plan: the answer to "what if we
 * stop doing 1.2.2?".
 *
 * <p>{@link #of(PlanIndex, ElementId)} compares the plan with {@link #planWithout() the plan
 * without the work} (without everything it contains, and without every link to or from any of
 * them), by the rules of {@link PlanIndex} and {@link PlanGaps}:
 * <ul>
 *   <li>{@link #outcomesLeftUnserved()}: the outcomes served before that no work serves once it
 *       is gone. First those the work serves: by containment that happens when it was the last
 *       leaf work within the element holding the outcome with no explicit route to an outcome, and
 *       no other work reaches the outcome by links; by links when it was the only work whose
 *       routes reached the outcome (routes of other work that passed through it are gone too).
 *       Then, in document order, those only other work served: work whose {@code contributesTo}
 *       routes ran through the dropped work and reached no outcome (a loop of links) served the
 *       outcomes around it by containment; without the dropped work its routes reach outcomes, and
 *       it no longer serves those. Outcomes the work held itself go with it and are not listed;
 *   <li>{@link #outcomesLeftUnsupported()}: those of them that no measure evidences either, which
 *       would become {@link GapKind#OUTCOME_UNSUPPORTED outcome-unsupported} gaps;
 *   <li>{@link #workRerouted()}: other leaf work whose {@code contributesTo} routes ran through the
 *       dropped work and that, without it, serves other outcomes or serves them on another
 *       {@link Basis} (work that loses every route falls back to the outcomes it serves by
 *       containment);
 *   <li>{@link #measuresLeftEvidencingNothing()}: measures whose every {@code evidences} link goes
 *       to the dropped work or to something it contains;
 *   <li>{@link #containerLeftWithoutWork()}: the element that held the work, if it held no other
 *       work.
 * </ul>
 * Outcomes keep the {@link Traced} answer by which the dropped work (or, for outcomes lost by
 * rerouting, the work that served them before) served them, so the impact says whether it rested
 * on links or on containment.
 *
 * <p>Building the impact copies the plan and indexes the copy: it takes time linear in the size of
 * the plan. Immutable and thread-safe. No method accepts or returns null.
 */
public final class DropImpact {
    private final Work work;
    private final Plan planWithout;
    private final List<Traced<Outcome>> unserved;
    private final List<Traced<Outcome>> unsupported;
    private final List<Work> rerouted;
    private final List<Measure> measures;
    private final Optional<PlanElement> container;

    private DropImpact(PlanIndex before, Work work) {
        this.work = work;
        this.planWithout = WorkEdits.without(before.plan(), work);
        PlanIndex after = PlanIndex.of(planWithout, before.relatedPlans());

        List<Traced<Outcome>> lostAll = new ArrayList<>();
        List<Traced<Outcome>> lostAllSupport = new ArrayList<>();
        for (Traced<Outcome> outcome : before.outcomesServedBy(work.id())) {
            if (outcome.otherPlan().isPresent() || !after.contains(outcome.element().id())) {
                continue;
            }
            if (after.workServing(outcome.element().id()).isEmpty()) {
                lostAll.add(outcome);
                if (!Coverage.isSupported(after, outcome.element())) {
                    lostAllSupport.add(outcome);
                }
            }
        }
        // outcomes the work did not serve itself but that lose all their work anyway: other work
        // served them by containment only because its routes, through the dropped work, reached
        // no outcome; without the work those routes reach outcomes, and the containment goes
        Set<Outcome> servedByWork = new HashSet<>();
        lostAll.forEach(o -> servedByWork.add(o.element()));
        for (PlanElement element : after.ofKind(ElementKind.OUTCOME)) {
            Outcome outcome = (Outcome) element;
            if (servedByWork.contains(outcome) || !after.workServing(outcome.id()).isEmpty()) {
                continue;
            }
            List<Traced<Work>> servingBefore = before.workServing(outcome.id());
            if (servingBefore.isEmpty()) {
                continue;
            }
            Traced<Outcome> asServed = before.outcomesServedBy(servingBefore.get(0).element().id()).stream()
                    .filter(o -> o.element().equals(outcome) && o.otherPlan().isEmpty()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("workServing and outcomesServedBy disagree"));
            lostAll.add(asServed);
            if (!Coverage.isSupported(after, outcome)) {
                lostAllSupport.add(asServed);
            }
        }
        this.unserved = List.copyOf(lostAll);
        this.unsupported = List.copyOf(lostAllSupport);

        List<Work> changed = new ArrayList<>();
        for (Work other : after.leafWork()) {
            if (before.isLeafWork(other.id()) && !served(before, other.id()).equals(served(after, other.id()))) {
                changed.add(other);
            }
        }
        this.rerouted = List.copyOf(changed);

        Set<ElementId> gone = new HashSet<>();
        collectIds(work, gone);
        List<Measure> emptied = new ArrayList<>();
        for (PlanElement element : before.ofKind(ElementKind.MEASURE)) {
            Measure measure = (Measure) element;
            List<PlanElement> evidenced = Coverage.evidencedBy(before, measure);
            if (!evidenced.isEmpty() && evidenced.stream().allMatch(target -> gone.contains(target.id()))) {
                emptied.add(measure);
            }
        }
        this.measures = List.copyOf(emptied);

        this.container = before.parent(work.id())
                .filter(parent -> parent.children().stream().filter(Work.class::isInstance).count() == 1);
    }

    private static void collectIds(PlanElement element, Set<ElementId> into) {
        into.add(element.id());
        element.children().forEach(child -> collectIds(child, into));
    }

    private static Set<List<Object>> served(PlanIndex index, ElementId work) {
        Set<List<Object>> served = new HashSet<>();
        index.outcomesServedBy(work).forEach(o -> served.add(List.of(o.element().id(), o.basis(), o.otherPlan())));
        return served;
    }

    /**
     * Computes what dropping a piece of leaf work would leave without support.
     *
     * @param index the index of the plan, not null
     * @param workId the id of the leaf work to drop, not null
     * @return the impact, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not leaf work (see
     *     {@link PlanIndex#leafWork()})
     */
    public static DropImpact of(PlanIndex index, ElementId workId) {
        Objects.requireNonNull(index, "index");
        Work work = index.get(workId, Work.class);
        if (!index.isLeafWork(workId)) {
            throw new IllegalArgumentException("id '" + workId + "' names " + work.describe()
                    + ", which contains other work; only leaf work can be dropped");
        }
        return new DropImpact(index, work);
    }

    /**
     * Returns the work dropped.
     *
     * @return the work, not null
     */
    public Work work() {
        return work;
    }

    /**
     * Returns the plan without the work, everything it contains and their links.
     *
     * @return the plan, not null
     */
    public Plan planWithout() {
        return planWithout;
    }

    /**
     * Returns the outcomes served before that no work would serve without the work: first those
     * the work serves, each as the work served it, in the order it serves them; then those that
     * only other work served and that the drop reroutes away (see the class description), each as
     * the first work serving it before served it, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Traced<Outcome>> outcomesLeftUnserved() {
        return unserved;
    }

    /**
     * Returns the outcomes left unserved that no measure evidences either.
     *
     * @return an unmodifiable list, a sublist of {@link #outcomesLeftUnserved()} in its order; not null
     */
    public List<Traced<Outcome>> outcomesLeftUnsupported() {
        return unsupported;
    }

    /**
     * Returns the other leaf work whose outcomes, or the basis on which it serves them, change
     * without the dropped work.
     *
     * @return an unmodifiable list in document order, not null
     */
    public List<Work> workRerouted() {
        return rerouted;
    }

    /**
     * Returns the measures that evidence only the dropped work and what it contains.
     *
     * @return an unmodifiable list in document order, not null
     */
    public List<Measure> measuresLeftEvidencingNothing() {
        return measures;
    }

    /**
     * Returns the element that held the work, if it held no other work.
     *
     * @return the container, or empty; not null
     */
    public Optional<PlanElement> containerLeftWithoutWork() {
        return container;
    }

    /**
     * Tells whether dropping the work leaves nothing without support: no outcome unserved, no
     * measure evidencing nothing, no container left without work.
     *
     * @return true if nothing is left without support
     */
    public boolean leavesNothingUnsupported() {
        return unserved.isEmpty() && measures.isEmpty() && container.isEmpty();
    }

    /**
     * Describes the impact, one line per finding.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("dropping ").append(work.describe());
        if (leavesNothingUnsupported()) {
            text.append(" leaves nothing without support");
        }
        for (Traced<Outcome> outcome : unserved) {
            text.append("\n  ").append(outcome.element().describe())
                    .append(unsupported.contains(outcome) ? " loses all support" : " is left evidenced by measures only")
                    .append(" (served ").append(outcome.basis() == Basis.LINK ? "by links" : "by containment")
                    .append(')');
        }
        rerouted.forEach(w -> text.append("\n  ").append(w.describe()).append(" is rerouted"));
        measures.forEach(m -> text.append("\n  ").append(m.describe()).append(" evidences nothing"));
        container.ifPresent(c -> text.append("\n  ").append(c.describe()).append(" has no work left"));
        return text.toString();
    }
}
