package io.github.councilplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command the documentation shows runs as written. Each shell session of README.md,
 * SECURITY.md, CONTRIBUTING.md and docs/*.md ({@link ShellSession}: a {@code sh}, {@code text} or
 * {@code console} block whose lines start with {@code $ }) runs in bash, its commands in one shell,
 * in a scratch directory that links to every file and directory of the repository's root (so the
 * documented paths resolve, and files the commands write are left out of the repository), with
 * the JDK that runs this test first on the path. Every command must exit with 0, unless the next
 * command is {@code echo $?}, which shows its exit code; where the documentation shows a
 * command's output, standard output and standard error together must be what it shows
 * ({@link ShownOutput}: {@code …} elides lines).
 *
 * <p>The sessions run the command line through its {@code -cli} jar, which plan-schema's build
 * has made before this module is built. Maven commands are not run (they are the build itself);
 * the executions and modules they name must exist.
 */
class DocumentedCommandsIT {
    private static final Path ROOT = Path.of(System.getProperty("plan.rootDirectory")).toAbsolutePath().normalize();
    private static final Pattern DOCUMENTED_JAR = Pattern.compile("plan-schema/target/plan-schema-[^\\s/]*-cli\\.jar");
    private static final Pattern EXECUTION = Pattern.compile("exec:(?:java|exec)@([\\w-]+)");
    private static final Pattern MODULES = Pattern.compile("(?:^|\\s)-pl\\s+(\\S+)");

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("SECURITY.md"),
                ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(page -> page.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    static Stream<ShellSession> sessions() throws IOException {
        List<ShellSession> sessions = new ArrayList<>();
        for (Path document : documents()) {
            sessions.addAll(ShellSession.in(ROOT.relativize(document).toString(), Files.readString(document)));
        }
        return sessions.stream();
    }

    /**
     * The shell blocks of the documentation but those marked {@value #RUN_ELSEWHERE} on the line
     * before: {@code .ci/results-outside-java} runs those as written (they need Node and Python).
     */
    private static List<FencedBlock> shellBlocks() throws IOException {
        List<FencedBlock> blocks = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            List<String> lines = text.lines().toList();
            FencedBlock.in(text).stream()
                    .filter(block -> ShellSession.SHELL_BLOCKS.contains(block.info()))
                    .filter(block -> block.firstLine() < 3
                            || !lines.get(block.firstLine() - 3).strip().equals(RUN_ELSEWHERE))
                    .forEach(blocks::add);
        }
        return blocks;
    }

    /** The mark of a block that {@code .ci/results-outside-java} runs. */
    static final String RUN_ELSEWHERE = "<!-- ci: run the next block -->";

