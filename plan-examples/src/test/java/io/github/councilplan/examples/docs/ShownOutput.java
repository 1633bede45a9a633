package io.github.councilplan.examples.docs;

import java.util.List;

/**
 * Whether a command's output is what the documentation shows for it. Lines are compared without
 * their trailing white space. A shown line that is {@code …} alone (indented or not) stands for
 * any number of lines, none included; a shown line that ends in {@code …} stands for one line that
 * starts with what comes before the {@code …}; every other line stands for itself.
 */
final class ShownOutput {
    /** The mark of elided output. */
    static final String ELLIPSIS = "\u2026";

    private ShownOutput() {}

    /**
     * Tells whether the printed lines are the shown ones.
     *
     * @param shown the lines the documentation shows
     * @param printed the lines the command printed
     * @return true if they match
     */
    static boolean matches(List<String> shown, List<String> printed) {
        // matches[i][j]: shown lines from i on match printed lines from j on
        boolean[][] matches = new boolean[shown.size() + 1][printed.size() + 1];
        matches[shown.size()][printed.size()] = true;
        for (int i = shown.size() - 1; i >= 0; i--) {
            String expected = shown.get(i).stripTrailing();
            boolean anyLines = expected.strip().equals(ELLIPSIS);
            for (int j = printed.size(); j >= 0; j--) {
                if (anyLines) {
                    matches[i][j] = matches[i + 1][j] || (j < printed.size() && matches[i][j + 1]);
                } else {
                    matches[i][j] = j < printed.size() && line(expected, printed.get(j).stripTrailing()) && matches[i + 1][j + 1];
                }
            }
        }
        return matches[0][0];
    }

    private static boolean line(String expected, String actual) {
        return expected.endsWith(ELLIPSIS)
                ? actual.startsWith(expected.substring(0, expected.length() - ELLIPSIS.length()))
                : actual.equals(expected);
    }
}
