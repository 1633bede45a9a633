package io.github.councilplan.examples;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.QuarterReport;
import io.github.councilplan.trace.Traced;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Prints a short, person-readable summary of Thurrock Council's corporate plan: what validation
 * found; its title, organisation, period and edition, its other names and who oversees it; for
 * each theme, its name and how many outcomes, priorities, deliverables and commitments it has,
 * then its work as it nests (each priority with its deliverables); how deliverable 1.2.2 traces
 * up to its theme; the plan's gaps as of today; and how its measures stood in the third quarter
 * of 2025/26, as a committee report would count them ({@link QuarterReport}).
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests install exec:java@thurrock}. This class is
 * stateless and thread-safe.
 */
public final class ThurrockSummary {
    private static final String NL = System.lineSeparator();

    /** The deliverable whose trace the summary shows. */
    private static final ElementId TRACED = ElementId.of("d-1.2.2");

    /** The period whose performance the summary shows. */
    static final ReportingPeriod REPORTED = ReportingPeriod.parse("2025/26 Q3");

    private ThurrockSummary() {}

    /**
     * Validates the Thurrock plan document, prints what validation found and, when the plan is
     * valid, its summary, the trace of deliverable 1.2.2, its gaps as of today and its measures'
     * performance in 2025/26 Q3 to standard output. If the document cannot be read, prints one line
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
        report.plan().ifPresent(plan -> {
            PlanIndex index = PlanIndex.of(plan);
            System.out.print(NL + summary(plan) + NL + trace(index, TRACED) + NL + gaps(PlanGaps.of(index, LocalDate.now()))
                    + NL + performance(QuarterReport.of(index, REPORTED)));
        });
    }

    /**
     * Returns how one deliverable traces up to its theme and the plan, and what it serves: the
     * path on one line, then a line saying how many outcomes it serves and on what basis. Each
     * line ends with the platform's line separator.
     *
     * @param index the index of the plan, not null
     * @param deliverableId the id of a deliverable of the plan, not null
     * @return the lines, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with that id
     * @throws IllegalArgumentException if the element is not a deliverable
     */
    public static String trace(PlanIndex index, ElementId deliverableId) {
        Deliverable deliverable = index.get(deliverableId, Deliverable.class);
        StringBuilder out = new StringBuilder("Trace of ").append(numbered(deliverable, deliverable.label()))
                .append(':').append(NL).append("  ");
        List<PlanElement> path = index.path(deliverableId);
        for (int i = 1; i < path.size(); i++) {
            PlanElement step = path.get(i);
            out.append(i == 1 ? "" : " > ").append(step.kind().defaultName()).append(' ')
                    .append(numbered(step, step.label()));
        }
        List<Traced<Outcome>> outcomes = index.outcomesServedBy(deliverableId);
        long byLink = outcomes.stream().filter(traced -> traced.basis() == Basis.LINK).count();
        out.append(NL).append("  serves ").append(count(outcomes.size(), "outcome")).append(": ");
        if (byLink == outcomes.size() && byLink > 0) {
            out.append("all by explicit links");
        } else if (byLink == 0) {
            out.append("its theme's, by containment (the plan links no deliverable to an outcome explicitly)");
        } else {
            out.append(byLink).append(" by explicit links, ").append(outcomes.size() - byLink).append(" by containment");
        }
        return out.append(NL).toString();
    }

    /**
     * Returns the gaps of a plan: a count line, then for each kind of gap found, its description,
     * count and the numbers (or ids) of the elements that have it. Each line ends with the
     * platform's line separator.
     *
     * @param gaps the gaps, not null
     * @return the lines, not null
     * @throws NullPointerException if {@code gaps} is null
     */
    public static String gaps(PlanGaps gaps) {
        StringBuilder out = new StringBuilder("Gaps as of ").append(gaps.asOf()).append(": ")
                .append(gaps.size()).append(NL);
        gaps.byKind().forEach((kind, found) -> {
            if (found.isEmpty()) {
                return;
            }
            out.append("  ").append(kind.description()).append(" (").append(found.size()).append("): ");
            for (int i = 0; i < found.size(); i++) {
                PlanElement element = found.get(i).element();
                out.append(i == 0 ? "" : ", ").append(element.number().map(Object::toString).orElse(element.id().value()));
            }
            out.append(NL);
        });
        return out.toString();
    }

