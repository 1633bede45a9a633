package io.github.councilplan.render;

/**
 * Makes plan text safe to show as the label of a Mermaid node: one line, cut to a length, and
 * escaped so that it can neither end the quoted label nor be read as Mermaid, Markdown or HTML.
 *
 * <p>The text is put on {@linkplain OneLine one line}. Letters, digits, spaces and {@code . , ' - / ( ) ? !} are
 * written as they are; every other character is written as Mermaid's numeric entity code,
 * {@code #} and the decimal code point and {@code ;} ({@code #34;} for a double quote,
 * {@code #35;} for {@code #}, {@code #60;} for {@code <}), which Mermaid turns back into the
 * character when it draws the label. So a label holds no {@code "}, {@code #} other than in an
 * entity code, no {@code < > & * _ ` | [ ] { } : ;} other than the entity's own, and no line
 * break.
 */
final class MermaidLabel {
    private static final String ELLIPSIS = "\u2026";
    private static final String PLAIN_PUNCTUATION = ".,'-/()?!";

    private MermaidLabel() {}

    /**
     * Returns {@code text} on one line, without control or formatting characters, cut to at most
     * {@code max} code points (ellipsis included), at a space if there is one in its second half.
     */
    static String abbreviate(String text, int max) {
        String line = OneLine.of(text);
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        int space = line.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return line.substring(0, end).strip() + ELLIPSIS;
    }

    /** Returns one-line {@code text} with every character but letters, digits, spaces and plain punctuation as an entity code. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || PLAIN_PUNCTUATION.indexOf(c) >= 0) {
                escaped.appendCodePoint(c);
            } else {
                escaped.append('#').append(c).append(';');
            }
        });
        return escaped.toString();
    }

    /** Returns the label of {@code text}: abbreviated to {@code max} code points, then escaped. */
    static String of(String text, int max) {
        return escape(abbreviate(text, max));
    }
}
