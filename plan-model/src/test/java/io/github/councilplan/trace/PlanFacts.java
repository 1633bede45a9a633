package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plain, independent answers about a plan for property tests: found by walking the typed
 * accessors of the model and scanning the plan's whole list of links, never through the code
 * under test. Only which work serves which outcome is taken from {@link PlanIndex}, whose
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

    /**
     * A piece of leaf work (an objective, priority or deliverable that contains no other work),
     * with the work that contains it, nearest first, and its theme.
     */
    record Placed(Work work, List<Work> containers, Theme theme) {}

    /** The plan's leaf work in document order, found by the typed accessors. */
    List<Placed> leafWork() {
        List<Placed> all = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            for (Work work : workOf(theme)) {
                collectLeaves(work, new ArrayList<>(), theme, all);
            }
        }
        return all;
    }

    private static void collectLeaves(Work work, List<Work> above, Theme theme, List<Placed> into) {
        List<Work> below = workOf(work);
        if (below.isEmpty()) {
            List<Work> containers = new ArrayList<>(above);
            Collections.reverse(containers);
            into.add(new Placed(work, List.copyOf(containers), theme));
            return;
        }
        above.add(work);
        for (Work child : below) {
            collectLeaves(child, above, theme, into);
        }
        above.remove(above.size() - 1);
    }

    /** The work an element holds directly, by the typed accessors, in document order. */
    static List<Work> workOf(PlanElement element) {
        List<Work> work = new ArrayList<>();
        if (element instanceof Theme) {
            Theme theme = (Theme) element;
            work.addAll(theme.objectives());
            work.addAll(theme.priorities());
            work.addAll(theme.deliverables());
        } else if (element instanceof Objective) {
            work.addAll(((Objective) element).priorities());
            work.addAll(((Objective) element).deliverables());
        } else if (element instanceof Priority) {
            work.addAll(((Priority) element).deliverables());
        }
        return work;
    }

    /** Every outcome of the plan, wherever it is held, in document order. */
    List<Outcome> outcomes() {
        return subtree(plan).stream().filter(Outcome.class::isInstance).map(Outcome.class::cast)
                .collect(Collectors.toList());
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

    /** Every element that holds work directly (themes and work), in document order. */
    List<PlanElement> workHolders() {
        return subtree(plan).stream().filter(e -> !workOf(e).isEmpty()).collect(Collectors.toList());
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
        for (Placed placed : leafWork()) {
            if (index.outcomesServedBy(placed.work().id()).stream()
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
        if (element instanceof Work) {
            return ((Work) element).owners();
        }
        switch (element.kind()) {
            case THEME:
                return ((Theme) element).owners();
            case MEASURE:
                return ((Measure) element).owners();
            case PLAN:
                return ((Plan) element).overseenBy();
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

    /** The element and everything it contains, by the typed accessors, in document order. */
    static List<PlanElement> subtree(PlanElement element) {
        List<PlanElement> all = new ArrayList<>();
        all.add(element);
        if (element instanceof Plan) {
            Plan plan = (Plan) element;
            plan.vision().ifPresent(all::add);
            all.addAll(plan.statements());
            all.addAll(plan.values());
            all.addAll(plan.principles());
            plan.themes().forEach(t -> all.addAll(subtree(t)));
            all.addAll(plan.measures());
            all.addAll(plan.owners());
            all.addAll(plan.partners());
        } else if (element instanceof Theme) {
            Theme theme = (Theme) element;
            all.addAll(theme.outcomes());
            theme.objectives().forEach(o -> all.addAll(subtree(o)));
            theme.priorities().forEach(p -> all.addAll(subtree(p)));
            theme.deliverables().forEach(d -> all.addAll(subtree(d)));
            all.addAll(theme.commitments());
            theme.lists().forEach(l -> all.addAll(subtree(l)));
        } else if (element instanceof Work) {
            Work work = (Work) element;
            all.addAll(work.outcomes());
            workOf(work).forEach(w -> all.addAll(subtree(w)));
            work.lists().forEach(l -> all.addAll(subtree(l)));
            all.addAll(work.milestones());
        } else if (element instanceof ItemList) {
            all.addAll(((ItemList) element).items());
        }
        return all;
    }

    /** The plan with the progress updates of one piece of work replaced, rebuilt by the typed builders. */
    static Plan withProgress(Plan plan, ElementId work, List<ProgressUpdate> progress) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            themes.add(Theme.builder().from(theme)
                    .objectives(theme.objectives().stream().map(o -> withProgress(o, work, progress)).toList())
                    .priorities(theme.priorities().stream().map(p -> withProgress(p, work, progress)).toList())
                    .deliverables(theme.deliverables().stream().map(d -> withProgress(d, work, progress)).toList())
                    .build());
        }
        return Plan.builder().from(plan).themes(themes).build();
    }

    private static Objective withProgress(Objective objective, ElementId work, List<ProgressUpdate> progress) {
        Objective.Builder b = Objective.builder().from(objective)
                .priorities(objective.priorities().stream().map(p -> withProgress(p, work, progress)).toList())
                .deliverables(objective.deliverables().stream().map(d -> withProgress(d, work, progress)).toList());
        return (objective.id().equals(work) ? b.progress(progress) : b).build();
    }

    private static Priority withProgress(Priority priority, ElementId work, List<ProgressUpdate> progress) {
        Priority.Builder b = Priority.builder().from(priority)
                .deliverables(priority.deliverables().stream().map(d -> withProgress(d, work, progress)).toList());
        return (priority.id().equals(work) ? b.progress(progress) : b).build();
    }

    private static Deliverable withProgress(Deliverable deliverable, ElementId work, List<ProgressUpdate> progress) {
        return deliverable.id().equals(work)
                ? Deliverable.builder().from(deliverable).progress(progress).build()
                : deliverable;
    }
}
