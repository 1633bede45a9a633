package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 17, each run through the built command line in its own process
 * with a 256 MiB heap: each ends within two minutes in a located problem or a verdict, never an
 * internal error, a hang or a forged line. The bound is a guard against a hang or an amplification,
 * not a timing: each case takes a few seconds on an idle machine, and a CI machine shared many ways
 * (a load average of 20 on two cores) took more than 30 seconds for some.
 */
class HostileCasesIT {
    private static final long SECONDS = 120;
    private static final String HEAD = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\","
            + "\"organisation\":{\"name\":\"C\"},\"period\":{\"start\":\"2024\",\"end\":\"2029\"}";
    private static final String YAML_HEAD = "schemaVersion: \"0.2\"\nid: p\ntitle: T\norganisation: {name: C}\n"
            + "period: {start: \"2024\", end: \"2029\"}\n";
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheJar() throws IOException {
        jar = CliJar.find();
    }

    @Test
    void terminalEscapesInTheTextAndALineBreakInTheFileNameForgeNothing() throws Exception {
        Path file = write("fake.json\nfake.json: valid", HEAD.replace("\"T\"", "\"\\u001b]0;x\\u0007\\u001b[2J\\u009b31m\"")
                + ",\"themes\":[{\"id\":\"t\",\"name\":\"\\u0085\\u202e\\u2028x\"}]}");

        Result result = run("validate", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("\u001b", "\u0007", "\u009b", "\u0085", "\u202e", "\u2028")
                .contains("fake.json\\u000afake.json: valid: valid, 1 warning");
        assertThat(result.out().split("\n")).hasSize(2);
    }

    @Test
    void aDisplayNumberOf1500SegmentsIsALocatedProblem() throws Exception {
        Path file = write("number.json", HEAD + ",\"themes\":[{\"id\":\"t\",\"number\":\""
                + String.join(".", Collections.nCopies(1_500, "1")) + "\",\"name\":\"N\"}]}");

        assertLocatedProblems(run("validate", file.toString()), "schema.length");
    }

    @Test
    void aLanguageTagOf700SubtagsIsALocatedVerdict() throws Exception {
        String tag = "en-" + String.join("-", Collections.nCopies(700, "a-bb"));
        Path declared = write("declared.json", HEAD.replace("\"title\":\"T\"", "\"title\":\"T\",\"languages\":[\""
                + tag + "\"]") + "}");
        Path key = write("key.json", HEAD.replace("\"title\":\"T\"", "\"title\":{\"" + tag + "\":\"T\"}") + "}");

        assertLocatedProblems(run("validate", declared.toString()), "rule.language-tag");
        assertLocatedProblems(run("validate", key.toString()), "rule.language-tag");
    }

    @Test
    void aNamedPipeIsNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Result result = run("validate", fifo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plan: " + fifo + ": cannot read: not a regular file\n");
    }

    @Test
    void aHundredThousandEmptyMeasuresKeepAThousandProblems() throws Exception {
        Path file = write("measures.json", HEAD + ",\"measures\":[" + String.join(",", Collections.nCopies(100_000, "{}"))
                + "]}");

        Result result = run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        // an empty measure lacks the two properties format 0.2 requires of it, its id and its name
        assertThat(result.out()).contains(file + ": and 199,000 more problems of 1 code: schema.required (199,000)\n")
                .contains(file + ": schema.required 200,000 times: ")
                .endsWith(file + ": 200,000 errors\n");
        // the problems kept, the count of the rest, the repeated code's line and the summary
        assertThat(result.out().split("\n")).hasSize(1_003);
    }

    /**
     * Every text of the plan lacks all but one of its declared languages: each message names a few
     * of them and counts the rest, and the rule's work grows with the texts and the languages each
     * gives, not with the languages declared times the texts.
     */
    @Test
    void aMessageListingEveryDeclaredLanguageForEveryTextIsBounded() throws Exception {
        StringBuilder languages = new StringBuilder("\"en\"");
        for (int i = 0; i < 30_000; i++) {
            languages.append(String.format(",\"en-%05d\"", i));
        }
        // the languages inside the plan's object, before its organisation and period
        StringBuilder document = new StringBuilder(HEAD.replace("\"title\":\"T\"",
                "\"title\":\"T\",\"languages\":[" + languages + "]"));
        document.append(",\"themes\":[");
        for (int i = 0; i < 30_000; i++) {
            document.append(i == 0 ? "" : ",").append("{\"id\":\"t").append(i).append("\",\"name\":\"n\"}");
        }
        Path file = write("languages.json", document.append("]}").toString());

        assertLocatedProblems(run("validate", file.toString()), "rule.missing-language");
    }

    @Test
    void yamlAliasesCannotExpandATextIntoGigabytes() throws Exception {
        StringBuilder yaml = new StringBuilder(YAML_HEAD).append("extensions:\n  a: &a \"").append("x".repeat(900_000))
                .append("\"\nthemes:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - {id: t").append(i).append(", name: *a}\n");
        }
        Path file = write("aliases.yaml", yaml.toString());

        Result result = run("render", "--format", "markdown", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error limit.yaml-aliases: ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void diffOfTwoPlansWhoseWordingIsAllAlikeEnds() throws Exception {
        Path older = write("older.json", similar("o-", ""));
        Path newer = write("newer.json", similar("n-", " revised"));
        assertThat(Files.size(older)).isGreaterThan(500_000);

        Result result = run("diff", older.toString(), newer.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches("(?s)\\d+ changes: .*reworded.*");
    }

    @Test
    void aYamlNumberInHexWith102DecimalDigitsIsOverTheNumberLimit() throws Exception {
        Path file = write("hex.yaml", YAML_HEAD + "extensions: {n: 0x" + "f".repeat(85) + "}\n");

        assertLocatedProblems(run("validate", file.toString()), "limit.number-length");
    }

    @Test
    void anEscapedUnpairedSurrogateIsALocatedSyntaxProblemInJsonAndYamlStringsAndKeys() throws Exception {
        Path json = write("string.json", HEAD.replace("\"T\"", "\"a\\ud800b\"") + "}");
        Path jsonKey = write("key.json", HEAD + ",\"extensions\":{\"k\\ud800\":1}}");
        Path yaml = write("string.yaml", YAML_HEAD.replace("title: T", "title: \"a\\ud800b\""));
        Path yamlKey = write("key.yaml", YAML_HEAD + "extensions: {\"k\\udc00\": 1}\n");

        for (Path file : List.of(json, jsonKey, yaml, yamlKey)) {
            assertLocatedProblems(run("validate", file.toString()), "syntax.malformed");
        }
        assertThat(run("validate", "--format", "json", jsonKey.toString()).out()).contains("\"pointer\":\"/extensions/k\\\\ud800\"");
        assertThat(run("validate", "--format", "json", yamlKey.toString()).out()).contains("\"pointer\":\"/extensions/k\\\\udc00\"");
    }

    @Test
    void aFileWhoseNameIsNotUtf8Opens() throws Exception {
        Files.copy(PlanRun.TRACEABLE, dir.resolve("source.json"));
        Process copy = new ProcessBuilder("sh", "-c", "cp \"$0/source.json\" \"$0/$(printf 'plan\\377.json')\"",
                dir.toString()).start();
        assertThat(copy.waitFor()).isZero();

        Result result = runShell("\"$(printf '" + dir + "/plan\\377.json')\"");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith(": valid\n");
    }

    @Test
    void gapsAsOfANegativeYearIsAUsageError() throws Exception {
        Result result = run("gaps", "--as-of", "-2025-01-01", PlanRun.TRACEABLE.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plan: Invalid value for option '--as-of': expected a date as YYYY-MM-DD");
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() throws Exception {
        Result result = run("validate", "--x\u001b[31m\u009b", PlanRun.TRACEABLE.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plan: Unknown option: '--x\\u001b[31m\\u009b'\n").doesNotContain("\u001b");
    }

    private static void assertLocatedProblems(Result result, String code) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains(": error " + code + ": ").doesNotContain("internal error");
    }

    /** Two editions' plan: 4,000 deliverables whose titles share all words but one. */
    private static String similar(String prefix, String suffix) {
        StringBuilder plan = new StringBuilder(HEAD.replace("\"id\":\"p\"", "\"id\":\"" + prefix + "p\""))
                .append(",\"themes\":[{\"id\":\"").append(prefix).append("t\",\"number\":\"1\",\"name\":\"N\",\"priorities\":[");
        for (int p = 1; p <= 100; p++) {
            plan.append(p == 1 ? "" : ",").append("{\"id\":\"").append(prefix).append("p").append(p)
                    .append("\",\"number\":\"1.").append(p).append("\",\"title\":\"priority ").append(p)
                    .append("\",\"deliverables\":[");
            for (int d = 1; d <= 40; d++) {
                plan.append(d == 1 ? "" : ",").append("{\"id\":\"").append(prefix).append("d").append(p).append('.')
                        .append(d).append("\",\"number\":\"1.").append(p).append('.').append(d)
                        .append("\",\"title\":\"deliver the council's agreed improvement programme for residents and "
                                + "businesses across the borough item ").append(p * 100 + d).append(suffix).append("\"}");
            }
            plan.append("]}");
        }
        return plan.append("]}]}").toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return result(new ProcessBuilder(command));
    }

    /** Runs {@code plan validate} through the shell, whose words can be bytes that are not UTF-8. */
    private Result runShell(String file) throws IOException, InterruptedException {
        return result(new ProcessBuilder("sh", "-c", "\"" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "\" -Xmx256m -jar \"" + jar + "\" validate " + file));
    }

    private Result result(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("finished within %d seconds", SECONDS).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(result.err()).doesNotContain("internal error", "OutOfMemoryError", "StackOverflowError");
        return result;
    }

    /**
     * How a process ended.
     *
     * @param exitCode its exit code
     * @param out what it wrote to its output stream
     * @param err what it wrote to its error stream
     */
    private record Result(int exitCode, String out, String err) {}
}
