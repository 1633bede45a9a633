package io.github.councilplan.examples;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Example: compares two editions of a plan. Makes a next edition of Thurrock's plan in code, with
 * deliverable 1.2.4 removed, 1.2.2 reworded and a new 1.3.5 added, and prints what
 * {@link PlanDiff} finds: those three changes and nothing else.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@diff}. For two documents on disk
 * the {@code plan diff OLD NEW} command does the same. This class is stateless and thread-safe.
 */
public final class CompareEditions {
    private CompareEditions() {}

    /**
     * Prints the changes between Thurrock's plan and {@link #nextEdition(Plan)} of it to standard
     * output.
     *
     * @param args the command-line arguments, ignored; may be null
     */
    public static void main(String[] args) {
        Plan thurrock = ExamplePlans.thurrock();
        System.out.print(describe(PlanDiff.between(thurrock, nextEdition(thurrock))));
    }

    /**
     * Describes a diff: a count line, then one line for each change. Each line ends with the
     * platform's line separator.
     *
     * @param diff the diff, not null
     * @return the description, not null
     * @throws NullPointerException if {@code diff} is null
     */
    public static String describe(PlanDiff diff) {
        StringBuilder out = new StringBuilder(diff.toString()).append(System.lineSeparator());
        for (Change change : diff.changes()) {
            out.append("  ").append(change).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * Returns a next edition of Thurrock's plan (or of any plan with the same ids): deliverable
     * {@code d-1.2.4} removed, {@code d-1.2.2} reworded, and {@code d-1.3.5} added to priority
     * {@code p-1.3}. Everything else is unchanged.
     *
     * @param thurrock Thurrock's plan, not null
     * @return the next edition, not null
     * @throws NullPointerException if {@code thurrock} is null
     */
    public static Plan nextEdition(Plan thurrock) {
        Objects.requireNonNull(thurrock, "thurrock");
        Plan edited = withDeliverables(thurrock, "p-1.2", deliverables -> {
            deliverables.removeIf(d -> d.id().value().equals("d-1.2.4"));
            deliverables.replaceAll(d -> d.id().value().equals("d-1.2.2")
                    ? Deliverable.builder().from(d)
                            .title(Text.of("Innovate our services through digital efficiencies and artificial intelligence"))
                            .build()
                    : d);
            return deliverables;
        });
        return withDeliverables(edited, "p-1.3", deliverables -> {
            deliverables.add(Deliverable.builder()
                    .id(ElementId.of("d-1.3.5"))
                    .number(DisplayNumber.of("1.3.5"))
                    .title(Text.of("Open community hubs in every locality"))
                    .build());
            return deliverables;
        });
    }

    /** Returns a copy of the plan in which one priority's deliverables are edited. */
    private static Plan withDeliverables(Plan plan, String priorityId, UnaryOperator<List<Deliverable>> edit) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            List<Priority> priorities = new ArrayList<>();
            for (Priority priority : theme.priorities()) {
                priorities.add(priority.id().value().equals(priorityId)
                        ? Priority.builder().from(priority)
                                .deliverables(edit.apply(new ArrayList<>(priority.deliverables()))).build()
                        : priority);
            }
            themes.add(Theme.builder().from(theme).priorities(priorities).build());
        }
        return Plan.builder().from(plan).themes(themes).build();
    }
}
