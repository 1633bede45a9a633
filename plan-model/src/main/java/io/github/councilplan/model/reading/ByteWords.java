package io.github.councilplan.model.reading;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of an array read at once, as a {@code long}, and tests over all eight at once, so
 * that a scan of a document's bytes for what is rare in it (a byte that is not ASCII, a zero byte,
 * a backslash) passes over most of it a word at a time. Stateless and thread-safe.
 */
public final class ByteWords {
    /** The bytes of an array read eight at a time, as a {@code long}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The high bit of each byte of a {@code long}: all clear when the eight bytes are ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The low bit of each byte of a {@code long}: subtracting it from eight ASCII bytes sets a high
     * bit exactly when one of them is zero.
     */
    private static final long LOW_BITS = 0x0101010101010101L;

    private ByteWords() {}

    /**
     * Returns the eight bytes from {@code index}, the first in the lowest bits.
     *
     * @param bytes the array, not null
     * @param index where the eight start; {@code index + 8} at most the array's length
     * @return the word
     * @throws IndexOutOfBoundsException if the eight are not all in the array
     */
    public static long at(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /**
     * Tells whether all eight bytes of a word are ASCII and none is zero.
     *
     * @param word the word
     * @return true when every byte is 1 to 127
     */
    public static boolean isAsciiWithoutNul(long word) {
        return (word & HIGH_BITS) == 0 && ((word - LOW_BITS) & HIGH_BITS) == 0;
    }

    /**
     * Tells whether one of a word's eight bytes is a given byte.
     *
     * @param word the word
     * @param value the byte looked for, 0 to 255
     * @return true when one of the eight is {@code value}
     */
    public static boolean holds(long word, int value) {
        long matched = word ^ (LOW_BITS * value); // zero bytes where the byte is found
        return ((matched - LOW_BITS) & ~matched & HIGH_BITS) != 0;
    }
}
