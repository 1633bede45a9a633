package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.message.ElementLabels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of what supports, owns and measures an element, shared by {@link PlanGaps},
 * {@link DropImpact}, {@link PlanFilters} and {@link RollUp}. Stateless.
 */
final class Coverage {
    private Coverage() {}

    /**
     * The owners an element names itself: those of a theme, a piece of work or a measure, and the
     * owners that oversee the plan; none for other kinds.
     */
    static List<ElementId> ownersOf(PlanElement element) {
        if (element instanceof Work) {
            return ((Work) element).owners();
        }
        if (element instanceof Theme) {
            return ((Theme) element).owners();
        }
        if (element instanceof Measure) {
            return ((Measure) element).owners();
        }
        if (element instanceof Plan) {
            return ((Plan) element).overseenBy();
        }
        return List.of();
    }

    static List<Measure> measuresEvidencing(PlanIndex index, ElementId id) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (Link link : index.linksTo(id, LinkKind.EVIDENCES)) {
            index.find(link.from()).filter(Measure.class::isInstance).map(Measure.class::cast).ifPresent(measures::add);
        }
        return List.copyOf(measures);
    }

    static List<PlanElement> evidencedBy(PlanIndex index, Measure measure) {
        Set<PlanElement> evidenced = new LinkedHashSet<>();
        for (Link link : index.linksFrom(measure.id(), LinkKind.EVIDENCES)) {
            index.find(link.to()).ifPresent(evidenced::add);
        }
        return List.copyOf(evidenced);
    }

    /**
     * Whether an outcome is supported: leaf work serves it (by links or containment) or a measure
     * evidences it directly.
     */
    static boolean isSupported(PlanIndex index, Outcome outcome) {
        return !index.workServing(outcome.id()).isEmpty() || !measuresEvidencing(index, outcome.id()).isEmpty();
    }

    /** The work and the work that contains it, nearest first. */
    static List<PlanElement> workAndWorkContainers(PlanIndex index, Work work) {
        List<PlanElement> chain = new ArrayList<>();
        for (PlanElement element : index.path(work.id())) {
            if (element instanceof Work) {
                chain.add(element);
            }
        }
        return chain;
    }

    /** The work, the work that contains it and its theme, nearest first. */
    static List<PlanElement> workAndContainers(PlanIndex index, Work work) {
        List<PlanElement> chain = workAndWorkContainers(index, work);
        index.theme(work.id()).ifPresent(chain::add);
        return chain;
    }

    static List<Measure> measuresOfWork(PlanIndex index, Work work) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (PlanElement element : workAndWorkContainers(index, work)) {
            measures.addAll(measuresEvidencing(index, element.id()));
        }
        return List.copyOf(measures);
    }

    static boolean hasOwner(PlanIndex index, Work work) {
        for (PlanElement element : workAndContainers(index, work)) {
            if (!ownersOf(element).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static String describeContainers(List<PlanElement> chain, ElementLabels<ElementId> labels) {
        List<String> names = new ArrayList<>();
        for (PlanElement element : chain.subList(1, chain.size())) {
            names.add(labels.mention(element.id()));
        }
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "its " + names.get(0);
        }
        return "its " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
