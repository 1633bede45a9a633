package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built {@code plan-schema-VERSION-cli.jar} that the *IT tests run as a separate process. */
final class CliJar {
    private CliJar() {}

    /** Returns the jar: as the build names it ({@code plan.cliJar}), or the one in {@code target}. */
    static Path find() throws IOException {
        String configured = System.getProperty("plan.cliJar");
        Path jar;
        if (configured != null) {
            jar = Path.of(configured);
        } else {
            try (var files = Files.newDirectoryStream(Path.of("target"), "plan-schema-*-cli.jar")) {
                jar = files.iterator().next();
            }
        }
        assertThat(jar).isRegularFile();
        return jar;
    }
}
