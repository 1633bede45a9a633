package io.github.councilplan.schema.read;

/** Reads one document's bytes into a located tree; implementations are thread-safe. */
public interface TreeReader {
    /**
     * Parses a whole document.
     *
     * @param document the document's bytes
     * @return the tree and its locations
     * @throws DocumentProblemException for an empty or malformed document, a forbidden feature or
     *     an exceeded limit, located where the fault is
     */
    LocatedTree read(byte[] document);
}
