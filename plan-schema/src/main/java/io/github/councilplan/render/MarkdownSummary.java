package io.github.councilplan.render;

import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a summary of a plan as Markdown (CommonMark, with a GitHub table for the measures and the
 * counts).
 *
 * <p>In order: the title as a heading; the organisation, period, edition and languages; the
 * purpose (its introduction, its statements and the approaches "we will do this by"); the shared
 * values with their behaviours; for each theme, its description and owners, its outcomes under
 * their lead-in, its objectives and priorities as nested numbered lists down to deliverables, each
 * item with its number and owners, and its commitments; a table of the measures (unit, direction,
 * frequency, latest actual, the target for that period and its RAG status); and a table counting
 * the elements of each kind and the links. A section the plan has nothing for is left out.
 *
 * <p>Text is in the plan's first language (see {@link Wording}) and escaped so that plan text can
 * create no Markdown structure: each text is put on one line and every character Markdown could
 * read as syntax is backslash-escaped. Blocks are separated by one blank line and every line ends
 * with {@code \n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownSummary implements PlanRenderer {
    private static final MarkdownSummary STANDARD = new MarkdownSummary();

    private MarkdownSummary() {}

    /**
     * Returns the Markdown writer.
     *
     * @return the writer, not null
     */
    public static MarkdownSummary standard() {
        return STANDARD;
    }

    /**
     * Writes the summary of a plan.
     *
     * @param index the index of the plan, not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void write(PlanIndex index, Appendable out) throws IOException {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(out, "out");
        new Summary(index, out).write();
    }

    /** One summary being written. */
    private static final class Summary {
        private final PlanIndex index;
        private final Plan plan;
        private final Wording wording;
        private final Appendable out;
        private boolean started;

        Summary(PlanIndex index, Appendable out) {
            this.index = index;
            this.plan = index.plan();
            this.wording = Wording.of(plan);
            this.out = out;
        }

        void write() throws IOException {
            block("# " + text(plan.title()));
            List<String> facts = new ArrayList<>();
            facts.add("- Organisation: " + text(plan.organisation().name()));
            facts.add("- Period: " + plan.period().start() + " to " + plan.period().end());
            plan.edition().ifPresent(edition -> facts.add("- Edition: " + edition(edition)));
            if (!plan.languages().isEmpty()) {
                facts.add("- Languages: " + String.join(", ", plan.languages()));
            }
            block(String.join("\n", facts));
            if (plan.purpose().isPresent()) {
                purpose(plan.purpose().get());
            }
            if (!plan.values().isEmpty()) {
                values();
            }
            for (Theme theme : plan.themes()) {
                theme(theme);
            }
            if (!plan.measures().isEmpty()) {
                measures();
            }
            counts();
        }

        private void purpose(Purpose purpose) throws IOException {
            block("## Purpose");
            if (purpose.introduction().isPresent()) {
                block(text(purpose.introduction().get()));
            }
            if (!purpose.statements().isEmpty()) {
                block(bullets(purpose.statements()));
            }
            if (!purpose.approaches().isEmpty()) {
                block("We will do this by:");
                block(bullets(purpose.approaches()));
            }
        }

        private void values() throws IOException {
            block("## Values");
            List<String> items = new ArrayList<>();
            for (SharedValue value : plan.values()) {
                items.add("- **" + text(value.name()) + "**");
                value.behaviours().forEach(behaviour -> items.add("  - " + text(behaviour)));
            }
            block(String.join("\n", items));
        }

        private void theme(Theme theme) throws IOException {
            block("## " + heading(theme));
            if (theme.description().isPresent()) {
                block(text(theme.description().get()));
            }
            if (!theme.owners().isEmpty()) {
                block("Owners: " + owners(theme.owners()));
            }
            if (!theme.outcomes().isEmpty()) {
                block("### Outcomes");
                if (theme.leadIn("outcomes").isPresent()) {
                    block(text(theme.leadIn("outcomes").get()));
                }
                List<String> items = new ArrayList<>();
                for (Outcome outcome : theme.outcomes()) {
                    items.add("- " + numbered(outcome, outcome.statement()));
                }
                block(String.join("\n", items));
            }
            if (!theme.objectives().isEmpty()) {
                block("### Objectives");
                List<String> items = new ArrayList<>();
                for (Objective objective : theme.objectives()) {
                    items.add("1. " + numbered(objective, objective.title()) + ownedBy(objective.owners()));
                    priorities(objective.priorities(), "   ", items);
                }
                block(String.join("\n", items));
            }
            if (!theme.priorities().isEmpty()) {
                block("### Priorities");
                List<String> items = new ArrayList<>();
                priorities(theme.priorities(), "", items);
                block(String.join("\n", items));
            }
            if (!theme.commitments().isEmpty()) {
                block("### Commitments");
                List<String> items = new ArrayList<>();
                for (Commitment commitment : theme.commitments()) {
                    items.add("- " + numbered(commitment, commitment.text()));
                }
                block(String.join("\n", items));
            }
        }

        private void priorities(List<Priority> priorities, String indent, List<String> items) {
            for (Priority priority : priorities) {
                items.add(indent + "1. " + numbered(priority, priority.title()) + ownedBy(priority.owners()));
                for (Deliverable deliverable : priority.deliverables()) {
                    items.add(indent + "   1. " + numbered(deliverable, deliverable.title())
                            + ownedBy(deliverable.owners()));
                }
            }
        }

        private void measures() throws IOException {
            block("## Measures");
            List<String> rows = new ArrayList<>();
            rows.add("| Measure | Name | Unit | Direction | Frequency | Latest actual | Target | RAG |");
            rows.add("|---|---|---|---|---|---|---|---|");
            for (Measure measure : plan.measures()) {
                Optional<Observation> latest = measure.latestActual();
                rows.add("| " + String.join(" | ",
                        MarkdownText.escape(measure.number().map(Object::toString).orElse(measure.id().toString())),
                        text(measure.name()),
                        MarkdownText.escape(measure.unit().orElse("")),
                        measure.direction().map(Summary::words).orElse(""),
                        measure.frequency().map(Summary::words).orElse(""),
                        latest.map(o -> o.value().map(Summary::number).orElseGet(() -> o.text().map(this::text).orElse(""))
                                + " (" + MarkdownText.escape(o.when()) + ")").orElse(""),
                        latest.flatMap(Observation::period).flatMap(measure::targetFor).flatMap(Target::value)
                                .map(Summary::number).orElse(""),
                        latest.flatMap(Observation::period).flatMap(measure::rag).map(Summary::words).orElse(""))
                        + " |");
            }
            block(String.join("\n", rows));
        }

        private void counts() throws IOException {
            block("## Counts");
            List<String> rows = new ArrayList<>();
            rows.add("| Element | Count |");
            rows.add("|---|---:|");
            for (ElementKind kind : ElementKind.values()) {
                if (kind != ElementKind.PLAN) {
                    rows.add("| " + kind.defaultName() + " | " + index.ofKind(kind).size() + " |");
                }
            }
            rows.add("| link | " + plan.links().size() + " |");
            block(String.join("\n", rows));
        }

        private String edition(Edition edition) {
            StringBuilder text = new StringBuilder(MarkdownText.escape(edition.name()))
                    .append(", ").append(words(edition.status()));
            edition.adoptedOn().ifPresent(date -> text.append(" on ").append(date));
            edition.supersedes().ifPresent(name -> text.append(", supersedes ").append(MarkdownText.escape(name)));
            return text.toString();
        }

        private String heading(PlanElement element) {
            return MarkdownText.escape(wording.name(element)) + element.label().map(label -> ": " + text(label)).orElse("");
        }

        private String numbered(PlanElement element, Text text) {
            return element.number().map(number -> "**" + MarkdownText.escape(number.toString()) + "** ").orElse("")
                    + text(text);
        }

        private String ownedBy(List<ElementId> owners) {
            return owners.isEmpty() ? "" : " (owners: " + owners(owners) + ")";
        }

        private String owners(List<ElementId> owners) {
            List<String> names = new ArrayList<>();
            for (ElementId id : owners) {
                names.add(index.find(id)
                        .filter(Owner.class::isInstance)
                        .map(owner -> text(((Owner) owner).name()))
                        .orElseGet(() -> MarkdownText.escape(id.toString())));
            }
            return String.join("; ", names);
        }

        private String bullets(List<Text> texts) {
            List<String> items = new ArrayList<>();
            texts.forEach(text -> items.add("- " + text(text)));
            return String.join("\n", items);
        }

        private String text(Text text) {
            return MarkdownText.escape(wording.of(text));
        }

        private static String number(BigDecimal value) {
            return value.toPlainString();
        }

        /** Returns an enum constant's JSON name in words: {@code higherIsBetter} as "higher is better". */
        private static String words(Enum<?> constant) {
            String camel = JsonMapper.shared().convertValue(constant, String.class);
            return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }

        /** Writes a block, after a blank line unless it is the first. */
        private void block(String block) throws IOException {
            if (started) {
                out.append('\n');
            }
            started = true;
            out.append(block).append('\n');
        }
    }
}
