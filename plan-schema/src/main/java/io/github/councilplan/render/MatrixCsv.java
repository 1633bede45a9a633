package io.github.councilplan.render;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a plan's {@link TraceabilityMatrix} as CSV (RFC 4180), for spreadsheets.
 *
 * <p>The first row is the header: {@code number}, {@code id}, {@code title}, then one column per
 * outcome of the plan (at every level), headed by the outcome's number, or by its id when it has
 * no number or shares its number with another outcome. Then one row per piece of leaf work (the
 * plan's deliverables, or its priorities and objectives with no work below them), in document
 * order: its number (empty if it has none), its id, its title, and in each outcome's column
 * {@code link} if it serves the outcome by explicit links, {@code containment} if it serves it by
 * containment only, or nothing. Titles are in the plan's first language (see {@link Wording}).
 *
 * <p>Fields are separated by commas and records end with CRLF, the last one included. A field
 * is enclosed in double quotes when it holds a comma, a double quote (doubled inside), a line
 * break or leading or trailing whitespace; any other character, non-ASCII ones included, is
 * written as it is.
 *
 * <p><b>Formula injection.</b> Spreadsheets evaluate a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and some a tab or carriage return) as a formula, even when the CSV field
 * is quoted, so quoting alone does not protect people who open the file. A field that starts with
 * one of those characters, or with an apostrophe, is written with an apostrophe in front:
 * spreadsheets show such a cell as text and do not evaluate it. Taking off one leading apostrophe
 * from any field that starts with one gives the plan's text back exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class MatrixCsv implements PlanRenderer {
    private static final MatrixCsv STANDARD = new MatrixCsv();

    /** The cell of work that serves an outcome by explicit links. */
    public static final String LINK = "link";
    /** The cell of work that serves an outcome by containment only. */
    public static final String CONTAINMENT = "containment";

    private MatrixCsv() {}

    /**
     * Returns the CSV writer.
     *
     * @return the writer, not null
     */
    public static MatrixCsv standard() {
        return STANDARD;
    }

    /**
     * Writes the traceability matrix of a plan as CSV.
     *
     * @param wording the wording of the plan, which gives its index and language; not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void write(Wording wording, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        TraceabilityMatrix matrix = TraceabilityMatrix.of(wording.index());
        List<Outcome> outcomes = matrix.outcomes();
        CsvRecords rows = new CsvRecords(out);
        String[] header = new String[3 + outcomes.size()];
        header[0] = "number";
        header[1] = "id";
        header[2] = "title";
        Map<DisplayNumber, Integer> numbers = new HashMap<>();
        outcomes.forEach(outcome -> outcome.number().ifPresent(number -> numbers.merge(number, 1, Integer::sum)));
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            header[3 + i] = cell(outcome.number()
                    .filter(number -> numbers.get(number) == 1)
                    .map(DisplayNumber::toString)
                    .orElseGet(() -> outcome.id().toString()));
        }
        rows.write(header);
        for (Work work : matrix.work()) {
            String[] row = new String[3 + outcomes.size()];
            row[0] = cell(work.number().map(DisplayNumber::toString).orElse(""));
            row[1] = cell(work.id().toString());
            row[2] = cell(wording.of(work.title()));
            for (int i = 0; i < outcomes.size(); i++) {
                row[3 + i] = matrix.basis(work.id(), outcomes.get(i).id()).map(MatrixCsv::basisCell).orElse("");
            }
            rows.write(row);
        }
    }

    private static String basisCell(Basis basis) {
        return basis == Basis.LINK ? LINK : CONTAINMENT;
    }

    /** Puts an apostrophe in front of text a spreadsheet would take for a formula, or that starts with one. */
    static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        switch (text.charAt(0)) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
            case '\'':
                return "'" + text;
            default:
                return text;
        }
    }

    /**
     * Returns the text of a field as the plan gives it: the field with one leading apostrophe
     * taken off, if it starts with one.
     *
     * @param field a field as this class writes it, not null
     * @return the text, not null
     * @throws NullPointerException if {@code field} is null
     */
    public static String text(String field) {
        return field.startsWith("'") ? field.substring(1) : field;
    }
}
