package io.github.councilplan.schema;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan document to validate with others ({@link PlanValidator#validateTogether(java.util.List)}):
 * a file, read by the validator within its limits when it validates, or bytes already read, with
 * the format to read them in.
 *
 * <p>Instances are immutable and thread-safe; bytes given are copied.
 */
public final class PlanDocument {
    private final Path file;
    private final byte[] bytes;
    private final DocumentFormat format;

    private PlanDocument(Path file, byte[] bytes, DocumentFormat format) {
        this.file = file;
        this.bytes = bytes;
        this.format = format;
    }

    /**
     * Obtains a document held in a file, JSON or YAML by its extension ({@code .yaml} and
     * {@code .yml} are YAML).
     *
     * @param file the file, not null
     * @return the document, not null
     * @throws NullPointerException if {@code file} is null
     */
    public static PlanDocument of(Path file) {
        return of(file, DocumentFormat.of(file));
    }

    /**
     * Obtains a document held in a file, in the given format.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     */
    public static PlanDocument of(Path file, DocumentFormat format) {
        return new PlanDocument(Objects.requireNonNull(file, "file"), null, Objects.requireNonNull(format, "format"));
    }

    /**
     * Obtains a document held in bytes (UTF-8, or UTF-16 or UTF-32 with or without a byte order
     * mark).
     *
     * @param bytes the document, not null; copied
     * @param format the format, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     */
    public static PlanDocument of(byte[] bytes, DocumentFormat format) {
        return new PlanDocument(null, Objects.requireNonNull(bytes, "bytes").clone(),
                Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the file the document is held in.
     *
     * @return the file, or empty for a document given as bytes; not null
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Returns the format the document is read in.
     *
     * @return the format, not null
     */
    public DocumentFormat format() {
        return format;
    }

    /** Returns the bytes given, not copied, or null for a document held in a file. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return file != null ? file + " (" + format + ")" : bytes.length + " bytes (" + format + ")";
    }
}
