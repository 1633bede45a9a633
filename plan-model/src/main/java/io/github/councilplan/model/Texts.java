package io.github.councilplan.model;

/** Formatting of bad values inside exception messages, kept short and printable. */
final class Texts {
    private static final int MAX_SHOWN = 60;

    private Texts() {}

    /**
     * Returns {@code value} with control characters escaped and shortened to at most
     * {@value #MAX_SHOWN} characters, for quoting in a message.
     */
    static String abbreviate(CharSequence value) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length() && shown.length() < MAX_SHOWN; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (shown.length() >= MAX_SHOWN && value.length() > MAX_SHOWN) {
            shown.setLength(MAX_SHOWN - 3);
            shown.append("...");
        }
        return shown.toString();
    }
}
