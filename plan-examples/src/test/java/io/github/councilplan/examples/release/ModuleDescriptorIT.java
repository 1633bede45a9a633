package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each published jar has a real module descriptor, as the JDK's {@code jar --describe-module}
 * reports it: the one its {@code module-info.java} declares, exporting no internal or
 * command-line package and opening packages only to the libraries that reflect on them.
 *
 * <p>The expected exports and opens are read from each module's {@code module-info.java}, so a
 * package exported there is expected here without any change to this test. What this test fixes
 * is the policy: {@link #PRIVATE_SEGMENTS} and {@link #REFLECTING_MODULES}.
 */
class ModuleDescriptorIT {
    /** A package with one of these name segments is never exported. */
    private static final Set<String> PRIVATE_SEGMENTS = Set.of("internal", "impl", "cli");

    /**
     * The only modules a package may be opened to: Jackson binds the model by reflection, picocli
     * the command line's options. Add a module here when another library must reflect.
     */
    private static final Set<String> REFLECTING_MODULES = Set.of("tools.jackson.databind", "info.picocli");

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJarHasAModuleDescriptorAtItsRootNamedAndVersionedAsDeclaredNotOpen(String artifactId) {
        ModuleDeclaration declared = ModuleDeclaration.ofSource(moduleInfo(artifactId));
        DescribedModule described = DescribedModule.of(jar(artifactId));

        assertThat(described.automatic()).as("%s is an automatic module", artifactId).isFalse();
        assertThat(described.descriptorLocation()).endsWith("!/module-info.class");
        assertThat(described.name()).isEqualTo(declared.name());
        assertThat(described.declaration().open()).as("%s is an open module", artifactId).isFalse();
        assertThat(described.version()).isEqualTo(System.getProperty("plan.version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJarExportsExactlyThePackagesItsModuleInfoExports(String artifactId) {
        ModuleDeclaration declared = ModuleDeclaration.ofSource(moduleInfo(artifactId));

        assertThat(DescribedModule.of(jar(artifactId)).declaration().exports()).isEqualTo(declared.exports())
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJarOpensExactlyThePackagesItsModuleInfoOpens(String artifactId) {
        ModuleDeclaration declared = ModuleDeclaration.ofSource(moduleInfo(artifactId));

        assertThat(DescribedModule.of(jar(artifactId)).declaration().opens()).isEqualTo(declared.opens());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void theJarRequiresExactlyTheModulesItsModuleInfoRequires(String artifactId) {
        ModuleDeclaration declared = ModuleDeclaration.ofSource(moduleInfo(artifactId));

        assertThat(DescribedModule.of(jar(artifactId)).declaration().requires()).isEqualTo(declared.requires());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void noInternalOrCommandLinePackageIsExported(String artifactId) {
        Map<String, Set<String>> exports = DescribedModule.of(jar(artifactId)).declaration().exports();

        assertThat(exports.keySet()).as("packages %s exports", artifactId).noneMatch(ModuleDescriptorIT::isPrivate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-model", "plan-schema", "plan-examples"})
    void packagesAreOpenedOnlyToReflectingLibrariesOrAsExportedResources(String artifactId) {
        ModuleDeclaration module = DescribedModule.of(jar(artifactId)).declaration();

        module.opens().forEach((pkg, targets) -> {
            if (targets.isEmpty()) {
                // opened to everyone so that its resources can be read: only an exported package
                assertThat(module.exports()).as("%s opens %s to everyone", artifactId, pkg)
                        .containsEntry(pkg, Set.of());
            } else {
                assertThat(REFLECTING_MODULES).as("%s opens %s to %s", artifactId, pkg, targets)
                        .containsAll(targets);
            }
        });
    }

    private static boolean isPrivate(String pkg) {
        return List.of(pkg.split("\\.")).stream().anyMatch(PRIVATE_SEGMENTS::contains);
    }

    /**
     * The module's jar: this module's own as packaged for this build, the others' as Maven resolved
     * them for it (set by dependency:properties; see this module's pom.xml).
     */
    private static Path jar(String artifactId) {
        String property = System.getProperty("plan.jar." + artifactId);
        assertThat(property).as("plan.jar.%s (run through Maven: ./mvnw verify)", artifactId)
                .isNotBlank()
                .doesNotStartWith("${");
        Path jar = Path.of(property);
        assertThat(jar.getFileName().toString()).as("%s was resolved to a jar (run 'verify', not 'test')", artifactId)
                .endsWith(".jar");
        assertThat(jar).isRegularFile();
        return jar;
    }

    private static String moduleInfo(String artifactId) {
        Path source = Path.of(System.getProperty("plan.rootDirectory"), artifactId, "src/main/java/module-info.java");
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
