package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteWords}' tests over eight bytes at once answer as the same tests over each byte do, and
 * {@link StrictUtf8#scan}, which looks for escapes only in words with a backslash, finds every escape of
 * a surrogate wherever it falls: within a word, across two, at either end, among bytes beyond ASCII.
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

    @Property
    void escapesOfSurrogatesAreFoundAsAScanOfEachByteFindsThem(@ForAll("escapeLike") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(escapesSurrogates(bytes)).isEqualTo(text.matches("(?s).*\\\\u[dD][89a-fA-F].*"));
    }

    @Test
    void anEscapedSurrogateAfterManyWordsIsFound() {
        String text = "{\"title\": \"" + "x".repeat(61) + "\\uD83D\\uDE00\"}";

        assertThat(escapesSurrogates(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void anEscapeOfAnotherCharacterIsNoSurrogate() {
        String text = "{\"title\": \"" + "x".repeat(61) + "\\u00e9\\n\\u0041\"}";

        assertThat(escapesSurrogates(text.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Provide
    Arbitrary<byte[]> eightOrMore() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(8).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> escapeLike() {
        // few characters, so that backslashes, u, hex digits and text beyond ASCII meet often
        return Arbitraries.strings().withChars('\\', 'u', 'd', 'D', '8', '9', 'a', 'F', 'x', '0', 'é', '€')
                .ofMaxLength(40);
    }

    /** What the scan says of strictly UTF-8 bytes: whether they escape a surrogate. */
    private static boolean escapesSurrogates(byte[] strict) {
        StrictUtf8.Scan scan = StrictUtf8.scan(strict);
        assertThat(scan).isNotEqualTo(StrictUtf8.Scan.NOT_STRICT);
        return scan == StrictUtf8.Scan.STRICT_ESCAPING_SURROGATES;
    }
}
