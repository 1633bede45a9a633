package io.github.councilplan.schema.read;

import io.github.councilplan.model.message.ShownValue;

import io.github.councilplan.schema.ProblemCode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A document's bytes as text: both readers decode a document here, strictly, so that bytes that
 * are not text in the detected encoding (overlong or truncated UTF-8, an unpaired surrogate) are
 * a located problem and never a replacement character, and so that columns count characters,
 * not bytes.
 */
final class DocumentText {
    private DocumentText() {}

    /**
     * Decodes a document: UTF-8, or UTF-16 or UTF-32 recognised by a byte order mark or by the
     * zero bytes of an ASCII first character, as the YAML specification detects them (5.2).
     */
    static String decode(byte[] bytes) {
        int n = bytes.length;
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            charset = charset("UTF-32BE");
            skip = 4;
        } else if (n >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            charset = charset("UTF-32LE");
            skip = 4;
        } else if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0) {
            charset = charset("UTF-32BE");
        } else if (n >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
            charset = charset("UTF-32LE");
        } else if (n >= 2 && bytes[0] == 0 && bytes[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (n >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, n - skip);
        CharBuffer out = CharBuffer.allocate(n - skip + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int[] at = position(out.flip(), Integer.MAX_VALUE);
            throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED, "the document is not valid "
                    + charset.name() + " (at byte " + in.position() + ")", at[0], at[1]);
        }
        return out.flip().toString();
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException e) {
            throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED,
                    "the document is in " + name + ", which this Java runtime cannot decode", 1, 1);
        }
    }

    /**
     * Returns the index of the first unpaired surrogate in {@code text}, half of a surrogate pair
     * without its other half (which an escape such as <code>&#92;ud800</code> in JSON or in a YAML
     * double-quoted string can make, although no encoding can carry it): or -1 when there is none.
     */
    static int unpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns {@code text} with each unpaired surrogate written as the escape that made it
     * (<code>&#92;ud800</code>), as a pointer shows a key the reader refuses for holding one.
     */
    static String asWritten(String text) {
        if (unpairedSurrogate(text) < 0) {
            return text;
        }
        StringBuilder written = new StringBuilder(text.length() + 10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                written.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                written.append(String.format("\\u%04x", (int) c));
            } else {
                written.append(c);
            }
        }
        return written.toString();
    }

    /**
     * Returns the message of a problem with a string or key that holds an unpaired surrogate, or
     * null when {@code text} holds none.
     *
     * @param what what the text is, such as {@code "the string"} or {@code "the key"}
     */
    static String unpairedSurrogateMessage(String what, String text) {
        int at = unpairedSurrogate(text);
        return at < 0 ? null : String.format("%s %s holds the escape \\u%04x, half of a surrogate pair without its "
                + "other half, which is not a character", what, ShownValue.of(text), (int) text.charAt(at));
    }

    /**
     * Returns the 1-based line and column of the code point at {@code index} in {@code text} (or
     * of its end), counting lines and columns as the YAML engine's marks do.
     */
    static int[] position(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        int count = 0;
        for (int i = 0; i < text.length() && count < index; count++) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
