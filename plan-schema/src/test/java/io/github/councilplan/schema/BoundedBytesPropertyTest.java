package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link BoundedBytes} reads a stream to its end or to one byte past the limit, however the stream
 * splits its reads.
 */
class BoundedBytesPropertyTest {
    @Property
    void readsTheStreamUpToOneBytePastTheLimit(@ForAll @Size(max = 300) byte[] content,
            @ForAll @IntRange(max = 400) int limit) throws IOException {
        byte[] read = BoundedBytes.read(new ByteArrayInputStream(content), limit);

        assertThat(read).isEqualTo(Arrays.copyOf(content, Math.min(content.length, limit + 1)));
    }

    @Property
    void readsAStreamThatGivesAFewBytesAtATimeUpToOneBytePastTheLimit(@ForAll @Size(max = 300) byte[] content,
            @ForAll @IntRange(min = 1, max = 7) int chunk, @ForAll @IntRange(max = 400) int limit) throws IOException {
        byte[] read = BoundedBytes.read(new Trickle(new ByteArrayInputStream(content), chunk), limit);

        assertThat(read).isEqualTo(Arrays.copyOf(content, Math.min(content.length, limit + 1)));
    }

    /** A stream that gives at most a few bytes a read. */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