    /**
     * Returns how a plan's measures stood in a period: a line counting them in each state a
     * committee report counts (those with none left out), then a line for each measure, theme by
     * theme, with its state, its actual against the target in force and the target as adopted
     * where a revision changed it, and whether the state was set by hand. Each line ends with the
     * platform's line separator.
     *
     * @param report the report of the period, not null
     * @return the lines, not null
     * @throws NullPointerException if {@code report} is null
     */
    public static String performance(QuarterReport report) {
        StringBuilder out = new StringBuilder("Performance in ").append(report.period()).append(", as at ")
                .append(report.reportingDate()).append(": ");
        List<String> counts = new ArrayList<>();
        report.totals().forEach((state, n) -> {
            if (n > 0) {
                counts.add(n + " " + state.words());
            }
        });
        out.append(counts.isEmpty() ? "no measures" : String.join(", ", counts)).append(NL);
        for (QuarterReport.Group group : report.groups()) {
            for (QuarterReport.Line line : group.lines()) {
                out.append("  ").append(line.measure().name().value()).append(": ").append(line.state().words());
                Optional<BigDecimal> actual = line.actual().flatMap(Observation::value);
                Optional<BigDecimal> target = line.target().flatMap(Target::value);
                if (actual.isPresent() && target.isPresent()) {
                    out.append(" (").append(actual.get().toPlainString()).append(" against ")
                            .append(target.get().toPlainString());
                    line.adopted().flatMap(Target::value).ifPresent(adopted -> out.append(", adopted as ")
                            .append(adopted.toPlainString()));
                    out.append(')');
                }
                if (line.overridden()) {
                    out.append(", set by hand");
                }
                out.append(NL);
            }
        }
        return out.toString();
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
        for (AlternativeName other : plan.otherNames()) {
            out.append("Also known as: ").append(other.name().value()).append(NL);
        }
        if (!plan.overseenBy().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Owner owner : plan.owners()) {
                if (plan.overseenBy().contains(owner.id())) {
                    names.add(owner.name().value());
                }
            }
            out.append("Overseen by: ").append(String.join(", ", names)).append(NL);
        }
        for (Theme theme : plan.themes()) {
            out.append(NL).append(numbered(theme, theme.label())).append(": ")
                    .append(count(theme.outcomes().size(), "outcome")).append(", ")
                    .append(count(theme.allPriorities().size(), "priority", "priorities")).append(", ")
                    .append(count(deliverables(theme), "deliverable")).append(", ")
                    .append(count(theme.commitments().size(), "commitment")).append(NL);
            for (PlanElement child : theme.children()) {
                if (child instanceof Work) {
                    work((Work) child, "  ", out);
                }
            }
        }
        return out.toString();
    }

    /** Lists a piece of work and, indented under it, the work it contains. */
    private static void work(Work work, String indent, StringBuilder out) {
        out.append(indent).append(numbered(work, work.label())).append(NL);
        for (Work part : work.work()) {
            work(part, indent + "  ", out);
        }
    }

    /** Counts the deliverables anywhere in an element. */
    private static int deliverables(PlanElement element) {
        int count = 0;
        for (PlanElement child : element.children()) {
            count += (child instanceof Deliverable ? 1 : 0) + deliverables(child);
        }
        return count;
    }

    private static String describe(Edition edition) {
        StringBuilder s = new StringBuilder("Edition: ").append(edition.name()).append(", ")
                .append(edition.status().name().toLowerCase(Locale.ROOT));
        edition.adoptedOn().ifPresent(date -> s.append(" on ").append(date));
        edition.supersedes().ifPresent(earlier -> s.append(" (supersedes ").append(earlier).append(')'));
        edition.supersededBy().ifPresent(later -> {
            s.append("; superseded by ").append(later.edition());
            later.on().ifPresent(date -> s.append(" on ").append(date));
        });
        return s.toString();
    }

    /** The element's number and text, its text alone, or its number alone (a theme known by its number). */
    private static String numbered(PlanElement element, Optional<Text> text) {
        String words = text.map(Text::value).orElse("");
        return element.number().map(number -> words.isEmpty() ? number.toString() : number + " " + words)
                .orElse(words);
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
