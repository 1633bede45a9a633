package io.github.councilplan.schema;

/**
 * Tells, in one pass and without allocating, whether bytes are strictly UTF-8 as the readers decode
 * it ({@link DocumentText}): no overlong or truncated sequence, no encoded surrogate, nothing beyond
 * U+10FFFF. A document that is not, or that holds a zero byte (as UTF-16 and UTF-32 do), is left
 * to the full check, which decodes every encoding the readers take and locates every fault.
 */
final class StrictUtf8 {
    private StrictUtf8() {}

    /** Tells whether {@code bytes} are strictly UTF-8 with no zero byte; a UTF-8 byte order mark is allowed. */
    static boolean isStrictWithoutNul(byte[] bytes) {
        int n = bytes.length;
        int i = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n) {
            // eight bytes at a time while they are ASCII and none is NUL: most of a plan
            if (i + Long.BYTES <= n) {
                if (ByteWords.isAsciiWithoutNul(ByteWords.at(bytes, i))) {
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return false;
            }
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                if (i + 2 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F) {
                    return false; // overlong, or an encoded surrogate
                }
                i += 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                if (i + 3 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if (lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
                    return false; // overlong, or beyond U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
