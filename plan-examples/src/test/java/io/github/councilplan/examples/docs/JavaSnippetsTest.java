package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.examples.ExamplePlans;
import io.github.councilplan.examples.RunningClassPath;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.PlanYaml;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles and runs, so a snippet that
 * stops working fails the build. A block is the body of a {@code main} method, with the imports of
 * every exported package of the library and of {@code java.util}, {@code java.nio.file},
 * {@code java.time} and {@code java.io}; a name it uses without declaring it ({@code plan},
 * {@code lastYear}, {@code thisYear}) is given Thurrock's plan, and a file it names with
 * {@code Path.of("NAME")} holds Thurrock's plan (as YAML for {@code .yaml} and {@code .yml}). A
 * block marked with {@code <!-- not compiled: REASON -->} on the line before it is skipped.
 */
class JavaSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile("(?m)^(?:(<!-- not compiled:[^>]*-->)\\n)?```java\\n(.*?)^```$",
            Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("Path\\.of\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final List<String> IMPORTS = List.of("io.github.councilplan.model", "io.github.councilplan.model.json",
            "io.github.councilplan.schema", "io.github.councilplan.trace", "io.github.councilplan.diff",
            "io.github.councilplan.render", "io.github.councilplan.examples", "io.github.councilplan.examples.synthetic",
            "java.util", "java.nio.file", "java.time", "java.io");
    /** The names a block may use without declaring them, each given Thurrock's plan. */
    private static final List<String> GIVEN_PLANS = List.of("plan", "lastYear", "thisYear");

    /** A block: where it is, and its code. */
    record Snippet(String where, String code) {
        @Override
        public String toString() {
            return where;
        }
    }

    static Stream<Snippet> snippets() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path document : documents) {
            String text = Files.readString(document);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                if (block.group(1) == null) {
                    int line = (int) text.substring(0, block.start()).chars().filter(c -> c == '\n').count() + 1;
                    snippets.add(new Snippet(ROOT.relativize(document) + ":" + line, block.group(2)));
                }
            }
        }
        return snippets.stream();
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void theSnippetCompilesAndRuns(Snippet snippet, @TempDir Path work) throws Exception {
        Path files = Files.createDirectories(work.resolve("files"));
        String code = FILE.matcher(snippet.code()).replaceAll(match -> {
            String name = match.group(1);
            // a path of the repository, as the docs write it to be run from its root; any other
            // name is a file the snippet reads: Thurrock's plan, written where the snippet runs
            Path inRepository = ROOT.resolve(name);
            Path file = Files.exists(inRepository) ? inRepository.toAbsolutePath().normalize() : files.resolve(name);
            if (file.startsWith(files)) {
                writeThurrock(file);
            }
            return Matcher.quoteReplacement("Path.of(\"" + file.toString().replace("\\", "\\\\") + "\")");
        });
        StringBuilder source = new StringBuilder();
        IMPORTS.forEach(name -> source.append("import ").append(name).append(".*;\n"));
        source.append("public class Snippet {\n    public static void main(String[] args) throws Exception {\n");
        for (String name : GIVEN_PLANS) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(code).find()
                    && !Pattern.compile("\\b\\w+\\s+" + name + "\\s*=").matcher(code).find()) {
                source.append("        Plan ").append(name).append(" = ExamplePlans.thurrock();\n");
            }
        }
        source.append(code).append("\n    }\n}\n");
        Path java = work.resolve("Snippet.java");
        Files.writeString(java, source);
        Path classes = Files.createDirectories(work.resolve("classes"));

        String classPath = classPath();
        run(snippet, "compiles", work, "javac", "-proc:none", "-classpath", classPath, "-d", classes.toString(),
                java.toString());
        run(snippet, "runs", work, "java", "-classpath", classes + File.pathSeparator + classPath, "Snippet");
    }

    /** Runs a tool of this JDK in {@code work}, and fails unless it ends with exit code 0. */
    private static void run(Snippet snippet, String what, Path work, String tool, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Path output = work.resolve(tool + ".out");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended && process.exitValue() == 0).as("%s %s:%n%s%n%s", snippet, what,
                Files.readString(output), Files.readString(work.resolve("Snippet.java"))).isTrue();
    }

    /** The test's class path and module path, for the compiler's class path. */
    private static String classPath() {
        return String.join(File.pathSeparator, RunningClassPath.entries());
    }

    private static void writeThurrock(Path file) {
        try {
            Files.createDirectories(file.getParent());
            String name = file.getFileName().toString();
            Files.writeString(file, name.endsWith(".yaml") || name.endsWith(".yml")
                    ? PlanYaml.standard().write(ExamplePlans.thurrock())
                    : PlanJson.standard().write(ExamplePlans.thurrock()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
