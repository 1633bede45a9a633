package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class TokenReadingTest {
    @Test
    void countsEveryTokenOfTheDocument() {
        // {, "a", [, 1, "x", true, ], }
        assertThat(TokenReading.count("{\"a\": [1, \"x\", true]}".getBytes(StandardCharsets.UTF_8))).isEqualTo(8);
    }

    @Test
    void aDocumentThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> TokenReading.count("{\"a\": }".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JacksonException.class);
    }
}
