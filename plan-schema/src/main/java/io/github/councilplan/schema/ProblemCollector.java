package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The problems of one document as they are found, under the {@link ValidationLimits} on
 * reporting: each message cut to {@link ValidationLimits#maxMessageLength()}, and at most
 * {@link ValidationLimits#maxProblems()} problems kept, the most important ones (errors before
 * warnings, then the first in document order); every other one is counted by its code. So a
 * document with half a million faults costs memory for a thousand problems, however its faults
 * are found. Not thread-safe: one collector per validation.
 */
final class ProblemCollector {
    /** Which problems a full collector gives up first: the last in this order. */
    private static final Comparator<Problem> KEPT_FIRST = Comparator
            .comparing((Problem problem) -> problem.severity() != Severity.ERROR)
            .thenComparing(ValidationReport.DOCUMENT_ORDER)
            .thenComparing(problem -> problem.keyword().orElse(""))
            .thenComparing(problem -> problem.schemaLocation().orElse(""));

    private final int maxProblems;
    private final int maxMessageLength;
    /** Equal problems are kept once; problems whose messages differ only after the cut are both kept. */
    private static final Comparator<Kept> ORDER = Comparator.comparing(Kept::problem, KEPT_FIRST)
            .thenComparingInt(Kept::messageHash);

    private final TreeSet<Kept> kept = new TreeSet<>(ORDER);
    /**
     * The problem added last: the schema library reports some problems several times over, one
     * after another (uniqueItems once per repeated item), and an equal problem is one problem,
     * whether it is kept or counted.
     */
    private Kept previous;
    private final Map<ProblemCode, Long> omitted = new EnumMap<>(ProblemCode.class);
    private boolean errors;

    ProblemCollector(ValidationLimits limits) {
        this.maxProblems = limits.maxProblems();
        this.maxMessageLength = limits.maxMessageLength();
    }

    /** Adds a problem: kept, or counted when more important ones fill the collector. */
    void add(Problem problem) {
        errors |= problem.severity() == Severity.ERROR;
        Kept entry = new Kept(problem.withMessageCut(maxMessageLength), problem.message().hashCode());
        if (previous != null && ORDER.compare(entry, previous) == 0) {
            return;
        }
        previous = entry;
        if (kept.size() == maxProblems && ORDER.compare(entry, kept.last()) > 0) {
            omitted.merge(problem.code(), 1L, Long::sum);
            return;
        }
        if (kept.add(entry) && kept.size() > maxProblems) {
            omitted.merge(kept.pollLast().problem().code(), 1L, Long::sum);
        }
    }

    /** Tells whether any problem has been added. */
    boolean hasAny() {
        return !kept.isEmpty();
    }

    /** Tells whether an error has been added. */
    boolean hasErrors() {
        return errors;
    }

    /**
     * Returns the report: with the plan, which must be present exactly when no error was added.
     */
    ValidationReport report(Optional<Plan> plan) {
        return ValidationReport.of(kept.stream().map(Kept::problem).collect(Collectors.toList()), omitted,
                plan.orElse(null));
    }

    /** A problem kept, its message cut, with the hash of its whole message. */
    private record Kept(Problem problem, int messageHash) {}
}
