package io.github.councilplan.render;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.MetricReference;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.Rating;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes a plan as Markdown (CommonMark, with a GitHub table for the counts): every text of the
 * plan in its own words, in the plan's structure, with nothing the plan does not say presented as
 * its words.
 *
 * <p><b>Layout.</b> In order:
 * <ul>
 *   <li>the title as a heading, then the plan's facts as a list: organisation (and its GSS code and org-id), period,
 *       publication date, edition (its status; when and by which decision it was adopted; the
 *       edition it supersedes; the edition that superseded it, when and by which decision),
 *       languages and those only partly translated, the owners that oversee the plan, and the
 *       related plans;</li>
 *   <li>the vision ({@code ## Vision}) and each statement under its heading, with its body as
 *       written (paragraphs, bulleted lists, numbered lists) and its signatories, with or without
 *       a role;</li>
 *   <li>the purpose: its introduction, and its statements and approaches, each list after its
 *       lead-in where the plan gives one;</li>
 *   <li>the shared values, each with its behaviours after their lead-in; the cross-cutting
 *       principles with their descriptions;</li>
 *   <li>each theme under a heading, {@code ## Theme 1: Place}, or {@code ## Theme 2} for a theme
 *       known only by its number; its description and facts (owners); then its outcomes,
 *       commitments and lists (each list's title and items), then its work: objectives,
 *       priorities and deliverables, each under a heading one level below the element that holds
 *       it ({@code ### Strategic objective 1.1: …}, {@code #### Priority A: …}), with its
 *       description, its facts (owners, start and end dates, long-term, progress by period) and,
 *       in the same way, its own outcomes, lists, milestones (due, forecast and achieved dates,
 *       status) and work. An element's non-work content comes before the work it holds, so that
 *       nothing is read as part of the last heading above it;</li>
 *   <li>the measures, each under a heading with its description and facts: unit, direction,
 *       frequency and roll-up method where given, baseline, every target (for a period, over the
 *       whole plan, in words) and actual (for a period, as at a date, in words, with a ratio's
 *       numerator and denominator), the rating of each period with an actual or an assessment
 *       ({@link Measure#rating}), or why it has none, with the state set by hand and its reason,
 *       the year-end forecast and its state and the commentary an assessment gives, tolerance,
 *       data source and owners; before them, where any measure is rated for a period, a table
 *       counting the measures in each {@link RagState} for each such period;</li>
 *   <li>the owners (type, holder, whom they are accountable to), the partners, the links (which
 *       element links to which, and the link's note) and a table counting the elements of each
 *       kind and the links.</li>
 * </ul>
 * Any element's other names, provenance and references to other systems are listed with its
 * facts. A section the plan has nothing for is left out; extensions are not shown.
 *
 * <p><b>In the plan's words.</b> Each list of elements comes after its lead-in where the plan
 * gives one ("We will lead the borough by:"), and after nothing where it gives none: no words are
 * made up to introduce a list. Elements are named by the plan's own level names, per element
 * ({@link Wording#levelName(PlanElement)}: the element's own, its theme's, the plan's): headings
 * always, list items where the element has a number or the plan names its level its own way
 * ({@code **Corporate outcome**: …}); an item that is neither is its text alone, as plans print
 * them. The labels of facts ({@code Owners:}, {@code Ends:}) and sections ({@code ## Purpose},
 * {@code ## Measures}) are this rendering's, in English.
 *
 * <p>Text is in the plan's first language (see {@link Wording}) and escaped so that plan text can
 * create no Markdown structure: each text is put on one line and every character Markdown could
 * read as syntax is backslash-escaped. Blocks are separated by one blank line, a list that follows
 * a list takes the other marker so that the two stay apart, and every line ends with {@code \n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownSummary implements PlanRenderer {
    private static final MarkdownSummary STANDARD = new MarkdownSummary();
    private static final Set<ElementKind> WORK =
            Set.of(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);
    /** The deepest heading Markdown has. */
    private static final int DEEPEST = 6;

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
     * @param wording the wording of the plan, which gives its index and language; not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void write(Wording wording, Appendable out) throws IOException {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(out, "out");
        StringBuilder text = new StringBuilder();
        new Summary(wording).write().write(text, "");
        out.append(text);
    }

    /** One summary being written. */
    private static final class Summary {
        private final PlanIndex index;
        private final Plan plan;
        private final Wording wording;
        private final MarkdownBlocks doc = new MarkdownBlocks();
        /** The wordings of related plans, each made once. */
        private final Map<PlanIndex, Wording> relatedWordings = new IdentityHashMap<>();

        Summary(Wording wording) {
            this.index = wording.index();
            this.plan = index.plan();
            this.wording = wording;
        }

        MarkdownBlocks write() {
            doc.heading(1, text(plan.title()));
            doc.bullets(planFacts());
            plan.vision().ifPresent(vision -> statement(vision, true));
            leadIn(doc, plan, "statements");
            plan.statements().forEach(statement -> statement(statement, false));
            plan.purpose().ifPresent(this::purpose);
            section("Values", "values", plan.values(), this::value);
            section("Principles", "principles", plan.principles(), this::principle);
            leadIn(doc, plan, "themes");
            plan.themes().forEach(this::theme);
            measures();
            section("Owners", "owners", plan.owners(), this::owner);
            section("Partners", "partners", plan.partners(), this::partner);
            links();
            counts();
            return doc;
        }

        private List<String> planFacts() {
            List<String> facts = new ArrayList<>();
            Organisation organisation = plan.organisation();
            facts.add("Organisation: " + text(organisation.name())
                    + organisation.code().map(code -> " (" + escape(code) + ")").orElse(""));
            organisation.gssCode().ifPresent(code -> facts.add("GSS code: " + escape(code)));
            organisation.orgId().ifPresent(id -> facts.add("Org-id: " + escape(id)));
            facts.add("Period: " + plan.period().start() + " to " + plan.period().end());
            plan.published().ifPresent(date -> facts.add("Published: " + date));
            plan.edition().ifPresent(edition -> facts.add("Edition: " + edition(edition)));
            if (!plan.languages().isEmpty()) {
                facts.add("Languages: " + escape(String.join(", ", plan.languages())));
            }
            if (!plan.partialLanguages().isEmpty()) {
                facts.add("Partly translated: " + escape(String.join(", ", plan.partialLanguages())));
            }
            if (!plan.overseenBy().isEmpty()) {
                facts.add("Overseen by: " + owners(plan.overseenBy()));
            }
            plan.relatedPlans().forEach(related -> facts.add("Related plan: " + related(related)));
            facts.addAll(details(plan));
            return facts;
        }

        /**
         * An edition: its name, when and by which decision it was adopted (or that it is a draft),
         * the edition it supersedes and the one that superseded it, when and by which decision.
         */
        private String edition(Edition edition) {
            List<String> parts = new ArrayList<>();
            parts.add(escape(edition.name()));
            Optional<String> decision = edition.decision().map(this::decision);
            if (edition.adoptedOn().isPresent() || edition.status() != EditionStatus.DRAFT) {
                parts.add("adopted" + edition.adoptedOn().map(date -> " on " + date).orElse("")
                        + decision.map(words -> " (" + words + ")").orElse(""));
            } else {
                parts.add("draft" + decision.map(words -> " (" + words + ")").orElse(""));
            }
            edition.supersedes().ifPresent(name -> parts.add("supersedes " + escape(name)));
            if (edition.supersededBy().isPresent()) {
                Supersession by = edition.supersededBy().get();
                parts.add("superseded by " + escape(by.edition()) + by.on().map(date -> " on " + date).orElse("")
                        + by.decision().map(words -> " (" + decision(words) + ")").orElse(""));
            } else if (edition.status() == EditionStatus.SUPERSEDED) {
                parts.add("superseded");
            }
            return String.join(", ", parts);
        }

        private String decision(Decision decision) {
            List<String> parts = new ArrayList<>();
            decision.body().ifPresent(body -> parts.add(text(body)));
            decision.date().ifPresent(date -> parts.add(date.toString()));
            decision.reference().ifPresent(reference -> parts.add(escape(reference)));
            decision.uri().ifPresent(uri -> parts.add(escape(uri.toString())));
            return "decision: " + String.join(", ", parts);
        }

        private String related(RelatedPlan related) {
            StringBuilder line = new StringBuilder(related.title()
                    .map(title -> text(title) + " (" + escape(related.id().toString()) + ")")
                    .orElseGet(() -> escape(related.id().toString())));
            related.relation().ifPresent(relation -> line.append("; ").append(relation(relation)));
            related.uri().ifPresent(uri -> line.append("; ").append(escape(uri.toString())));
            return line.toString();
        }

        private static String relation(PlanRelation relation) {
            switch (relation) {
                case DELIVERS:
                    return "this plan delivers it";
                case DELIVERED_BY:
                    return "it delivers this plan";
                default:
                    return "related";
            }
        }

        /** The vision or a statement, under its heading, with its body as written and its signatories. */
        private void statement(Statement statement, boolean vision) {
            Optional<String> own = statementTitle(statement);
            doc.heading(2, vision ? "Vision" + own.map(title -> ": " + title).orElse("")
                    : own.orElseGet(() -> escape(wording.name(statement))));
            for (Block block : statement.body()) {
                if (block.paragraph().isPresent()) {
                    doc.paragraph(text(block.paragraph().get()));
                } else if (block.numbered()) {
                    doc.numbered(texts(block.list()));
                } else {
                    doc.bullets(texts(block.list()));
                }
            }
            if (!statement.signatories().isEmpty()) {
                List<String> signed = new ArrayList<>();
                for (Signatory signatory : statement.signatories()) {
                    signed.add(escape(signatory.name()) + signatory.role().map(role -> ", " + text(role)).orElse(""));
                }
                doc.paragraph("Signed by " + String.join("; ", signed));
            }
            doc.bullets(details(statement));
        }

        /** A statement's heading, after its level name and number where it is named by them. */
        private Optional<String> statementTitle(Statement statement) {
            Optional<String> heading = statement.heading().map(this::text);
            if (RenderedWords.named(wording, statement)) {
                return Optional.of(escape(wording.name(statement)) + heading.map(text -> ": " + text).orElse(""));
            }
            return heading;
        }

        private void purpose(Purpose purpose) {
            doc.heading(2, "Purpose");
            purpose.introduction().ifPresent(introduction -> doc.paragraph(text(introduction)));
            textList(doc, purpose.leadIns(), "statements", purpose.statements());
            textList(doc, purpose.leadIns(), "approaches", purpose.approaches());
        }

        /** A list of texts after its lead-in, if the plan gives one. */
        private void textList(MarkdownBlocks blocks, Map<String, Text> leadIns, String list, List<Text> texts) {
            Optional.ofNullable(leadIns.get(list)).ifPresent(leadIn -> blocks.paragraph(text(leadIn)));
            blocks.bullets(texts(texts));
        }

        /** A section of the plan's elements, under its heading, after its lead-in; left out if it has neither. */
        private <E extends PlanElement> void section(String heading, String list, List<E> elements,
                java.util.function.Function<E, MarkdownBlocks.Item> item) {
            if (elements.isEmpty() && plan.leadIn(list).isEmpty()) {
                return;
            }
            doc.heading(2, heading);
            leadIn(doc, plan, list);
            doc.items(false, elements.stream().map(item).toList());
        }

        private MarkdownBlocks.Item value(SharedValue value) {
            MarkdownBlocks blocks = new MarkdownBlocks();
            textList(blocks, value.leadIns(), "behaviours", value.behaviours());
            blocks.bullets(details(value));
            return new MarkdownBlocks.Item(item(value, value.name()), blocks);
        }

        private MarkdownBlocks.Item principle(Principle principle) {
            return describedItem(principle, item(principle, principle.name()), principle.description(), List.of());
        }

        private MarkdownBlocks.Item owner(Owner owner) {
            List<String> facts = new ArrayList<>();
            owner.type().ifPresent(type -> facts.add("Type: " + RenderedWords.words(type)));
            owner.holder().ifPresent(holder -> facts.add("Held by: " + escape(holder)));
            if (!owner.accountableTo().isEmpty()) {
                facts.add("Accountable to: " + owners(owner.accountableTo()));
            }
            return describedItem(owner, item(owner, owner.name()), Optional.empty(), facts);
        }

        private MarkdownBlocks.Item partner(Partner partner) {
            return describedItem(partner, item(partner, partner.name()), partner.description(), List.of());
        }

        /** An item: its line, then its description and its facts (with its details) below it. */
        private MarkdownBlocks.Item describedItem(PlanElement element, String line, Optional<Text> description,
                List<String> facts) {
            MarkdownBlocks blocks = new MarkdownBlocks();
            description.ifPresent(words -> blocks.paragraph(text(words)));
            List<String> all = new ArrayList<>(facts);
            all.addAll(details(element));
            blocks.bullets(all);
            return new MarkdownBlocks.Item(line, blocks);
        }

        private void theme(Theme theme) {
            doc.heading(2, title(theme));
            theme.description().ifPresent(description -> doc.paragraph(text(description)));
            List<String> facts = new ArrayList<>();
            if (!theme.owners().isEmpty()) {
                facts.add("Owners: " + owners(theme.owners()));
            }
            facts.addAll(details(theme));
            doc.bullets(facts);
            contents(theme, 2);
        }

        /**
         * Writes what a theme or piece of work holds, list by list as {@link PlanStructure} gives
         * them, each after its lead-in: first its outcomes, commitments, lists and milestones, then
         * its work, each under a heading one level below {@code level}. The outcomes, commitments
         * and milestones of a list without a lead-in are each named by their level, so that the
         * reader knows what the list is; a list ({@link ItemList}) is introduced by its title.
         */
        private void contents(PlanElement element, int level) {
            List<Property> work = new ArrayList<>();
            for (Property list : PlanStructure.of(element.kind()).elementProperties()) {
                if (list.kind().filter(WORK::contains).isPresent()) {
                    work.add(list);
                    continue;
                }
                leadIn(doc, element, list.name());
                boolean introduced = element.leadIn(list.name()).isPresent();
                List<? extends PlanElement> children = list.elementsOf(element);
                if (list.kind().equals(Optional.of(ElementKind.LIST))) {
                    children.forEach(child -> itemList((ItemList) child));
                } else {
                    doc.items(false, children.stream().map(child -> child(child, introduced)).toList());
                }
            }
            for (Property list : work) {
                leadIn(doc, element, list.name());
                list.elementsOf(element).forEach(child -> work((Work) child, Math.min(level + 1, DEEPEST)));
            }
        }

        /**
         * An outcome, commitment or milestone as a list item, or any other element by its text;
         * named by its level where its list has no lead-in.
         */
        private MarkdownBlocks.Item child(PlanElement element, boolean introduced) {
            List<String> facts = new ArrayList<>();
            if (element instanceof Outcome outcome) {
                outcome.by().ifPresent(by -> facts.add("By: " + by));
                if (outcome.longTerm()) {
                    facts.add("Long-term: yes");
                }
                return describedItem(outcome, item(outcome, outcome.statement(), introduced), Optional.empty(),
                        facts);
            }
            if (element instanceof Commitment commitment) {
                return describedItem(commitment, item(commitment, commitment.text(), introduced), Optional.empty(),
                        facts);
            }
            if (element instanceof Milestone milestone) {
                facts.add("Due: " + milestone.due());
                milestone.forecast().ifPresent(date -> facts.add("Forecast: " + date));
                milestone.achieved().ifPresent(date -> facts.add("Achieved: " + date));
                milestone.status().ifPresent(status -> facts.add("Status: " + RenderedWords.words(status)));
                if (milestone.longTerm()) {
                    facts.add("Long-term: yes");
                }
                return describedItem(milestone, item(milestone, milestone.title(), introduced), Optional.empty(),
                        facts);
            }
            return new MarkdownBlocks.Item(element.label().map(label -> item(element, label, introduced))
                    .orElseGet(() -> escape(wording.name(element))), new MarkdownBlocks().bullets(details(element)));
        }

        /**
         * A list that belongs to an element: its title, which introduces its items in the plan's
         * words; its items; then its own details.
         */
        private void itemList(ItemList list) {
            doc.paragraph(item(list, list.title()));
            doc.items(false, list.items().stream()
                    .map((ListItem entry) -> describedItem(entry, item(entry, entry.text()), Optional.empty(),
                            List.of()))
                    .toList());
            doc.bullets(details(list));
        }

        private void work(Work work, int level) {
            doc.heading(level, title(work));
            work.description().ifPresent(description -> doc.paragraph(text(description)));
            List<String> facts = new ArrayList<>();
            if (!work.owners().isEmpty()) {
                facts.add("Owners: " + owners(work.owners()));
            }
            work.start().ifPresent(date -> facts.add("Starts: " + date));
            work.end().ifPresent(date -> facts.add("Ends: " + date));
            if (work.longTerm()) {
                facts.add("Long-term: yes");
            }
            for (ProgressUpdate update : work.progress()) {
                facts.add("Progress in " + update.period() + ": " + RenderedWords.words(update.status())
                        + update.commentary().map(commentary -> "; " + text(commentary)).orElse(""));
            }
            facts.addAll(details(work));
            doc.bullets(facts);
            contents(work, level);
        }

        private void measures() {
            if (plan.measures().isEmpty() && plan.leadIn("measures").isEmpty()) {
                return;
            }
            doc.heading(2, "Measures");
            leadIn(doc, plan, "measures");
            stateCounts();
            for (Measure measure : plan.measures()) {
                doc.heading(3, title(measure));
                measure.description().ifPresent(description -> doc.paragraph(text(description)));
                doc.bullets(measureFacts(measure));
            }
        }

        /** The table of how many measures are in each state, per period any measure is rated for. */
        private void stateCounts() {
            SortedMap<ReportingPeriod, Map<RagState, Integer>> counts = RagStates.countsByPeriod(plan.measures());
            if (counts.isEmpty()) {
                return;
            }
            doc.paragraph("Measures by state, for each period rated:");
            List<String> rows = new ArrayList<>();
            StringBuilder header = new StringBuilder("| Period |");
            StringBuilder rule = new StringBuilder("|---|");
            for (RagState state : RagState.values()) {
                header.append(' ').append(RagStates.heading(state)).append(" |");
                rule.append("---:|");
            }
            rows.add(header.toString());
            rows.add(rule.toString());
            counts.forEach((period, byState) -> {
                StringBuilder row = new StringBuilder("| " + period + " |");
                byState.values().forEach(count -> row.append(' ').append(count).append(" |"));
                rows.add(row.toString());
            });
            doc.lines(rows);
        }

        private List<String> measureFacts(Measure measure) {
            List<String> facts = new ArrayList<>();
            measure.unit().ifPresent(unit -> facts.add("Unit: " + escape(unit)));
            measure.direction().ifPresent(direction -> facts.add("Direction: " + RenderedWords.words(direction)));
            measure.frequency().ifPresent(frequency -> facts.add("Frequency: " + RenderedWords.words(frequency)));
            measure.rollUp().ifPresent(method -> facts.add("Roll-up: " + RenderedWords.words(method)
                    + measure.ratioPer().map(per -> " per " + number(per)).orElse("")));
            measure.baseline().ifPresent(baseline -> facts.add("Baseline " + when(baseline) + ": " + value(baseline)));
            for (Target target : measure.targets()) {
                String which = target.period().map(period -> "for " + period).orElse("over the whole plan");
                facts.add("Target " + which + ": " + value(target.value(), target.text()));
                for (TargetRevision revision : target.revisions()) {
                    facts.add("Target " + which + " from " + revision.date() + ": "
                            + (revision.withdrawn() ? "withdrawn" : value(revision.value(), revision.text()))
                            + " (" + decision(revision.decision()) + ")"
                            + revision.reason().map(reason -> "; reason: " + text(reason)).orElse("")
                            + (revision.afterPeriodClosed() ? "; revised after the period closed" : ""));
                }
            }
            for (Observation actual : measure.actuals()) {
                facts.add("Actual " + when(actual) + ": " + value(actual));
            }
            for (ReportingPeriod period : RagStates.shownPeriods(measure)) {
                Rating rating = measure.rating(period);
                facts.add(rating(rating));
                if (rating.forecast().isPresent() || rating.forecastState().isPresent()) {
                    facts.add("Year-end forecast at " + period + ": " + rating.forecast().map(value -> number(value))
                            .map(forecast -> forecast + rating.forecastState().map(state -> ", " + state.words())
                                    .orElse(""))
                            .orElseGet(() -> rating.forecastState().orElseThrow().words()));
                }
                rating.commentary().ifPresent(commentary -> facts.add("Commentary for " + period + ": "
                        + text(commentary)));
            }
            measure.tolerance().ifPresent(tolerance -> facts.add("Tolerance: " + tolerance(tolerance)));
            measure.source().ifPresent(source -> facts.add("Data source: " + text(source)));
            for (MetricReference metric : measure.metrics()) {
                facts.add((metric.national() ? "National metric: " : "Metric: ") + escape(metric.scheme()) + " "
                        + escape(metric.id()) + metric.title().map(title -> ", " + text(title)).orElse("")
                        + metric.uri().map(uri -> ", " + escape(uri.toString())).orElse("")
                        + metric.polarity().map(polarity -> " (" + RenderedWords.words(polarity) + ")").orElse(""));
            }
            if (!measure.owners().isEmpty()) {
                facts.add("Owners: " + owners(measure.owners()));
            }
            if (measure.longTerm()) {
                facts.add("Long-term: yes");
            }
            facts.addAll(details(measure));
            return facts;
        }

        /** The rating of a period with an actual, or why it has none. */
        private String rating(Rating rating) {
            String line = "Rating for " + rating.period() + ": ";
            if (rating.status().isPresent()) {
                line += RenderedWords.words(rating.status().get()) + " (" + number(rating.actual().orElseThrow())
                        + " against " + number(rating.target().orElseThrow()) + ")";
            } else {
                line += "none, as " + RenderedWords.reason(rating.reason().orElseThrow());
            }
            return line + rating.override().map(state -> "; set by hand to " + state.words() + ": "
                    + text(rating.overrideReason().orElseThrow())).orElse("");
        }

        private static String when(Observation observation) {
            return observation.period().map(period -> "for " + period)
                    .orElseGet(() -> "as at " + observation.asAt().orElseThrow());
        }

        /** An observation's value: a number, words or both, and the numerator and denominator of a ratio. */
        private String value(Observation observation) {
            String value = value(observation.value(), observation.text());
            return observation.numerator().map(numerator -> (value.isEmpty() ? "" : value + " ") + "("
                    + number(numerator) + " of " + number(observation.denominator().orElseThrow()) + ")").orElse(value);
        }

        /** A value as a number, words, or both. */
        private String value(Optional<BigDecimal> value, Optional<Text> words) {
            List<String> parts = new ArrayList<>();
            value.ifPresent(number -> parts.add(number(number)));
            words.ifPresent(text -> parts.add(text(text)));
            return String.join(" \u2014 ", parts);
        }

        private static String tolerance(Tolerance tolerance) {
            return tolerance.percent().map(percent -> number(percent) + "% of the target")
                    .orElseGet(() -> number(tolerance.absolute().orElseThrow()));
        }

        private void links() {
            if (plan.links().isEmpty()) {
                return;
            }
            doc.heading(2, "Links");
            List<MarkdownBlocks.Item> items = new ArrayList<>();
            for (Link link : plan.links()) {
                MarkdownBlocks note = new MarkdownBlocks();
                link.note().ifPresent(words -> note.paragraph(text(words)));
                items.add(new MarkdownBlocks.Item(end(link.from(), Optional.empty()) + " " + RenderedWords.words(link.kind()) + " "
                        + end(link.to(), link.toPlan()), note));
            }
            doc.items(false, items);
        }

        /** One end of a link: the element's name and id, and the related plan that holds it. */
        private String end(ElementId id, Optional<ElementId> otherPlan) {
            if (otherPlan.isEmpty()) {
                return index.find(id).map(element -> escape(wording.name(element)) + " (" + escape(id.toString()) + ")")
                        .orElseGet(() -> escape(id.toString()));
            }
            Optional<PlanIndex> other = index.related(otherPlan.get());
            String element = other.flatMap(related -> related.find(id))
                    .map(found -> escape(relatedWordings.computeIfAbsent(other.get(), Wording::of).name(found)) + " ("
                            + escape(id.toString()) + ")")
                    .orElseGet(() -> escape(id.toString()));
            return element + " in plan " + escape(otherPlan.get().toString());
        }

        private void counts() {
            doc.heading(2, "Counts");
            List<String> rows = new ArrayList<>();
            rows.add("| Element | Count |");
            rows.add("|---|---:|");
            for (ElementKind kind : ElementKind.values()) {
                if (kind != ElementKind.PLAN) {
                    rows.add("| " + kind.defaultName() + " | " + index.ofKind(kind).size() + " |");
                }
            }
            rows.add("| link | " + plan.links().size() + " |");
            doc.lines(rows);
        }

        /** Writes an element's lead-in for one of its lists, if it gives one. */
        private void leadIn(MarkdownBlocks blocks, PlanElement element, String list) {
            element.leadIn(list).ifPresent(leadIn -> blocks.paragraph(text(leadIn)));
        }

        /** An element's other names, provenance and references to other systems, as facts. */
        private List<String> details(PlanElement element) {
            List<String> facts = new ArrayList<>();
            for (AlternativeName name : element.otherNames()) {
                facts.add("Also known as: " + text(name.name()) + name.note().map(note -> " (" + text(note) + ")")
                        .orElse(""));
            }
            element.provenance().ifPresent(provenance -> facts.add("Provenance: " + provenance(provenance)));
            for (ExternalReference reference : element.references()) {
                List<String> parts = new ArrayList<>();
                parts.add(escape(reference.system()) + reference.key().map(key -> " " + escape(key)).orElse(""));
                reference.title().ifPresent(title -> parts.add(text(title)));
                reference.uri().ifPresent(uri -> parts.add(escape(uri.toString())));
                facts.add("Reference: " + String.join(", ", parts));
            }
            return facts;
        }

        private String provenance(Provenance provenance) {
            List<String> parts = new ArrayList<>();
            provenance.document().ifPresent(document -> parts.add(text(document)));
            provenance.page().ifPresent(page -> parts.add("page " + escape(page)));
            provenance.uri().ifPresent(uri -> parts.add(escape(uri.toString())));
            return String.join(", ", parts) + provenance.quote().map(quote -> "; wording: " + text(quote)).orElse("");
        }

        /**
         * An element as a list item: its text, after its level name and number where it has a
         * number or a level name of its own, or the plan names its level its own way.
         */
        private String item(PlanElement element, Text text) {
            return item(element, text, true);
        }

        /**
         * An element as a list item: its text, after its level name and number where it has a
         * number, the plan names its level its own way, or its list is not introduced by a lead-in.
         */
        private String item(PlanElement element, Text text, boolean introduced) {
            return RenderedWords.named(wording, element) || !introduced ? "**" + escape(wording.name(element)) + "**: " + text(text)
                    : text(text);
        }

        /** An element's level name and number and its text ({@link Wording#title}), escaped. */
        private String title(PlanElement element) {
            return escape(wording.title(element));
        }



        private String owners(List<ElementId> owners) {
            return RenderedWords.owners(wording, owners, this::text, Summary::escape);
        }

        private List<String> texts(List<Text> texts) {
            return texts.stream().map(this::text).toList();
        }

        private String text(Text text) {
            return MarkdownText.escape(wording.of(text));
        }

        private static String escape(String text) {
            return MarkdownText.escape(text);
        }

        private static String number(BigDecimal value) {
            return value.toPlainString();
        }

    }
}
