package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class DisplayNumberTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<String> numberTexts() {
        return ValueArbitraries.displayNumberTexts();
    }

    @Provide
    Arbitrary<DisplayNumber> numbers() {
        return ValueArbitraries.displayNumbers();
    }

    @Provide
    Arbitrary<DisplayNumber> dottedNumbers() {
        return ValueArbitraries.displayNumbers().filter(n -> n.depth() > 1);
    }

    @Provide
    Arbitrary<DisplayNumber> singleSegmentNumbers() {
        return ValueArbitraries.displaySegments().map(DisplayNumber::of);
    }

    @Provide
    Arbitrary<String> segments() {
        return ValueArbitraries.displaySegments();
    }

    @Provide
    Arbitrary<Character> forbiddenCharacters() {
        return Arbitraries.chars().all().filter(c -> ValueArbitraries.ALPHANUMERIC.indexOf(c) < 0 && c != '.');
    }

    @Provide
    Arbitrary<String> tooLongNumberTexts() {
        // 20 more segments make any number at least 41 characters long
        return ValueArbitraries.displayNumberTexts().map(s -> s + ".0".repeat(20));
    }

    // ---------------------------------------------------------------- examples

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.2.3", "B", "2.A", "01.1", "iv.b", "10.10.10"})
    void ofAcceptsSegmentsOfLettersAndDigitsSeparatedByDots(String text) {
        assertThat(DisplayNumber.of(text).toString()).isEqualTo(text);
    }

    @Test
    void ofAcceptsANumberOfExactlyTheMaximumLength() {
        String text = "1".repeat(DisplayNumber.MAX_LENGTH);

        assertThat(DisplayNumber.of(text).toString()).isEqualTo(text);
    }

    @Test
    void ofRejectsANumberLongerThanTheMaximum() {
        String text = "1.2".repeat(14); // 42 characters, well formed

        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: " + ShownValue.of(text))
                .hasMessageContaining("at most 40 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  "})
    void ofRejectsEmptyAndBlankText(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: '" + text + "' is not a valid display number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 .2", " 1", "1 ", "1. 2", "1 2"})
    void ofRejectsSpaces(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".1", ".", "..", ".1.2"})
    void ofRejectsALeadingDot(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1..2", "1.2..3", "A..B"})
    void ofRejectsTwoDotsTogether(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", "1.2.", "B."})
    void ofRejectsATrailingDot(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e9", "1.\u00e9", "\u0661", "\uff11", "\u2163", "1.\u0175"})
    void ofRejectsNonAsciiLettersAndDigits(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "1_2", "1/2", "1:2", "(a)", "1,2"})
    void ofRejectsPunctuationOtherThanDots(String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number: '" + text + "'");
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> DisplayNumber.of(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
    }

    @Test
    void parseAcceptsAnyCharSequence() {
        assertThat(DisplayNumber.parse(new StringBuilder("1.2"))).isEqualTo(DisplayNumber.of("1.2"));
    }

    @Test
    void segmentsAreTheDottedParts() {
        assertThat(DisplayNumber.of("1.2.3").segments()).containsExactly("1", "2", "3");
        assertThat(DisplayNumber.of("B").segments()).containsExactly("B");
    }

    @Test
    void segmentsCannotBeModified() {
        List<String> segments = DisplayNumber.of("1.2").segments();

        assertThatThrownBy(() -> segments.add("3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void depthCountsTheSegments() {
        assertThat(DisplayNumber.of("1.2.3").depth()).isEqualTo(3);
        assertThat(DisplayNumber.of("A").depth()).isEqualTo(1);
    }

    @Test
    void parentDropsTheLastSegment() {
        assertThat(DisplayNumber.of("1.2.3").parent()).contains(DisplayNumber.of("1.2"));
        assertThat(DisplayNumber.of("2.A").parent()).contains(DisplayNumber.of("2"));
    }

    @Test
    void aNumberOfOneSegmentHasNoParent() {
        assertThat(DisplayNumber.of("B").parent()).isEmpty();
    }

    @Test
    void childAppendsASegment() {
        assertThat(DisplayNumber.of("1.2").child("3")).isEqualTo(DisplayNumber.of("1.2.3"));
    }

    @Test
    void childRejectsASegmentWithADot() {
        assertThatThrownBy(() -> DisplayNumber.of("1").child("2.3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment: '2.3'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "\u00e9", "-"})
    void childRejectsASegmentThatIsNotLettersAndDigits(String segment) {
        assertThatThrownBy(() -> DisplayNumber.of("1").child(segment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1." + segment + "'");
    }

    @Test
    void childRejectsAResultLongerThanTheMaximum() {
        DisplayNumber parent = DisplayNumber.of("1".repeat(DisplayNumber.MAX_LENGTH - 1));

        assertThatThrownBy(() -> parent.child("2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: '111");
    }

    @Test
    void childRejectsNull() {
        assertThatThrownBy(() -> DisplayNumber.of("1").child(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("segment");
    }

    @Test
    void aDottedNumberIsNumberedWithinItsParent() {
        assertThat(DisplayNumber.of("1.2.3").isNumberedWithin(DisplayNumber.of("1.2"))).isTrue();
    }

    @Test
    void aDottedNumberIsNotNumberedWithinAnythingElse() {
        DisplayNumber number = DisplayNumber.of("1.2.3");

        assertThat(number.isNumberedWithin(DisplayNumber.of("1"))).isFalse();
        assertThat(number.isNumberedWithin(DisplayNumber.of("1.3"))).isFalse();
        assertThat(number.isNumberedWithin(DisplayNumber.of("1.2.3"))).isFalse();
        assertThat(number.isNumberedWithin(DisplayNumber.of("1.02"))).isFalse();
    }

    @Test
    void aNumberWhoseTextBeginsWithAnothersIsNotNumberedWithinIt() {
        assertThat(DisplayNumber.of("1.23").isNumberedWithin(DisplayNumber.of("1.2"))).isFalse();
        assertThat(DisplayNumber.of("12.3").isNumberedWithin(DisplayNumber.of("1"))).isFalse();
        assertThat(DisplayNumber.of("1.2.3").isNumberedWithin(DisplayNumber.of("1.2.3"))).isFalse();
        assertThat(DisplayNumber.of("1.2A.3").isNumberedWithin(DisplayNumber.of("1.2"))).isFalse();
    }

    @Test
    void aNumberOfOneSegmentIsNumberedWithinAnything() {
        assertThat(DisplayNumber.of("B").isNumberedWithin(DisplayNumber.of("1.2"))).isTrue();
        assertThat(DisplayNumber.of("3").isNumberedWithin(DisplayNumber.of("3"))).isTrue();
    }

    @Test
    void isNumberedWithinRejectsNull() {
        assertThatThrownBy(() -> DisplayNumber.of("1").isNumberedWithin(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parent");
    }

    @Test
    void numbersOrderNumericallySegmentBySegment() {
        assertThat(DisplayNumber.of("1.9")).isLessThan(DisplayNumber.of("1.10"));
        assertThat(DisplayNumber.of("1.10")).isLessThan(DisplayNumber.of("2"));
        assertThat(DisplayNumber.of("9")).isLessThan(DisplayNumber.of("10"));
    }

    @Test
    void aNumberSortsBeforeTheNumbersNestedInIt() {
        assertThat(DisplayNumber.of("1.2")).isLessThan(DisplayNumber.of("1.2.1"));
        assertThat(DisplayNumber.of("1.2.1")).isLessThan(DisplayNumber.of("1.3"));
    }

    @Test
    void isWrittenToJsonAsAString() {
        assertThat(JSON.writeValueAsString(DisplayNumber.of("1.2.3"))).isEqualTo("\"1.2.3\"");
    }

    // ---------------------------------------------------------------- properties

    /** The display number's syntax as a regular expression: the oracle that the hand-written check must agree with. */
    private static final Pattern SYNTAX = Pattern.compile("(?!.*\\.\\.)[A-Za-z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?", Pattern.DOTALL);

    @Provide
    Arbitrary<String> textsOfDotsAndCharacters() {
        Arbitrary<Character> character = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of('.')),
                Tuple.of(10, Arbitraries.of(ValueArbitraries.ALPHANUMERIC.chars().mapToObj(c -> (char) c).toList())),
                Tuple.of(1, Arbitraries.chars().all()));
        return character.list().ofMaxSize(12).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Property
    void aTextIsWellFormedExactlyWhenTheSyntaxMatchesIt(@ForAll("textsOfDotsAndCharacters") String text) {
        Statistics.label("well formed").collect(SYNTAX.matcher(text).matches());

        assertThat(DisplayNumber.isWellFormed(text)).isEqualTo(SYNTAX.matcher(text).matches());

        Statistics.label("well formed").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Property
    void ofThenToStringGivesTheTextBack(@ForAll("numberTexts") String text) {
        assertThat(DisplayNumber.of(text).toString()).isEqualTo(text);
    }

    @Property
    void parseOfToStringEqualsTheNumber(@ForAll("numbers") DisplayNumber number) {
        assertThat(DisplayNumber.parse(number.toString())).isEqualTo(number).hasSameHashCodeAs(number);
    }

    @Property
    void jsonRoundTripGivesAnEqualNumber(@ForAll("numbers") DisplayNumber number) {
        assertThat(JSON.readValue(JSON.writeValueAsString(number), DisplayNumber.class)).isEqualTo(number);
    }

    @Property
    void segmentsJoinedByDotsAreTheText(@ForAll("numbers") DisplayNumber number) {
        assertThat(String.join(".", number.segments())).isEqualTo(number.toString());
        assertThat(number.depth()).isEqualTo(number.segments().size());
    }

    @Property
    void theParentOfAChildIsTheNumberItWasMadeFrom(@ForAll("numbers") DisplayNumber number, @ForAll("segments") String segment) {
        Assume.that(number.toString().length() + 1 + segment.length() <= DisplayNumber.MAX_LENGTH);

        DisplayNumber child = number.child(segment);

        assertThat(child.parent()).contains(number);
        assertThat(child.depth()).isEqualTo(number.depth() + 1);
        assertThat(child.segments()).endsWith(segment).startsWith(number.segments().toArray(new String[0]));
    }

    @Property
    void aChildIsNumberedWithinTheNumberItWasMadeFrom(@ForAll("numbers") DisplayNumber number, @ForAll("segments") String segment) {
        Assume.that(number.toString().length() + 1 + segment.length() <= DisplayNumber.MAX_LENGTH);

        assertThat(number.child(segment).isNumberedWithin(number)).isTrue();
    }

    @Property
    void aChildSortsAfterTheNumberItWasMadeFrom(@ForAll("numbers") DisplayNumber number, @ForAll("segments") String segment) {
        Assume.that(number.toString().length() + 1 + segment.length() <= DisplayNumber.MAX_LENGTH);

        assertThat(number.child(segment)).isGreaterThan(number);
    }

    @Property
    void aDottedNumberIsTheChildOfItsParent(@ForAll("dottedNumbers") DisplayNumber number) {
        DisplayNumber parent = number.parent().orElseThrow();

        assertThat(parent.child(number.segments().get(number.depth() - 1))).isEqualTo(number);
    }

    @Property
    void aNumberHasAParentExactlyWhenItIsDotted(@ForAll("numbers") DisplayNumber number) {
        assertThat(number.parent().isPresent()).isEqualTo(number.depth() > 1);
    }

    @Property
    void aDottedNumberIsNumberedWithinOnlyItsParent(
            @ForAll("dottedNumbers") DisplayNumber number, @ForAll("numbers") DisplayNumber other) {
        assertThat(number.isNumberedWithin(other)).isEqualTo(number.parent().orElseThrow().equals(other));
    }

    @Property
    void aNumberOfOneSegmentIsNumberedWithinAnyNumber(
            @ForAll("singleSegmentNumbers") DisplayNumber number, @ForAll("numbers") DisplayNumber other) {
        assertThat(number.isNumberedWithin(other)).isTrue();
    }

    @Property
    void orderIsAntisymmetric(@ForAll("numbers") DisplayNumber a, @ForAll("numbers") DisplayNumber b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void orderIsTransitive(
            @ForAll("numbers") DisplayNumber a, @ForAll("numbers") DisplayNumber b, @ForAll("numbers") DisplayNumber c) {
        List<DisplayNumber> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(null);

        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(1));
        assertThat(sorted.get(1)).isLessThanOrEqualTo(sorted.get(2));
        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(2));
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("numbers") DisplayNumber a, @ForAll("numbers") DisplayNumber b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void orderComparesSegmentsInNaturalOrderThenDepth(@ForAll("numbers") DisplayNumber a, @ForAll("numbers") DisplayNumber b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(segmentwise(a.segments(), b.segments())));
    }

    @Property
    void ofRejectsAnyNumberWithALeadingDot(@ForAll("numberTexts") String text) {
        assertThatThrownBy(() -> DisplayNumber.of("." + text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: '." + text + "' is not a valid display number");
    }

    @Property
    void ofRejectsAnyNumberWithATrailingDot(@ForAll("numberTexts") String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text + "."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: '" + text + ".' is not a valid display number");
    }

    @Property
    void ofRejectsAnyNumberWithADoubledDot(@ForAll("dottedNumbers") DisplayNumber number) {
        String text = number.toString().replaceFirst("\\.", "..");

        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: '" + text + "' is not a valid display number");
    }

    @Property
    void ofRejectsTextWithACharacterOtherThanLettersDigitsAndDots(
            @ForAll("numberTexts") String text, @ForAll("forbiddenCharacters") char bad, @ForAll @IntRange(max = 40) int at) {
        int position = Math.min(at, text.length());
        String withBad = text.substring(0, position) + bad + text.substring(position);

        assertThatThrownBy(() -> DisplayNumber.of(withBad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: " + ShownValue.of(withBad) + " is not a valid display number");
    }

    @Property
    void ofRejectsTextLongerThanTheMaximum(@ForAll("tooLongNumberTexts") String text) {
        assertThatThrownBy(() -> DisplayNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number: " + ShownValue.of(text) + " is not a valid display number");
    }

    @Property
    void depthIsHowManySegmentsTheNumberHas(@ForAll("numbers") DisplayNumber number) {
        assertThat(number.depth()).isEqualTo(number.segments().size());
    }

    @Provide
    Arbitrary<Tuple.Tuple2<DisplayNumber, DisplayNumber>> numberAndContainer() {
        // the number's own parent; a number whose text begins with the parent's ("1.2" and "1.20");
        // or any number (often the number itself)
        return Combinators.combine(numbers(), numbers(), Arbitraries.integers().between(0, 2)).as((number, other, choice) -> {
            Optional<DisplayNumber> parent = number.parent();
            if (parent.isEmpty() || choice == 2) {
                return Tuple.of(number, other.depth() % 2 == 0 ? number : other);
            }
            String text = parent.get().toString();
            return Tuple.of(number, choice == 0 || text.length() == DisplayNumber.MAX_LENGTH ? parent.get()
                    : DisplayNumber.of(text + "0"));
        });
    }

    @Property
    void isNumberedWithinWhenTheNumberHasOneSegmentOrThatParent(
            @ForAll("numberAndContainer") Tuple.Tuple2<DisplayNumber, DisplayNumber> pair) {
        DisplayNumber number = pair.get1();
        DisplayNumber container = pair.get2();
        boolean expected = number.segments().size() == 1 || number.parent().equals(Optional.of(container));
        Statistics.label("numbered within").collect(expected);

        assertThat(number.isNumberedWithin(container)).isEqualTo(expected);

        Statistics.label("numbered within").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    /** The documented order, written independently: segment by segment, then the shorter first. */
    private static int segmentwise(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = NaturalOrderTest.reference(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
