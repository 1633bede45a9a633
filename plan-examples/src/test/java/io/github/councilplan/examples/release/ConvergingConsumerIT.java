package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.PackageVersion;

/**
 * A user's project with no dependencyManagement of its own ({@code consumers/converging}): a
 * named module that requires this library's modules. Its build runs the enforcer's
 * {@code dependencyConvergence}, which fails it if the published POMs bring two versions of
 * anything; its dependency tree holds one Jackson 3 version; its program validates and reads a
 * plan, and validates a document that is not one (which the JSON Schema library, logging through
 * SLF4J, checks), on the module path and on the class path, with nothing on standard error (no
 * SLF4J warning, though it has no SLF4J provider).
 */
class ConvergingConsumerIT {
    private static final String PROGRAM = "example.consumer.ValidateThurrock";

    private static ConsumerProject project;

    @BeforeAll
    static void build() {
        project = ConsumerProject.copy("converging", "built");
        project.build();
    }

    @Test
    void itsBuildRanTheEnforcersDependencyConvergenceAndPassed() {
        assertThat(project.buildLog()).contains("DependencyConvergence passed");
    }

    @Test
    void itsDependencyTreeHoldsNeitherTheCommandLinesParserNorApachePoi() {
        Map<String, Set<String>> versions = project.resolvedVersions();

        assertThat(versions.keySet()).noneMatch(artifact -> artifact.startsWith("org.apache.poi:")
                || artifact.startsWith("info.picocli:") || artifact.startsWith("org.apache.xmlbeans:"));
    }

    @Test
    void itsDependencyTreeHoldsOneVersionOfJacksonThatOfThisBuild() {
        Map<String, Set<String>> versions = project.resolvedVersions();

        assertThat(versions).containsKeys("tools.jackson.core:jackson-databind", "tools.jackson.core:jackson-core",
                "com.fasterxml.jackson.core:jackson-annotations");
        assertThat(versions).doesNotContainKey("tools.jackson.dataformat:jackson-dataformat-csv");
        versions.forEach((artifact, found) -> {
            if (artifact.startsWith("tools.jackson")) {
                assertThat(found).as(artifact).containsExactly(PackageVersion.VERSION.toString());
            } else {
                assertThat(found).as(artifact).hasSize(1);
            }
        });
    }

    @Test
    void onTheModulePathItValidatesAndReadsAPlanWritingNothingOnStandardError() {
        ConsumerProject.Run run = project.run("--module-path", project.classPath(),
                "--module", "example.consumer/" + PROGRAM);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("valid: true").contains("id: ").contains("not a plan, valid: false");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void onTheClassPathItValidatesAndReadsAPlanWritingNothingOnStandardError() {
        ConsumerProject.Run run = project.run("-cp", project.classPath(), PROGRAM);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("valid: true").contains("id: ").contains("not a plan, valid: false");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void slf4jSaysItHasNoProviderWhenTheUserSetsItsVerbosity() {
        // the control for the two above: SLF4J would warn, and a user's own setting is left alone
        ConsumerProject.Run run = project.run("-Dslf4j.internal.verbosity=INFO", "-cp", project.classPath(), PROGRAM);

        assertThat(run.err()).contains("No SLF4J providers were found");
        assertThat(run.exitCode()).isZero();
    }
}
