package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bytes that cannot be decoded in the encoding their start announces are a malformed document, not
 * an exception out of {@code validate} (found by the command line's hostile-input test).
 */
class UndecodableJsonTest {
    @Test
    void anInvalidUtf32CharacterIsMalformed() {
        byte[] document = {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0xc3, 0x28, 0x00, (byte) 0x80};

        ValidationReport report = PlanValidator.create().validate(document, DocumentFormat.JSON);

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(1);
        });
    }
}
