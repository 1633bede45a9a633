package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.examples.ExamplePlans;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelBindingTest {
    @Test
    void bindsThePlanTheDocumentHolds() {
        assertThat(ModelBinding.bind(ExamplePlans.thurrockDocument())).contains(ExamplePlans.thurrock());
    }

    @Test
    void aDocumentThatIsNoObjectBindsNothing() {
        assertThat(ModelBinding.bind("[1, 2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void anObjectThatIsNoPlanBindsNothing() {
        assertThat(ModelBinding.bind("{\"unknown\": true}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
