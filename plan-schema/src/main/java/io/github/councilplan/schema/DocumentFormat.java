package io.github.councilplan.schema;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The syntaxes a plan document may be written in. */
public enum DocumentFormat {
    /** JSON (RFC 8259). */
    JSON,
    /** YAML 1.2, without custom tags. */
    YAML;

    /**
     * Chooses the format from a file name: {@code .yaml} and {@code .yml} are YAML, anything else
     * JSON.
     *
     * @param file the file, not null
     * @return the format, not null
     */
    public static DocumentFormat of(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
