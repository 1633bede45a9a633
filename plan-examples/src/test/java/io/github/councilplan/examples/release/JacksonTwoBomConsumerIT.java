package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;

/**
 * A user's project that imports Jackson 2's BOM, as every Spring Boot 3 application does
 * ({@code consumers/jackson2-bom}), which downgrades jackson-annotations below what Jackson 3
 * needs. Its first use of the library fails with a message naming the fix, not a
 * {@code NoClassDefFoundError}; with the fix docs/validation.md gives (jackson-annotations pinned in its
 * dependencyManagement, profile {@code pinned}) it works.
 */
class JacksonTwoBomConsumerIT {
    private static final String PROGRAM = "example.springstyle.ReadThurrock";

    @Test
    void withJackson2sBomTheFirstUseFailsWithAMessageNamingTheFixAndNoNoClassDefFoundError() {
        ConsumerProject project = ConsumerProject.copy("jackson2-bom", "unpinned");
        project.build();
        assertThat(project.resolvedVersions().get("com.fasterxml.jackson.core:jackson-annotations"))
                .as("the BOM's jackson-annotations").containsExactly("2.17.2");

        ConsumerProject.Run run = project.run("-cp", project.classPath(), PROGRAM);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("IllegalStateException")
                .contains("needs com.fasterxml.jackson.core:jackson-annotations 2.22 or later, but found 2.17.2")
                .contains("add com.fasterxml.jackson.core:jackson-annotations to your dependencyManagement")
                .doesNotContain("NoClassDefFoundError");
    }

    @Test
    void withJacksonAnnotationsPinnedAsTheReadmeSaysTheLibraryWorks() {
        ConsumerProject project = ConsumerProject.copy("jackson2-bom", "pinned");
        project.build("-Ppinned", "-Djackson-annotations.version=" + annotationsVersion());
        assertThat(project.resolvedVersions().get("com.fasterxml.jackson.core:jackson-annotations"))
                .containsExactly(annotationsVersion());

        ConsumerProject.Run run = project.run("-cp", project.classPath(), PROGRAM);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("read: ");
        assertThat(run.exitCode()).isZero();
    }

    /** The jackson-annotations version of this build: the one its Jackson 3 BOM names. */
    private static String annotationsVersion() {
        Module module = JsonInclude.class.getModule();
        String version = module.isNamed() && module.getDescriptor() != null
                ? module.getDescriptor().rawVersion().orElse(null)
                : JsonInclude.class.getPackage().getImplementationVersion();
        assertThat(version).as("the version of jackson-annotations on this test's path").isNotBlank();
        return version;
    }
}
