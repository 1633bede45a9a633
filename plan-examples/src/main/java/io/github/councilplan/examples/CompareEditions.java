package io.github.councilplan.examples;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.PlanDiff;

/**
 * Example: compares two editions of a plan. Loads the 2024 edition of the fictional borough plan
 * and its 2025 refresh ({@link ExamplePlans#borough2024()}, {@link ExamplePlans#borough2025()}) and
 * prints what {@link PlanDiff} finds: the count of each kind of change, then every change.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@diff}. The command
 * {@code plan diff OLD NEW} does the same for two documents on disk. The example is a fictional
 * council's because the repository holds only one edition of Thurrock's plan, and no words of a
 * real council's may be made up. This class is stateless and thread-safe.
 */
public final class CompareEditions {
    private CompareEditions() {}

    /**
     * Prints the changes from the borough plan's 2024 edition to its 2025 refresh to standard
     * output.
     *
     * @param args the command-line arguments, ignored; may be null
     */
    public static void main(String[] args) {
        System.out.print(describe(PlanDiff.between(ExamplePlans.borough2024(), ExamplePlans.borough2025())));
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
}
