package io.github.councilplan.schema.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document: its tree and where in the source each value starts, by JSON pointer.
 * Built by a document reader; read-only afterwards, so safe to share between threads.
 *
 * <p>Locations are kept in a tree shaped like the document's, one small entry per value keyed by
 * its property name or index, rather than under one pointer string per value: a value's pointer
 * repeats every key above it, so a long key over many values would cost its length again for each
 * of them, and a document of a few megabytes could exhaust the memory.
 */
public final class LocatedTree {
    private final JsonNode root;
    private final Location locations;

    private LocatedTree(JsonNode root, Location locations) {
        this.root = root;
        this.locations = locations;
    }

    /**
     * Returns the document's tree.
     *
     * @return the root, not null
     */
    public JsonNode root() {
        return root;
    }

    /**
     * Returns the 1-based line and column of the value at {@code pointer}, or of its nearest
     * ancestor that is in the document (a missing property is located at its object).
     *
     * @param pointer a JSON pointer, not null
     * @return a new array of the line and the column, each at least 1
     */
    public int[] locate(String pointer) {
        Location at = locations;
        long best = at.start;
        if (pointer.startsWith("/")) {
            int from = 1;
            while (at != null && from <= pointer.length()) {
                int to = pointer.indexOf('/', from);
                if (to < 0) {
                    to = pointer.length();
                }
                at = at.child(Pointers.unescape(pointer.substring(from, to)));
                if (at != null && at.start != 0) {
                    best = at.start;
                }
                from = to + 1;
            }
        }
        return best == 0 ? new int[] {1, 1} : new int[] {(int) (best >>> 32), (int) best};
    }

    /**
     * Where one value starts (0 when unknown) and where the values in it start: by property name
     * in an object, by index in an array.
     */
    static final class Location {
        private final long start;
        private Map<String, Location> properties;
        private List<Location> items;

        private Location(long line, long column) {
            this.start = line < 1 && column < 1 ? 0 : (Math.max(line, 1) << 32) | Math.max(column, 1);
        }

        private Location child(String token) {
            if (items != null && isIndex(token)) {
                int index = Integer.parseInt(token);
                return index < items.size() ? items.get(index) : null;
            }
            return properties == null ? null : properties.get(token);
        }

        private static boolean isIndex(String token) {
            if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Collects a tree and its locations while a reader builds it; not thread-safe. */
    static final class Builder {
        private Location root = new Location(0, 0);

        /** Records where the root value starts; returns its entry, under which its values go. */
        Location root(long line, long column) {
            root = new Location(line, column);
            return root;
        }

        /** Records where the value of property {@code name} of an object starts. */
        Location property(Location object, String name, long line, long column) {
            Location child = new Location(line, column);
            if (object.properties == null) {
                object.properties = new HashMap<>();
            }
            object.properties.put(name, child);
            return child;
        }

        /** Records where the next value of an array starts. */
        Location item(Location array, long line, long column) {
            Location child = new Location(line, column);
            if (array.items == null) {
                array.items = new ArrayList<>();
            }
            array.items.add(child);
            return child;
        }

        LocatedTree build(JsonNode rootNode) {
            return new LocatedTree(rootNode, root);
        }
    }
}
