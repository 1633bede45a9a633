package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plain, independent answers about a plan for property tests: found by walking the typed
 * accessors of the model and scanning the plan's whole list of links, never through the code
 * under test. Only which deliverable serves which outcome is taken from {@link PlanIndex}, whose
 * rule the queries under test build on.
 */
final class PlanFacts {
    final Plan plan;
    final PlanIndex index;
    private final Set<ElementId> ids;

    PlanFacts(Plan plan) {
        this.plan = plan;
        this.index = PlanIndex.of(plan);
        this.ids = plan.elements().stream().map(PlanElement::id).collect(Collectors.toSet());
    }

    /** A deliverable with the elements that contain it. */
    record Placed(Deliverable deliverable, Priority priority, Optional<Objective> objective, Theme theme) {}

    List<Placed> deliverables() {
        List<Placed> all = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            for (Objective objective : theme.objectives()) {
                for (Priority priority : objective.priorities()) {
                    priority.deliverables().forEach(d -> all.add(new Placed(d, priority, Optional.of(objective), theme)));
                }
            }
            for (Priority priority : theme.priorities()) {
                priority.deliverables().forEach(d -> all.add(new Placed(d, priority, Optional.empty(), theme)));
            }
        }
        return all;
    }

    List<Outcome> outcomes() {
        return plan.themes().stream().flatMap(t -> t.outcomes().stream()).collect(Collectors.toList());
    }

    /** Every priority in document order: a theme's objectives' priorities, then its own. */
    List<Priority> priorities() {
        List<Priority> all = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            theme.objectives().forEach(o -> all.addAll(o.priorities()));
            all.addAll(theme.priorities());
        }
        return all;
    }

    /** The plan's links whose two ends are elements of the plan, in the plan's order. */
    List<Link> resolvedLinks() {
        return plan.links().stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to()))
                .collect(Collectors.toList());
    }

    boolean isMeasure(ElementId id) {
        return plan.measures().stream().anyMatch(m -> m.id().equals(id));
    }

    /** Whether a measure has an evidences link to one of the ids. */
    boolean evidenced(Set<ElementId> targets) {
        return resolvedLinks().stream().anyMatch(l -> l.kind() == LinkKind.EVIDENCES && isMeasure(l.from())
                && targets.contains(l.to()));
    }

    /** The ids of the elements a measure evidences. */
    Set<ElementId> evidencedBy(Measure measure) {
        return resolvedLinks().stream().filter(l -> l.kind() == LinkKind.EVIDENCES && l.from().equals(measure.id()))
                .map(Link::to).collect(Collectors.toSet());
    }

    boolean served(Outcome outcome) {
        for (Placed placed : deliverables()) {
            if (index.outcomesServedBy(placed.deliverable().id()).stream()
                    .anyMatch(o -> o.element().id().equals(outcome.id()))) {
                return true;
            }
        }
        return false;
    }

    boolean supported(Outcome outcome) {
        return served(outcome) || evidenced(Set.of(outcome.id()));
    }

    static List<ElementId> ownersOf(PlanElement element) {
        switch (element.kind()) {
            case THEME:
                return ((Theme) element).owners();
            case OBJECTIVE:
                return ((Objective) element).owners();
            case PRIORITY:
                return ((Priority) element).owners();
            case DELIVERABLE:
                return ((Deliverable) element).owners();
            case MEASURE:
                return ((Measure) element).owners();
            default:
                return List.of();
        }
    }

    /** The ids of the owners accountable to {@code top}, directly or through others, without it. */
    Set<ElementId> accountableTo(ElementId top) {
        Set<ElementId> below = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Owner owner : plan.owners()) {
                if (!owner.id().equals(top) && !below.contains(owner.id())
                        && owner.accountableTo().stream().anyMatch(a -> a.equals(top) || below.contains(a))) {
                    below.add(owner.id());
                    grew = true;
                }
            }
        }
        return below;
    }

    /** How many steps of accountableTo lead from an owner to {@code top}: 1 if directly accountable. */
    int distance(ElementId from, ElementId top) {
        Set<ElementId> reached = Set.of(from);
        for (int steps = 1; steps <= plan.owners().size(); steps++) {
            Set<ElementId> next = new HashSet<>();
            for (Owner owner : plan.owners()) {
                if (reached.contains(owner.id())) {
                    next.addAll(owner.accountableTo());
                }
            }
            if (next.contains(top)) {
                return steps;
            }
            reached = next;
        }
        return Integer.MAX_VALUE;
    }

    /** The element and everything it contains, by the typed accessors. */
    static List<PlanElement> subtree(PlanElement element) {
        List<PlanElement> all = new ArrayList<>();
        all.add(element);
        if (element instanceof Plan) {
            Plan plan = (Plan) element;
            all.addAll(plan.statements());
            all.addAll(plan.values());
            plan.themes().forEach(t -> all.addAll(subtree(t)));
            all.addAll(plan.measures());
            all.addAll(plan.owners());
            all.addAll(plan.partners());
        } else if (element instanceof Theme) {
            Theme theme = (Theme) element;
            all.addAll(theme.outcomes());
            theme.objectives().forEach(o -> all.addAll(subtree(o)));
            theme.priorities().forEach(p -> all.addAll(subtree(p)));
            all.addAll(theme.commitments());
        } else if (element instanceof Objective) {
            ((Objective) element).priorities().forEach(p -> all.addAll(subtree(p)));
        } else if (element instanceof Priority) {
            ((Priority) element).deliverables().forEach(d -> all.addAll(subtree(d)));
        } else if (element instanceof Deliverable) {
            all.addAll(((Deliverable) element).milestones());
        }
        return all;
    }
}
