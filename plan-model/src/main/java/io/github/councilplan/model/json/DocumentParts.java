package io.github.councilplan.model.json;

import io.github.councilplan.model.reading.ByteWords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A JSON document's bytes cut into parts that parse apart: the items of some of the arrays that are
 * values of the root object's properties, and the rest of the document with those arrays left
 * empty (its <em>frame</em>). It is found in one pass over the bytes that follows only strings,
 * brackets, commas and white space, and checks nothing else: each part is for a parser to read,
 * and the document is exactly the frame with each item put back in its array, in order, commas
 * between, byte for byte. So when the frame parses as one value and each item as one value, the document parses
 * as the value made of them, and when any part does not, the document does not either.
 *
 * <p>Only an array whose property's name is written without an escape, and appears once, is cut;
 * a document with a byte order mark, or whose root is not an object, is not cut at all.
 *
 * <p>Immutable once made; not a copy of the document, whose bytes the caller must not change.
 */
final class DocumentParts {
    /**
     * The items of one array: the name of its property, where its brackets are in the document's
     * bytes, and where each item begins and ends, with the white space around it: the items tile
     * the array's inside, each from the bracket or comma before it to the comma or bracket after
     * it.
     */
    static final class Items {
        final String property;
        final int open;
        final int close;
        final int[] starts;
        final int[] ends;

        Items(String property, int open, int close, int[] starts, int[] ends) {
            this.property = property;
            this.open = open;
            this.close = close;
            this.starts = starts;
            this.ends = ends;
        }

        int size() {
            return starts.length;
        }
    }

    /**
     * Told of runs of consecutive items as the pass finds them, before it has read the rest of
     * the document: a run ends at the first item that brings it to at least the target size in
     * bytes, or at the list's last item. A run is reported once its list's name has been found
     * not to repeat an earlier list's, but the pass may yet find the document not cut, in which
     * case its runs are to be discarded.
     */
    @FunctionalInterface
    interface Runs {
        /** A sink that ignores runs. */
        Runs NONE = (property, start, end, count) -> { };

        /**
         * Takes a run: the items from {@code start} to {@code end} in the document's bytes,
         * tiled as in {@link Items}, the commas between them included.
         *
         * @param property the name of the list's property
         * @param start where the run's first item begins
         * @param end where its last item ends: at the comma or bracket after it
         * @param count how many items it holds, at least 1
         */
        void run(String property, int start, int end, int count);
    }

    private final byte[] frame;
    private final List<Items> lists;

    private DocumentParts(byte[] frame, List<Items> lists) {
        this.frame = frame;
        this.lists = lists;
    }

    /** The document with each array cut left empty ({@code []}). */
    byte[] frame() {
        return frame;
    }

    /** The arrays cut, in document order; not empty. */
    List<Items> lists() {
        return lists;
    }

    /**
     * Cuts a document: the arrays that are values of the root object's properties named in
     * {@code names}, each with at least one item.
     *
     * @param json the document's bytes, not null
     * @param names the names of the properties whose arrays are cut, not null
     * @return the parts; null when the document has no such array, or when the pass cannot tell
     *     the parts apart (the document is then not well-formed, or written in a way this does
     *     not cut, and a parser of the whole of it decides)
     */
    static DocumentParts cut(byte[] json, Collection<String> names) {
        return cut(json, names, Integer.MAX_VALUE, Runs.NONE);
    }

    /**
     * Cuts a document as {@link #cut(byte[], Collection)} does, telling {@code runs} of the items
     * found as it goes, in document order, so that they can be read while the pass goes on.
     *
     * @param json the document's bytes, not null
     * @param names the names of the properties whose arrays are cut, not null
     * @param target the size in bytes from which a run ends, at least 1
     * @param runs told of each run, on the calling thread, not null
     * @return the parts; null as for {@link #cut(byte[], Collection)}, its runs then not parts
     */
    static DocumentParts cut(byte[] json, Collection<String> names, int target, Runs runs) {
        int n = json.length;
        int i = skipSpace(json, 0);
        if (i >= n || json[i] != '{') {
            return null;
        }
        i++;
        List<Items> lists = new ArrayList<>();
        while (true) {
            i = skipSpace(json, i);
            if (i >= n) {
                return null;
            }
            if (json[i] == '}') {
                break;
            }
            if (json[i] != '"') {
                return null;
            }
            int nameEnd = stringEnd(json, i);
            if (nameEnd < 0) {
                return null;
            }
            String name = plainName(json, i + 1, nameEnd - 1);
            i = skipSpace(json, nameEnd);
            if (i >= n || json[i] != ':') {
                return null;
            }
            i = skipSpace(json, i + 1);
            if (i >= n) {
                return null;
            }
            if (json[i] == '[' && name != null && names.contains(name)) {
                for (Items cut : lists) {
                    if (cut.property.equals(name)) {
                        return null;
                    }
                }
                int close = items(json, i, name, lists, target, runs);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                i = valueEnd(json, i);
                if (i < 0) {
                    return null;
                }
            }
            i = skipSpace(json, i);
            if (i >= n) {
                return null;
            }
            if (json[i] == '}') {
                break;
            }
            if (json[i] != ',') {
                return null;
            }
            i++;
        }
        if (lists.isEmpty()) {
            return null;
        }
        return new DocumentParts(frame(json, lists), List.copyOf(lists));
    }

