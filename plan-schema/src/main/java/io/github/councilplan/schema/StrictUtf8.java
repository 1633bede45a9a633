package io.github.councilplan.schema;

import io.github.councilplan.model.reading.ByteWords;

/**
 * Tells, in one pass and without allocating, whether bytes are strictly UTF-8 as the readers decode
 * it ({@link DocumentText}): no overlong or truncated sequence, no encoded surrogate, nothing beyond
 * U+10FFFF. A document that is not, or that holds a zero byte (as UTF-16 and UTF-32 do), is left
 * to the full check, which decodes every encoding the readers take and locates every fault. The
 * same pass tells whether the document escapes a surrogate anywhere (a backslash, {@code u} and
 * D800 to DFFF in hex), the one way strictly UTF-8 JSON can make a string hold one unpaired, so that
 * {@link CheckedTokens} need look at strings for one only when it does.
 */
final class StrictUtf8 {
    /** What one pass over a document's bytes found. */
    enum Scan {
        /** Not strictly UTF-8, or a zero byte: the full check's to decide. */
        NOT_STRICT,
        /** Strictly UTF-8 with no zero byte, and no escape of a surrogate. */
        STRICT,
        /** Strictly UTF-8 with no zero byte, and an escape of a surrogate somewhere. */
        STRICT_ESCAPING_SURROGATES
    }

    private StrictUtf8() {}

    /** Tells whether {@code bytes} are strictly UTF-8 with no zero byte; a UTF-8 byte order mark is allowed. */
    static boolean isStrictWithoutNul(byte[] bytes) {
        return scan(bytes) != Scan.NOT_STRICT;
    }

    /**
     * Tells whether {@code bytes} are strictly UTF-8 with no zero byte (a UTF-8 byte order mark is
     * allowed) and, when they are, whether they escape a surrogate.
     *
     * @param bytes the document, not null
     * @return what the pass found, not null
     */
    static Scan scan(byte[] bytes) {
        int n = bytes.length;
        boolean escapes = false;
        int i = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n) {
            // eight bytes at a time while they are ASCII and none is NUL: most of a plan
            if (i + Long.BYTES <= n) {
                long word = ByteWords.at(bytes, i);
                if (ByteWords.isAsciiWithoutNul(word)) {
                    if (!escapes && ByteWords.holds(word, '\\')) {
                        for (int j = i; j < i + Long.BYTES; j++) {
                            escapes |= escapesSurrogateAt(bytes, j);
                        }
                    }
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = bytes[i];
            if (b > 0) {
                escapes = escapes || b == '\\' && escapesSurrogateAt(bytes, i);
                i++;
                continue;
            }
            if (b == 0) {
                return Scan.NOT_STRICT;
            }
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1])) {
                    return Scan.NOT_STRICT;
                }
                i += 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                if (i + 2 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                    return Scan.NOT_STRICT;
                }
                int second = bytes[i + 1] & 0xFF;
                if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F) {
                    return Scan.NOT_STRICT; // overlong, or an encoded surrogate
                }
                i += 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                if (i + 3 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return Scan.NOT_STRICT;
                }
                int second = bytes[i + 1] & 0xFF;
                if (lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
                    return Scan.NOT_STRICT; // overlong, or beyond U+10FFFF
                }
                i += 4;
            } else {
                return Scan.NOT_STRICT;
            }
        }
        return escapes ? Scan.STRICT_ESCAPING_SURROGATES : Scan.STRICT;
    }

    /**
     * Tells whether an escape of a surrogate starts at {@code i}: a backslash, {@code u} and D800
     * to DFFF in hex.
     */
    private static boolean escapesSurrogateAt(byte[] bytes, int i) {
        if (i + 3 >= bytes.length || bytes[i] != '\\' || bytes[i + 1] != 'u') {
            return false;
        }
        byte high = bytes[i + 2];
        byte next = bytes[i + 3];
        return (high == 'd' || high == 'D')
                && (next >= '8' && next <= '9' || next >= 'a' && next <= 'f' || next >= 'A' && next <= 'F');
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
