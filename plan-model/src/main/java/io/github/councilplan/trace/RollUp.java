package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.Rating;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Work;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The red, amber or green status of a theme, objective, priority or deliverable (or the whole
 * plan) for a reporting period, rolled up from its leaf work's progress updates and its measures'
 * RAG.
 *
 * <p><b>What is rolled up.</b> For an element E and a period P, {@link #of(PlanIndex, ElementId,
 * ReportingPeriod)} takes:
 * <ul>
 *   <li>every piece of leaf work E contains (E itself, if leaf work; see
 *       {@link PlanIndex#leafWork()}), in document order. Each gives its progress update for P
 *       ({@link Work#progressFor(ReportingPeriod)}) or, if it has
 *       none, its update for the latest period that lies inside P (as a quarter lies inside its
 *       financial year; latest in {@link ReportingPeriod}'s order). Its status maps onto RAG by
 *       {@link #ragOf(ProgressStatus)}: red, amber and green as they are, complete as green, and
 *       not started, on hold and cancelled to no RAG (the item is <em>unrated</em>);
 *   <li>every measure with an {@code evidences} link to E or to an element E contains (its
 *       outcomes, objectives, priorities, deliverables), each once, in document order. Each gives
 *       its {@link Measure#rating(ReportingPeriod) rating} for P or, if P cannot be rated, for the
 *       latest period inside P that can (a financial-year roll-up uses a quarterly measure's
 *       latest rated quarter of that year). A period that merely contains P (a year, for a
 *       quarter's roll-up) is never used. A measure that cannot be rated says why, as its rating
 *       for P does ({@link RollUpItem#unrated()}): an annual target with quarterly actuals, a target
 *       in words, no direction.
 * </ul>
 * Containment decides what is rolled up: work elsewhere in the plan that contribute to E's
 * outcomes by links are not included.
 *
 * <p><b>The status</b> is the worst RAG among the items: {@link RagStatus#RED RED} if any item is
 * red, else {@link RagStatus#AMBER AMBER} if any is amber, else {@link RagStatus#GREEN GREEN} if
 * any is green, and empty when no item is rated (nothing was reported, or only unrated statuses).
 * Items without a RAG neither raise nor lower it; they are counted apart, as
 * {@linkplain #unrated() unrated} or {@linkplain #notReported() not reported}. So the status is
 * monotone: making any item worse never makes the status better. The status and
 * {@link #counts()} are computed from the data; {@link #stateCounts()} counts the states a
 * committee report shows, each measure's override (an {@link io.github.councilplan.model.Assessment}'s
 * status for the period rolled up, or for the period inside it that was used) winning over its
 * computed state, and the states besides red, amber and green (no target set, data awaited, not
 * applicable, not rated) counted apart.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class RollUp {
    private static final Set<ElementKind> ROLLED_UP = EnumSet.of(ElementKind.PLAN, ElementKind.THEME,
            ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);

    private final PlanElement element;
    private final ReportingPeriod period;
    private final List<RollUpItem> items;
    private final Optional<RagStatus> status;
    private final Map<RagStatus, Integer> counts;
    private final Map<RagState, Integer> stateCounts;
    private final Map<ProgressStatus, Integer> progressCounts;
    private final List<RollUpItem> unrated;
    private final List<RollUpItem> notReported;

    private RollUp(PlanElement element, ReportingPeriod period, List<RollUpItem> items) {
        this.element = element;
        this.period = period;
        this.items = List.copyOf(items);
        Map<RagStatus, Integer> rags = new EnumMap<>(RagStatus.class);
        for (RagStatus rag : RagStatus.values()) {
            rags.put(rag, 0);
        }
        Map<ProgressStatus, Integer> statuses = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            statuses.put(status, 0);
        }
        Map<RagState, Integer> states = QuarterReport.zeroes();
        List<RollUpItem> withoutRag = new ArrayList<>();
        List<RollUpItem> absent = new ArrayList<>();
        for (RollUpItem item : items) {
            item.rag().ifPresent(rag -> rags.merge(rag, 1, Integer::sum));
            item.progress().ifPresent(status -> statuses.merge(status, 1, Integer::sum));
            item.state().ifPresent(state -> states.merge(state, 1, Integer::sum));
            if (!item.isReported()) {
                absent.add(item);
            } else if (!item.isRated()) {
                withoutRag.add(item);
            }
        }
        this.counts = Collections.unmodifiableMap(rags);
        this.progressCounts = Collections.unmodifiableMap(statuses);
        this.stateCounts = Collections.unmodifiableMap(states);
        this.unrated = List.copyOf(withoutRag);
        this.notReported = List.copyOf(absent);
        this.status = rags.get(RagStatus.RED) > 0 ? Optional.of(RagStatus.RED)
                : rags.get(RagStatus.AMBER) > 0 ? Optional.of(RagStatus.AMBER)
                : rags.get(RagStatus.GREEN) > 0 ? Optional.of(RagStatus.GREEN)
                : Optional.empty();
    }

    /**
     * Rolls up the status of an element for a period, by the rule in the class description.
     *
     * @param index the index of the plan, not null
     * @param elementId the id of the plan, a theme, an objective, a priority or a deliverable; not
     *     null
     * @param period the period, not null
     * @return the roll-up, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is of another kind, naming it
     */
    public static RollUp of(PlanIndex index, ElementId elementId, ReportingPeriod period) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(period, "period");
        PlanElement element = index.get(elementId);
        if (!ROLLED_UP.contains(element.kind())) {
            throw new IllegalArgumentException("element: " + element.describe() + " has no roll-up; only the plan, a"
                    + " theme, an objective, a priority or a deliverable has one");
        }
        Set<ElementId> within = new HashSet<>();
        List<RollUpItem> items = new ArrayList<>();
        collect(index, element, period, within, items);
        for (PlanElement candidate : index.ofKind(ElementKind.MEASURE)) {
            Measure measure = (Measure) candidate;
            for (Link link : index.linksFrom(measure.id(), LinkKind.EVIDENCES)) {
                if (within.contains(link.to())) {
                    items.add(item(measure, period));
                    break;
                }
            }
        }
        return new RollUp(element, period, items);
    }

    /** Adds the element and everything it contains to {@code within}, and an item per piece of leaf work. */
    private static void collect(PlanIndex index, PlanElement element, ReportingPeriod period, Set<ElementId> within,
            List<RollUpItem> items) {
        within.add(element.id());
        if (element instanceof Work && index.isLeafWork(element.id())) {
            items.add(item((Work) element, period));
        }
        for (PlanElement child : element.children()) {
            collect(index, child, period, within, items);
        }
    }

    private static RollUpItem item(Work work, ReportingPeriod period) {
        Optional<ProgressUpdate> update = work.progressFor(period);
        if (update.isEmpty()) {
            for (ProgressUpdate candidate : work.progress()) {
                if (period.encloses(candidate.period())
                        && (update.isEmpty() || candidate.period().compareTo(update.get().period()) > 0)) {
                    update = Optional.of(candidate);
                }
            }
        }
        Optional<ProgressStatus> status = update.map(ProgressUpdate::status);
        return RollUpItem.of(work, update.map(ProgressUpdate::period), status, status.flatMap(RollUp::ragOf),
                Optional.empty());
    }

    private static RollUpItem item(Measure measure, ReportingPeriod period) {
        Rating rating = measure.rating(period);
        Optional<RagState> override = rating.override();
        RollUpItem item = computedItem(measure, period, rating);
        return override.isEmpty() ? item
                : RollUpItem.overridden(measure, item.reportedFor(), item.rag(), item.unrated(), override.get());
    }

    private static RollUpItem computedItem(Measure measure, ReportingPeriod period, Rating rating) {
        if (rating.status().isEmpty()) {
            Rating latest = null;
            for (Observation actual : measure.actuals()) {
                Optional<ReportingPeriod> candidate = actual.period().filter(period::encloses);
                if (candidate.isPresent() && (latest == null || candidate.get().compareTo(latest.period()) > 0)) {
                    Rating inside = measure.rating(candidate.get());
                    if (inside.status().isPresent()) {
                        latest = inside;
                    }
                }
            }
            if (latest == null) {
                return RollUpItem.of(measure, Optional.empty(), Optional.empty(), Optional.empty(), rating.reason());
            }
            RollUpItem inside = RollUpItem.of(measure, Optional.of(latest.period()), Optional.empty(), latest.status(),
                    Optional.empty());
            // the period inside P was assessed by hand
            return latest.override().isEmpty() ? inside : RollUpItem.overridden(measure, inside.reportedFor(),
                    inside.rag(), inside.unrated(), latest.override().get());
        }
        return RollUpItem.of(measure, Optional.of(rating.period()), Optional.empty(), rating.status(), Optional.empty());
    }

    /**
     * Returns the RAG a piece of work's progress status counts as in a roll-up: {@code RED},
     * {@code AMBER} and {@code GREEN} as they are, {@code COMPLETE} as green; {@code NOT_STARTED},
     * {@code ON_HOLD} and {@code CANCELLED} as none.
     *
     * @param status the status, not null
     * @return the RAG, or empty for a status that carries none; not null
     * @throws NullPointerException if {@code status} is null
     */
    public static Optional<RagStatus> ragOf(ProgressStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case RED:
                return Optional.of(RagStatus.RED);
            case AMBER:
                return Optional.of(RagStatus.AMBER);
            case GREEN:
            case COMPLETE:
                return Optional.of(RagStatus.GREEN);
            case NOT_STARTED:
            case ON_HOLD:
            case CANCELLED:
                return Optional.empty();
            default:
                throw new AssertionError(status);
        }
    }

    /**
     * Returns the element rolled up.
     *
     * @return the element, not null
     */
    public PlanElement element() {
        return element;
    }

    /**
     * Returns the period rolled up.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the overall status: the worst RAG of any item.
     *
     * @return the status, or empty if no item is rated; not null
     */
    public Optional<RagStatus> status() {
        return status;
    }

    /**
     * Returns every item taken into account: the leaf work in document order, then the
     * measures in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<RollUpItem> items() {
        return items;
    }

    /**
     * Returns how many items are of each RAG: every status, in the order red, amber, green.
     *
     * @return an unmodifiable map, not null
     */
    public Map<RagStatus, Integer> counts() {
        return counts;
    }

    /**
     * Returns how many items are of one RAG.
     *
     * @param rag the RAG, not null
     * @return the number, zero or more
     * @throws NullPointerException if {@code rag} is null
     */
    public int count(RagStatus rag) {
        return counts.get(Objects.requireNonNull(rag, "rag"));
    }

    /**
     * Returns how many items are in each state, as a committee report counts them: every
     * {@link RagState}, in its order. Each measure counts once, in its {@link RollUpItem#state()}
     * (an override wins); work counts in red, amber or green where its progress carries a RAG, and
     * not at all otherwise (see {@link #progressCounts()}).
     *
     * @return an unmodifiable map, not null
     */
    public Map<RagState, Integer> stateCounts() {
        return stateCounts;
    }

    /**
     * Returns how many items are in one state, as {@link #stateCounts()} counts them.
     *
     * @param state the state, not null
     * @return the number, zero or more
     * @throws NullPointerException if {@code state} is null
     */
    public int count(RagState state) {
        return stateCounts.get(Objects.requireNonNull(state, "state"));
    }

    /**
     * Returns how many pieces of leaf work reported each progress status: every status, in the order of
     * {@link ProgressStatus}.
     *
     * @return an unmodifiable map, not null
     */
    public Map<ProgressStatus, Integer> progressCounts() {
        return progressCounts;
    }

    /**
     * Returns the leaf work that reported a status that carries no RAG (not started, on hold,
     * cancelled), in the order of {@link #items()}.
     *
     * @return an unmodifiable list, not null
     */
    public List<RollUpItem> unrated() {
        return unrated;
    }

    /**
     * Returns the items with nothing for the period: work with no update for it or a period
     * inside it, measures with no target and actual for it or a period inside it; in the order of
     * {@link #items()}.
     *
     * @return an unmodifiable list, not null
     */
    public List<RollUpItem> notReported() {
        return notReported;
    }

    /**
     * Describes the roll-up in one line, such as
     * {@code "theme 1 for 2025/26: amber (red 0, amber 1, green 3; 1 unrated, 2 not reported)"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return element.describe() + " for " + period + ": "
                + status.map(rag -> rag.name().toLowerCase(Locale.ROOT)).orElse("not rated")
                + " (red " + count(RagStatus.RED) + ", amber " + count(RagStatus.AMBER) + ", green "
                + count(RagStatus.GREEN) + "; " + unrated.size() + " unrated, " + notReported.size() + " not reported)";
    }
}
