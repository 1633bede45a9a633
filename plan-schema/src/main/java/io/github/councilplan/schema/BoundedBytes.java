package io.github.councilplan.schema;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a document's bytes within a limit: at most one byte more than the limit allows, so that
 * the caller can tell a document over the limit without reading it all. The one place the readers
 * of files and streams (the validator's and {@link PlanYaml}'s) bound what they read.
 *
 * <p>The bytes are read in chunks joined at the end, even from a file whose size is known:
 * measured on a 50 MB document in a 256 MiB heap, one array of the file's size, allocated before
 * reading, left the time as it was and raised the process's peak resident memory by about 45 MiB
 * (the collector then sized its young generation smaller, and copied the model being built more
 * often). Stateless and thread-safe.
 */
final class BoundedBytes {
    private BoundedBytes() {}

    /**
     * Reads a stream to its end, or to one byte past the limit.
     *
     * @param in the stream, not null; not closed
     * @param limit the most bytes the caller accepts, 0 or more
     * @return the bytes read: at most {@code limit + 1} (and at most {@code Integer.MAX_VALUE - 7})
     * @throws IOException if reading fails
     */
    static byte[] read(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit) + 1);
    }
}
