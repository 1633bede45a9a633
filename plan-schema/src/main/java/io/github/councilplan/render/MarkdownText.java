package io.github.councilplan.render;

/**
 * Makes plan text safe to place in a line of Markdown (CommonMark with GitHub's tables,
 * strikethrough and maths): whatever the text holds, it reads as the same words and creates no
 * structure, neither a block (heading, list, quote, code block, thematic break, HTML) nor an
 * inline element (emphasis, code, link, image, autolink, HTML, entity, maths), nor a table cell.
 *
 * <p>The text is put on {@linkplain OneLine one line}. Then a backslash goes before every
 * {@code \ ` * _ [ ] < > & | ~ $ #}, before {@code - + =} at the start, and before the {@code .}
 * or {@code )} of a run of digits at the start that a space or the end follows ({@code 1984. }
 * would start a numbered list); CommonMark shows a backslash-escaped punctuation character as the
 * character itself.
 */
final class MarkdownText {
    private static final String ALWAYS = "\\`*_[]<>&|~$#";
    private static final String AT_START = "-+=";

    private MarkdownText() {}

    /** Returns {@code text} on one line, escaped. */
    static String escape(String text) {
        String line = OneLine.of(text);
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        boolean listNumber = digits > 0 && digits < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ');
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || (i == 0 && AT_START.indexOf(c) >= 0) || (listNumber && i == digits)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
