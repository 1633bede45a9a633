package io.github.councilplan.render;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Assessment;
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
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.Rating;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Writes a plan as one self-contained, accessible HTML5 page, for a council to publish for
 * residents or attach to a committee report.
 *
 * <p><b>Layout.</b> A skip link to the main content; a banner ({@code <header>}) with the plan's
 * title and facts (organisation, its GSS code and org-id, period, publication date, edition,
 * languages, overseers); a table of contents ({@code <nav>}) that lists the page's sections, each
 * theme and the work it holds; then, in {@code <main>}: the vision and the statements with their bodies as written and their
 * signatories; the purpose; the shared values and principles; each theme with its description,
 * owners, outcomes, commitments, lists, milestones (due, forecast and achieved dates, status) and
 * work, each piece of work under a heading one level below the element that holds it
 * ({@code <h2>} for a theme down to {@code <h6>}), with its owners, dates and progress; the
 * measures, after a table counting the measures in each {@link RagState} for each period rated,
 * each with its facts (with the year-end forecast and commentary an assessment gives), a small bar chart of its targets and actuals by period (inline
 * SVG, see {@link MeasureChart}) and, as the chart's text alternative, the same numbers in a table
 * with the rating of each period (and the state set by hand, with its reason); the owners and partners; and the plan's structure as Mermaid
 * draws it ({@link MermaidDiagram#standard()}: themes, objectives, outcomes, priorities,
 * deliverables, measures, partners, values and principles) as a nested list of links to their
 * sections, followed by the plan's links. Elements are named by the plan's own level names
 * ({@link Wording#title(PlanElement)}); the words of this rendering (headings such as "Measures",
 * the names of facts) are English.
 *
 * <p><b>Accessibility.</b> The page's {@code lang} is the language of its {@link Wording}
 * ({@code en} for a plan that declares none); where that is not English, this rendering's own words
 * are marked {@code lang="en"}. Headings go down one level at a time; every table has a caption
 * and header cells; red, amber and green are written as words on colours whose contrast with the
 * words is at least 4.5:1 (WCAG 2.2 AA), and the chart's marks contrast at least 3:1 with the
 * page. The CSS is inline, with print styles (no navigation, no skip link, sections kept whole).
 * There is no script and nothing that loads anything: no fonts, images, style sheets or frames,
 * and no link out of the page (web addresses from the plan are shown as text).
 *
 * <p><b>Escaping.</b> Every string from the plan goes through one escaper ({@link HtmlText}): put
 * on one line, bidirectional controls and other invisible characters dropped, and
 * {@code & < > " '} written as character references, so that no plan text can open or close a
 * tag, attribute, comment, script or style sheet, or reorder the text around it. Element ids from
 * the plan are never written as HTML ids: sections are named {@code e0}, {@code e1}, … in
 * document order.
 *
 * <p>The page is also well-formed XML (void elements are closed with {@code />}, the
 * {@code <html>} and {@code <svg>} elements carry their namespaces), so that XML tools read it
 * too. Equal plans give equal pages, byte for byte: nothing depends on the time, the locale or the
 * platform. Lines end with {@code \n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport implements PlanRenderer {
    private static final HtmlReport STANDARD = new HtmlReport();
    private static final Set<ElementKind> WORK =
            Set.of(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);
    /** The deepest heading HTML has. */
    private static final int DEEPEST = 6;

    /** The page's style sheet: system fonts, WCAG 2.2 AA colours, and print styles; shared with {@link QuarterReportFormat#HTML}. */
    static final String CSS = """
            :root { color: #0b0c0c; background: #ffffff; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; \
            margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; }
            a { color: #1d70b8; text-decoration: underline; }
            a:visited { color: #4c2c92; }
            a:focus, main:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; background: #ffdd00; color: #0b0c0c; }
            .skip { position: absolute; left: -10000px; top: 0; }
            .skip:focus { position: static; display: inline-block; padding: 0.5rem; }
            h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5rem 0 0.5rem; }
            header { border-bottom: 4px solid #1d70b8; padding-bottom: 1rem; }
            nav { border-bottom: 1px solid #b1b4b6; padding-bottom: 1rem; }
            section { margin-top: 1rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
            dl.facts div { display: contents; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            .name { font-weight: bold; }
            .rag { display: inline-block; padding: 0 0.4rem; border: 2px solid #0b0c0c; border-radius: 0.25rem; \
            font-weight: bold; }
            .rag-red { background: #b10e1e; color: #ffffff; }
            .rag-amber { background: #f47738; color: #0b0c0c; }
            .rag-green { background: #00703c; color: #ffffff; }
            table { border-collapse: collapse; margin: 0.5rem 0; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
            th, td { border: 1px solid #505a5f; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            td.number { text-align: right; }
            figure { margin: 0.5rem 0; }
            svg.chart { max-width: 100%; height: auto; }
            .uri { overflow-wrap: anywhere; }
            @media print {
              .skip, nav { display: none; }
              body { max-width: none; padding: 0; font-size: 11pt; }
              a { color: #0b0c0c; }
              section, figure, table, li { break-inside: avoid; }
              h1, h2, h3, h4, h5, h6 { break-after: avoid; }
              .rag { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            }
            """;

    private HtmlReport() {}

    /**
     * Returns the HTML writer.
     *
     * @return the writer, not null
     */
    public static HtmlReport standard() {
        return STANDARD;
    }

    /**
     * Writes the page of a plan.
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
        out.append(new Page(wording.index(), wording).write());
    }

    /** One page being written. */
    private static final class Page {
        private final PlanIndex index;
        private final Plan plan;
        private final Wording wording;
        private final String language;
        private final boolean english;
        private final Map<ElementId, String> anchors = new HashMap<>();
        private final Set<String> written = new HashSet<>();
        private final StringBuilder out = new StringBuilder(16384);

        Page(PlanIndex index, Wording wording) {
            this.index = index;
            this.plan = index.plan();
            this.wording = wording;
            this.language = wording.language().orElse("en");
            this.english = language.equals("en") || language.startsWith("en-");
            for (PlanElement element : plan.elements()) {
                anchors.putIfAbsent(element.id(), "e" + anchors.size());
            }
        }

        String write() {
            out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(e(language))
                    .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                    .append("<title>").append(t(plan.title())).append("</title>\n<style>\n").append(CSS)
                    .append("</style>\n</head>\n<body>\n");
            out.append("<a class=\"skip\" href=\"#main\">").append(ours("Skip to the plan")).append("</a>\n");
            header();
            contents();
            out.append("<main id=\"main\" tabindex=\"-1\">\n");
            plan.vision().ifPresent(vision -> statement(vision, true));
            leadIn(plan, "statements");
            plan.statements().forEach(statement -> statement(statement, false));
            plan.purpose().ifPresent(this::purpose);
            section("values", "Values", "values", plan.values(), this::value);
            section("principles", "Principles", "principles", plan.principles(), this::principle);
            leadIn(plan, "themes");
            plan.themes().forEach(this::theme);
            measures();
            section("owners", "Owners", "owners", plan.owners(), this::owner);
            section("partners", "Partners", "partners", plan.partners(), this::partner);
            structure();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header() {
            out.append("<header>\n<h1>").append(t(plan.title())).append("</h1>\n");
            List<String[]> facts = new ArrayList<>();
            facts.add(fact("Organisation", t(plan.organisation().name())
                    + plan.organisation().code().map(code -> " (" + e(code) + ")").orElse("")));
            plan.organisation().gssCode().ifPresent(code -> facts.add(fact("GSS code", e(code))));
            plan.organisation().orgId().ifPresent(id -> facts.add(fact("Org-id", e(id))));
            facts.add(fact("Period", plan.period().start() + " to " + plan.period().end()));
            plan.published().ifPresent(date -> facts.add(fact("Published", date.toString())));
            plan.edition().ifPresent(edition -> facts.add(fact("Edition", edition(edition))));
            if (!plan.languages().isEmpty()) {
                facts.add(fact("Languages", e(String.join(", ", plan.languages()))));
            }
            if (!plan.partialLanguages().isEmpty()) {
                facts.add(fact("Partly translated", e(String.join(", ", plan.partialLanguages()))));
            }
            if (!plan.overseenBy().isEmpty()) {
                facts.add(fact("Overseen by", owners(plan.overseenBy())));
            }
            plan.relatedPlans().forEach(related -> facts.add(fact("Related plan",
                    related.title().map(title -> t(title) + " (" + e(related.id().toString()) + ")")
                            .orElseGet(() -> e(related.id().toString()))
                            + related.uri().map(uri -> " " + uri(uri.toString())).orElse(""))));
            facts.addAll(details(plan));
            facts(facts);
            out.append("</header>\n");
        }

        /**
         * An edition: its name and status, when and by which decision it was adopted, the edition
         * it supersedes and the one that superseded it, when and by which decision.
         */
        private String edition(Edition edition) {
            StringBuilder words = new StringBuilder(e(edition.name()));
            // the status, unless a date says it: "adopted on 2025-05-22", "superseded by 2026"
            boolean said = edition.status() == EditionStatus.ADOPTED ? edition.adoptedOn().isPresent()
                    : edition.status() == EditionStatus.SUPERSEDED && edition.supersededBy().isPresent();
            if (!said) {
                words.append(", ").append(ours(RenderedWords.words(edition.status())));
            }
            edition.adoptedOn().ifPresent(date -> words.append(", ").append(ours("adopted on")).append(' ').append(date));
            edition.decision().ifPresent(decision -> words.append(" (").append(decision(decision)).append(')'));
            edition.supersedes().ifPresent(name -> words.append(", ").append(ours("supersedes")).append(' ')
                    .append(e(name)));
            edition.supersededBy().ifPresent(by -> words.append(", ").append(ours("superseded by")).append(' ')
                    .append(e(by.edition())).append(by.on().map(date -> " " + ours("on") + " " + date).orElse(""))
                    .append(by.decision().map(decision -> " (" + decision(decision) + ")").orElse("")));
            return words.toString();
        }

        private String decision(Decision decision) {
            List<String> parts = new ArrayList<>();
            decision.body().ifPresent(body -> parts.add(t(body)));
            decision.date().ifPresent(date -> parts.add(date.toString()));
            decision.reference().ifPresent(reference -> parts.add(e(reference)));
            decision.uri().ifPresent(address -> parts.add(uri(address.toString())));
            return ours("decision") + ": " + String.join(", ", parts);
        }

        /** The table of contents: the page's sections, each theme and the work it holds. */
        private void contents() {
            out.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">").append(ours("Contents"))
                    .append("</h2>\n<ol>\n");
            plan.vision().ifPresent(vision -> tocItem(vision, ours("Vision")));
            plan.statements().forEach(statement -> tocItem(statement, statementTitle(statement)
                    .orElseGet(() -> e(wording.name(statement)))));
            plan.purpose().ifPresent(purpose -> tocSection("purpose", "Purpose"));
            if (!plan.values().isEmpty()) {
                tocSection("values", "Values");
            }
            if (!plan.principles().isEmpty()) {
                tocSection("principles", "Principles");
            }
            for (Theme theme : plan.themes()) {
                out.append("<li><a href=\"#").append(anchors.get(theme.id())).append("\">").append(title(theme))
                        .append("</a>");
                List<Work> work = topWork(theme);
                if (!work.isEmpty()) {
                    out.append("\n<ol>\n");
                    work.forEach(piece -> out.append("<li><a href=\"#").append(anchors.get(piece.id())).append("\">")
                            .append(title(piece)).append("</a></li>\n"));
                    out.append("</ol>\n");
                }
                out.append("</li>\n");
            }
            if (!plan.measures().isEmpty()) {
                tocSection("measures", "Measures");
            }
            if (!plan.owners().isEmpty()) {
                tocSection("owners", "Owners");
            }
            if (!plan.partners().isEmpty()) {
                tocSection("partners", "Partners");
            }
            tocSection("structure", "Structure");
            out.append("</ol>\n</nav>\n");
        }

        private void tocItem(PlanElement element, String title) {
            out.append("<li><a href=\"#").append(anchors.get(element.id())).append("\">").append(title)
                    .append("</a></li>\n");
        }

        private void tocSection(String id, String title) {
            out.append("<li><a href=\"#").append(id).append("\">").append(ours(title)).append("</a></li>\n");
        }

        /** The work a theme holds directly, in the order its lists give. */
        private static List<Work> topWork(Theme theme) {
            List<Work> work = new ArrayList<>();
            for (Property list : PlanStructure.of(ElementKind.THEME).elementProperties()) {
                if (list.kind().filter(WORK::contains).isPresent()) {
                    list.elementsOf(theme).forEach(piece -> work.add((Work) piece));
                }
            }
            return work;
        }

        private void statement(Statement statement, boolean vision) {
            Optional<String> own = statementTitle(statement);
            open("section", statement);
            heading(2, vision ? ours("Vision") + own.map(title -> ": " + title).orElse("")
                    : own.orElseGet(() -> e(wording.name(statement))));
            for (Block block : statement.body()) {
                if (block.paragraph().isPresent()) {
                    paragraph(t(block.paragraph().get()));
                } else {
                    list(block.numbered() ? "ol" : "ul", block.list());
                }
            }
            if (!statement.signatories().isEmpty()) {
                List<String> signed = new ArrayList<>();
                for (Signatory signatory : statement.signatories()) {
                    signed.add(e(signatory.name()) + signatory.role().map(role -> ", " + t(role)).orElse(""));
                }
                paragraph(ours("Signed by") + " " + String.join("; ", signed));
            }
            facts(details(statement));
            out.append("</section>\n");
        }

        private Optional<String> statementTitle(Statement statement) {
            Optional<String> heading = statement.heading().map(this::t);
            if (RenderedWords.named(wording, statement)) {
                return Optional.of(e(wording.name(statement)) + heading.map(text -> ": " + text).orElse(""));
            }
            return heading;
        }

        private void purpose(Purpose purpose) {
            out.append("<section id=\"purpose\">\n");
            heading(2, ours("Purpose"));
            purpose.introduction().ifPresent(introduction -> paragraph(t(introduction)));
            Optional.ofNullable(purpose.leadIns().get("statements")).ifPresent(leadIn -> paragraph(t(leadIn)));
            list("ul", purpose.statements());
            Optional.ofNullable(purpose.leadIns().get("approaches")).ifPresent(leadIn -> paragraph(t(leadIn)));
            list("ul", purpose.approaches());
            out.append("</section>\n");
        }

        private void value(SharedValue value) {
            item(value, value.name(), true);
            Optional.ofNullable(value.leadIns().get("behaviours")).ifPresent(leadIn -> paragraph(t(leadIn)));
            list("ul", value.behaviours());
            facts(details(value));
        }

        /** A section of the plan's elements, as a list after its lead-in; left out if it has neither. */
        private <E extends PlanElement> void section(String id, String heading, String list, List<E> elements,
                java.util.function.Consumer<E> content) {
            if (elements.isEmpty() && plan.leadIn(list).isEmpty()) {
                return;
            }
            out.append("<section id=\"").append(id).append("\">\n");
            heading(2, ours(heading));
            leadIn(plan, list);
            items(elements, content);
            out.append("</section>\n");
        }

        private void principle(Principle principle) {
            item(principle, principle.name(), true);
            principle.description().ifPresent(description -> paragraph(t(description)));
            facts(details(principle));
        }

        private void theme(Theme theme) {
            open("section", theme);
            heading(2, title(theme));
            theme.description().ifPresent(description -> paragraph(t(description)));
            List<String[]> facts = new ArrayList<>();
            if (!theme.owners().isEmpty()) {
                facts.add(fact("Owners", owners(theme.owners())));
            }
            facts.addAll(details(theme));
            facts(facts);
            contents(theme, 2);
            out.append("</section>\n");
        }

        /**
         * What a theme or piece of work holds, list by list as {@link PlanStructure} gives them,
         * each after its lead-in: its outcomes, commitments, lists and milestones, then its work,
         * each under a heading one level below {@code level}.
         */
        private void contents(PlanElement element, int level) {
            List<Property> work = new ArrayList<>();
            for (Property list : PlanStructure.of(element.kind()).elementProperties()) {
                if (list.kind().filter(WORK::contains).isPresent()) {
                    work.add(list);
                    continue;
                }
                leadIn(element, list.name());
                boolean introduced = element.leadIn(list.name()).isPresent();
                List<? extends PlanElement> children = list.elementsOf(element);
                if (list.kind().equals(Optional.of(ElementKind.LIST))) {
                    children.forEach(child -> itemList((ItemList) child));
                } else {
                    items(children, child -> child(child, introduced));
                }
            }
            for (Property list : work) {
                leadIn(element, list.name());
                list.elementsOf(element).forEach(child -> work((Work) child, Math.min(level + 1, DEEPEST)));
            }
        }

        /** An outcome, commitment or milestone (or any other element) as the content of a list item. */
        private void child(PlanElement element, boolean introduced) {
            List<String[]> facts = new ArrayList<>();
            if (element instanceof Outcome outcome) {
                item(outcome, outcome.statement(), introduced);
                outcome.by().ifPresent(by -> facts.add(fact("By", by.toString())));
                if (outcome.longTerm()) {
                    facts.add(fact("Long-term", "yes"));
                }
            } else if (element instanceof Commitment commitment) {
                item(commitment, commitment.text(), introduced);
            } else if (element instanceof Milestone milestone) {
                item(milestone, milestone.title(), introduced);
                facts.add(fact("Due", milestone.due().toString()));
                milestone.forecast().ifPresent(date -> facts.add(fact("Forecast", date.toString())));
                milestone.achieved().ifPresent(date -> facts.add(fact("Achieved", date.toString())));
                milestone.status().ifPresent(status -> facts.add(fact("Status", progress(status))));
                if (milestone.longTerm()) {
                    facts.add(fact("Long-term", "yes"));
                }
            } else {
                out.append(element.label().map(label -> (RenderedWords.named(wording, element) || !introduced
                        ? "<span class=\"name\">" + e(wording.name(element)) + "</span>: " : "") + t(label))
                        .orElseGet(() -> e(wording.name(element))));
            }
            facts.addAll(details(element));
            facts(facts);
        }

        private void itemList(ItemList list) {
            out.append("<div").append(id(list)).append(">\n");
            out.append("<p>");
            item(list, list.title(), true);
            out.append("</p>\n");
            items(list.items(), (ListItem entry) -> {
                item(entry, entry.text(), true);
                facts(details(entry));
            });
            facts(details(list));
            out.append("</div>\n");
        }

        private void work(Work work, int level) {
            open("section", work);
            heading(level, title(work));
            work.description().ifPresent(description -> paragraph(t(description)));
            List<String[]> facts = new ArrayList<>();
            if (!work.owners().isEmpty()) {
                facts.add(fact("Owners", owners(work.owners())));
            }
            work.start().ifPresent(date -> facts.add(fact("Starts", date.toString())));
            work.end().ifPresent(date -> facts.add(fact("Ends", date.toString())));
            if (work.longTerm()) {
                facts.add(fact("Long-term", "yes"));
            }
            for (ProgressUpdate update : work.progress()) {
                facts.add(fact("Progress in " + update.period(), progress(update.status())
                        + update.commentary().map(commentary -> "; " + t(commentary)).orElse("")));
            }
            facts.addAll(details(work));
            facts(facts);
            contents(work, level);
            out.append("</section>\n");
        }

        private void measures() {
            if (plan.measures().isEmpty() && plan.leadIn("measures").isEmpty()) {
                return;
            }
            out.append("<section id=\"measures\">\n");
            heading(2, ours("Measures"));
            leadIn(plan, "measures");
            stateCounts();
            plan.measures().forEach(this::measure);
            out.append("</section>\n");
        }

        /** The table of how many measures are in each state, per period any measure is rated for. */
        private void stateCounts() {
            SortedMap<ReportingPeriod, Map<RagState, Integer>> counts = RagStates.countsByPeriod(plan.measures());
            if (counts.isEmpty()) {
                return;
            }
            out.append("<table>\n<caption>").append(ours("Measures by state, for each period rated"))
                    .append("</caption>\n<thead>\n<tr><th scope=\"col\">").append(ours("Period")).append("</th>");
            for (RagState state : RagState.values()) {
                out.append("<th scope=\"col\">").append(ours(RagStates.heading(state))).append("</th>");
            }
            out.append("</tr>\n</thead>\n<tbody>\n");
            counts.forEach((period, byState) -> {
                out.append("<tr><th scope=\"row\">").append(ours(period.toString())).append("</th>");
                byState.values().forEach(count -> out.append("<td>").append(count).append("</td>"));
                out.append("</tr>\n");
            });
            out.append("</tbody>\n</table>\n");
        }

        private void measure(Measure measure) {
            boolean anchored = open("section", measure);
            heading(3, title(measure));
            measure.description().ifPresent(description -> paragraph(t(description)));
            List<String[]> facts = new ArrayList<>();
            measure.unit().ifPresent(unit -> facts.add(fact("Unit", e(unit))));
            measure.direction().ifPresent(direction -> facts.add(fact("Direction", RenderedWords.words(direction))));
            measure.frequency().ifPresent(frequency -> facts.add(fact("Frequency", RenderedWords.words(frequency))));
            measure.rollUp().ifPresent(method -> facts.add(fact("Roll-up", RenderedWords.words(method)
                    + measure.ratioPer().map(per -> " per " + number(per)).orElse(""))));
            measure.baseline().ifPresent(baseline -> facts.add(fact("Baseline", when(baseline) + ": "
                    + actual(baseline))));
            measure.latestActual().flatMap(Observation::period).ifPresent(period ->
                    facts.add(fact("Latest rating", rating(measure.rating(period)) + " (" + period + ")")));
            measure.tolerance().ifPresent(tolerance -> facts.add(fact("Tolerance",
                    tolerance.percent().map(percent -> number(percent) + "% of the target")
                            .orElseGet(() -> number(tolerance.absolute().orElseThrow())))));
            measure.source().ifPresent(source -> facts.add(fact("Data source", t(source))));
            for (Assessment assessment : measure.assessments()) {
                Rating rating = measure.rating(assessment.period());
                if (rating.forecast().isPresent() || rating.forecastState().isPresent()) {
                    facts.add(fact("Year-end forecast at " + assessment.period(), rating.forecast()
                            .map(value -> number(value) + rating.forecastState().map(state -> ", " + state(state))
                                    .orElse(""))
                            .orElseGet(() -> state(rating.forecastState().orElseThrow()))));
                }
                rating.commentary().ifPresent(commentary -> facts.add(fact("Commentary for " + assessment.period(),
                        t(commentary))));
            }
            for (Target target : measure.targets()) {
                String which = target.period().map(period -> "Target for " + period).orElse("Target over the whole plan");
                for (TargetRevision revision : target.revisions()) {
                    facts.add(fact(which + " from " + revision.date(),
                            (revision.withdrawn() ? ours("withdrawn") : value(revision.value(), revision.text()))
                                    + " (" + decision(revision.decision()) + ")"
                                    + revision.reason().map(reason -> "; " + ours("reason") + ": " + t(reason)).orElse("")
                                    + (revision.afterPeriodClosed() ? "; " + ours("revised after the period closed") : "")));
                }
            }
            for (MetricReference metric : measure.metrics()) {
                facts.add(fact(metric.national() ? "National metric" : "Metric", e(metric.scheme()) + " " + e(metric.id())
                        + metric.title().map(title -> ", " + t(title)).orElse("")
                        + metric.uri().map(address -> ", " + uri(address.toString())).orElse("")
                        + metric.polarity().map(polarity -> " (" + RenderedWords.words(polarity) + ")").orElse("")));
            }
            if (!measure.owners().isEmpty()) {
                facts.add(fact("Owners", owners(measure.owners())));
            }
            if (measure.longTerm()) {
                facts.add(fact("Long-term", "yes"));
            }
            facts.addAll(details(measure));
            facts(facts);
            String anchor = anchors.get(measure.id());
            Optional<MeasureChart> chart = MeasureChart.of(measure);
            if (chart.isPresent() && anchored) {
                out.append("<figure>\n");
                chart.get().write(out, anchor + "-chart", "Bar chart of the actuals of " + wording.name(measure)
                        + " by period, with its targets as lines; the table below gives the same numbers.");
                out.append("\n<figcaption>").append(ours(chart.get().drawnPeriods() < chart.get().periodCount()
                        ? "Targets and actuals of the latest " + chart.get().drawnPeriods() + " of "
                                + chart.get().periodCount() + " periods."
                        : "Targets and actuals by period.")).append("</figcaption>\n</figure>\n");
            }
            observations(measure);
            out.append("</section>\n");
        }

        /**
         * The measure's targets and actuals as a table: a row per period (in period order), then
         * a row for the target over the whole plan and a row per actual as at a date.
         */
        private void observations(Measure measure) {
            if (measure.targets().isEmpty() && measure.actuals().isEmpty() && measure.assessments().isEmpty()) {
                return;
            }
            Map<String, String[]> rows = new LinkedHashMap<>();
            TreeSet<ReportingPeriod> periods = new TreeSet<>();
            measure.targets().forEach(target -> target.period().ifPresent(periods::add));
            measure.actuals().forEach(actual -> actual.period().ifPresent(periods::add));
            measure.assessments().forEach(assessment -> periods.add(assessment.period()));
            for (ReportingPeriod period : periods) {
                rows.put(period.toString(), new String[] {
                    measure.targetFor(period).map(target -> value(target.value(), target.text())).orElse(""),
                    measure.actualFor(period).map(this::actual).orElse(""),
                    rating(measure.rating(period))});
            }
            measure.targetOverPlan().ifPresent((Target target) -> rows.put("Whole plan",
                    new String[] {value(target.value(), target.text()), "", ""}));
            for (Observation actual : measure.actuals()) {
                actual.asAt().ifPresent(date -> rows.put("As at " + date,
                        new String[] {"", actual(actual), ""}));
            }
            out.append("<table>\n<caption>").append(ours("Targets and actuals of")).append(' ').append(e(wording.name(measure)))
                    .append("</caption>\n<thead>\n<tr><th scope=\"col\">").append(ours("When"))
                    .append("</th><th scope=\"col\">").append(ours("Target")).append("</th><th scope=\"col\">")
                    .append(ours("Actual")).append("</th><th scope=\"col\">").append(ours("Rating"))
                    .append("</th></tr>\n</thead>\n<tbody>\n");
            for (Map.Entry<String, String[]> row : rows.entrySet()) {
                out.append("<tr><th scope=\"row\">").append(ours(row.getKey())).append("</th>");
                for (String cell : row.getValue()) {
                    out.append("<td>").append(cell).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        /** A rating: red, amber or green as a word on its colour, or "not rated" and why. */
        private String rating(Rating rating) {
            String computed = rating.status().isPresent() ? rag(rating.status().get())
                    : ours("not rated: " + RenderedWords.reason(rating.reason().orElseThrow()));
            if (rating.override().isEmpty()) {
                return computed;
            }
            return state(rating.override().get()) + " (" + ours("set by hand") + ": "
                    + t(rating.overrideReason().orElseThrow()) + "; " + ours("computed") + ": " + computed + ")";
        }

        /** A state: red, amber or green as {@link #rag} shows them, another in words. */
        private String state(RagState state) {
            return state.status().map(this::rag).orElseGet(() -> ours(state.words()));
        }

        private String rag(RagStatus status) {
            String word = RenderedWords.words(status);
            return "<span class=\"rag rag-" + word + "\">" + ours(word.substring(0, 1).toUpperCase(Locale.ROOT)
                    + word.substring(1)) + "</span>";
        }

        /** A progress status in words; red, amber and green as {@link #rag} shows them. */
        private String progress(ProgressStatus status) {
            switch (status) {
                case RED:
                    return rag(RagStatus.RED);
                case AMBER:
                    return rag(RagStatus.AMBER);
                case GREEN:
                    return rag(RagStatus.GREEN);
                default:
                    return ours(RenderedWords.words(status));
            }
        }

        private void owner(Owner owner) {
            item(owner, owner.name(), true);
            List<String[]> facts = new ArrayList<>();
            owner.type().ifPresent(type -> facts.add(fact("Type", RenderedWords.words(type))));
            owner.holder().ifPresent(holder -> facts.add(fact("Held by", e(holder))));
            if (!owner.accountableTo().isEmpty()) {
                facts.add(fact("Accountable to", owners(owner.accountableTo())));
            }
            facts.addAll(details(owner));
            facts(facts);
        }

        private void partner(Partner partner) {
            item(partner, partner.name(), true);
            partner.description().ifPresent(description -> paragraph(t(description)));
            facts(details(partner));
        }

        /**
         * The structure Mermaid draws, as a nested list of links to the elements' sections, then
         * the plan's links.
         */
        private void structure() {
            out.append("<section id=\"structure\">\n");
            heading(2, ours("Structure"));
            Set<ElementKind> kinds = MermaidDiagram.standard().kinds();
            Map<ElementId, List<PlanElement>> drawnChildren = new HashMap<>();
            for (PlanElement element : plan.elements()) {
                if (element.kind() != ElementKind.PLAN && kinds.contains(element.kind())) {
                    Optional<PlanElement> container = index.parent(element.id());
                    while (container.isPresent() && container.get().kind() != ElementKind.PLAN
                            && !kinds.contains(container.get().kind())) {
                        container = index.parent(container.get().id());
                    }
                    container.ifPresent(holder -> drawnChildren.computeIfAbsent(holder.id(), id -> new ArrayList<>())
                            .add(element));
                }
            }
            out.append("<ul>\n<li>").append(t(plan.title()));
            tree(plan.id(), drawnChildren, new HashSet<>());
            out.append("</li>\n</ul>\n");
            List<Link> links = plan.links().stream().filter(link -> link.toPlan().isEmpty()).toList();
            if (!links.isEmpty()) {
                heading(3, ours("Links"));
                out.append("<ul>\n");
                for (Link link : links) {
                    out.append("<li>").append(reference(link.from())).append(' ').append(ours(RenderedWords.words(link.kind())))
                            .append(' ').append(reference(link.to()));
                    link.note().ifPresent(note -> out.append(": ").append(t(note)));
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }

        private void tree(ElementId id, Map<ElementId, List<PlanElement>> children, Set<ElementId> seen) {
            List<PlanElement> below = children.getOrDefault(id, List.of());
            if (below.isEmpty() || !seen.add(id)) {
                return;
            }
            out.append("\n<ul>\n");
            for (PlanElement child : below) {
                out.append("<li>").append(reference(child.id()));
                tree(child.id(), children, seen);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }

        /** An element of this plan by its title, linked to its section; an unknown id as text. */
        private String reference(ElementId id) {
            Optional<PlanElement> element = index.find(id);
            if (element.isEmpty()) {
                return e(id.toString());
            }
            String anchor = anchors.get(id);
            return written.contains(anchor) ? "<a href=\"#" + anchor + "\">" + title(element.get()) + "</a>"
                    : title(element.get());
        }

        /** An element's other names, provenance and references to other systems, as facts. */
        private List<String[]> details(PlanElement element) {
            List<String[]> facts = new ArrayList<>();
            for (AlternativeName name : element.otherNames()) {
                facts.add(fact("Also known as", t(name.name()) + name.note().map(note -> " (" + t(note) + ")")
                        .orElse("")));
            }
            element.provenance().ifPresent(provenance -> facts.add(fact("Source", provenance(provenance))));
            for (ExternalReference reference : element.references()) {
                List<String> parts = new ArrayList<>();
                parts.add(e(reference.system()) + reference.key().map(key -> " " + e(key)).orElse(""));
                reference.title().ifPresent(title -> parts.add(t(title)));
                reference.uri().ifPresent(uri -> parts.add(uri(uri.toString())));
                facts.add(fact("Reference", String.join(", ", parts)));
            }
            return facts;
        }

        private String provenance(Provenance provenance) {
            List<String> parts = new ArrayList<>();
            provenance.document().ifPresent(document -> parts.add(t(document)));
            provenance.page().ifPresent(page -> parts.add(ours("page") + " " + e(page)));
            provenance.uri().ifPresent(uri -> parts.add(uri(uri.toString())));
            return String.join(", ", parts) + provenance.quote().map(quote -> "; " + ours("wording") + ": " + t(quote))
                    .orElse("");
        }

        /** A web address as text, not a link: the page loads nothing and links nowhere outside itself. */
        private static String uri(String uri) {
            return "<span class=\"uri\">" + e(uri) + "</span>";
        }

        /** A list item's content: the element's name where it is named, then its text. */
        private void item(PlanElement element, Text text, boolean introduced) {
            if (RenderedWords.named(wording, element) || !introduced) {
                out.append("<span class=\"name\">").append(e(wording.name(element))).append("</span>: ");
            }
            out.append(t(text));
        }


        /** A list of elements, each item with the element's id, its content written by {@code content}. */
        private <E extends PlanElement> void items(List<E> elements, java.util.function.Consumer<E> content) {
            if (elements.isEmpty()) {
                return;
            }
            out.append("<ul>\n");
            for (E element : elements) {
                out.append("<li").append(id(element)).append('>');
                content.accept(element);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }

        private void list(String tag, List<Text> texts) {
            if (texts.isEmpty()) {
                return;
            }
            out.append('<').append(tag).append(">\n");
            texts.forEach(text -> out.append("<li>").append(t(text)).append("</li>\n"));
            out.append("</").append(tag).append(">\n");
        }

        private void leadIn(PlanElement element, String list) {
            element.leadIn(list).ifPresent(leadIn -> paragraph(t(leadIn)));
        }

        /** Opens an element for a plan element; tells whether it carries the plan element's anchor. */
        private boolean open(String tag, PlanElement element) {
            String id = id(element);
            out.append('<').append(tag).append(id).append(">\n");
            return !id.isEmpty();
        }

        /** The element's {@code id} attribute, the first time it is written; nothing after. */
        private String id(PlanElement element) {
            String anchor = anchors.get(element.id());
            return written.add(anchor) ? " id=\"" + anchor + "\"" : "";
        }

        private void heading(int level, String html) {
            out.append("<h").append(level).append('>').append(html).append("</h").append(level).append(">\n");
        }

        private void paragraph(String html) {
            out.append("<p>").append(html).append("</p>\n");
        }

        private String[] fact(String name, String html) {
            return new String[] {name, html};
        }

        private void facts(List<String[]> facts) {
            if (facts.isEmpty()) {
                return;
            }
            out.append("<dl class=\"facts\">\n");
            for (String[] fact : facts) {
                out.append("<div><dt>").append(ours(fact[0])).append("</dt><dd>").append(fact[1]).append("</dd></div>\n");
            }
            out.append("</dl>\n");
        }


        private String owners(List<ElementId> owners) {
            return RenderedWords.owners(wording, owners, this::t, Page::e);
        }

        private static String when(Observation observation) {
            return observation.period().map(ReportingPeriod::toString)
                    .orElseGet(() -> "as at " + observation.asAt().orElseThrow());
        }

        /** An actual's or baseline's value, with the numerator and denominator of a ratio where it gives them. */
        private String actual(Observation actual) {
            String value = value(actual.value(), actual.text());
            return actual.numerator().map(numerator -> (value.isEmpty() ? "" : value + " ") + "("
                    + number(numerator) + " of " + number(actual.denominator().orElseThrow()) + ")").orElse(value);
        }

        /** A value as a number, words, or both. */
        private String value(Optional<BigDecimal> value, Optional<Text> words) {
            List<String> parts = new ArrayList<>();
            value.ifPresent(number -> parts.add(number(number)));
            words.ifPresent(text -> parts.add(t(text)));
            return String.join(" \u2014 ", parts);
        }

        private static String number(BigDecimal value) {
            return value.toPlainString();
        }

        /** An element's level name and number and its text, escaped. */
        private String title(PlanElement element) {
            return e(wording.title(element));
        }

        /** This rendering's own words (English), marked as English on a page in another language. */
        private String ours(String words) {
            return english ? e(words) : "<span lang=\"en\">" + e(words) + "</span>";
        }

        private String t(Text text) {
            return e(wording.of(text));
        }

        private static String e(String text) {
            return HtmlText.escape(text);
        }

    }
}
