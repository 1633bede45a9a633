package io.github.councilplan.render;

import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.ReportingPeriod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The states of measures the renderings show and count, worked out once for every format: the
 * periods a measure is rated for (those of its actuals, then those of its assessments), and, for
 * each such period of any measure, how many measures are in each {@link RagState} (the override of
 * an assessment winning). Stateless and thread-safe.
 */
final class RagStates {
    private RagStates() {}

    /** The periods a measure shows a rating for: its actuals' periods, then its assessments', each once. */
    static List<ReportingPeriod> shownPeriods(Measure measure) {
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        measure.actuals().stream().flatMap(actual -> actual.period().stream()).forEach(periods::add);
        measure.assessments().stream().map(Assessment::period).forEach(periods::add);
        return List.copyOf(periods);
    }

    /**
     * For each period any measure shows a rating for, in period order, how many of the measures
     * that show one for it are in each state, every state listed in its order.
     */
    static SortedMap<ReportingPeriod, Map<RagState, Integer>> countsByPeriod(List<Measure> measures) {
        SortedMap<ReportingPeriod, Map<RagState, Integer>> counts = new TreeMap<>();
        for (Measure measure : measures) {
            for (ReportingPeriod period : shownPeriods(measure)) {
                counts.computeIfAbsent(period, p -> zeros()).merge(measure.rating(period).state(), 1, Integer::sum);
            }
        }
        counts.replaceAll((period, byState) -> Collections.unmodifiableMap(byState));
        return Collections.unmodifiableSortedMap(counts);
    }

    /** A state as a column heading: "No target set". */
    static String heading(RagState state) {
        String words = state.words();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Map<RagState, Integer> zeros() {
        Map<RagState, Integer> zeros = new EnumMap<>(RagState.class);
        for (RagState state : RagState.values()) {
            zeros.put(state, 0);
        }
        return zeros;
    }
}
