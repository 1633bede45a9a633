package io.github.councilplan.render;

import io.github.councilplan.model.RagState;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.QuarterReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The renderings of a {@link QuarterReport}, a committee's performance report for a period:
 * {@link #MARKDOWN}, {@link #CSV} and {@link #HTML}. Each shows the same {@linkplain #COLUMNS
 * columns} for each measure line, in the words of a {@link Wording} of the report's plan, escaped
 * for its format, and is deterministic: equal reports and wordings give equal output.
 */
public enum QuarterReportFormat {
    /**
     * Markdown: a heading per group (theme, then "Not linked to a theme"), a table of how many
     * measures are in each state, and a table of the measure lines; lines end with {@code \n}.
     */
    MARKDOWN {
        @Override
        public void write(QuarterReport report, Wording wording, Appendable out) throws IOException {
            QuarterReportWriters.markdown(rows(report, wording), out);
        }
    },
    /**
     * CSV (RFC 4180, records ended by CRLF): a header row, then a row per theme and measure line
     * with the theme in the first column; text a spreadsheet would take for a formula starts with an
     * apostrophe, as in {@link MatrixCsv}.
     */
    CSV {
        @Override
        public void write(QuarterReport report, Wording wording, Appendable out) throws IOException {
            QuarterReportWriters.csv(rows(report, wording), out);
        }
    },
    /**
     * One self-contained, accessible web page (the style of {@link HtmlReport}): a section per group
     * with its distribution and its measure lines as tables with captions and header cells; it
     * loads nothing and runs no script.
     */
    HTML {
        @Override
        public void write(QuarterReport report, Wording wording, Appendable out) throws IOException {
            QuarterReportWriters.html(rows(report, wording), wording, out);
        }
    };

    /**
     * The columns of every rendering, in order: the CSV's header row; Markdown and HTML show the
     * theme as the group's heading and the rest as table columns.
     */
    public static final List<String> COLUMNS = List.of("Theme", "Measure", "Unit", "Actual", "Target in force",
            "Adopted target", "State", "Overridden", "Override reason", "Forecast", "Forecast state", "Trend",
            "Commentary");

    /** The name of the last group, of the measures linked to no theme. */
    public static final String UNLINKED = "Not linked to a theme";

    /**
     * Writes a report in the words of a wording.
     *
     * @param report the report, not null
     * @param wording a wording of the report's plan, which gives the language; not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the wording is of another plan's index
     */
    public abstract void write(QuarterReport report, Wording wording, Appendable out) throws IOException;

    /**
     * Returns what {@link #write(QuarterReport, Wording, Appendable)} writes in the plan's first
     * language.
     *
     * @param report the report, not null
     * @return the text, not null
     * @throws NullPointerException if {@code report} is null
     */
    public String render(QuarterReport report) {
        return render(report, Wording.of(Objects.requireNonNull(report, "report").index()));
    }

    /**
     * Returns what {@link #write(QuarterReport, Wording, Appendable)} writes.
     *
     * @param report the report, not null
     * @param wording a wording of the report's plan, not null
     * @return the text, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the wording is of another plan's index
     */
    public String render(QuarterReport report, Wording wording) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, wording, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** The report as plain text cells, before any format's escaping. */
    static QuarterReportWriters.Report rows(QuarterReport report, Wording wording) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(wording, "wording");
        if (wording.index() != report.index()) {
            throw new IllegalArgumentException("wording: of another plan index than the report's");
        }
        QuarterReportWriters.Report rows = new QuarterReportWriters.Report(wording.line(report.index().plan().title()),
                report.period().toString(), report.reportingDate().toString(), report.totals());
        for (QuarterReport.Group group : report.groups()) {
            QuarterReportWriters.Group cells = new QuarterReportWriters.Group(
                    group.theme().map(wording::title).orElse(UNLINKED), group.theme().isEmpty(), group.distribution());
            for (QuarterReport.Line line : group.lines()) {
                cells.lines.add(new QuarterReportWriters.Cells(line.state(), new String[] {
                    cells.title,
                    wording.line(line.measure().name()),
                    line.measure().unit().map(OneLine::of).orElse(""),
                    line.actual().map(actual -> value(wording, actual.value(), actual.text())).orElse(""),
                    line.target().map(target -> value(wording, target.value(), target.text()))
                            .orElse(line.measure().targetFor(report.period()).isPresent() ? "withdrawn" : ""),
                    line.adopted().map(target -> value(wording, target.value(), target.text())).orElse(""),
                    line.state().words(),
                    line.overridden() ? "yes" : "no",
                    text(wording, line.overrideReason()),
                    line.forecast().map(BigDecimal::toPlainString).orElse(""),
                    line.forecastState().map(RagState::words).orElse(""),
                    line.trend().words(),
                    text(wording, line.commentary())}));
            }
            rows.groups.add(cells);
        }
        return rows;
    }

    private static String value(Wording wording, Optional<BigDecimal> number, Optional<Text> words) {
        return number.map(BigDecimal::toPlainString).orElseGet(() -> text(wording, words));
    }

    private static String text(Wording wording, Optional<Text> text) {
        return text.map(wording::line).orElse("");
    }
}