    /**
     * The frame: the document but for the items of each array cut, keeping the bracket that opens
     * the array and going on from the one that closes it.
     */
    private static byte[] frame(byte[] json, List<Items> lists) {
        int length = json.length;
        for (Items cut : lists) {
            length -= cut.close - (cut.open + 1);
        }
        byte[] frame = new byte[length];
        int framed = 0;
        int copiedTo = 0;
        for (Items cut : lists) {
            int kept = cut.open + 1 - copiedTo;
            System.arraycopy(json, copiedTo, frame, framed, kept);
            framed += kept;
            copiedTo = cut.close;
        }
        System.arraycopy(json, copiedTo, frame, framed, json.length - copiedTo);
        return frame;
    }

    /**
     * Finds the items of the array that opens at {@code open}, adding them to {@code lists} when
     * there is at least one, and telling {@code runs} of them as it goes.
     *
     * @return where the bracket that closes the array is; -1 when the pass cannot find it
     */
    private static int items(byte[] json, int open, String name, List<Items> lists, int target, Runs runs) {
        int n = json.length;
        int empty = skipSpace(json, open + 1);
        if (empty < n && json[empty] == ']') {
            return empty;
        }
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int runFrom = 0;
        int i = open + 1;
        while (true) {
            int end = valueEnd(json, skipSpace(json, i));
            if (end < 0 || end >= n) {
                return -1;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = i;
            ends[count] = end;
            count++;
            if (json[end] == ']' || end - starts[runFrom] >= target) {
                runs.run(name, starts[runFrom], end, count - runFrom);
                runFrom = count;
            }
            if (json[end] == ']') {
                lists.add(new Items(name, open, end, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)));
                return end;
            }
            if (json[end] != ',') {
                return -1;
            }
            i = end + 1;
        }
    }

    /**
     * Finds where the value that begins at {@code from} ends: the first comma or closing bracket
     * (of either kind) outside a string and outside every bracket the value opens, or the end of
     * the bytes. A value that is not well-formed ends somewhere; its parser then refuses it.
     *
     * @return that place; -1 when a string in it does not end
     */
    private static int valueEnd(byte[] json, int from) {
        int n = json.length;
        int depth = 0;
        int i = from;
        while (i < n) {
            byte b = json[i];
            if (b == '"') {
                i = stringEnd(json, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (b == ',' && depth == 0) {
                return i;
            }
            i++;
        }
        return n;
    }

    /**
     * Finds the end of the string whose opening quote is at {@code quote}.
     *
     * @return the place after its closing quote; -1 when it does not end
     */
    private static int stringEnd(byte[] json, int quote) {
        int n = json.length;
        int i = quote + 1;
        while (i < n) {
            // eight bytes at a time while none is a quote or a backslash: most of a string
            if (i + Long.BYTES <= n) {
                long word = ByteWords.at(json, i);
                if (!ByteWords.holds(word, '"') && !ByteWords.holds(word, '\\')) {
                    i += Long.BYTES;
                    continue;
                }
            }
            byte b = json[i];
            if (b == '"') {
                return i + 1;
            }
            // an escape's second byte is never the string's end; a byte of a multi-byte character is never ASCII
            i += b == '\\' ? 2 : 1;
        }
        return -1;
    }

    /** The name between {@code from} and {@code to}, when it is ASCII written without an escape; else null. */
    private static String plainName(byte[] json, int from, int to) {
        for (int i = from; i < to; i++) {
            if (json[i] == '\\' || json[i] < 0x20) {
                return null;
            }
        }
        return new String(json, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Skips JSON's white space: space, tab, line feed and carriage return. */
    private static int skipSpace(byte[] json, int from) {
        int i = from;
        while (i < json.length) {
            byte b = json[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                break;
            }
            i++;
        }
        return i;
    }
}
