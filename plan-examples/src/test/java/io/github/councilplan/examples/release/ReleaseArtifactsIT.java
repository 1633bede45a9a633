package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a build leaves for Maven Central in each published module's {@code target}: in every
 * build, the jar, a sources jar with the source of every class and a javadoc jar whose footer
 * states the licence and whose builders document their methods; in a release build
 * ({@code -Prelease}, which sets {@code plan.releaseBuild}) also a CycloneDX SBOM of the module
 * that names no test, benchmark or command-line library as required.
 */
class ReleaseArtifactsIT {
    /** Groups that no published module may require (the SBOM lists the command line's as optional). */
    private static final Set<String> NOT_FOR_USERS = Set.of(
            "org.openjdk.jmh", "info.picocli", "org.junit.jupiter", "org.junit.platform", "junit", "net.jqwik",
            "org.assertj", "org.opentest4j", "org.immutables", "org.apache.poi");

    /** A javadoc page's list of members inherited from a class other than {@code Object}. */
    private static final Pattern INHERITED_FROM_A_CLASS_OF_OURS =
            // JDK 17's javadoc writes "java.lang.<a ...>Object</a>", JDK 25's only the link, titled "... in java.lang"
            Pattern.compile("inherited from class(&nbsp;|\\s)+(?!java\\.lang\\.)(?!<a [^>]*title=\"[^\"]* in java\\.lang\")");

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theSourcesJarHoldsTheSourceOfEveryClassInTheJar(String artifactId) {
        List<String> classes = entries(artifact(artifactId, ".jar")).stream()
                .filter(name -> name.endsWith(".class"))
                .toList();
        List<String> sources = entries(artifact(artifactId, "-sources.jar"));

        assertThat(classes).isNotEmpty().contains("module-info.class");
        assertThat(sources).noneMatch(name -> name.endsWith(".class"));
        for (String type : classes) {
            String source = type.replaceFirst("(\\$.*)?\\.class$", ".java");
            assertThat(sources).as("the source of %s in the sources jar of %s", type, artifactId).contains(source);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJavadocJarDocumentsTheModule(String artifactId) {
        String module = DescribedModule.of(artifact(artifactId, ".jar")).name();

        assertThat(entries(artifact(artifactId, "-javadoc.jar")))
                .contains("index.html", "element-list", module + "/module-summary.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJavadocFooterStatesTheLicence(String artifactId) {
        String module = DescribedModule.of(artifact(artifactId, ".jar")).name();
        String summary = entry(artifact(artifactId, "-javadoc.jar"), module + "/module-summary.html");

        assertThat(summary).contains("Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">"
                + "Apache License, Version 2.0</a>").doesNotContain("All rights reserved");
    }

    @Test
    void everyBuilderOfTheModelDocumentsEachOfItsMethodsOnItsOwnPage() {
        Path javadoc = artifact("plan-model", "-javadoc.jar");
        List<String> builders = entries(javadoc).stream()
                .filter(name -> name.endsWith(".Builder.html") && !name.contains("/class-use/"))
                .toList();

        assertThat(builders).isNotEmpty();
        for (String builder : builders) {
            String page = entry(javadoc, builder);
            assertThat(page).as(builder).contains("Method Details");
            assertThat(INHERITED_FROM_A_CLASS_OF_OURS.matcher(page).find())
                    .as("%s lists methods inherited from a class it does not document", builder).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theSbomDescribesTheModuleAndRequiresNothingMeantOnlyForTestsOrTheCommandLine(String artifactId) {
        assumeTrue(Boolean.getBoolean("plan.releaseBuild"), "not a release build (-Prelease)");
        JsonNode sbom = json(artifact(artifactId, "-cyclonedx.json"));
        assertThat(artifact(artifactId, "-cyclonedx.xml")).isNotEmptyFile();

        JsonNode component = sbom.path("metadata").path("component");
        assertThat(component.path("group").asString()).isEqualTo("io.github.councilplan");
        assertThat(component.path("name").asString()).isEqualTo(artifactId);
        assertThat(component.path("version").asString()).isEqualTo(System.getProperty("plan.version"));
        List<String> required = StreamSupport.stream(sbom.path("components").spliterator(), false)
                .filter(c -> c.path("scope").asString("required").equals("required"))
                .map(c -> c.path("group").asString())
                .toList();
        assertThat(required).as("groups %s requires", artifactId).doesNotContainAnyElementsOf(NOT_FOR_USERS);
    }

    /** An artifact in a module's target directory, named as it is published. */
    private static Path artifact(String artifactId, String suffix) {
        Path file = Path.of(System.getProperty("plan.rootDirectory"), artifactId, "target",
                artifactId + "-" + System.getProperty("plan.version") + suffix);
        assertThat(file).as("%s (an offline build makes no SBOM: build a release online; -Dmaven.source.skip and"
                + " -Dmaven.javadoc.skip leave out the sources and javadoc jars)", file).isRegularFile();
        return file;
    }

    private static List<String> entries(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String entry(Path jar, String name) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertThat(entry).as("%s in %s", name, jar).isNotNull();
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
