package io.github.councilplan.model.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule "one per key" of a list, written once for the model (which refuses the first repeat
 * when an object is built) and the validator (which reports every repeat, located): a work's
 * progress updates, one per period; a measure's targets, one per period (and one over the whole
 * plan), and its actuals, one per period or as-at date; a plan's related plans, one per id. Each
 * element whose key an earlier element has is a repeat of the first with that key.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class Repeats {
    /** Receives each repeat, in list order. */
    @FunctionalInterface
    public interface Found {
        /**
         * Reports that element {@code index} has the key of element {@code first}.
         *
         * @param index the index of the later element
         * @param first the index of the first element with the key
         */
        void repeat(int index, int first);
    }

    /** The longest list searched pair by pair, without a map: most lists are this short or shorter. */
    static final int SHORT = 8;

    private Repeats() {}

    /**
     * Finds the repeats in a list of keys.
     *
     * @param <K> the type of key
     * @param keys each element's key, or empty for an element without one (which repeats nothing),
     *     in list order; not null
     * @param found receives each repeat, not null
     * @throws NullPointerException if an argument is null
     */
    public static <K> void find(List<Optional<K>> keys, Found found) {
        Objects.requireNonNull(found, "found");
        if (keys.size() <= SHORT) {
            findInShort(keys, found);
            return;
        }
        Map<K, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Optional<K> key = keys.get(i);
            if (key.isPresent()) {
                Integer earlier = first.putIfAbsent(key.get(), i);
                if (earlier != null) {
                    found.repeat(i, earlier);
                }
            }
        }
    }

    /** Finds the repeats of a short list as {@link #find} does, comparing each key with those before it. */
    private static <K> void findInShort(List<Optional<K>> keys, Found found) {
        for (int i = 1; i < keys.size(); i++) {
            Optional<K> key = keys.get(i);
            if (key.isEmpty()) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (key.equals(keys.get(j))) {
                    found.repeat(i, j);
                    break;
                }
            }
        }
    }
}
