package io.github.councilplan.render;

import io.github.councilplan.model.RagState;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the plain cells of a quarter report ({@link QuarterReportFormat#rows}) in each format. */
final class QuarterReportWriters {
    /** The columns of the measure tables: every column but the theme's. */
    private static final List<String> LINE_COLUMNS =
            QuarterReportFormat.COLUMNS.subList(1, QuarterReportFormat.COLUMNS.size());
    /** The columns holding numbers, right-aligned in Markdown and HTML and never formula-guarded. */
    private static final List<String> NUMBER_COLUMNS = List.of("Actual", "Target in force", "Adopted target", "Forecast");

    private QuarterReportWriters() {}

    /** A report's plain text: its title, period, date, totals and groups. */
    static final class Report {
        final String title;
        final String period;
        final String date;
        final Map<RagState, Integer> totals;
        final List<Group> groups = new ArrayList<>();

        Report(String title, String period, String date, Map<RagState, Integer> totals) {
            this.title = title;
            this.period = period;
            this.date = date;
            this.totals = totals;
        }
    }

    /** A group's title (our words for the measures linked to no theme), distribution and lines. */
    static final class Group {
        final String title;
        final boolean unlinked;
        final Map<RagState, Integer> distribution;
        final List<Cells> lines = new ArrayList<>();

        Group(String title, boolean unlinked, Map<RagState, Integer> distribution) {
            this.title = title;
            this.unlinked = unlinked;
            this.distribution = distribution;
        }
    }

    /** A line's state and its cells, one per column of {@link QuarterReportFormat#COLUMNS}. */
    static final class Cells {
        final RagState state;
        final String[] cells;

        Cells(RagState state, String[] cells) {
            this.state = state;
            this.cells = cells;
        }
    }

    static void markdown(Report report, Appendable out) throws IOException {
        out.append("# ").append(MarkdownText.escape(report.title)).append(": performance report for ")
                .append(report.period).append("\n\nAs at ").append(report.date)
                .append(", against the targets in force on that day.\n\n## All measures\n\n");
        markdownDistribution(report.totals, out);
        for (Group group : report.groups) {
            out.append("\n## ").append(MarkdownText.escape(group.title)).append("\n\n");
            markdownDistribution(group.distribution, out);
            if (group.lines.isEmpty()) {
                out.append("\nNo measures.\n");
                continue;
            }
            out.append("\n|");
            for (String column : LINE_COLUMNS) {
                out.append(' ').append(column).append(" |");
            }
            out.append("\n|");
            for (String column : LINE_COLUMNS) {
                out.append(NUMBER_COLUMNS.contains(column) ? "---:|" : "---|");
            }
            out.append('\n');
            for (Cells line : group.lines) {
                out.append('|');
                for (int i = 1; i < line.cells.length; i++) {
                    String cell = line.cells[i];
                    boolean plain = cell.isEmpty() || (NUMBER_COLUMNS.contains(QuarterReportFormat.COLUMNS.get(i))
                            && number(cell));
                    out.append(' ').append(plain ? cell : MarkdownText.escape(cell)).append(" |");
                }
                out.append('\n');
            }
        }
    }

    private static void markdownDistribution(Map<RagState, Integer> counts, Appendable out) throws IOException {
        out.append('|');
        for (RagState state : RagState.values()) {
            out.append(' ').append(RagStates.heading(state)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < RagState.values().length; i++) {
            out.append("---:|");
        }
        out.append("\n|");
        for (RagState state : RagState.values()) {
            out.append(' ').append(String.valueOf(counts.get(state))).append(" |");
        }
        out.append('\n');
    }

    static void csv(Report report, Appendable out) throws IOException {
        CsvRecords records = new CsvRecords(out);
        records.write(QuarterReportFormat.COLUMNS.toArray(new String[0]));
        for (Group group : report.groups) {
            for (Cells line : group.lines) {
                String[] fields = new String[line.cells.length];
                for (int i = 0; i < fields.length; i++) {
                    String cell = line.cells[i];
                    fields[i] = NUMBER_COLUMNS.contains(QuarterReportFormat.COLUMNS.get(i)) && number(cell) ? cell
                            : MatrixCsv.cell(cell);
                }
                records.write(fields);
            }
        }
    }

    /** Tells whether a cell is a plain decimal number, such as {@code -1.5}, which no spreadsheet takes for a formula. */
    private static boolean number(String cell) {
        if (cell.isEmpty() || cell.length() > 100) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(c == '-' && i == 0)) {
                return false;
            }
        }
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void html(Report report, Wording wording, Appendable out) throws IOException {
        String language = wording.language().orElse("en");
        boolean english = language.equals("en") || language.startsWith("en-");
        Html page = new Html(english);
        String title = HtmlText.escape(report.title) + ": " + page.ours("performance report for " + report.period);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(HtmlText.escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(HtmlText.escape(report.title)).append(": performance report for ")
                .append(report.period).append("</title>\n<style>\n").append(HtmlReport.CSS)
                .append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(page.ours("Skip to the report")).append("</a>\n")
                .append("<header>\n<h1>").append(title).append("</h1>\n<p>")
                .append(page.ours("As at " + report.date + ", against the targets in force on that day."))
                .append("</p>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<section>\n<h2>")
                .append(page.ours("All measures")).append("</h2>\n");
        page.distribution(out, report.totals, page.ours("Measures in each state"));
        out.append("</section>\n");
        for (Group group : report.groups) {
            String heading = group.unlinked ? page.ours(group.title) : HtmlText.escape(group.title);
            out.append("<section>\n<h2>").append(heading).append("</h2>\n");
            page.distribution(out, group.distribution, page.ours("Measures in each state:") + " " + heading);
            if (group.lines.isEmpty()) {
                out.append("<p>").append(page.ours("No measures.")).append("</p>\n</section>\n");
                continue;
            }
            out.append("<table>\n<caption>").append(page.ours("Measures:")).append(' ').append(heading)
                    .append("</caption>\n<thead>\n<tr>");
            for (String column : LINE_COLUMNS) {
                out.append("<th scope=\"col\">").append(page.ours(column)).append("</th>");
            }
            out.append("</tr>\n</thead>\n<tbody>\n");
            for (Cells line : group.lines) {
                out.append("<tr><th scope=\"row\">").append(HtmlText.escape(line.cells[1])).append("</th>");
                for (int i = 2; i < line.cells.length; i++) {
                    String column = QuarterReportFormat.COLUMNS.get(i);
                    out.append(NUMBER_COLUMNS.contains(column) ? "<td class=\"number\">" : "<td>");
                    if (column.equals("State")) {
                        out.append(page.state(line.state));
                    } else if (column.equals("Overridden") || column.equals("Forecast state")
                            || column.equals("Trend")) {
                        out.append(line.cells[i].isEmpty() ? "" : page.ours(line.cells[i]));
                    } else if (!line.cells[i].isEmpty()) {
                        out.append(HtmlText.escape(line.cells[i]));
                    }
                    out.append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    /** This rendering's own words, marked as English on a page in another language. */
    private static final class Html {
        private final boolean english;

        Html(boolean english) {
            this.english = english;
        }

        String ours(String words) {
            return english ? HtmlText.escape(words) : "<span lang=\"en\">" + HtmlText.escape(words) + "</span>";
        }

        String state(RagState state) {
            if (state.rated()) {
                String word = state.words();
                return "<span class=\"rag rag-" + word + "\">" + ours(RagStates.heading(state)) + "</span>";
            }
            return ours(state.words());
        }

        void distribution(Appendable out, Map<RagState, Integer> counts, String caption) throws IOException {
            out.append("<table>\n<caption>").append(caption).append("</caption>\n<thead>\n<tr>");
            for (RagState state : RagState.values()) {
                out.append("<th scope=\"col\">").append(ours(RagStates.heading(state))).append("</th>");
            }
            out.append("</tr>\n</thead>\n<tbody>\n<tr>");
            for (RagState state : RagState.values()) {
                out.append("<td class=\"number\">").append(String.valueOf(counts.get(state))).append("</td>");
            }
            out.append("</tr>\n</tbody>\n</table>\n");
        }
    }
}
