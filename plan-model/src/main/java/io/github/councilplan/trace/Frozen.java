package io.github.councilplan.trace;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies of the maps of lists the indexes build. */
final class Frozen {
    private Frozen() {}

    /** Returns an unmodifiable copy of a map of lists, each list copied. */
    static <K, V> Map<K, List<V>> lists(Map<K, List<V>> map) {
        Map<K, List<V>> frozen = new HashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Returns an unmodifiable copy of an enum-keyed map of lists, each list copied. */
    static <K extends Enum<K>, V> Map<K, List<V>> byEnum(Map<K, List<V>> map) {
        Map<K, List<V>> frozen = map.isEmpty() ? new HashMap<>() : new EnumMap<>(map);
        frozen.replaceAll((key, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(frozen);
    }
}
