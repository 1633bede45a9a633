package io.github.councilplan.examples;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints a short, person-readable summary of Thurrock Council's corporate plan: its title,
 * organisation, period and edition; for each theme, its name and how many outcomes, priorities,
 * deliverables and commitments it has; then each priority with its deliverables.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@thurrock}. This class is
 * stateless and thread-safe.
 */
public final class ThurrockSummary {
    private static final String NL = System.lineSeparator();

    private ThurrockSummary() {}

    /**
     * Validates the Thurrock plan document, prints what validation found and, when the plan is
     * valid, its summary to standard output. If the document cannot be read, prints one line
     * saying why to standard error instead.
     *
     * @param args the command-line arguments, ignored; may be null
     */
    public static void main(String[] args) {
        ValidationReport report;
        try (InputStream in = ExamplePlans.class.getResourceAsStream("/" + ExamplePlans.THURROCK_RESOURCE)) {
            if (in == null) {
                System.err.println("Cannot load the Thurrock plan: " + ExamplePlans.THURROCK_RESOURCE + " is missing");
                return;
            }
            report = PlanValidator.create().validate(in, DocumentFormat.JSON);
        } catch (IOException e) {
            System.err.println("Cannot load the Thurrock plan: " + e.getMessage());
            return;
        }
        System.out.print(validation(report));
        report.plan().ifPresent(plan -> System.out.print(NL + summary(plan)));
    }

    /**
     * Returns what validation found, one line for the verdict and one for each problem, each
     * ending with the platform's line separator.
     *
     * @param report the report, not null
     * @return the lines, not null
     * @throws NullPointerException if {@code report} is null
     */
    public static String validation(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder("Validated ").append(ExamplePlans.THURROCK_RESOURCE).append(": ")
                .append(report.isValid() ? "valid" : "invalid").append(", ")
                .append(count(report.errors().size(), "error")).append(", ")
                .append(count(report.warnings().size(), "warning")).append(NL);
        for (Problem problem : report.problems()) {
            out.append("  ").append(problem).append(NL);
        }
        return out.toString();
    }

    /**
     * Returns the summary of a plan, one item a line, each line ending with the platform's line
     * separator. Text is shown in the first language it is given in.
     *
     * @param plan the plan, not null
     * @return the summary, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public static String summary(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        StringBuilder out = new StringBuilder();
        out.append(plan.title().value()).append(NL);
        out.append(plan.organisation().name().value()).append(", ")
                .append(plan.period().start()).append(" to ").append(plan.period().end()).append(NL);
        plan.edition().ifPresent(edition -> out.append(describe(edition)).append(NL));
        for (Theme theme : plan.themes()) {
            int deliverables = theme.allPriorities().stream().mapToInt(p -> p.deliverables().size()).sum();
            out.append(NL).append(numbered(theme, theme.name().value())).append(": ")
                    .append(count(theme.outcomes().size(), "outcome")).append(", ")
                    .append(count(theme.allPriorities().size(), "priority", "priorities")).append(", ")
                    .append(count(deliverables, "deliverable")).append(", ")
                    .append(count(theme.commitments().size(), "commitment")).append(NL);
            for (Priority priority : theme.allPriorities()) {
                out.append("  ").append(numbered(priority, priority.title().value())).append(NL);
                for (Deliverable deliverable : priority.deliverables()) {
                    out.append("    ").append(numbered(deliverable, deliverable.title().value())).append(NL);
                }
            }
        }
        return out.toString();
    }

    private static String describe(Edition edition) {
        StringBuilder s = new StringBuilder("Edition: ").append(edition.name()).append(", ")
                .append(edition.status().name().toLowerCase(Locale.ROOT));
        edition.adoptedOn().ifPresent(date -> s.append(" on ").append(date));
        edition.supersedes().ifPresent(earlier -> s.append(" (supersedes ").append(earlier).append(')'));
        return s.toString();
    }

    private static String numbered(PlanElement element, String text) {
        return element.number().map(number -> number + " " + text).orElse(text);
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
