package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's list of problem codes is the enum's. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"));
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void readmeListsEveryProblemCodeWithItsSeverityAndMeaning(ProblemCode code) throws IOException {
        assertThat(readme()).contains("| `" + code.code() + "` | " + code.severity().label() + " | " + code.meaning() + " |");
    }
}
