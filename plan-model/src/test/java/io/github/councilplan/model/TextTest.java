package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.councilplan.model.json.PlanJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class TextTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<String> nonBlank() {
        return ValueArbitraries.nonBlankStrings();
    }

    @Provide
    Arbitrary<String> blank() {
        return ValueArbitraries.blankStrings();
    }

    @Provide
    Arbitrary<String> tagsInAnyCase() {
        return ValueArbitraries.languageTagsInAnyCase();
    }

    @Provide
    Arbitrary<String> canonicalTags() {
        return Arbitraries.of(ValueArbitraries.CANONICAL_TAGS);
    }

    @Provide
    Arbitrary<Map<String, String>> byLanguage() {
        return ValueArbitraries.textsByLanguage();
    }

    @Provide
    Arbitrary<Text> texts() {
        return ValueArbitraries.texts();
    }

    @Provide
    Arbitrary<Text> taggedTexts() {
        return ValueArbitraries.taggedTexts();
    }

    // ---------------------------------------------------------------- untagged

    @Test
    void untaggedTextHoldsOneStringAndNoLanguages() {
        Text text = Text.of("Enabling council");

        assertThat(text.isTagged()).isFalse();
        assertThat(text.value()).isEqualTo("Enabling council");
        assertThat(text.languages()).isEmpty();
        assertThat(text.byLanguage()).isEmpty();
        assertThat(text).hasToString("Enabling council");
    }

    @Test
    void untaggedTextIsInNoLanguage() {
        assertThat(Text.of("Enabling council").in("en")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\u2003"})
    void ofRejectsBlankUntaggedText(String blank) {
        assertThatThrownBy(() -> Text.of(blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: must not be blank, was '" + blank + "'");
    }

    @Test
    void ofRejectsNullUntaggedText() {
        assertThatThrownBy(() -> Text.of((String) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void withOnUntaggedTextThrowsIllegalState() {
        Text untagged = Text.of("Enabling council");

        assertThatThrownBy(() -> untagged.with("cy", "Cyngor galluogi"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("untagged text cannot gain a language");
    }

    // ---------------------------------------------------------------- tagged

    @Test
    void taggedTextHoldsOneStringPerLanguage() {
        Text text = Text.of("en", "Enabling council").with("cy", "Cyngor galluogi");

        assertThat(text.isTagged()).isTrue();
        assertThat(text.in("en")).contains("Enabling council");
        assertThat(text.in("cy")).contains("Cyngor galluogi");
        assertThat(text.in("fr")).isEmpty();
    }

    @Test
    void valueOfTaggedTextIsTheFirstLanguageGiven() {
        assertThat(Text.of("cy", "Cyngor galluogi").with("en", "Enabling council").value()).isEqualTo("Cyngor galluogi");
    }

    @Test
    void languagesKeepTheOrderGiven() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put("cy", "Teitl");
        byLanguage.put("en", "Title");
        byLanguage.put("ga", "Teideal");

        Text text = Text.of(byLanguage);

        assertThat(text.languages()).containsExactly("cy", "en", "ga");
        assertThat(text.byLanguage()).containsExactly(entry("cy", "Teitl"), entry("en", "Title"), entry("ga", "Teideal"));
    }

    @Test
    void toStringListsEachLanguage() {
        assertThat(Text.of("en", "Title").with("cy", "Teitl")).hasToString("en: Title | cy: Teitl");
    }

    @ParameterizedTest
    @CsvSource({"EN-gb, en-GB", "en, en", "CY, cy", "zh-hant-tw, zh-Hant-TW", "SR-latn, sr-Latn", "es-419, es-419"})
    void tagsAreMadeCanonical(String given, String canonical) {
        assertThat(Text.of(given, "x").languages()).containsExactly(canonical);
        assertThat(Text.canonicalTag(given)).isEqualTo(canonical);
    }

    @Property(tries = 600)
    void aTagIsMadeCanonicalAsLocaleWritesItHoweverOftenItIsAsked(@ForAll("tagsInAnyCase") String tag) {
        String expected = new java.util.Locale.Builder().setLanguageTag(tag).build().toLanguageTag();

        assertThat(Text.canonicalTag(tag)).isEqualTo(expected);
        assertThat(Text.canonicalTag(tag)).isEqualTo(expected);
    }

    @Test
    void inFindsTextByATagInAnyCase() {
        assertThat(Text.of("en-GB", "Colour").in("EN-gb")).contains("Colour");
    }

    @Test
    void withReplacesTheTextInALanguageInPlace() {
        Text text = Text.of("en", "Title").with("cy", "Teitl").with("EN", "New title");

        assertThat(text.byLanguage()).containsExactly(entry("en", "New title"), entry("cy", "Teitl"));
    }

    @Test
    void withLeavesTheOriginalUnchanged() {
        Text original = Text.of("en", "Title");

        original.with("cy", "Teitl");

        assertThat(original.languages()).containsExactly("en");
    }

    @Test
    void withRejectsBlankText() {
        assertThatThrownBy(() -> Text.of("en", "Title").with("cy", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text['cy']: must not be blank, was ' '");
    }

    @Test
    void withRejectsAnIllFormedTag() {
        assertThatThrownBy(() -> Text.of("en", "Title").with("cy_GB", "Teitl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("language: 'cy_GB' is not a well-formed BCP 47 language tag");
    }

    @Test
    void ofRejectsBlankTextInALanguageNamingTheLanguage() {
        assertThatThrownBy(() -> Text.of("cy", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text['cy']: must not be blank, was '  '");
    }

    @Test
    void ofNamesTheCanonicalTagOfBlankText() {
        assertThatThrownBy(() -> Text.of("EN-gb", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text['en-GB']: must not be blank, was ''");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "en_GB", "en--GB", "e", "en-", "-en", "x-private", "en GB", "123", "\u00e9n"})
    void ofRejectsIllFormedTags(String tag) {
        assertThatThrownBy(() -> Text.of(tag, "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language: '" + tag + "' is not a well-formed BCP 47 language tag such as 'en' or 'cy'");
    }

    @Test
    void ofRejectsTagsThatAreTheSameOnceCanonical() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put("en-GB", "Colour");
        byLanguage.put("EN-gb", "Color");

        assertThatThrownBy(() -> Text.of(byLanguage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: language 'en-GB' is given twice");
    }

    @Test
    void ofRejectsAnEmptyMap() {
        assertThatThrownBy(() -> Text.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: must give at least one language");
    }

    @Test
    void ofRejectsNullMapsKeysAndValues() {
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "Title");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("cy", null);

        assertThatThrownBy(() -> Text.of((Map<String, String>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Text.of(nullKey)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Text.of(nullValue)).isInstanceOf(NullPointerException.class).hasMessage("text['cy']");
    }

    @Test
    void theMapGivenIsCopied() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put("en", "Title");
        Text text = Text.of(byLanguage);

        byLanguage.put("cy", "Teitl");

        assertThat(text.languages()).containsExactly("en");
    }

    @Test
    void languagesAndByLanguageCannotBeModified() {
        Text text = Text.of("en", "Title");

        assertThatThrownBy(() -> text.byLanguage().put("cy", "Teitl")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> text.languages().remove("en")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void canonicalTagDoesNotDependOnTheDefaultLocale() {
        assertThat(DefaultLocale.with(DefaultLocale.TURKISH, () -> Text.canonicalTag("TI-ER"))).isEqualTo("ti-ER");
    }

    // ---------------------------------------------------------------- equality

    @Test
    void untaggedAndTaggedTextWithTheSameWordsAreDifferent() {
        assertThat(Text.of("Title")).isNotEqualTo(Text.of("en", "Title"));
    }

    @Test
    void textsInTheSameLanguagesWithTheSameWordsAreEqual() {
        assertThat(Text.of("EN", "Title").with("cy", "Teitl"))
                .isEqualTo(Text.of("en", "Title").with("CY", "Teitl"))
                .hasSameHashCodeAs(Text.of("en", "Title").with("CY", "Teitl"));
    }

    @Test
    void textsWithDifferentWordsOrLanguagesAreDifferent() {
        assertThat(Text.of("en", "Title")).isNotEqualTo(Text.of("en", "Title "));
        assertThat(Text.of("en", "Title")).isNotEqualTo(Text.of("en-GB", "Title"));
        assertThat(Text.of("Title")).isNotEqualTo(Text.of("title"));
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void untaggedTextIsWrittenToJsonAsAString() {
        assertThat(JSON.writeValueAsString(Text.of("Title"))).isEqualTo("\"Title\"");
    }

    @Test
    void taggedTextIsWrittenToJsonAsAnObjectInLanguageOrder() {
        assertThat(JSON.writeValueAsString(Text.of("cy", "Teitl").with("en", "Title")).replaceAll("\\s", ""))
                .isEqualTo("{\"cy\":\"Teitl\",\"en\":\"Title\"}");
    }

    @Test
    void jsonOfAnotherShapeIsRejected() {
        assertThatThrownBy(() -> JSON.readValue("42", Text.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"en\": 42}", Text.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("text['en']: expected a string");
    }

    @Test
    void jsonWithBlankTextIsRejected() {
        assertThatThrownBy(() -> JSON.readValue("{\"cy\": \" \"}", Text.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("text['cy']: must not be blank");
    }

    // ---------------------------------------------------------------- properties

    @Property
    void untaggedTextGivesBackItsString(@ForAll("nonBlank") String value) {
        Text text = Text.of(value);

        assertThat(text.value()).isEqualTo(value);
        assertThat(text.isTagged()).isFalse();
    }

    @Property
    void blankTextIsRejectedUntagged(@ForAll("blank") String value) {
        assertThatThrownBy(() -> Text.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: must not be blank, was " + ShownValue.of(value));
    }

    @Property
    void blankTextIsRejectedNamingItsLanguage(@ForAll("blank") String value, @ForAll("tagsInAnyCase") String tag) {
        assertThatThrownBy(() -> Text.of(tag, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text['" + Text.canonicalTag(tag) + "']: must not be blank, was " + ShownValue.of(value));
    }

    @Property
    void canonicalTagIgnoresCase(@ForAll("tagsInAnyCase") String tag) {
        assertThat(Text.canonicalTag(tag)).isEqualTo(Text.canonicalTag(tag.toLowerCase(Locale.ROOT)));
    }

    @Property
    void canonicalTagOfACanonicalTagIsItself(@ForAll("canonicalTags") String tag) {
        assertThat(Text.canonicalTag(tag)).isEqualTo(tag);
    }

    @Property
    void canonicalTagIsIdempotent(@ForAll("tagsInAnyCase") String tag) {
        String canonical = Text.canonicalTag(tag);

        assertThat(Text.canonicalTag(canonical)).isEqualTo(canonical);
    }

    @Property
    void taggedTextKeepsEveryLanguageInOrder(@ForAll("byLanguage") Map<String, String> byLanguage) {
        Text text = Text.of(byLanguage);

        assertThat(new ArrayList<>(text.languages())).isEqualTo(new ArrayList<>(byLanguage.keySet()));
        assertThat(text.byLanguage()).isEqualTo(byLanguage);
        assertThat(text.value()).isEqualTo(byLanguage.values().iterator().next());
    }

    @Property
    void textInTagsOfAnyCaseEqualsTextInCanonicalTags(@ForAll("byLanguage") Map<String, String> byLanguage, @ForAll long caseBits) {
        Map<String, String> mixed = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : byLanguage.entrySet()) {
            String tag = e.getKey();
            mixed.put(((caseBits >>> i++) & 1) == 1 ? tag.toUpperCase(Locale.ROOT) : tag.toLowerCase(Locale.ROOT), e.getValue());
        }

        assertThat(Text.of(mixed)).isEqualTo(Text.of(byLanguage)).hasSameHashCodeAs(Text.of(byLanguage));
    }

    @Property
    void aTagRepeatedInAnotherCaseIsRejected(@ForAll("canonicalTags") String tag, @ForAll("nonBlank") String value) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put(tag, value);
        byLanguage.put(tag.toUpperCase(Locale.ROOT), value);

        assertThatThrownBy(() -> Text.of(byLanguage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: language '" + tag + "' is given twice");
    }

    @Property
    void withAddsALanguageAtTheEnd(@ForAll("taggedTexts") Text text, @ForAll("canonicalTags") String tag, @ForAll("nonBlank") String value) {
        Text added = text.with(tag, value);

        assertThat(added.in(tag)).contains(value);
        List<String> expected = new ArrayList<>(text.languages());
        if (!expected.contains(tag)) {
            expected.add(tag);
        }
        assertThat(new ArrayList<>(added.languages())).isEqualTo(expected);
    }

    @Property
    void jsonRoundTripGivesEqualText(@ForAll("texts") Text text) {
        Text back = JSON.readValue(JSON.writeValueAsString(text), Text.class);

        assertThat(back).isEqualTo(text);
        assertThat(new ArrayList<>(back.languages())).isEqualTo(new ArrayList<>(text.languages()));
    }

    @Test
    void taggedTextsInAnotherLanguageOrderAreNotEqual() {
        Text englishFirst = Text.of("en", "Our plan").with("cy", "Ein cynllun");
        Text welshFirst = Text.of("cy", "Ein cynllun").with("en", "Our plan");

        assertThat(englishFirst).isNotEqualTo(welshFirst);
        assertThat(englishFirst.value()).isNotEqualTo(welshFirst.value());
    }
}
