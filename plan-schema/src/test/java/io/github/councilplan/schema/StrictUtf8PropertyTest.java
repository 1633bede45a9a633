package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictUtf8} decides as the JDK's strict UTF-8 decoder does, and refuses a zero byte,
 * wherever in the document the fault is: within or across the eight bytes it reads at a time; and
 * its scan, which looks for escapes only in words with a backslash, finds every escape of a
 * surrogate wherever it falls: within a word, across two, at either end, among bytes beyond ASCII.
 */
class StrictUtf8PropertyTest {
    @Property
    void decidesAsTheStrictDecoderDoes(@ForAll("documents") byte[] bytes) {
        assertThat(StrictUtf8.isStrictWithoutNul(bytes)).isEqualTo(decodesStrictly(bytes) && hasNoZero(bytes));
    }

    @Property
    void aZeroByteAnywhereInAsciiIsRefused(@ForAll("ascii") byte[] bytes, @ForAll("positions") int position) {
        byte[] withZero = bytes.clone();
        withZero[position % withZero.length] = 0;

        assertThat(StrictUtf8.isStrictWithoutNul(withZero)).isFalse();
    }

    @Property
    void aHighByteAnywhereInAsciiIsJudgedAsASequence(@ForAll("ascii") byte[] bytes, @ForAll("positions") int position,
            @ForAll byte high) {
        byte[] changed = bytes.clone();
        changed[position % changed.length] = (byte) (high | 0x80);

        assertThat(StrictUtf8.isStrictWithoutNul(changed)).isEqualTo(decodesStrictly(changed));
    }

    @Test
    void asciiWithoutZeroIsStrict() {
        assertThat(StrictUtf8.isStrictWithoutNul("{\"id\": \"plan-1\", \"title\": \"A plan\"}"
                .getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> text = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Combinators.combine(ascii(), Arbitraries.oneOf(text, noise), ascii())
                .as((before, middle, after) -> ByteBuffer.allocate(before.length + middle.length + after.length)
                        .put(before).put(middle).put(after).array());
    }

    @Provide
    Arbitrary<byte[]> ascii() {
        return Arbitraries.bytes().between((byte) 1, (byte) 0x7F).array(byte[].class).ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNoZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return true;
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
