package io.github.councilplan.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code ModelCode} to what {@link ModelCodeGenerator} writes from the structure and the
 * model today. Run with {@code -Dmodel-code.write=true}, it writes the file instead.
 */
class ModelCodeTest {
    private static final Path SOURCE = Path.of(ModelCodeGenerator.SOURCE);

    @Test
    void generatedCodeIsWhatTheStructureAndTheModelDescribe() throws IOException {
        String expected = ModelCodeGenerator.source();
        if (Boolean.getBoolean("model-code.write")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("%s is out of date with PlanStructure or the model; write it again with: %s", SOURCE,
                        ModelCodeGenerator.COMMAND)
                .isEqualTo(expected);
    }
}
