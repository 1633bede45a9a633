package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md's layout table says what the modules hold: every package of the main code, in
 * the module that holds it, exported as its {@code module-info.java} exports it.
 */
class LayoutTableTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(plan-[a-z]+)` \\| `([a-z.]+)` \\| (yes|no|to `[a-z.]+`) \\| .+\\|$", Pattern.MULTILINE);
    private static final Pattern EXPORTS = Pattern.compile(
            "^\\s*exports ([a-z.]+)(?: to ([a-z.]+))?;", Pattern.MULTILINE);

    @Test
    void theLayoutTableListsEveryPackageOfTheMainCodeAsItsModuleExportsIt() {
        assertThat(tableRows()).isEqualTo(sourcePackages());
    }

    /** Each package of the table, as "module package exported". */
    private static Map<String, String> tableRows() {
        Matcher row = ROW.matcher(read(ROOT.resolve("CONTRIBUTING.md")));
        Map<String, String> rows = new TreeMap<>();
        while (row.find()) {
            rows.put(row.group(2), row.group(1) + " " + row.group(3).replace("`", ""));
        }
        return rows;
    }

    /** Each package with Java sources in a module's main code, as "module package exported". */
    private static Map<String, String> sourcePackages() {
        Map<String, String> packages = new TreeMap<>();
        for (String module : new String[] {"plan-model", "plan-schema", "plan-examples"}) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            Map<String, String> exported = new TreeMap<>();
            Matcher export = EXPORTS.matcher(read(sources.resolve("module-info.java")));
            while (export.find()) {
                exported.put(export.group(1), export.group(2) == null ? "yes" : "to " + export.group(2));
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path directory : files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !file.getFileName().toString().equals("module-info.java"))
                        .map(Path::getParent).collect(Collectors.toSet())) {
                    String name = sources.relativize(directory).toString().replace(directory.getFileSystem().getSeparator(), ".");
                    packages.put(name, module + " " + exported.getOrDefault(name, "no"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
