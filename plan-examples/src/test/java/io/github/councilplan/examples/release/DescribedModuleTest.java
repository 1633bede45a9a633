package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading reports in the form JDK 17's {@code jar --describe-module} writes them. */
class DescribedModuleTest {
    private static final String REPORT = """
            io.github.councilplan.model@0.1.0 jar:file:///x/plan-model-0.1.0.jar!/module-info.class
            exports io.github.councilplan.model
            exports io.github.councilplan.model.json
            requires com.fasterxml.jackson.annotation transitive
            requires java.base mandated
            requires org.immutables.value.annotations static
            requires tools.jackson.databind transitive
            qualified exports io.github.councilplan.model.spi to a.one b.two
            qualified opens io.github.councilplan.model to tools.jackson.databind
            opens io.github.councilplan.model.res
            contains io.github.councilplan.model.hidden

            """;

    @Test
    void readsNameVersionAndWhereTheDescriptorWasFound() {
        DescribedModule module = DescribedModule.parse(REPORT);

        assertThat(module.name()).isEqualTo("io.github.councilplan.model");
        assertThat(module.version()).isEqualTo("0.1.0");
        assertThat(module.descriptorLocation()).isEqualTo("jar:file:///x/plan-model-0.1.0.jar!/module-info.class");
        assertThat(module.automatic()).isFalse();
        assertThat(module.declaration().open()).isFalse();
    }

    @Test
    void readsUnqualifiedAndQualifiedExports() {
        assertThat(DescribedModule.parse(REPORT).declaration().exports()).isEqualTo(Map.of(
                "io.github.councilplan.model", Set.of(),
                "io.github.councilplan.model.json", Set.of(),
                "io.github.councilplan.model.spi", Set.of("a.one", "b.two")));
    }

    @Test
    void readsUnqualifiedAndQualifiedOpens() {
        assertThat(DescribedModule.parse(REPORT).declaration().opens()).isEqualTo(Map.of(
                "io.github.councilplan.model", Set.of("tools.jackson.databind"),
                "io.github.councilplan.model.res", Set.of()));
    }

    @Test
    void readsRequiresWithModifiersLeavingOutTheMandatedJavaBase() {
        assertThat(DescribedModule.parse(REPORT).declaration().requires()).isEqualTo(Map.of(
                "com.fasterxml.jackson.annotation", Set.of("transitive"),
                "org.immutables.value.annotations", Set.of("static"),
                "tools.jackson.databind", Set.of("transitive")));
    }

    @Test
    void readsAJarWithoutADescriptorAsAutomatic() {
        DescribedModule module = DescribedModule.parse("""
                No module descriptor found. Derived automatic module.

                plan.schema@0.1.0-cli automatic
                requires java.base mandated
                contains io.github.councilplan.schema
                """);

        assertThat(module.automatic()).isTrue();
        assertThat(module.descriptorLocation()).isEmpty();
        assertThat(module.name()).isEqualTo("plan.schema");
    }

    @Test
    void readsAnOpenModule() {
        assertThat(DescribedModule.parse("a@1 jar:file:///a.jar!/module-info.class open\n").declaration().open())
                .isTrue();
    }

    @Test
    void refusesALineItDoesNotKnow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DescribedModule.parse("a@1 jar:file:///a.jar!/module-info.class\nexported b\n"))
                .withMessageContaining("exported b");
    }
}
