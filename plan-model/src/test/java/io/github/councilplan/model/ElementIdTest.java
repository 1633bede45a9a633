package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ElementIdTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<String> idTexts() {
        return ValueArbitraries.elementIdTexts();
    }

    @Provide
    Arbitrary<ElementId> ids() {
        return ValueArbitraries.elementIds();
    }

    @Provide
    Arbitrary<ElementId> naturalOrderIds() {
        return ValueArbitraries.naturalOrderIds();
    }

    @Provide
    Arbitrary<Character> forbiddenCharacters() {
        return Arbitraries.chars().all()
                .filter(c -> ValueArbitraries.ALPHANUMERIC.indexOf(c) < 0 && ValueArbitraries.ID_PUNCTUATION.indexOf(c) < 0);
    }

    @Provide
    Arbitrary<Character> idPunctuation() {
        return Arbitraries.chars().with(ValueArbitraries.ID_PUNCTUATION);
    }

    @Provide
    Arbitrary<String> tooLongIdTexts() {
        return Arbitraries.strings().withChars(ValueArbitraries.ALPHANUMERIC + ValueArbitraries.ID_PUNCTUATION)
                .ofMinLength(ElementId.MAX_LENGTH).ofMaxLength(3 * ElementId.MAX_LENGTH)
                .map(s -> "x" + s);
    }

    // ---------------------------------------------------------------- examples

    @ParameterizedTest
    @ValueSource(strings = {"enabling", "d-1.2.2", "KPI-017", "a_b:c", "7", "p1.10", "a.", "a..b", "x-", "0_"})
    void ofAcceptsALetterOrDigitFollowedByLettersDigitsAndPunctuation(String text) {
        assertThat(ElementId.of(text).value()).isEqualTo(text);
    }

    @Test
    void ofAcceptsAnIdOfExactlyTheMaximumLength() {
        String text = "k".repeat(ElementId.MAX_LENGTH);

        assertThat(ElementId.of(text).value()).hasSize(100).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   "})
    void ofRejectsEmptyAndBlankText(String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id: '" + text + "' is not a valid element id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", " a", "a ", "kpi 017"})
    void ofRejectsSpaces(String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".a", "-a", "_a", ":a", ".", "..1"})
    void ofRejectsAnIdNotStartingWithALetterOrDigit(String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00e9", "\u00e9", "\u0175yn", "\uff11", "\u0661", "stra\u00dfe", "\u0130d"})
    void ofRejectsNonAsciiLettersAndDigits(String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a#b", "a,b", "a+b", "a@b", "a'b", "a*b"})
    void ofRejectsOtherPunctuation(String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: '" + text + "'");
    }

    @Test
    void ofRejectsAnIdLongerThanTheMaximum() {
        String text = "k".repeat(ElementId.MAX_LENGTH + 1);

        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: '" + "k".repeat(40) + "...'")
                .hasMessageContaining("1 to 100 characters");
    }

    @Test
    void ofEscapesControlCharactersInTheMessage() {
        assertThatThrownBy(() -> ElementId.of("a\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: 'a\\u000ab'");
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> ElementId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> ElementId.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void parseAcceptsAnyCharSequence() {
        assertThat(ElementId.parse(new StringBuilder("KPI-017"))).isEqualTo(ElementId.of("KPI-017"));
    }

    @Test
    void idsAreCaseSensitive() {
        assertThat(ElementId.of("KPI-1")).isNotEqualTo(ElementId.of("kpi-1"));
        assertThat(ElementId.of("KPI-1").compareTo(ElementId.of("kpi-1"))).isNotZero();
    }

    @Test
    void digitRunsOrderByValue() {
        assertThat(ElementId.of("p1.9")).isLessThan(ElementId.of("p1.10"));
        assertThat(ElementId.of("d2")).isLessThan(ElementId.of("d10"));
        assertThat(ElementId.of("KPI-017")).isGreaterThan(ElementId.of("KPI-9"));
    }

    @Test
    void idsEqualButForLeadingZerosAreDifferentAndOrdered() {
        ElementId padded = ElementId.of("KPI-017");
        ElementId plain = ElementId.of("KPI-17");

        assertThat(padded).isNotEqualTo(plain);
        assertThat(padded).isLessThan(plain);
    }

    @Test
    void isWrittenToJsonAsAString() {
        assertThat(JSON.writeValueAsString(ElementId.of("d-1.2.2"))).isEqualTo("\"d-1.2.2\"");
    }

    // ---------------------------------------------------------------- properties

    /** The schema's pattern of an id, which {@link ElementId#of} checks by hand. */
    private static final java.util.regex.Pattern SCHEMA_PATTERN =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Provide
    Arbitrary<String> textsNearAnId() {
        Arbitrary<Character> nearChars = Arbitraries.oneOf(Arbitraries.chars().with(ValueArbitraries.ALPHANUMERIC
                + ValueArbitraries.ID_PUNCTUATION), Arbitraries.chars().all());
        return Arbitraries.oneOf(nearChars.list().ofMaxSize(3 * ElementId.MAX_LENGTH / 2)
                .map(chars -> chars.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining())),
                Arbitraries.strings().withChars(ValueArbitraries.ALPHANUMERIC + ValueArbitraries.ID_PUNCTUATION)
                        .ofMinLength(ElementId.MAX_LENGTH - 2).ofMaxLength(ElementId.MAX_LENGTH + 2));
    }

    @Property
    void acceptsExactlyTheTextsTheSchemasPatternMatches(@ForAll("textsNearAnId") String text) {
        boolean accepted;
        try {
            ElementId.of(text);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }

        assertThat(accepted).as(text).isEqualTo(SCHEMA_PATTERN.matcher(text).matches());
    }

    @Property
    void ofThenToStringGivesTheTextBack(@ForAll("idTexts") String text) {
        ElementId id = ElementId.of(text);

        assertThat(id.toString()).isEqualTo(text);
        assertThat(id.value()).isEqualTo(text);
    }

    @Property
    void parseOfToStringEqualsTheId(@ForAll("ids") ElementId id) {
        assertThat(ElementId.parse(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    }

    @Property
    void jsonRoundTripGivesAnEqualId(@ForAll("ids") ElementId id) {
        assertThat(JSON.readValue(JSON.writeValueAsString(id), ElementId.class)).isEqualTo(id);
    }

    @Property
    void orderIsAntisymmetric(@ForAll("naturalOrderIds") ElementId a, @ForAll("naturalOrderIds") ElementId b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void orderIsTransitive(
            @ForAll("naturalOrderIds") ElementId a,
            @ForAll("naturalOrderIds") ElementId b,
            @ForAll("naturalOrderIds") ElementId c) {
        List<ElementId> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(null);

        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(1));
        assertThat(sorted.get(1)).isLessThanOrEqualTo(sorted.get(2));
        assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(2));
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("naturalOrderIds") ElementId a, @ForAll("naturalOrderIds") ElementId b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void orderIsTheNaturalOrderOfTheText(@ForAll("naturalOrderIds") ElementId a, @ForAll("naturalOrderIds") ElementId b) {
        assertThat(Integer.signum(a.compareTo(b)))
                .isEqualTo(Integer.signum(NaturalOrderTest.reference(a.value(), b.value())));
    }

    @Property
    void ofRejectsTextWithACharacterOutsideTheAllowedSet(
            @ForAll("idTexts") String text, @ForAll("forbiddenCharacters") char bad, @ForAll @IntRange(max = 100) int at) {
        int position = Math.min(at, text.length());
        String withBad = text.substring(0, position) + bad + text.substring(position);

        assertThatThrownBy(() -> ElementId.of(withBad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id: " + ShownValue.of(withBad) + " is not a valid element id");
    }

    @Property
    void ofRejectsTextStartingWithPunctuation(@ForAll("idPunctuation") char first, @ForAll("idTexts") String rest) {
        String text = first + rest.substring(0, Math.min(rest.length(), ElementId.MAX_LENGTH - 1));

        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id: " + ShownValue.of(text) + " is not a valid element id");
    }

    @Property
    void ofRejectsTextLongerThanTheMaximum(@ForAll("tooLongIdTexts") String text) {
        assertThatThrownBy(() -> ElementId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id: '" + text.substring(0, 40) + "...' is not a valid element id");
    }
}
