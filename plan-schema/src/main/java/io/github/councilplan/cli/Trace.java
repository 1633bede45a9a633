package io.github.councilplan.cli;

import io.github.councilplan.model.Work;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.List;
import java.util.Optional;

/**
 * What {@code plan trace} tells of one element: where it sits, what it contains, its links, and,
 * for a piece of work, the outcomes it serves or, for an outcome, the leaf work that serves it
 * (in this plan, or in a related plan given with it).
 *
 * @param index the index of the plan
 * @param element the element
 * @param path the element, its parent, and so on up to the plan
 * @param theme the theme the element sits in, if any
 * @param children the elements it contains directly
 * @param linksOut the links that start at it
 * @param linksIn the links that end at it
 * @param serves for a piece of work, the outcomes it serves; empty for other elements
 * @param servedBy for an outcome, the leaf work that serves it; empty for other elements
 */
record Trace(PlanIndex index, PlanElement element, List<PlanElement> path, Optional<Theme> theme,
        List<PlanElement> children, List<Link> linksOut, List<Link> linksIn,
        Optional<List<Traced<Outcome>>> serves, Optional<List<Traced<Work>>> servedBy) {

    /** Returns the trace of an element of the plan. */
    static Trace of(PlanIndex index, PlanElement element) {
        return new Trace(index, element, index.path(element.id()), index.theme(element.id()),
                index.children(element.id()), index.linksFrom(element.id()), index.linksTo(element.id()),
                element instanceof Work ? Optional.of(index.outcomesServedBy(element.id())) : Optional.empty(),
                element instanceof Outcome ? Optional.of(index.workServing(element.id())) : Optional.empty());
    }

    /** Returns the element a link ends at, in this plan or in the related plan it names. */
    PlanElement target(Link link) {
        PlanIndex holder = link.toPlan().flatMap(index::related).orElse(index);
        return holder.get(link.to());
    }

    /** Returns the index of the plan that holds an answer's element: this plan's, or a related plan's. */
    PlanIndex holder(Traced<?> answer) {
        return answer.otherPlan().flatMap(index::related).orElse(index);
    }
}
