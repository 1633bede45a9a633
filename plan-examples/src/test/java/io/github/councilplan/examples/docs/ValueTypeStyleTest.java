package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.PlanValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md's rule for value types holds in the published API: no public type of an exported
 * package is a record, and the only public classes that define their own {@code equals} are the
 * model's scalar values that CONTRIBUTING.md names as the one exception (every other value type is
 * an Immutables abstract type, whose generated, package-private class defines it).
 */
class ValueTypeStyleTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports ([a-z.]+);", Pattern.MULTILINE);
    private static final Pattern NAMED = Pattern.compile("`([A-Z][A-Za-z]+)`");

    @Test
    void noPublicTypeOfTheApiIsARecord() {
        assertThat(apiClasses()).filteredOn(Class::isRecord).isEmpty();
    }

    @Test
    void onlyTheScalarValuesContributingNamesDefineTheirOwnEquals() {
        Set<String> handWritten = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            try {
                type.getDeclaredMethod("equals", Object.class);
                handWritten.add(type.getSimpleName());
            } catch (NoSuchMethodException e) {
                // inherits equals: an Immutables type, an enum, or not a value type
            }
        }

        assertThat(handWritten).isEqualTo(scalarValuesNamedByContributing());
    }

    /** The types named in CONTRIBUTING.md's paragraph on the one exception to the Immutables style. */
    private static Set<String> scalarValuesNamedByContributing() {
        String text = read(ROOT.resolve("CONTRIBUTING.md"));
        int start = text.indexOf("The one exception is the model's scalar values");
        assertThat(start).as("CONTRIBUTING.md's paragraph on the exception").isNotNegative();
        String paragraph = text.substring(start, text.indexOf("\n\n", start));
        String listed = paragraph.substring(0, paragraph.indexOf(". These are hand-written"));
        Set<String> names = new TreeSet<>();
        Matcher name = NAMED.matcher(listed);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    /** Every public class of every package that plan-model and plan-schema export to everyone. */
    private static List<Class<?>> apiClasses() {
        List<Class<?>> classes = new ArrayList<>();
        collect(Plan.class, "plan-model", classes);
        collect(PlanValidator.class, "plan-schema", classes);
        assertThat(classes).as("public classes found").hasSizeGreaterThan(50);
        return classes;
    }

    private static void collect(Class<?> member, String module, List<Class<?>> into) {
        Set<String> exported = new TreeSet<>();
        Matcher export = EXPORTS.matcher(read(ROOT.resolve(module).resolve("src/main/java/module-info.java")));
        while (export.find()) {
            exported.add(export.group(1));
        }
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                walk(location, exported, member.getClassLoader(), into);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    walk(jar.getPath("/"), exported, member.getClassLoader(), into);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Path root, Set<String> exported, ClassLoader loader, List<Class<?>> into)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !exported.contains(name.substring(0, dot)) || name.endsWith("module-info")
                        || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = load(name, loader);
                if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
                    into.add(type);
                }
            }
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
