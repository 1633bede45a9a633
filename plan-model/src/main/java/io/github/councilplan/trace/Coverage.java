package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
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
     * The owners an element names itself: those of a theme, objective, priority, deliverable or
     * measure; none for other kinds.
     */
    static List<ElementId> ownersOf(PlanElement element) {
        if (element instanceof Deliverable) {
            return ((Deliverable) element).owners();
        }
        if (element instanceof Priority) {
            return ((Priority) element).owners();
        }
        if (element instanceof Objective) {
            return ((Objective) element).owners();
        }
        if (element instanceof Theme) {
            return ((Theme) element).owners();
        }
        if (element instanceof Measure) {
            return ((Measure) element).owners();
        }
        return List.of();
    }

    /** The measures with a resolved evidences link to an element, each once, in the plan's link order. */
    static List<Measure> measuresEvidencing(PlanIndex index, ElementId id) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (Link link : index.linksTo(id, LinkKind.EVIDENCES)) {
            index.find(link.from()).filter(Measure.class::isInstance).map(Measure.class::cast).ifPresent(measures::add);
        }
        return List.copyOf(measures);
    }

    /** The elements a measure evidences through resolved links, each once, in the plan's link order. */
    static List<PlanElement> evidencedBy(PlanIndex index, Measure measure) {
        Set<PlanElement> evidenced = new LinkedHashSet<>();
        for (Link link : index.linksFrom(measure.id(), LinkKind.EVIDENCES)) {
            evidenced.add(index.get(link.to()));
        }
        return List.copyOf(evidenced);
    }

    /**
     * Whether an outcome is supported: a deliverable serves it (by links or containment) or a
     * measure evidences it directly.
     */
    static boolean isSupported(PlanIndex index, Outcome outcome) {
        return !index.deliverablesServing(outcome.id()).isEmpty()
                || !measuresEvidencing(index, outcome.id()).isEmpty();
    }

    /** The deliverable and the priority and objective that contain it, nearest first. */
    static List<PlanElement> deliverableAndWork(PlanIndex index, Deliverable deliverable) {
        return upTo(index, deliverable, Set.of(ElementKind.PRIORITY, ElementKind.OBJECTIVE));
    }

    /** The deliverable and the priority, objective and theme that contain it, nearest first. */
    static List<PlanElement> deliverableAndContainers(PlanIndex index, Deliverable deliverable) {
        return upTo(index, deliverable, Set.of(ElementKind.PRIORITY, ElementKind.OBJECTIVE, ElementKind.THEME));
    }

    private static List<PlanElement> upTo(PlanIndex index, Deliverable deliverable, Set<ElementKind> kinds) {
        List<PlanElement> chain = new ArrayList<>();
        for (PlanElement element : index.path(deliverable.id())) {
            if (element == deliverable || kinds.contains(element.kind())) {
                chain.add(element);
            }
        }
        return chain;
    }

    /** The measures that evidence a deliverable or the priority or objective containing it. */
    static List<Measure> measuresOfWork(PlanIndex index, Deliverable deliverable) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (PlanElement element : deliverableAndWork(index, deliverable)) {
            measures.addAll(measuresEvidencing(index, element.id()));
        }
        return List.copyOf(measures);
    }

    /** Whether a deliverable, or its priority, objective or theme, names an owner. */
    static boolean hasOwner(PlanIndex index, Deliverable deliverable) {
        for (PlanElement element : deliverableAndContainers(index, deliverable)) {
            if (!ownersOf(element).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "its priority 1.2, objective 'o' or theme 1" for the chain after its first element; "" if none. */
    static String describeContainers(List<PlanElement> chain) {
        List<String> names = new ArrayList<>();
        for (PlanElement element : chain.subList(1, chain.size())) {
            names.add(element.describe());
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
