package io.github.councilplan.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A value in a message: quoted, short, on one line and printable. */
class ShownValueTest {
    @Test
    void shortValueIsQuotedAsItIs() {
        assertThat(ShownValue.of("d-1.2.2")).isEqualTo("'d-1.2.2'");
    }

    @Test
    void longValueIsShortenedToFortyCharacters() {
        assertThat(ShownValue.of("x".repeat(41))).isEqualTo("'" + "x".repeat(40) + "...'");
        assertThat(ShownValue.of("x".repeat(40))).isEqualTo("'" + "x".repeat(40) + "'");
    }

    @Test
    void lineBreaksControlAndFormatCharactersAreEscaped() {
        assertThat(ShownValue.of("a\nb\u2028c\u202ed\u0000")).isEqualTo("'a\\u000ab\\u2028c\\u202ed\\u0000'");
    }

    @Test
    void theCharactersTheTerminalRuleEscapesAreEscaped() {
        // C1 controls, DEL, the bidirectional controls and the paragraph separator, as the command
        // line's TerminalWriter escapes them
        assertThat(ShownValue.of("\u009b\u0085\u007f\u061c\u200e"))
                .isEqualTo("'\\u009b\\u0085\\u007f\\u061c\\u200e'");
        assertThat(ShownValue.of("\u200f\u2066\u2069\u2029")).isEqualTo("'\\u200f\\u2066\\u2069\\u2029'");
    }

    @Test
    void pairedSurrogatesAreKeptAndUnpairedOnesEscaped() {
        assertThat(ShownValue.of("\ud83d\ude00 \ud800")).isEqualTo("'\ud83d\ude00 \\ud800'");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String shown = ShownValue.of("x".repeat(39) + "\ud83d\ude00\ud83d\ude00");

        assertThat(shown).isEqualTo("'" + "x".repeat(39) + "\ud83d\ude00...'");
    }

    @Property
    void anyValueIsShownInBoundedLength(@ForAll("anyText") String value) {
        // 40 characters shown (escapes counted as written; the last may overrun by an escape or a
        // surrogate pair), the quotes and the mark of a cut
        assertThat(ShownValue.of(value).length()).isLessThanOrEqualTo(2 + 40 + 6 + 3);
    }

    @Property
    void anyValueIsShownOnOneLineWithNothingThatActsOnATerminal(@ForAll("anyText") String value) {
        String shown = ShownValue.of(value);

        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            assertThat(Character.isISOControl(c)).as("U+%04X at %d", (int) c, i).isFalse();
            assertThat(Character.getType(c)).as("U+%04X at %d", (int) c, i)
                    .isNotIn((int) Character.FORMAT, (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("unpaired low surrogate at %d", i).isFalse();
            }
        }
    }

    @Property
    void aShortPrintableValueIsShownWhole(@ForAll("printable") String value) {
        assertThat(ShownValue.of(value)).isEqualTo("'" + value + "'");
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ac').withCharRange('\u00ae', '\u00ff').ofMaxLength(40);
    }
}
