package io.github.councilplan.model.message;

/**
 * A value from outside (a document, an argument, a builder's caller) as a message shows it:
 * quoted, short, on one line and printable, whatever it holds. The one way this project's
 * messages quote a value: the model's exceptions, the validator's problems and the command
 * line's errors all use it. The characters it escapes include every one the command line's
 * terminal rule escapes (C0 and C1 controls, DEL, the bidirectional controls, the line and
 * paragraph separators, unpaired surrogates), so a message is safe to print as it is.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShownValue {
    /** The most characters of a value a message shows. */
    static final int MAX_SHOWN = 40;

    private ShownValue() {}

    /**
     * Returns {@code value} in single quotes, with control, format and line-separating characters
     * and unpaired surrogates written as escapes (a backslash, {@code u} and four hexadecimal
     * digits), shortened to {@value #MAX_SHOWN} characters (a surrogate pair kept whole) with
     * {@code ...} when longer.
     *
     * @param value the value, not null
     * @return the value as a message shows it, not null
     */
    public static String of(CharSequence value) {
        StringBuilder shown = new StringBuilder("'");
        int i = 0;
        for (; i < value.length() && shown.length() <= MAX_SHOWN; i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                shown.append(c).append(value.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || escaped(Character.getType(c))) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.append(i < value.length() ? "..." : "").append('\'').toString();
    }

    private static boolean escaped(int type) {
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
