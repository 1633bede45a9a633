package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Copies of a plan with its deliverables changed or removed. Stateless. */
final class DeliverableEdits {
    private DeliverableEdits() {}

    /**
     * The plan without one deliverable, its milestones, and every link that starts or ends at
     * either; everything else as it was.
     */
    static Plan without(Plan plan, Deliverable dropped) {
        Set<ElementId> gone = new HashSet<>();
        gone.add(dropped.id());
        dropped.milestones().forEach(milestone -> gone.add(milestone.id()));
        List<Link> links = new ArrayList<>();
        for (Link link : plan.links()) {
            if (!gone.contains(link.from()) && !gone.contains(link.to())) {
                links.add(link);
            }
        }
        return Plan.builder().from(map(plan, d -> d.id().equals(dropped.id()) ? Optional.empty() : Optional.of(d)))
                .links(links)
                .build();
    }

    /**
     * The plan with each deliverable replaced by what {@code edit} returns for it (nothing removes
     * it), wherever it sits; links unchanged.
     */
    static Plan map(Plan plan, Function<Deliverable, Optional<Deliverable>> edit) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            List<Objective> objectives = new ArrayList<>();
            for (Objective objective : theme.objectives()) {
                objectives.add(Objective.builder().from(objective).priorities(map(objective.priorities(), edit)).build());
            }
            themes.add(Theme.builder().from(theme)
                    .objectives(objectives)
                    .priorities(map(theme.priorities(), edit))
                    .build());
        }
        return Plan.builder().from(plan).themes(themes).build();
    }

    private static List<Priority> map(List<Priority> priorities, Function<Deliverable, Optional<Deliverable>> edit) {
        List<Priority> edited = new ArrayList<>();
        for (Priority priority : priorities) {
            List<Deliverable> deliverables = new ArrayList<>();
            for (Deliverable deliverable : priority.deliverables()) {
                edit.apply(deliverable).ifPresent(deliverables::add);
            }
            edited.add(Priority.builder().from(priority).deliverables(deliverables).build());
        }
        return edited;
    }
}
