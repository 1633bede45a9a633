package io.github.councilplan.examples;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.List;
import java.util.Objects;

/**
 * Example: traceability queries over Thurrock's plan. Builds a {@link PlanIndex}, then for one
 * deliverable prints its path up to the plan and the outcomes it serves, and for one outcome the
 * work that serves it, each answer with what it rests on (Thurrock's published plan gives no
 * explicit links, so every answer rests on containment). Elements are named in the plan's own
 * words for their levels ({@link PlanIndex#levelName(ElementId)}).
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@trace}, or pass another
 * deliverable's id: {@code -Dexec.args=d-3.1.1}. This class is stateless and thread-safe.
 */
public final class TraceADeliverable {
    private static final String NL = System.lineSeparator();

    private TraceADeliverable() {}

    /**
     * Prints the trace of deliverable {@code d-1.2.2}, or of the deliverable whose id is the
     * first argument, to standard output; an unknown id gets one line on standard error.
     *
     * @param args optionally, a deliverable's id; may be null or empty
     */
    public static void main(String[] args) {
        String id = args == null || args.length == 0 ? "d-1.2.2" : args[0];
        PlanIndex index = PlanIndex.of(ExamplePlans.thurrock());
        try {
            System.out.print(trace(index, ElementId.of(id)));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            System.err.println("Thurrock's plan has no deliverable with id '" + id + "' (" + e.getMessage()
                    + "); try d-1.2.2");
        }
    }

    /**
     * Returns the trace of a piece of work (a deliverable, or a priority or objective): its path
     * to the plan, the outcomes it serves, and, for the first of those outcomes, all the work that
     * serves it. Each line ends with the platform's line separator.
     *
     * @param index the index of the plan, not null
     * @param workId the id of a deliverable, priority or objective of the plan, not null
     * @return the trace, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with that id
     * @throws IllegalArgumentException if the element is not a piece of work
     */
    public static String trace(PlanIndex index, ElementId workId) {
        Objects.requireNonNull(index, "index");
        Work work = index.get(workId, Work.class);
        StringBuilder out = new StringBuilder("Where ").append(describe(index, work)).append(" sits:").append(NL);
        for (PlanElement step : index.path(workId)) {
            out.append("  ").append(describe(index, step)).append(NL);
        }
        List<Traced<Outcome>> outcomes = index.outcomesServedBy(workId);
        out.append(NL).append("Outcomes it serves (").append(outcomes.size()).append("):").append(NL);
        outcomes.forEach(traced -> out.append("  ").append(traced(index, traced)).append(NL));
        if (!outcomes.isEmpty()) {
            Traced<Outcome> first = outcomes.get(0);
            PlanIndex holder = first.otherPlan().flatMap(index::related).orElse(index);
            List<Traced<Work>> serving = holder.workServing(first.element().id());
            out.append(NL).append("Work serving ").append(describe(holder, first.element())).append(" (")
                    .append(serving.size()).append("):").append(NL);
            serving.forEach(traced -> out.append("  ").append(traced(holder, traced)).append(NL));
        }
        return out.toString();
    }

    /** Describes an answer: the element, in the words of the plan that holds it, and its basis. */
    private static String traced(PlanIndex index, Traced<?> traced) {
        PlanIndex holder = traced.otherPlan().flatMap(index::related).orElse(index);
        return describe(holder, traced.element()) + traced.otherPlan().map(plan -> " (in plan '" + plan + "')").orElse("")
                + "  [by " + traced.basis().name().toLowerCase(java.util.Locale.ROOT) + "]";
    }

    /**
     * Names an element in its plan's own words: its level name, number and text, as
     * {@code "Deliverable 1.2.2: Innovate our services ..."}, or {@code "Theme 4"} for an element
     * known only by its number.
     */
    private static String describe(PlanIndex index, PlanElement element) {
        String level = index.levelName(element.id()).value();
        String number = element.number().map(n -> " " + n).orElse("");
        return level + number + element.label().map(Text::value).map(label -> ": " + label).orElse("");
    }
}
