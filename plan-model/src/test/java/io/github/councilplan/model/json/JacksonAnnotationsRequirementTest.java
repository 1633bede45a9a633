package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.PackageVersion;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * The check that jackson-annotations is recent enough for Jackson 3. (That an old one gives this
 * message rather than a {@code NoClassDefFoundError}, on the class path and the module path, is
 * checked with real old jars by plan-examples' {@code JacksonTwoBomConsumerIT}.)
 */
class JacksonAnnotationsRequirementTest {
    @Test
    void theAnnotationsThisLibraryIsBuiltWithAreRecentEnough() {
        assertThat(JacksonAnnotationsRequirement.problem(JsonInclude.class.getClassLoader())).isEmpty();
    }

    @Test
    void annotationsWithoutTheNewestOneJacksonUsesAreRefusedWithAMessageNamingTheFix() {
        ClassLoader older = new ClassLoader(JsonInclude.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(JacksonAnnotationsRequirement.NEWEST_USED)) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };

        assertThat(JacksonAnnotationsRequirement.problem(older)).hasValueSatisfying(message -> assertThat(message)
                .contains("needs com.fasterxml.jackson.core:jackson-annotations 2.22 or later")
                .contains("Jackson 2's BOM")
                .contains("add com.fasterxml.jackson.core:jackson-annotations to your dependencyManagement")
                .contains("tools.jackson:jackson-bom:" + PackageVersion.VERSION));
    }

    @Test
    void theMessageNamesTheVersionFoundOrSaysItIsOlder() {
        assertThat(JacksonAnnotationsRequirement.message("2.17.2")).contains("but found 2.17.2.");
        assertThat(JacksonAnnotationsRequirement.message(null)).contains("but found an older one.");
    }

    @Test
    void theAnnotationCheckedForIsOneThatJacksonsAnnotationIntrospectorUses() {
        String internalName = JacksonAnnotationsRequirement.NEWEST_USED.replace('.', '/');

        assertThat(classFileText(JacksonAnnotationIntrospector.class)).contains(internalName);
    }

    @Test
    void standardChecksTheAnnotationsAndReturnsOneSharedInstance() {
        assertThat(PlanJson.standard()).isSameAs(PlanJson.standard());
    }

    /** A class file's bytes as ISO-8859-1 text, in which the constant pool's names can be found. */
    private static String classFileText(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertThat(in).as("the class file of %s", type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
