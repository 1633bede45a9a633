package io.github.councilplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The file a command writes with {@code --output OUT}: the text in UTF-8, replacing the file, or,
 * when it cannot be written, {@code plan: OUT: cannot write: REASON} and
 * {@link ExitCodes#CANNOT_CHECK}.
 */
final class OutputFile {
    private OutputFile() {}

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
