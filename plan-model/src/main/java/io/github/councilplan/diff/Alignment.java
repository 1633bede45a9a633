package io.github.councilplan.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/**
 * Lays two ordered lists side by side, for a listing in a stable order: the newer list in its
 * order, each with its match in the older, and each unmatched item of the older right after the
 * newer counterpart of the nearest item before it in the older list that has one (at the start
 * if none has).
 */
final class Alignment {
    private Alignment() {}

    /**
     * Visits the pairs in order: {@code (older, newer)} for a match, {@code (older, null)} for an
     * item only in the older list, {@code (null, newer)} for one only in the newer.
     *
     * @param matchIndex the index in {@code newers} of an older item's match, or -1 if it has none;
     *     no two older items may name the same index; called once for each older item, in order
     */
    static <O, N> void align(List<O> olders, List<N> newers, ToIntFunction<O> matchIndex, BiConsumer<O, N> visit) {
        List<List<O>> after = new ArrayList<>(newers.size() + 1);
        List<O> matchOf = new ArrayList<>(newers.size());
        for (int i = 0; i <= newers.size(); i++) {
            after.add(new ArrayList<>());
            matchOf.add(null);
        }
        int anchor = 0;
        for (O older : olders) {
            int index = matchIndex.applyAsInt(older);
            if (index < 0) {
                after.get(anchor).add(older);
            } else {
                matchOf.set(index, older);
                anchor = index + 1;
            }
        }
        after.get(0).forEach(older -> visit.accept(older, null));
        for (int i = 0; i < newers.size(); i++) {
            visit.accept(matchOf.get(i), newers.get(i));
            after.get(i + 1).forEach(older -> visit.accept(older, null));
        }
    }
}
