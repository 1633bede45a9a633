package io.github.councilplan.model.reading;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ByteWords}' tests over eight bytes at once answer as the same tests over each byte do.
 * (The schema module's {@code StrictUtf8PropertyTest} holds its scan, which looks for escapes
 * only in words with a backslash, to finding every escape of a surrogate wherever it falls.)
 */
class ByteWordsPropertyTest {
    @Property
    void aWordIsItsEightBytesFirstLowest(@ForAll("eightOrMore") byte[] bytes, @ForAll @IntRange(max = 100) int start) {
        int index = start % (bytes.length - 7);

        long word = ByteWords.at(bytes, index);

        for (int i = 0; i < 8; i++) {
            assertThat((byte) (word >>> (8 * i))).isEqualTo(bytes[index + i]);
        }
    }

    @Property
    void holdsTellsWhetherOneOfTheEightIsTheByte(@ForAll long word, @ForAll @IntRange(max = 255) int value) {
        boolean any = false;
        for (int i = 0; i < 8; i++) {
            any |= (int) (word >>> (8 * i) & 0xFF) == value;
        }

        assertThat(ByteWords.holds(word, value)).isEqualTo(any);
    }

    @Property
    void holdsFindsTheBytePutAnywhereInAWord(@ForAll long word, @ForAll @IntRange(max = 255) int value,
            @ForAll @IntRange(max = 7) int at) {
        long with = word & ~(0xFFL << (8 * at)) | (long) value << (8 * at);

        assertThat(ByteWords.holds(with, value)).isTrue();
    }

    @Property
    void isAsciiWithoutNulTellsWhetherEveryByteIsOneTo127(@ForAll long word) {
        boolean every = true;
        for (int i = 0; i < 8; i++) {
            int b = (int) (word >>> (8 * i) & 0xFF);
            every &= b >= 1 && b <= 127;
        }

        assertThat(ByteWords.isAsciiWithoutNul(word)).isEqualTo(every);
    }

    @Provide
    Arbitrary<byte[]> eightOrMore() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(8).ofMaxSize(40);
    }
}
