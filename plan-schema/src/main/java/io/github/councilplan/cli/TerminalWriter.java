package io.github.councilplan.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The {@code plan} command's output and error streams, which apply the command line's one
 * escaping rule to everything written through them, so that no string from outside (a plan
 * document's text, a file name, a library's message, the option parser's echo of an argument)
 * can act on a terminal or forge a line of a report, whichever path writes it.
 *
 * <p><b>The rule</b> ({@link #escape(CharSequence)}): control characters (U+0000 to U+001F, among
 * them the line feed, return, tab and escape, U+007F, and the C1 controls U+0080 to U+009F such as
 * U+009B and U+0085), the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E,
 * U+2066 to U+2069), the line and paragraph separators U+2028 and U+2029, and unpaired surrogates
 * are written as a backslash, {@code u} and four hexadecimal digits, such as
 * <code>&#92;u001b</code>. A line ends only where the command ends it: with {@link #println()}
 * (and the {@code println} methods), or at the line breaks of a multi-line text the command made
 * itself, written with {@link #printLines(String)}.
 *
 * <p>JSON output stays exact: the JSON writer has already escaped every control character, and
 * the escape this rule writes for the characters it leaves (such as U+0085 or U+2028) is JSON's
 * own, inside a string, for the same character. Markdown and Mermaid output keep their own
 * escaping; CSV written to a file keeps its data, and on standard output only its line breaks.
 *
 * <p>Thread-safe as {@link PrintWriter} is.
 */
final class TerminalWriter extends PrintWriter {
    private TerminalWriter(Writer out) {
        super(out, true);
    }

    /** Returns {@code out} if it is a terminal writer, or one writing to it. */
    static TerminalWriter of(PrintWriter out) {
        return out instanceof TerminalWriter ? (TerminalWriter) out : new TerminalWriter(out);
    }

    /**
     * Returns {@code text} with every character the rule names written as an escape; the text
     * itself when it has none.
     */
    static String escape(CharSequence text) {
        int first = 0;
        while (first < text.length() && !escaped(text, first)) {
            first++;
        }
        if (first == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Tells whether the character at {@code i} is one the rule escapes. */
    private static boolean escaped(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /**
     * Writes a text of several lines that the command made itself (help, a rendering): its line
     * breaks, {@code \n} or {@code \r\n}, are written as they are, and everything between them by
     * the rule. The text's last line is ended only if the text ends with a line break.
     */
    void printLines(String text) {
        printLines(text, false);
    }

    /**
     * Writes CSV (RFC 4180) as {@link #printLines(String)} writes text, except that a line break
     * inside a quoted field is data, and written by the rule as an escape: only the line breaks
     * between records end a line.
     */
    void printCsv(String text) {
        printLines(text, true);
    }

    private void printLines(String text, boolean csv) {
        synchronized (lock) {
            boolean quoted = false;
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (csv && c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    int end = i > from && text.charAt(i - 1) == '\r' ? i - 1 : i;
                    write(text, from, end - from);
                    super.write(text, end, i + 1 - end);
                    from = i + 1;
                }
            }
            write(text, from, text.length() - from);
            flush();
        }
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        String escaped = escape(text.substring(offset, offset + length));
        super.write(escaped, 0, escaped.length());
    }
}
