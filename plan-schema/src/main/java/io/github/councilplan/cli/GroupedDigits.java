package io.github.councilplan.cli;

/**
 * A whole number as the command line writes counts: its digits in groups of three, separated by
 * commas ({@code 12,345}), whatever the machine's language: what
 * {@code String.format(Locale.ROOT, "%,d", n)} writes, without starting {@link java.util.Formatter}
 * (its format parser, the locale's number symbols and their providers), which cost a short run of
 * {@code plan validate} more than the rest of its last line. Stateless and thread-safe.
 */
final class GroupedDigits {
    private GroupedDigits() {}

    /** Returns {@code n} with its digits grouped: {@code "1,234,567"}, {@code "-1,000"}, {@code "12"}. */
    static String of(long n) {
        String digits = Long.toString(n);
        int first = n < 0 ? 1 : 0;
        int count = digits.length() - first;
        StringBuilder grouped = new StringBuilder(digits.length() + count / 3);
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i++) {
            if (i > first && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
