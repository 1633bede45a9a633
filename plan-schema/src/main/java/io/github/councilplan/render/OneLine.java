package io.github.councilplan.render;

/**
 * Puts plan text on one line for formats in which a line break or an invisible character would
 * change the structure: runs of whitespace (line breaks included) become one space, leading and
 * trailing whitespace goes, control characters and invisible formatting characters (other than
 * the zero-width joiner and non-joiner, which some scripts and emoji need) are dropped, and an
 * unpaired surrogate becomes U+FFFD. Text with nothing left to show becomes U+FFFD, so that it
 * is never shown as nothing.
 */
final class OneLine {
    private OneLine() {}

    /** Returns {@code text} on one line. */
    static String of(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!invisible(c)) {
                if (space && line.length() > 0) {
                    line.append(' ');
                }
                space = false;
                line.appendCodePoint(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c);
            }
        }
        return line.length() == 0 ? "\ufffd" : line.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || (type == Character.FORMAT && c != 0x200C && c != 0x200D);
    }
}
