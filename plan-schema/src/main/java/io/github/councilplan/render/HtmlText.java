package io.github.councilplan.render;

/**
 * Makes plan text safe to place in HTML (and in XHTML: the report parses as both), as an
 * element's text or inside a double- or single-quoted attribute value: whatever the text holds, it
 * reads as the same words and can neither open nor close a tag, an attribute, a comment, a script
 * or a style sheet, nor reorder the text around it.
 *
 * <p>The text is first put on {@linkplain OneLine one line}, which turns line breaks (U+2028 and
 * U+2029 among them) into spaces and drops control characters, bidirectional embeddings,
 * overrides and isolates (U+202A to U+202E, U+2066 to U+2069) and other invisible formatting
 * characters, and turns unpaired surrogates into U+FFFD. Then {@code & < > " '} are written as
 * {@code &amp; &lt; &gt; &quot; &#39;}, and Unicode noncharacters (U+FDD0 to U+FDEF and the last
 * two code points of every plane), which neither HTML nor XML allows, become U+FFFD. The result
 * holds no {@code < > " '} at all, and an {@code &} only at the start of one of those five
 * references.
 */
final class HtmlText {
    private HtmlText() {}

    /** Returns {@code text} on one line, escaped for HTML text and attribute values. */
    static String escape(String text) {
        String line = OneLine.of(text);
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(nonCharacter(c) ? 0xFFFD : c);
            }
        }
        return escaped.toString();
    }

    private static boolean nonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
