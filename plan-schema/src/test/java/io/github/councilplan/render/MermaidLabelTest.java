package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mermaid labels: one line, abbreviated by code points at a word, escaped as entity codes. */
class MermaidLabelTest {
    @Test
    void lettersDigitsSpacesAndPlainPunctuationStayAsTheyAre() {
        assertThat(MermaidLabel.escape("Gwella'r ŵyl, 2025/26 (rhan 1) - iawn? Ydy! 中文"))
                .isEqualTo("Gwella'r ŵyl, 2025/26 (rhan 1) - iawn? Ydy! 中文");
    }

    @Test
    void everyOtherCharacterIsAnEntityCode() {
        assertThat(MermaidLabel.escape("\"#<>&;:")).isEqualTo("#34;#35;#60;#62;#38;#59;#58;");
        assertThat(MermaidLabel.escape("😀 £")).isEqualTo("#128512; #163;");
        assertThat(MermaidLabel.escape("e\u0301")).isEqualTo("e#769;");
    }

    @Test
    void whitespaceBecomesOneSpaceAndInvisibleCharactersGo() {
        assertThat(MermaidLabel.abbreviate("  one\n\ttwo\u2028three\u00a0four  ", 100)).isEqualTo("one two three four");
        assertThat(MermaidLabel.abbreviate("a\u0000b\u202ec\u200bd", 100)).isEqualTo("abcd");
        assertThat(MermaidLabel.abbreviate("\ud83d\udc68\u200d\ud83d\udc69", 100))
                .as("the zero-width joiner of an emoji sequence stays").isEqualTo("\ud83d\udc68\u200d\ud83d\udc69");
    }

    @Test
    void textWithNothingVisibleIsTheReplacementCharacter() {
        assertThat(OneLine.of("\u0000\u200b \n")).isEqualTo("\ufffd");
        assertThat(MermaidLabel.of("\u0000", 10)).isEqualTo("#65533;");
        assertThat(MarkdownText.escape("\u0000")).isEqualTo("\ufffd");
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacter() {
        assertThat(MermaidLabel.abbreviate("a\ud800b", 100)).isEqualTo("a\ufffdb");
    }

    @Test
    void abbreviationCountsCodePointsAndCutsAtASpaceInTheSecondHalf() {
        assertThat(MermaidLabel.abbreviate("The quick brown fox jumps", 20)).isEqualTo("The quick brown fox\u2026");
        assertThat(MermaidLabel.abbreviate("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali\u2026");
        assertThat(MermaidLabel.abbreviate("😀😀😀😀😀", 3)).isEqualTo("😀😀\u2026");
        assertThat(MermaidLabel.abbreviate("😀😀😀", 3)).isEqualTo("😀😀😀");
    }
}
