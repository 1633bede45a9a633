package io.github.councilplan.model.json;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading from and writing to every kind of source and target. */
class PlanJsonIoTest {
    private static final PlanJson JSON = PlanJson.standard();
    private static final Plan PLAN = JsonFixtures.fullPlan();
    private static final String TEXT = JSON.write(PLAN);

    @TempDir
    static Path dir;

    /** An input stream that remembers whether it was closed. */
    static final class TrackedInputStream extends FilterInputStream {
        boolean closed;

        TrackedInputStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** A reader that remembers whether it was closed. */
    static final class TrackedReader extends FilterReader {
        boolean closed;

        TrackedReader(String text) {
            super(new StringReader(text));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** An output stream that remembers whether it was flushed or closed. */
    static final class TrackedOutputStream extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("String", (Function<String, Plan>) JSON::read),
                Arguments.of("byte[]", (Function<String, Plan>) text -> JSON.read(text.getBytes(UTF_8))),
                Arguments.of("InputStream",
                        (Function<String, Plan>) text -> JSON.read((InputStream) new TrackedInputStream(text.getBytes(UTF_8)))),
                Arguments.of("Reader", (Function<String, Plan>) text -> JSON.read((Reader) new TrackedReader(text))),
                Arguments.of("Path", (Function<String, Plan>) text -> {
                    try {
                        Path file = Files.createTempFile(dir, "plan", ".json");
                        Files.writeString(file, text, UTF_8);
                        return JSON.read(file);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void readingFromEverySourceGivesAnEqualPlan(String source, Function<String, Plan> read) {
        assertThat(read.apply(TEXT)).isEqualTo(PLAN);
    }

    @Test
    void readingUtf16BytesGivesAnEqualPlan() {
        assertThat(JSON.read(TEXT.getBytes(UTF_16BE))).isEqualTo(PLAN);
    }

    @Test
    void readingAnInputStreamDoesNotCloseIt() {
        TrackedInputStream in = new TrackedInputStream(TEXT.getBytes(UTF_8));

        JSON.read(in);

        assertThat(in.closed).isFalse();
    }

    @Test
    void readingAReaderDoesNotCloseIt() {
        TrackedReader in = new TrackedReader(TEXT);

        JSON.read(in);

        assertThat(in.closed).isFalse();
    }

    @Test
    void writingToAnOutputStreamDoesNotCloseIt() {
        TrackedOutputStream out = new TrackedOutputStream();

        JSON.write(PLAN, out);

        assertThat(out.closed).isFalse();
    }

    @Test
    void writingToAnOutputStreamFlushesIt() {
        TrackedOutputStream out = new TrackedOutputStream();

        JSON.write(PLAN, out);

        assertThat(out.flushed).isTrue();
    }

    @Test
    void writingToAnOutputStreamWritesTheTextInUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JSON.write(PLAN, out);

        assertThat(out.toString(UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void writingToAPathWritesTheTextInUtf8() throws IOException {
        Path file = dir.resolve("written.json");
        Files.writeString(file, "previous content that is longer than nothing");

        JSON.write(PLAN, file);

        assertThat(Files.readString(file, UTF_8)).isEqualTo(TEXT);
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                Arguments.of("read(String)", (ThrowingCallable) () -> JSON.read((String) null)),
                Arguments.of("read(byte[])", (ThrowingCallable) () -> JSON.read((byte[]) null)),
                Arguments.of("read(InputStream)", (ThrowingCallable) () -> JSON.read((InputStream) null)),
                Arguments.of("read(Reader)", (ThrowingCallable) () -> JSON.read((Reader) null)),
                Arguments.of("read(Path)", (ThrowingCallable) () -> JSON.read((Path) null)),
                Arguments.of("write(null)", (ThrowingCallable) () -> JSON.write(null)),
                Arguments.of("write(null, OutputStream)",
                        (ThrowingCallable) () -> JSON.write(null, new ByteArrayOutputStream())),
                Arguments.of("write(Plan, (OutputStream) null)",
                        (ThrowingCallable) () -> JSON.write(PLAN, (OutputStream) null)),
                Arguments.of("write(Plan, (Path) null)", (ThrowingCallable) () -> JSON.write(PLAN, (Path) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void nullArgumentIsRejectedWithNullPointerException(String call, ThrowingCallable callable) {
        assertThatNullPointerException().isThrownBy(callable);
    }
}
