package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownOutputTest {
    @Test
    void shownLinesMatchTheSamePrintedLines() {
        assertThat(ShownOutput.matches(List.of("a", "b"), List.of("a", "b"))).isTrue();
    }

    @Test
    void aDifferentLineDoesNotMatch() {
        assertThat(ShownOutput.matches(List.of("a", "b"), List.of("a", "c"))).isFalse();
    }

    @Test
    void aMissingOrAnExtraLineDoesNotMatch() {
        assertThat(ShownOutput.matches(List.of("a", "b"), List.of("a"))).isFalse();
        assertThat(ShownOutput.matches(List.of("a"), List.of("a", "b"))).isFalse();
    }

    @Test
    void anEllipsisAloneStandsForAnyNumberOfLinesNoneIncluded() {
        assertThat(ShownOutput.matches(List.of("a", "  \u2026", "z"), List.of("a", "z"))).isTrue();
        assertThat(ShownOutput.matches(List.of("a", "\u2026", "z"), List.of("a", "b", "c", "z"))).isTrue();
        assertThat(ShownOutput.matches(List.of("a", "\u2026"), List.of("a", "b", "c"))).isTrue();
        assertThat(ShownOutput.matches(List.of("a", "\u2026", "z"), List.of("a", "b", "y"))).isFalse();
    }

    @Test
    void aLineEndingInAnEllipsisMatchesOneLineWithThatStart() {
        assertThat(ShownOutput.matches(List.of("number,id,\u2026"), List.of("number,id,title"))).isTrue();
        assertThat(ShownOutput.matches(List.of("number,id,\u2026"), List.of("number,title"))).isFalse();
        assertThat(ShownOutput.matches(List.of("number,id,\u2026"), List.of("number,id,a", "more"))).isFalse();
    }

    @Test
    void trailingWhiteSpaceIsIgnored() {
        assertThat(ShownOutput.matches(List.of("a  "), List.of("a"))).isTrue();
    }
}
