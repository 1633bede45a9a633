package io.github.councilplan.examples;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.List;
import java.util.Objects;

/**
 * Example: traceability queries over Thurrock's plan. Builds a {@link PlanIndex}, then for one
 * deliverable prints its path up to the plan and the outcomes it serves, and for one outcome the
 * deliverables that serve it, each answer with what it rests on (Thurrock's published plan gives
 * no explicit links, so every answer rests on containment).
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
     * Returns the trace of a deliverable: its path to the plan, the outcomes it serves, and, for
     * the first of those outcomes, every deliverable that serves it. Each line ends with the
     * platform's line separator.
     *
     * @param index the index of the plan, not null
     * @param deliverableId the id of a deliverable of the plan, not null
     * @return the trace, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with that id
     * @throws IllegalArgumentException if the element is not a deliverable
     */
    public static String trace(PlanIndex index, ElementId deliverableId) {
        Objects.requireNonNull(index, "index");
        Deliverable deliverable = index.get(deliverableId, Deliverable.class);
        Plan plan = index.plan();
        StringBuilder out = new StringBuilder("Where ").append(describe(plan, deliverable)).append(" sits:").append(NL);
        for (PlanElement step : index.path(deliverableId)) {
            out.append("  ").append(describe(plan, step)).append(NL);
        }
        List<Traced<Outcome>> outcomes = index.outcomesServedBy(deliverableId);
        out.append(NL).append("Outcomes it serves (").append(outcomes.size()).append("):").append(NL);
        outcomes.forEach(traced -> out.append("  ").append(traced(plan, traced)).append(NL));
        if (!outcomes.isEmpty()) {
            Outcome first = outcomes.get(0).element();
            List<Traced<Deliverable>> serving = index.deliverablesServing(first.id());
            out.append(NL).append("Deliverables serving ").append(describe(plan, first)).append(" (")
                    .append(serving.size()).append("):").append(NL);
            serving.forEach(traced -> out.append("  ").append(traced(plan, traced)).append(NL));
        }
        return out.toString();
    }

    private static String traced(Plan plan, Traced<?> traced) {
        return describe(plan, traced.element()) + "  [by " + traced.basis().name().toLowerCase(java.util.Locale.ROOT) + "]";
    }

    /** Names an element in the plan's own words: its level name, number and text. */
    private static String describe(Plan plan, PlanElement element) {
        String level = plan.levelName(element.kind()).value();
        String number = element.number().map(n -> " " + n).orElse("");
        return level + number + ": " + element.label().value();
    }
}