    private static Path cliJar() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("plan-schema/target"))) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().matches("plan-schema-.*-cli\\.jar")).toList();
            assertThat(jars).as("plan-schema's -cli jar (build plan-schema first: ./mvnw -B verify)").hasSize(1);
            return jars.get(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void theSessionRunsAsWritten(ShellSession session) throws IOException, InterruptedException {
        cliJar();
        Path scratch = Files.createTempDirectory("documented-session");
        Path outputs = Files.createTempDirectory("documented-output");
        try {
            run(session, scratch, outputs);
        } finally {
            delete(scratch);
            delete(outputs);
        }
    }

    private static void run(ShellSession session, Path scratch, Path outputs) throws IOException, InterruptedException {
        try (Stream<Path> entries = Files.list(ROOT)) {
            for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals(".git")).toList()) {
                Files.createSymbolicLink(scratch.resolve(entry.getFileName()), entry);
            }
        }
        StringBuilder script = new StringBuilder("exec </dev/null\n");
        for (int i = 0; i < session.steps().size(); i++) {
            Path printed = outputs.resolve(i + ".out");
            script.append("{ ").append(session.steps().get(i).command()).append("\n} >'").append(printed)
                    .append("' 2>&1\n__s=$?; echo $__s >'").append(outputs.resolve(i + ".rc")).append("'; (exit $__s)\n");
        }
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString()).directory(scratch.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = bash.environment();
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + environment.get("PATH"));
        environment.put("LC_ALL", "C.UTF-8");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        Process process = bash.start();
        // a guard against a hang only, far above any session's time
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("%s did not end within 10 minutes", session.source());
        }
        for (int i = 0; i < session.steps().size(); i++) {
            ShellSession.Step step = session.steps().get(i);
            String where = session.source().replaceFirst(":\\d+$", "") + ":" + step.line() + ": $ " + step.command();
            Path rc = outputs.resolve(i + ".rc");
            assertThat(rc).as("%s ran", where).exists();
            int exitCode = Integer.parseInt(Files.readString(rc).strip());
            List<String> printed = Files.readString(outputs.resolve(i + ".out"), StandardCharsets.UTF_8).lines().toList();
            boolean shownNext = i + 1 < session.steps().size() && session.steps().get(i + 1).echoesExitCode();
            if (!shownNext) {
                assertThat(exitCode).as("%s exits with 0 (or show its exit code with `echo $?`); it printed:%n%s",
                        where, String.join("\n", printed)).isZero();
            }
            if (!step.shown().isEmpty() && !ShownOutput.matches(step.shown(), printed)) {
                fail("%s prints what the documentation shows%nshown:%n%s%nprinted:%n%s", where,
                        String.join("\n", step.shown()), String.join("\n", printed));
            }
        }
    }

    /** Deletes a directory and what is in it, without following links (a link to the repository is deleted, not what it links to). */
    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void theReadmeAndTheCliManualHaveSessionsToRun() throws IOException {
        Map<String, Long> perDocument = sessions().collect(Collectors.groupingBy(
                session -> session.source().replaceFirst(":\\d+$", ""), Collectors.counting()));

        assertThat(perDocument).containsKeys("README.md", "docs/cli.md", "docs/editions.md");
    }

    @Test
    void everyJarTheDocumentationNamesIsTheOneTheBuildMade() throws IOException {
        String built = ROOT.relativize(cliJar()).toString().replace(File.separatorChar, '/');
        for (Path document : documents()) {
            Matcher jar = DOCUMENTED_JAR.matcher(Files.readString(document));
            while (jar.find()) {
                assertThat(jar.group()).as("%s names the -cli jar", document.getFileName()).isEqualTo(built);
            }
        }
    }

    @Test
    void everyJavaCommandOfAShellBlockIsInASessionAndNoSessionRunsMaven() throws IOException {
        for (FencedBlock block : shellBlocks()) {
            boolean session = !block.lines().isEmpty() && block.lines().get(0).startsWith("$ ");
            for (String line : block.lines()) {
                assertThat(line).as("block at line %d: a java command is written as a session (`$ java …`) so that it is run",
                        block.firstLine()).doesNotStartWith("java ");
                if (session) {
                    assertThat(line).as("block at line %d: a session runs no Maven command", block.firstLine())
                            .doesNotStartWith("$ ./mvnw");
                }
            }
        }
    }

    @Test
    void everyMavenCommandNamesModulesAndExecutionsThatExist() throws IOException {
        String examplesPom = Files.readString(ROOT.resolve("plan-examples/pom.xml"));
        List<String> commands = shellBlocks().stream().flatMap(block -> block.lines().stream())
                .filter(line -> line.startsWith("./mvnw")).toList();

        assertThat(commands).isNotEmpty();
        for (String command : commands) {
            Matcher execution = EXECUTION.matcher(command);
            while (execution.find()) {
                assertThat(examplesPom).as(command).contains("<id>" + execution.group(1) + "</id>");
            }
            Matcher modules = MODULES.matcher(command);
            while (modules.find()) {
                for (String module : modules.group(1).split(",")) {
                    assertThat(ROOT.resolve(module).resolve("pom.xml")).as(command).isRegularFile();
                }
            }
        }
    }
}
