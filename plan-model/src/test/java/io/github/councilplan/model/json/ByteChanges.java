package io.github.councilplan.model.json;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Documents with a few bytes changed: put in, taken out or replaced, mostly by bytes that JSON
 * gives a meaning (brackets, commas, colons, quotes, escapes, white space), and the first byte
 * of a two-byte UTF-8 character. For properties that must hold of documents however broken.
 */
public final class ByteChanges {
    private ByteChanges() {}

    /**
     * Changes one to three bytes of each document.
     *
     * @param documents the documents to change, not null
     * @return the documents changed, not null
     */
    public static Arbitrary<byte[]> of(Arbitrary<byte[]> documents) {
        Arbitrary<Integer> bytes = Arbitraries.of((int) '{', (int) '}', (int) '[', (int) ']', (int) ',', (int) ':',
                (int) '"', (int) '\\', (int) ' ', (int) '\n', (int) 'a', (int) '1', 0xC3);
        Arbitrary<int[]> edits = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), bytes)
                .as((kind, where, what) -> new int[] {kind, where, what});
        return Combinators.combine(documents, edits.list().ofMinSize(1).ofMaxSize(3)).as((document, changes) -> {
            byte[] changed = document;
            for (int[] edit : changes) {
                changed = changed(changed, edit[0], edit[1] % (changed.length + 1), edit[2]);
            }
            return changed;
        });
    }

    /** The document with the byte at {@code at} taken out (kind 1), replaced (2), or a byte put in before it (0). */
    private static byte[] changed(byte[] document, int kind, int at, int what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 1);
        out.write(document, 0, Math.min(at, document.length));
        if (kind != 1) {
            out.write(what);
        }
        int after = kind == 0 ? at : at + 1;
        if (after < document.length) {
            out.write(document, after, document.length - after);
        }
        return out.toByteArray();
    }
}
