package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Copies of a plan with one piece of work taken out, for {@link DropImpact}. */
final class WorkEdits {
    private WorkEdits() {}

    /**
     * Returns the plan without a piece of work: the work, everything it contains, and every link
     * that starts or ends at any of them.
     */
    static Plan without(Plan plan, PlanElement dropped) {
        Set<ElementId> gone = new HashSet<>();
        collectIds(dropped, gone);
        List<Link> links = new ArrayList<>();
        for (Link link : plan.links()) {
            boolean toGone = link.toPlan().isEmpty() && gone.contains(link.to());
            if (!gone.contains(link.from()) && !toGone) {
                links.add(link);
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            themes.add(Theme.builder().from(theme)
                    .objectives(objectives(theme.objectives(), gone))
                    .priorities(priorities(theme.priorities(), gone))
                    .deliverables(deliverables(theme.deliverables(), gone))
                    .build());
        }
        return Plan.builder().from(plan).themes(themes).links(links).build();
    }

    private static void collectIds(PlanElement element, Set<ElementId> into) {
        into.add(element.id());
        element.children().forEach(child -> collectIds(child, into));
    }

    private static List<Objective> objectives(List<Objective> objectives, Set<ElementId> gone) {
        List<Objective> kept = new ArrayList<>();
        for (Objective objective : objectives) {
            if (!gone.contains(objective.id())) {
                kept.add(Objective.builder().from(objective)
                        .priorities(priorities(objective.priorities(), gone))
                        .deliverables(deliverables(objective.deliverables(), gone))
                        .build());
            }
        }
        return kept;
    }

    private static List<Priority> priorities(List<Priority> priorities, Set<ElementId> gone) {
        List<Priority> kept = new ArrayList<>();
        for (Priority priority : priorities) {
            if (!gone.contains(priority.id())) {
                kept.add(Priority.builder().from(priority).deliverables(deliverables(priority.deliverables(), gone))
                        .build());
            }
        }
        return kept;
    }

    private static List<Deliverable> deliverables(List<Deliverable> deliverables, Set<ElementId> gone) {
        List<Deliverable> kept = new ArrayList<>();
        for (Deliverable deliverable : deliverables) {
            if (!gone.contains(deliverable.id())) {
                kept.add(deliverable);
            }
        }
        return kept;
    }
}
