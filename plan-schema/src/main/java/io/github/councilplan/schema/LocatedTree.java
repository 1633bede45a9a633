package io.github.councilplan.schema;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document: its tree and where in the source each value starts, by JSON pointer.
 * Built by a document reader; read-only afterwards, so safe to share between threads.
 */
final class LocatedTree {
    private final JsonNode root;
    private final Map<String, Long> starts;

    private LocatedTree(JsonNode root, Map<String, Long> starts) {
        this.root = root;
        this.starts = starts;
    }

    JsonNode root() {
        return root;
    }

    /**
     * Returns the 1-based line and column of the value at {@code pointer}, or of its nearest
     * ancestor that is in the document (a missing property is located at its object).
     */
    int[] locate(String pointer) {
        String at = pointer;
        while (true) {
            Long start = starts.get(at);
            if (start != null) {
                return new int[] {(int) (start >>> 32), (int) (long) start};
            }
            if (at.isEmpty()) {
                return new int[] {1, 1};
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** Escapes one reference token of a JSON pointer (RFC 6901). */
    static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
    }

    /** Collects a tree and its locations while a reader builds it. */
    static final class Builder {
        private final Map<String, Long> starts = new HashMap<>();

        void at(String pointer, long line, long column) {
            starts.put(pointer, (Math.max(line, 1) << 32) | Math.max(column, 1));
        }

        LocatedTree build(JsonNode root) {
            return new LocatedTree(root, starts);
        }
    }
}
