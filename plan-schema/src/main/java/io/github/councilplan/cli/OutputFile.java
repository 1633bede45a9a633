package io.github.councilplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The file a command writes with {@code --output OUT}: the text in UTF-8, replacing the file, or,
 * when it cannot be written, {@code plan: OUT: cannot write: REASON} and
 * {@link ExitCodes#CANNOT_CHECK}.
 */
final class OutputFile {
    private OutputFile() {}

    /**
     * Writes a rendering where the command was asked to: to the file named by {@code --output},
     * or, when none is, to the command line's standard output. There the format's own line breaks
     * are kept and anything else that could act on a terminal is escaped (CSV as CSV, whose quoted
     * values may hold line breaks); a file keeps the text as it is.
     *
     * @param name the file's name, or null for standard output
     * @param text the rendering, not null
     * @param csv whether the rendering is CSV
     * @param commandLine the command line whose standard output is written to, not null
     * @throws CommandFailure if the file cannot be written, saying why
     */
    static void writeRendering(String name, String text, boolean csv, CommandLine commandLine) {
        if (name != null) {
            write(name, text);
            return;
        }
        TerminalWriter out = TerminalWriter.of(commandLine.getOut());
        if (csv) {
            out.printCsv(text);
        } else {
            out.printLines(text);
        }
    }

    /**
     * Writes {@code text} to the file named {@code name}, in UTF-8.
     *
     * @throws CommandFailure if the file cannot be written, saying why
     */
    static void write(String name, String text) {
        try {
            Files.writeString(Path.of(name), text, StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + name + ": cannot write: invalid path: "
                    + e.getReason());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + name + ": cannot write: "
                    + ReadFailures.reason(e));
        }
    }
}
