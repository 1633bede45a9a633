package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The list of problem codes in docs/validation.md is the enum's. */
class ProblemCodesPageTest {
    private static String page() throws IOException {
        return Files.readString(Path.of("../docs/validation.md"));
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void thePageListsEveryProblemCodeWithItsSeverityAndMeaning(ProblemCode code) throws IOException {
        assertThat(page()).contains("| `" + code.code() + "` | " + code.severity().label() + " | " + code.meaning() + " |");
    }
}
