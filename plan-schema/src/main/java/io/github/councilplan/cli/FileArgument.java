package io.github.councilplan.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file named on the command line, as a path the platform can open, even when its name is not
 * text in the platform's encoding (a name that is not UTF-8 on a UTF-8 system, or any name beyond
 * ASCII under the C locale).
 *
 * <p>The Java launcher decodes each argument's bytes in the platform's encoding, putting U+FFFD
 * for each sequence that does not decode; such a name cannot be encoded back into the bytes it
 * came from. So a name holding U+FFFD that does not name a file as it stands is looked for, one
 * element at a time, among the entries of each directory on its way: an entry whose name decodes
 * to the same text (the platform decodes both alike) is the one meant, if it is the only one.
 */
final class FileArgument {
    private static final char REPLACEMENT = '\uFFFD';

    private FileArgument() {}

    /**
     * Returns the path of the file named {@code name}: the name as it stands, or, for a name
     * holding U+FFFD that names nothing as it stands, the one file whose name the platform
     * decodes to {@code name}.
     *
     * @throws InvalidPathException if the name is not a path and no file decodes to it
     */
    static Path of(String name) {
        if (name.indexOf(REPLACEMENT) < 0) {
            return Path.of(name);
        }
        try {
            Path path = Path.of(name);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return path;
            }
        } catch (InvalidPathException e) {
            return decodedTo(name).orElseThrow(() -> e);
        }
        return decodedTo(name).orElseGet(() -> Path.of(name));
    }

    /** Finds the file whose path decodes to {@code name}, element by element. */
    private static Optional<Path> decodedTo(String name) {
        Path at = name.startsWith("/") ? Path.of("/") : null;
        for (String element : name.split("/")) {
            if (element.isEmpty()) {
                continue;
            }
            Optional<Path> next = element.indexOf(REPLACEMENT) < 0 ? resolve(at, element) : Optional.empty();
            if (next.isEmpty()) {
                next = entryDecodedTo(at, element);
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.ofNullable(at);
    }

    private static Optional<Path> resolve(Path directory, String element) {
        try {
            Path path = directory == null ? Path.of(element) : directory.resolve(element);
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Returns the one entry of {@code directory} (the working directory when null) named {@code element}. */
    private static Optional<Path> entryDecodedTo(Path directory, String element) {
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory == null ? Path.of(".") : directory)) {
            for (Path entry : entries) {
                Path entryName = entry.getFileName();
                if (entryName != null && entryName.toString().equals(element)) {
                    if (found != null) {
                        return Optional.empty(); // two names decode alike: neither is chosen
                    }
                    found = directory == null ? entryName : directory.resolve(entryName);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
