package io.github.councilplan.render;

import java.io.IOException;
import java.util.Objects;

/**
 * Writes records as CSV (RFC 4180) to an {@link Appendable}: fields separated by commas, each
 * record ended by CRLF. A field is enclosed in double quotes, its double quotes doubled, when it
 * holds a double quote, a comma, a carriage return or a line feed, or when it starts or ends with
 * whitespace (a character up to U+0020), which some readers would otherwise trim; any other field
 * is written as it is. Formula escaping is the caller's ({@link MatrixCsv}): quoting does not stop
 * a spreadsheet from evaluating a field.
 *
 * <p>Not thread-safe: one writer per output.
 */
final class CsvRecords {
    private final Appendable out;

    CsvRecords(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Writes one record: its fields as {@link #field(String)} writes them, then CRLF. */
    void write(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** Returns a field as a record holds it: quoted when it must be, otherwise as it is. */
    static String field(String text) {
        if (!needsQuotes(text)) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == ',' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
