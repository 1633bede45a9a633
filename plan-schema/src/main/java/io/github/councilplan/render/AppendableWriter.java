package io.github.councilplan.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} that appends to an {@link Appendable}, for libraries that write to writers.
 * Closing it closes nothing: the appendable belongs to the caller.
 */
final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        out.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
        // the appendable is the caller's to flush
    }

    @Override
    public void close() {
        // the appendable is the caller's to close
    }
}
