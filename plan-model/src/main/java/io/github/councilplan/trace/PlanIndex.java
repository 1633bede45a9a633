package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Theme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An index over one {@link Plan} that answers traceability questions: any element by id or
 * number, its parent, children and path to the plan, the links into and out of it, and which
 * deliverables serve which outcomes.
 *
 * <p>{@link #of(Plan)} builds the index once, in time linear in the size of the plan and its
 * links (plus, for each deliverable, the explicit {@code contributesTo} routes it starts); every
 * query then takes time proportional to the size of its answer.
 *
 * <p><b>Serving an outcome.</b> A deliverable serves an outcome by {@linkplain Basis#LINK links}
 * when a chain of {@link LinkKind#CONTRIBUTES_TO} links leads to the outcome from the deliverable
 * or from a priority or objective that contains it. Work may contribute to other work on the way,
 * and work so reached counts with the priorities and objectives that contain it: if deliverable A
 * contributes to deliverable B, and B's priority contributes to outcome O, then A serves O, by
 * the route A&rarr;B, priority&rarr;O. A deliverable with no such route to any outcome serves, by
 * {@linkplain Basis#CONTAINMENT containment}, every outcome of its own theme. So a plan without
 * explicit links (such as Thurrock's published plan) is traced by containment, and a plan with
 * them by its links, deliverable by deliverable; {@link #deliverablesServing(ElementId)} and
 * {@link #outcomesServedBy(ElementId)} are exact inverses.
 *
 * <p>The index holds a plan whose ids are unique across the whole plan (as
 * {@code PlanValidator} requires). Links whose ends are not in the plan are left out of every
 * query and listed by {@link #unresolvedLinks()}.
 *
 * <p>Immutable and thread-safe: one index may be shared by any number of threads. No method
 * accepts or returns null.
 */
public final class PlanIndex {
    private static final Set<ElementKind> WORK_CONTAINERS = Set.of(ElementKind.PRIORITY, ElementKind.OBJECTIVE);

    private final Plan plan;
    private final Map<ElementId, Entry> entries;
    private final Map<ElementKind, List<PlanElement>> byKind;
    private final Map<DisplayNumber, List<PlanElement>> byNumber;
    private final Map<LinkKind, Map<ElementId, List<Link>>> outgoing;
    private final Map<LinkKind, Map<ElementId, List<Link>>> incoming;
    private final Map<ElementId, List<Link>> allOutgoing;
    private final Map<ElementId, List<Link>> allIncoming;
    private final List<Link> unresolved;
    private final Map<ElementId, List<Traced<Outcome>>> outcomesByLink;
    private final Map<ElementId, List<Traced<Deliverable>>> deliverablesByLink;
    private final Map<ElementId, List<Deliverable>> unlinkedDeliverablesByTheme;

    private PlanIndex(Plan plan) {
        this.plan = plan;
        this.entries = new HashMap<>();
        Map<ElementKind, List<PlanElement>> kinds = new EnumMap<>(ElementKind.class);
        Map<DisplayNumber, List<PlanElement>> numbers = new HashMap<>();
        collect(plan, null, null, kinds, numbers);
        this.byKind = freezeEnum(kinds);
        this.byNumber = freeze(numbers);

        Map<LinkKind, Map<ElementId, List<Link>>> out = new EnumMap<>(LinkKind.class);
        Map<LinkKind, Map<ElementId, List<Link>>> in = new EnumMap<>(LinkKind.class);
        Map<ElementId, List<Link>> allOut = new HashMap<>();
        Map<ElementId, List<Link>> allIn = new HashMap<>();
        List<Link> dangling = new ArrayList<>();
        for (Link link : plan.links()) {
            if (!entries.containsKey(link.from()) || !entries.containsKey(link.to())) {
                dangling.add(link);
                continue;
            }
            out.computeIfAbsent(link.kind(), k -> new HashMap<>()).computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            in.computeIfAbsent(link.kind(), k -> new HashMap<>()).computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            allOut.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            allIn.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
        this.outgoing = freezeNested(out);
        this.incoming = freezeNested(in);
        this.allOutgoing = freeze(allOut);
        this.allIncoming = freeze(allIn);
        this.unresolved = List.copyOf(dangling);

        Map<ElementId, List<Traced<Outcome>>> outcomes = new HashMap<>();
        Map<ElementId, List<Traced<Deliverable>>> deliverables = new HashMap<>();
        Map<ElementId, List<Deliverable>> unlinked = new HashMap<>();
        for (PlanElement element : ofKind(ElementKind.DELIVERABLE)) {
            Deliverable deliverable = (Deliverable) element;
            List<Traced<Outcome>> served = linkedOutcomes(deliverable);
            if (served.isEmpty()) {
                entry(deliverable.id()).theme.ifPresent(theme ->
                        unlinked.computeIfAbsent(theme.id(), k -> new ArrayList<>()).add(deliverable));
                continue;
            }
            outcomes.put(deliverable.id(), served);
            for (Traced<Outcome> outcome : served) {
                deliverables.computeIfAbsent(outcome.element().id(), k -> new ArrayList<>())
                        .add(Traced.byLinks(deliverable, outcome.route()));
            }
        }
        this.outcomesByLink = freeze(outcomes);
        this.deliverablesByLink = freeze(deliverables);
        this.unlinkedDeliverablesByTheme = freeze(unlinked);
    }

    /**
     * Builds the index of a plan.
     *
     * @param plan the plan, not null
     * @return the index, not null
     * @throws NullPointerException if {@code plan} is null
     * @throws IllegalArgumentException if two elements of the plan share an id, naming the id and
     *     both elements
     */
    public static PlanIndex of(Plan plan) {
        return new PlanIndex(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Returns the plan this index was built from.
     *
     * @return the plan, not null
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns the number of elements in the plan, the plan itself included.
     *
     * @return the number of elements, at least 1
     */
    public int size() {
        return entries.size();
    }

    /**
     * Tells whether the plan has an element with this id.
     *
     * @param id the id, not null
     * @return true if the plan has such an element
     * @throws NullPointerException if {@code id} is null
     */
    public boolean contains(ElementId id) {
        return entries.containsKey(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the element with this id.
     *
     * @param id the id, not null
     * @return the element, or empty if the plan has none with this id; not null
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<PlanElement> find(ElementId id) {
        Entry entry = entries.get(Objects.requireNonNull(id, "id"));
        return entry == null ? Optional.empty() : Optional.of(entry.element);
    }

    /**
     * Returns the element with this id.
     *
     * @param id the id, not null
     * @return the element, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public PlanElement get(ElementId id) {
        return entry(id).element;
    }

    /**
     * Returns the element with this id as the given type.
     *
     * @param <E> the type of element
     * @param id the id, not null
     * @param type the type the element must have, not null
     * @return the element, not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not of the given type, naming both
     */
    public <E extends PlanElement> E get(ElementId id, Class<E> type) {
        PlanElement element = get(id);
        if (!type.isInstance(element)) {
            throw new IllegalArgumentException("id '" + id + "' names " + element.describe() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(element);
    }

    /**
     * Returns the elements that the plan prints with this number. Numbers are unique among
     * siblings, but elements of different kinds may share one (an outcome and a priority both
     * numbered {@code 1.1}).
     *
     * @param number the number, not null
     * @return an unmodifiable list in document order, empty if none; not null
     * @throws NullPointerException if {@code number} is null
     */
    public List<PlanElement> withNumber(DisplayNumber number) {
        return byNumber.getOrDefault(Objects.requireNonNull(number, "number"), List.of());
    }

    /**
     * Returns every element of one kind, in document order.
     *
     * @param kind the kind, not null
     * @return an unmodifiable list, empty if the plan has none; not null
     * @throws NullPointerException if {@code kind} is null
     */
    public List<PlanElement> ofKind(ElementKind kind) {
        return byKind.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of());
    }

    /**
     * Returns the element that contains this one directly.
     *
     * @param id the element's id, not null
     * @return the parent, or empty for the plan itself; not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public Optional<PlanElement> parent(ElementId id) {
        Entry parent = entry(id).parent;
        return parent == null ? Optional.empty() : Optional.of(parent.element);
    }

    /**
     * Returns the elements this one contains directly, in document order.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, empty for a leaf; not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<PlanElement> children(ElementId id) {
        return entry(id).element.children();
    }

    /**
     * Returns the path from an element up to the plan: the element, its parent, its parent's
     * parent, and so on, ending with the plan. For deliverable {@code 1.2.2} of Thurrock's plan
     * that is the deliverable, priority {@code 1.2}, the Enabling theme and the plan.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, never empty, whose last element is the plan; not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<PlanElement> path(ElementId id) {
        Entry entry = entry(id);
        PlanElement[] path = new PlanElement[entry.depth + 1];
        for (int i = 0; entry != null; i++, entry = entry.parent) {
            path[i] = entry.element;
        }
        return List.of(path);
    }

    /**
     * Returns the theme an element sits in.
     *
     * @param id the element's id, not null
     * @return the theme (the element itself if it is a theme), or empty for elements outside
     *     themes such as the plan, values and measures; not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public Optional<Theme> theme(ElementId id) {
        return entry(id).theme;
    }

    /**
     * Returns the resolved links that start at an element, in the plan's order.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksFrom(ElementId id) {
        entry(id);
        return allOutgoing.getOrDefault(id, List.of());
    }

    /**
     * Returns the resolved links of one kind that start at an element, in the plan's order.
     *
     * @param id the element's id, not null
     * @param kind the kind of link, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksFrom(ElementId id, LinkKind kind) {
        entry(id);
        return outgoing.getOrDefault(Objects.requireNonNull(kind, "kind"), Map.of()).getOrDefault(id, List.of());
    }

    /**
     * Returns the resolved links that end at an element, in the plan's order.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksTo(ElementId id) {
        entry(id);
        return allIncoming.getOrDefault(id, List.of());
    }

    /**
     * Returns the resolved links of one kind that end at an element, in the plan's order.
     *
     * @param id the element's id, not null
     * @param kind the kind of link, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksTo(ElementId id, LinkKind kind) {
        entry(id);
        return incoming.getOrDefault(Objects.requireNonNull(kind, "kind"), Map.of()).getOrDefault(id, List.of());
    }

    /**
     * Returns the plan's links that start or end at an id the plan does not have. A validated
     * plan has none.
     *
     * @return an unmodifiable list in the plan's order, not null
     */
    public List<Link> unresolvedLinks() {
        return unresolved;
    }

    /**
     * Returns the deliverables that serve an outcome (see the class description for the rule):
     * first those that reach it by links, then, by containment, those of its theme that have no
     * explicit route to any outcome; each group in document order.
     *
     * @param outcomeId the outcome's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code outcomeId} is null
     * @throws NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not an outcome
     */
    public List<Traced<Deliverable>> deliverablesServing(ElementId outcomeId) {
        Outcome outcome = get(outcomeId, Outcome.class);
        List<Traced<Deliverable>> linked = deliverablesByLink.getOrDefault(outcome.id(), List.of());
        List<Deliverable> contained = entry(outcomeId).theme
                .map(theme -> unlinkedDeliverablesByTheme.getOrDefault(theme.id(), List.of()))
                .orElse(List.of());
        if (contained.isEmpty()) {
            return linked;
        }
        List<Traced<Deliverable>> all = new ArrayList<>(linked.size() + contained.size());
        all.addAll(linked);
        contained.forEach(deliverable -> all.add(Traced.byContainment(deliverable)));
        return Collections.unmodifiableList(all);
    }

    /**
     * Returns the outcomes a deliverable serves (see the class description for the rule): those it
     * reaches by links, in document order, or, if it reaches none, every outcome of its theme by
     * containment.
     *
     * @param deliverableId the deliverable's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code deliverableId} is null
     * @throws NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not a deliverable
     */
    public List<Traced<Outcome>> outcomesServedBy(ElementId deliverableId) {
        Deliverable deliverable = get(deliverableId, Deliverable.class);
        List<Traced<Outcome>> linked = outcomesByLink.get(deliverable.id());
        if (linked != null) {
            return linked;
        }
        List<Outcome> outcomes = entry(deliverableId).theme.map(Theme::outcomes).orElse(List.of());
        List<Traced<Outcome>> contained = new ArrayList<>(outcomes.size());
        outcomes.forEach(outcome -> contained.add(Traced.byContainment(outcome)));
        return Collections.unmodifiableList(contained);
    }

    private Entry entry(ElementId id) {
        Entry entry = entries.get(Objects.requireNonNull(id, "id"));
        if (entry == null) {
            throw new NoSuchElementException("plan '" + plan.id() + "' has no element with id '" + id + "'");
        }
        return entry;
    }

    private void collect(PlanElement element, Entry parent, Theme theme, Map<ElementKind, List<PlanElement>> kinds,
            Map<DisplayNumber, List<PlanElement>> numbers) {
        Theme within = element instanceof Theme ? (Theme) element : theme;
        Entry entry = new Entry(element, parent, Optional.ofNullable(within), entries.size());
        Entry previous = entries.putIfAbsent(element.id(), entry);
        if (previous != null) {
            throw new IllegalArgumentException("id '" + element.id() + "' is used by both " + previous.element.describe()
                    + " and " + element.describe() + "; ids must be unique across the plan");
        }
        kinds.computeIfAbsent(element.kind(), k -> new ArrayList<>()).add(element);
        element.number().ifPresent(number -> numbers.computeIfAbsent(number, k -> new ArrayList<>()).add(element));
        for (PlanElement child : element.children()) {
            collect(child, entry, within, kinds, numbers);
        }
    }

    /**
     * Finds, breadth first, the shortest contributesTo route from a deliverable to each outcome it
     * reaches. Work reached on the way counts with the priorities and objectives that contain it,
     * as the deliverable itself does.
     */
    private List<Traced<Outcome>> linkedOutcomes(Deliverable deliverable) {
        Map<ElementId, Link> via = new HashMap<>();
        Map<ElementId, ElementId> within = new HashMap<>();
        Set<ElementId> seen = new HashSet<>();
        ArrayDeque<ElementId> queue = new ArrayDeque<>();
        enqueueWithContainers(entry(deliverable.id()), seen, within, queue);
        Map<ElementId, List<Link>> contributions = outgoing.getOrDefault(LinkKind.CONTRIBUTES_TO, Map.of());
        List<Traced<Outcome>> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            ElementId at = queue.poll();
            for (Link link : contributions.getOrDefault(at, List.of())) {
                ElementId to = link.to();
                if (!seen.add(to)) {
                    continue;
                }
                via.put(to, link);
                Entry target = entries.get(to);
                if (target.element instanceof Outcome) {
                    found.add(Traced.byLinks((Outcome) target.element, route(to, via, within)));
                } else {
                    seen.remove(to);
                    enqueueWithContainers(target, seen, within, queue);
                }
            }
        }
        found.sort(Comparator.comparingInt(traced -> entries.get(traced.element().id()).position));
        return List.copyOf(found);
    }

    /** Queues a piece of work and the priorities and objectives that contain it, if not seen yet. */
    private static void enqueueWithContainers(Entry work, Set<ElementId> seen, Map<ElementId, ElementId> within,
            ArrayDeque<ElementId> queue) {
        if (!seen.add(work.element.id())) {
            return;
        }
        queue.add(work.element.id());
        for (Entry container = work.parent; container != null; container = container.parent) {
            if (WORK_CONTAINERS.contains(container.element.kind()) && seen.add(container.element.id())) {
                within.put(container.element.id(), work.element.id());
                queue.add(container.element.id());
            }
        }
    }

    /** Walks back from the end of a route, through links and containment, to where it started. */
    private static List<Link> route(ElementId end, Map<ElementId, Link> via, Map<ElementId, ElementId> within) {
        ArrayDeque<Link> route = new ArrayDeque<>();
        ElementId at = end;
        while (true) {
            Link link = via.get(at);
            if (link != null) {
                route.addFirst(link);
                at = link.from();
            } else if (within.containsKey(at)) {
                at = within.get(at);
            } else {
                return List.copyOf(route);
            }
        }
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> frozen = new HashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }

    private static <V> Map<ElementKind, List<V>> freezeEnum(Map<ElementKind, List<V>> map) {
        Map<ElementKind, List<V>> frozen = new EnumMap<>(ElementKind.class);
        map.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<LinkKind, Map<ElementId, List<Link>>> freezeNested(Map<LinkKind, Map<ElementId, List<Link>>> map) {
        Map<LinkKind, Map<ElementId, List<Link>>> frozen = new EnumMap<>(LinkKind.class);
        map.forEach((kind, links) -> frozen.put(kind, freeze(links)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Where one element sits in the plan. */
    private static final class Entry {
        final PlanElement element;
        final Entry parent;
        final Optional<Theme> theme;
        final int position;
        final int depth;

        Entry(PlanElement element, Entry parent, Optional<Theme> theme, int position) {
            this.element = element;
            this.parent = parent;
            this.theme = theme;
            this.position = position;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }
    }
}
