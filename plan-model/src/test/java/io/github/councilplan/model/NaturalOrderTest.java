package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.oneOf(ValueArbitraries.naturalOrderTexts(), Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return ValueArbitraries.digitRuns();
    }

    @Provide
    Arbitrary<String> prefixes() {
        // none ends in a digit, so the digit run that follows starts a run of its own
        return Arbitraries.oneOf(Arbitraries.of("", "p", "d-1.", "a0b"),
                ValueArbitraries.naturalOrderTexts().map(s -> s + "-"));
    }

    @Provide
    Arbitrary<String> suffixes() {
        // none starts with a digit, so the digit run before it ends where it starts
        return Arbitraries.of("", ".1", "b", "-07", ":x");
    }

    @Test
    void digitRunsCompareByValueNotByCharacter() {
        assertThat(NaturalOrder.compare("1.9", "1.10")).isNegative();
        assertThat(NaturalOrder.compare("d2", "d10")).isNegative();
        assertThat(NaturalOrder.compare("10", "9")).isPositive();
    }

    @Test
    void digitRunsLongerThanALongCompareByValue() {
        assertThat(NaturalOrder.compare("k99999999999999999999", "k100000000000000000000")).isNegative();
    }

    @Test
    void runsEqualButForLeadingZerosFallBackToStringOrder() {
        assertThat(NaturalOrder.compare("01", "1")).isNegative();
        assertThat(NaturalOrder.compare("1", "01")).isPositive();
        assertThat(NaturalOrder.compare("a0", "a00")).isNegative();
    }

    @Test
    void otherCharactersCompareAsCharacters() {
        assertThat(NaturalOrder.compare("Z", "a")).isNegative();
        assertThat(NaturalOrder.compare("a.b", "a-b")).isPositive();
        assertThat(NaturalOrder.compare("1", "a")).isNegative();
    }

    @Test
    void aPrefixSortsFirst() {
        assertThat(NaturalOrder.compare("a", "a1")).isNegative();
        assertThat(NaturalOrder.compare("p1.2", "p1")).isPositive();
    }

    @Property
    void agreesWithTheDocumentedRule(@ForAll("strings") String a, @ForAll("strings") String b) {
        assertThat(Integer.signum(NaturalOrder.compare(a, b))).isEqualTo(Integer.signum(reference(a, b)));
    }

    @Property
    void isAntisymmetric(@ForAll("strings") String a, @ForAll("strings") String b) {
        assertThat(Integer.signum(NaturalOrder.compare(a, b))).isEqualTo(-Integer.signum(NaturalOrder.compare(b, a)));
    }

    @Property
    void isTransitive(@ForAll("strings") String a, @ForAll("strings") String b, @ForAll("strings") String c) {
        List<String> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(NaturalOrder::compare);

        assertThat(NaturalOrder.compare(sorted.get(0), sorted.get(1))).isNotPositive();
        assertThat(NaturalOrder.compare(sorted.get(1), sorted.get(2))).isNotPositive();
        assertThat(NaturalOrder.compare(sorted.get(0), sorted.get(2))).isNotPositive();
    }

    @Property
    void comparesEqualExactlyWhenTheStringsAreEqual(@ForAll("strings") String a, @ForAll("strings") String b) {
        assertThat(NaturalOrder.compare(a, b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void comparesEqualToAnEqualString(@ForAll("strings") String a) {
        assertThat(NaturalOrder.compare(a, new String(a))).isZero();
    }

    @Property
    void ordersADigitRunByItsValue(
            @ForAll("prefixes") String prefix,
            @ForAll("digitRuns") String m,
            @ForAll("digitRuns") String n,
            @ForAll("suffixes") String suffix) {
        String a = prefix + m + suffix;
        String b = prefix + n + suffix;
        int byValue = new BigInteger(m).compareTo(new BigInteger(n));
        int expected = byValue != 0 ? byValue : a.compareTo(b);

        assertThat(Integer.signum(NaturalOrder.compare(a, b))).isEqualTo(Integer.signum(expected));
    }

    @Property
    void runsEqualButForLeadingZerosAreOrderedAsStrings(
            @ForAll("digitRuns") String run,
            @ForAll @IntRange(max = 3) int moreZeros,
            @ForAll @IntRange(min = 1, max = 3) int fewerZeros) {
        String a = "d" + "0".repeat(moreZeros + fewerZeros) + run;
        String b = "d" + "0".repeat(moreZeros) + run;

        assertThat(NaturalOrder.compare(a, b)).isNotZero();
        assertThat(Integer.signum(NaturalOrder.compare(a, b))).isEqualTo(Integer.signum(a.compareTo(b)));
    }

    /**
     * The rule the Javadoc states, written independently: split into digit runs and single
     * characters; compare runs by value and characters as characters (a digit run, which starts
     * with a digit, against a character as that digit would); a prefix first; ties by string order.
     */
    static int reference(String a, String b) {
        List<Object> ta = tokens(a);
        List<Object> tb = tokens(b);
        for (int i = 0; i < Math.min(ta.size(), tb.size()); i++) {
            Object x = ta.get(i);
            Object y = tb.get(i);
            int c;
            if (x instanceof BigInteger && y instanceof BigInteger) {
                c = ((BigInteger) x).compareTo((BigInteger) y);
            } else {
                c = Character.compare(firstChar(x), firstChar(y));
            }
            if (c != 0) {
                return c;
            }
        }
        if (ta.size() != tb.size()) {
            return Integer.compare(ta.size(), tb.size());
        }
        return a.compareTo(b);
    }

    private static char firstChar(Object token) {
        return token instanceof BigInteger ? '0' : (Character) token;
    }

    private static List<Object> tokens(String s) {
        List<Object> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                    end++;
                }
                tokens.add(new BigInteger(s.substring(i, end)));
                i = end;
            } else {
                tokens.add(c);
                i++;
            }
        }
        return tokens;
    }
}
