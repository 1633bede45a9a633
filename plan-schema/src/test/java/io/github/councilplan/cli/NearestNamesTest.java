package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Suggestions for a name that names nothing, and the edit distance behind them. */
class NearestNamesTest {
    private static final List<String> NAMES = List.of("d-1.1.1", "1.1.1", "d-1.1.2", "1.1.2", "d-2.1.1", "2.1.1",
            "p-1.1", "1.1", "t-enabling", "o-1-10");

    @Example
    void namesWithinAFewEditsComeNearestFirstAndTiesInTheirOrder() {
        assertThat(NearestNames.of("d-1.1.9", NAMES, 5)).containsExactly("d-1.1.1", "d-1.1.2", "d-2.1.1");
    }

    @Example
    void namesThatContainTheQueryComeFirstIgnoringCase() {
        assertThat(NearestNames.of("ENABL", NAMES, 5)).containsExactly("t-enabling");
        assertThat(NearestNames.of("o-1-1", NAMES, 5)).startsWith("o-1-10");
    }

    @Example
    void aSwapOfAdjacentCharactersIsOneEdit() {
        assertThat(NearestNames.distance("d-1.1.2", "d-1.12.", 5)).isEqualTo(1);
        assertThat(NearestNames.of("t-enalbing", NAMES, 5)).containsExactly("t-enabling");
    }

    @Example
    void nothingNearSuggestsNothingAndTheLimitHolds() {
        assertThat(NearestNames.of("zzzzzzzzzzzzzzzzzzzz", NAMES, 5)).isEmpty();
        assertThat(NearestNames.of("1", NAMES, 2)).hasSize(2);
    }

    @Property(tries = 2000)
    void theBoundedDistanceIsTheOptimalStringAlignmentDistanceWhereItIsWithinTheBound(
            @ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b,
            @ForAll @IntRange(min = 0, max = 14) int bound) {
        String left = shrinkAlphabet(a);
        String right = shrinkAlphabet(b);
        int exact = reference(left, right);

        int bounded = NearestNames.distance(left, right, bound);

        if (exact <= bound) {
            assertThat(bounded).isEqualTo(exact);
        } else {
            assertThat(bounded).isGreaterThan(bound);
        }
    }

    /** Maps characters onto a four-letter alphabet, so that strings share characters often. */
    private static String shrinkAlphabet(String text) {
        StringBuilder shrunk = new StringBuilder();
        text.chars().forEach(c -> shrunk.append((char) ('a' + c % 4)));
        return shrunk.toString();
    }

    /** The optimal string alignment distance, by the textbook full matrix. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
