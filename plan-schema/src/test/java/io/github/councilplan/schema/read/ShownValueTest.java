package io.github.councilplan.schema.read;

import static org.assertj.core.api.Assertions.assertThat;

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
    void pairedSurrogatesAreKeptAndUnpairedOnesEscaped() {
        assertThat(ShownValue.of("\ud83d\ude00 \ud800")).isEqualTo("'\ud83d\ude00 \\ud800'");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String shown = ShownValue.of("x".repeat(39) + "\ud83d\ude00\ud83d\ude00");

        assertThat(shown).isEqualTo("'" + "x".repeat(39) + "\ud83d\ude00...'");
    }
}
