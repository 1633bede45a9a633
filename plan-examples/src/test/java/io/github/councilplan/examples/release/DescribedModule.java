package io.github.councilplan.examples.release;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.spi.ToolProvider;

/**
 * A jar's module as the JDK's {@code jar --describe-module --file JAR} reports it.
 *
 * @param name the module's name
 * @param version the module's version, empty if it records none
 * @param descriptorLocation where the descriptor was read ({@code jar:file:…!/module-info.class}),
 *     empty for a jar without one
 * @param automatic whether the jar has no descriptor, so that Java derives an automatic module
 * @param declaration what the descriptor declares
 */
record DescribedModule(
        String name, String version, String descriptorLocation, boolean automatic, ModuleDeclaration declaration) {
    private static final String NO_DESCRIPTOR = "No module descriptor found";

    /**
     * Runs the running JDK's {@code jar} tool on a jar and reads its report.
     *
     * @throws AssertionError if the tool is missing or fails
     */
    static DescribedModule of(Path jar) {
        ToolProvider tool = ToolProvider.findFirst("jar")
                .orElseThrow(() -> new AssertionError("the JDK's jar tool is missing: run the build on a JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = tool.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "--describe-module", "--file", jar.toString());
        if (status != 0) {
            throw new AssertionError("jar --describe-module --file " + jar + " exited with " + status + ": " + err);
        }
        return parse(out.toString());
    }

    /**
     * Reads the report of {@code jar --describe-module}.
     *
     * @throws IllegalArgumentException if a line is not one the jar tool writes
     */
    static DescribedModule parse(String report) {
        List<String> lines = report.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> rest = !lines.isEmpty() && lines.get(0).startsWith(NO_DESCRIPTOR) ? lines.subList(1, lines.size()) : lines;
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("empty report from jar --describe-module:\n" + report);
        }
        // NAME[@VERSION] [LOCATION] [open] [automatic]
        List<String> header = List.of(rest.get(0).split("\\s+"));
        String[] nameAndVersion = header.get(0).split("@", 2);
        String location = header.size() > 1 && !Set.of("open", "automatic").contains(header.get(1)) ? header.get(1) : "";
        boolean open = header.contains("open");
        boolean automatic = header.contains("automatic");

        Map<String, Set<String>> exports = new TreeMap<>();
        Map<String, Set<String>> opens = new TreeMap<>();
        Map<String, Set<String>> requires = new TreeMap<>();
        for (String line : rest.subList(1, rest.size())) {
            List<String> words = List.of(line.split("\\s+"));
            switch (words.get(0)) {
                case "exports" -> exports.put(words.get(1), Set.of());
                case "opens" -> opens.put(words.get(1), Set.of());
                case "qualified" -> qualified(words).forEach((words.get(1).equals("exports") ? exports : opens)::put);
                case "requires" -> {
                    Set<String> modifiers = Set.copyOf(words.subList(2, words.size()));
                    if (!modifiers.contains("mandated")) {
                        requires.put(words.get(1).split("@", 2)[0], modifiers);
                    }
                }
                case "contains", "uses", "provides", "main-class", "platform", "hashes" -> { }
                default -> throw new IllegalArgumentException("unknown line from jar --describe-module: " + line);
            }
        }
        return new DescribedModule(nameAndVersion[0], nameAndVersion.length > 1 ? nameAndVersion[1] : "", location,
                automatic, new ModuleDeclaration(nameAndVersion[0], open, exports, opens, requires));
    }

    /** {@code qualified exports|opens PACKAGE to MODULE...}, as package to modules. */
    private static Map<String, Set<String>> qualified(List<String> words) {
        if (words.size() < 5 || !Set.of("exports", "opens").contains(words.get(1)) || !words.get(3).equals("to")) {
            throw new IllegalArgumentException("unknown line from jar --describe-module: " + String.join(" ", words));
        }
        return Map.of(words.get(2), Set.copyOf(words.subList(4, words.size())));
    }
}
