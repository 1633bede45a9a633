package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input controls no output: whatever a plan's text and a file's name hold (terminal escapes,
 * C0 and C1 controls, bidirectional controls, line breaks and separators), no line of any
 * command's text output holds one of them, and each command writes exactly the lines it writes
 * for plain text; JSON output gives the file name exactly.
 */
class OutputEscapingPropertyTest {
    /** The characters an attacker would use, and letters between them. */
    private static final String HOSTILE = "\u001b[]0;31m\u0007\n\r\t\u0000\u007f\u0085\u009b\u008d\u061c\u200e\u202e"
            + "\u2066\u2069\u2028\u2029\u00a0aZ ";
    private static Path directory;
    private static ObjectNode plan;

    @BeforeContainer
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("output-escaping");
        plan = (ObjectNode) JsonMapper.shared().readTree(Files.readString(PlanRun.TRACEABLE));
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    /** The commands, with {@code FILE} where the file goes. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("validate", "FILE"), List.of("validate", "--format", "json", "FILE"),
            List.of("validate", "--format", "sarif", "FILE"), List.of("validate", "--format", "junit", "FILE"),
            List.of("trace", "FILE", "d-1.1.2"), List.of("trace", "FILE", "t-1"),
            List.of("gaps", "--as-of", "2026-01-01", "FILE"), List.of("gaps", "--format", "json", "FILE"),
            List.of("diff", "FILE", "FILE"), List.of("diff", "--format", "json", "FILE", "FILE"),
            List.of("render", "--format", "markdown", "FILE"), List.of("render", "--format", "mermaid", "FILE"),
            // z first: no element has an id or number that starts with it, so the hostile text (which may be "1")
            // names no element, as "x" does not
            List.of("render", "--format", "csv", "FILE"), List.of("trace", "FILE", "zHOSTILE"),
            List.of("report", "FILE", "--period", "2025/26 Q2"), List.of("report", "FILE", "--period", "2025/26 Q2",
                    "--format", "csv"), List.of("report", "FILE", "--period", "2025/26 Q2", "--format", "html"),
            List.of("validate", "MISSING"), List.of("validate", "--HOSTILE", "FILE"));

    @Property(tries = 40)
    void noOutputLineHoldsACharacterFromOutsideThatActsOnATerminal(@ForAll("hostile") String text) throws IOException {
        Path hostileFile = write(text.replace("/", "").replace("\u0000", ""), text, "");
        Path plainFile = write("x", "x", "plain");
        for (List<String> command : COMMANDS) {
            PlanRun hostile = PlanRun.of(arguments(command, hostileFile, text));
            PlanRun plain = PlanRun.of(arguments(command, plainFile, "x"));

            assertThat(hostile.exitCode()).as("%s", command).isEqualTo(plain.exitCode());
            for (String[] streams : new String[][] {{hostile.out(), plain.out()}, {hostile.err(), plain.err()}}) {
                List<String> lines = lines(streams[0]);
                assertThat(lines).as("%s on %s", command, streams[0]).allSatisfy(line ->
                        assertThat(TerminalWriter.escape(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line))
                                .isEqualTo(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
                assertThat(lines).as("%s: the lines of\n%s\nand of\n%s", command, streams[0], streams[1])
                        .hasSameSizeAs(lines(streams[1]));
            }
        }
    }

    @Example
    void jsonOutputGivesTheFileNameExactly() throws IOException {
        Path file = write("\u001b[31m\u009b\u2028\u202e\n", "", "");

        PlanRun run = PlanRun.of("validate", "--format", "json", file.toString());

        JsonNode report = JsonMapper.shared().readTree(run.out());
        assertThat(report.get("files").get(0).get("file").asString()).isEqualTo(file.toString());
        assertThat(run.out()).doesNotContain("\u001b", "\u009b", "\u2028", "\u202e", "\n\n");
    }

    /** Writes the plan, {@code label} added to its text, to a file whose name holds {@code name}. */
    private static Path write(String name, String label, String suffix) throws IOException {
        ObjectNode copy = plan.deepCopy();
        relabel(copy, label);
        Path file = directory.resolve("plan" + name + suffix + ".json");
        Files.writeString(file, JsonMapper.shared().writeValueAsString(copy), StandardCharsets.UTF_8);
        return file;
    }

    private static void relabel(JsonNode node, String label) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getValue().isString() && List.of("title", "name", "statement", "note")
                        .contains(property.getKey())) {
                    ((ObjectNode) node).put(property.getKey(), property.getValue().asString() + label);
                } else {
                    relabel(property.getValue(), label);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> relabel(item, label));
        }
    }

    private static String[] arguments(List<String> command, Path file, String text) {
        List<String> arguments = new ArrayList<>();
        for (String argument : command) {
            arguments.add(argument.replace("FILE", file.toString()).replace("MISSING", file + text + ".missing")
                    .replace("HOSTILE", text));
        }
        return arguments.toArray(String[]::new);
    }

    private static List<String> lines(String output) {
        return output.isEmpty() ? List.of() : List.of(output.split("\n", -1));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMinLength(1).ofMaxLength(12);
    }
}
