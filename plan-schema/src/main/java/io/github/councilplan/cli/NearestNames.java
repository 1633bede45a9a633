package io.github.councilplan.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Suggests the names nearest to one that names nothing, such as the ids and numbers of a plan
 * nearest to a mistyped id: names that contain it (or start with it) first, then names within a
 * few edits of it, nearest first, ignoring case. An edit is inserting, deleting or replacing a
 * character, or swapping two adjacent ones (the optimal string alignment distance).
 */
final class NearestNames {
    /** Longer queries are compared by their first this many characters; names are shorter. */
    private static final int MAX_COMPARED = 200;

    private NearestNames() {}

    /**
     * Returns at most {@code limit} of {@code names} nearest to {@code query}, nearest first, ties
     * in the order the names were given.
     */
    static List<String> of(String query, Collection<String> names, int limit) {
        String wanted = fold(query.strip());
        if (wanted.length() > MAX_COMPARED) {
            wanted = wanted.substring(0, MAX_COMPARED);
        }
        int allowed = Math.max(2, wanted.length() / 3);
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (String name : new LinkedHashSet<>(names)) {
            String folded = fold(name);
            int distance = distance(wanted, folded, allowed);
            boolean contains = !wanted.isEmpty() && folded.contains(wanted);
            if (contains || distance <= allowed) {
                candidates.add(new Candidate(name, contains ? 0 : 1, distance, order++));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank)
                .thenComparingInt(Candidate::distance)
                .thenComparingInt(Candidate::order));
        return candidates.stream().limit(limit).map(Candidate::name).toList();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the optimal string alignment distance between {@code a} and {@code b}, or a number
     * greater than {@code bound} as soon as it is sure to exceed it.
     */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            if (best > bound) {
                return bound + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }

    /** A name and how near it is. */
    private record Candidate(String name, int rank, int distance, int order) {}
}
