package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.trace.PlanIndex.Entry;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans indexed together, with the links between their elements resolved and, for every
 * piece of leaf work of every plan, the outcomes it serves by links (the rule is
 * {@link PlanIndex}'s). Built once, then read only.
 */
final class Network {
    /** One end of a serving relation: the element at the other end, and the route of links to it. */
    record Served(Entry other, List<Link> route) {}

    /** A resolved link, with its two ends. */
    private record Edge(Link link, Entry from, Entry to) {}

    final Map<ElementId, PlanIndex> indexes = new LinkedHashMap<>();
    /** By leaf work: the outcomes it reaches by links; absent for work with no route to any. */
    final Map<Entry, List<Served>> servedByLinks = new IdentityHashMap<>();
    /** By outcome: the leaf work that reaches it by links. */
    final Map<Entry, List<Served>> servingByLinks = new IdentityHashMap<>();
    /** By element: the leaf work within it (itself included) that reaches no outcome by links. */
    final Map<Entry, List<Entry>> unlinkedWithin = new IdentityHashMap<>();

    /** By element: the resolved links that end at it, from any of the plans. */
    private final Map<Entry, List<Edge>> incoming = new IdentityHashMap<>();

    /**
     * What only building the network needs, dropped once it is built so that an index does not
     * hold it: the contributesTo links from each element, and each plan's place among those
     * given, which with an element's place in its plan orders elements across the plans.
     */
    private static final class Building {
        final Map<Entry, List<Edge>> contributions = new IdentityHashMap<>();
        /** Each plan's place among those given: with an entry's place in its plan, an entry's place among all. */
        final Map<PlanIndex, Integer> planOrder = new IdentityHashMap<>();

        Comparator<Served> byOrder() {
            return Comparator.<Served>comparingInt(served -> planOrder.get(served.other().index))
                    .thenComparingInt(served -> served.other().position);
        }
    }

    Network(List<Plan> plans) {
        for (Plan plan : plans) {
            if (indexes.containsKey(plan.id())) {
                throw new IllegalArgumentException("plans: two plans have the id '" + plan.id() + "'");
            }
            indexes.put(plan.id(), newIndex(plan));
        }
        Building building = new Building();
        for (PlanIndex index : indexes.values()) {
            building.planOrder.put(index, building.planOrder.size());
            resolveLinks(index, building);
        }
        indexes.values().forEach(PlanIndex::freezeLinks);
        incoming.replaceAll((element, edges) -> List.copyOf(edges));
        for (PlanIndex index : indexes.values()) {
            for (Entry entry : index.entriesInOrder()) {
                if (entry.isLeafWork()) {
                    trace(entry, building);
                }
            }
        }
        servedByLinks.replaceAll((work, served) -> List.copyOf(served));
        servingByLinks.replaceAll((outcome, serving) -> {
            List<Served> sorted = new ArrayList<>(serving);
            sorted.sort(building.byOrder());
            return List.copyOf(sorted);
        });
        unlinkedWithin.replaceAll((element, work) -> List.copyOf(work));
        // Each entry's links were set after its index's constructor, so the index's final fields do
        // not publish them; this fence does, as a constructor's end publishes final fields: every
        // write above is visible to a thread that reads an index, however the index reached it.
        VarHandle.releaseFence();
    }

    private PlanIndex newIndex(Plan plan) {
        return new PlanIndex(plan, this);
    }

    private void resolveLinks(PlanIndex index, Building building) {
        for (Link link : index.plan().links()) {
            Optional<Entry> from = index.findEntry(link.from());
            Optional<Entry> to;
            boolean local = link.toPlan().isEmpty() || link.toPlan().get().equals(index.plan().id());
            if (local) {
                to = index.findEntry(link.to());
            } else {
                PlanIndex other = indexes.get(link.toPlan().get());
                if (other == null) {
                    if (from.isPresent()) {
                        index.addToPlanNotGiven(link);
                    } else {
                        index.addUnresolved(link);
                    }
                    continue;
                }
                to = other.findEntry(link.to());
            }
            if (from.isEmpty() || to.isEmpty()) {
                index.addUnresolved(link);
                continue;
            }
            index.addLink(link, local);
            incoming.computeIfAbsent(to.get(), k -> new ArrayList<>()).add(new Edge(link, from.get(), to.get()));
            if (link.kind() == LinkKind.CONTRIBUTES_TO) {
                building.contributions.computeIfAbsent(from.get(), k -> new ArrayList<>())
                        .add(new Edge(link, from.get(), to.get()));
            }
        }
    }

    /**
     * Finds, breadth first, the shortest contributesTo route from a piece of leaf work to each
     * outcome it reaches, and records the answer both ways.
     */
    private void trace(Entry start, Building building) {
        Map<Entry, Edge> via = new IdentityHashMap<>();
        Map<Entry, Entry> within = new IdentityHashMap<>();
        Map<Entry, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Entry> queue = new ArrayDeque<>();
        enqueueWithContainers(start, seen, within, queue);
        Map<Entry, List<Link>> found = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            Entry at = queue.poll();
            for (Edge edge : building.contributions.getOrDefault(at, List.of())) {
                Entry to = edge.to();
                if (seen.containsKey(to) || found.containsKey(to)) {
                    continue;
                }
                via.put(to, edge);
                if (to.element instanceof Outcome) {
                    found.put(to, route(to, via, within));
                } else if (to.isWork()) {
                    enqueueWithContainers(to, seen, within, queue);
                    if (!hasRoute(to, building)) {
                        List<Link> route = route(to, via, within);
                        for (Entry outcome : to.containmentOutcomes()) {
                            found.putIfAbsent(outcome, route);
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            for (Entry at = start; at != null && at.element.kind() != ElementKind.PLAN; at = at.parent) {
                unlinkedWithin.computeIfAbsent(at, k -> new ArrayList<>()).add(start);
            }
            return;
        }
        List<Served> served = new ArrayList<>();
        found.forEach((outcome, route) -> served.add(new Served(outcome, route)));
        served.sort(building.byOrder());
        servedByLinks.put(start, served);
        for (Served outcome : served) {
            servingByLinks.computeIfAbsent(outcome.other(), k -> new ArrayList<>())
                    .add(new Served(start, outcome.route()));
        }
    }

    /** Tells whether a link of a kind ends at an element, from any of the plans. */
    boolean hasLinkInto(Entry element, LinkKind kind) {
        for (Edge edge : incoming.getOrDefault(element, List.of())) {
            if (edge.link().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether work, or the work that contains it, has a contributesTo link of its own. */
    private static boolean hasRoute(Entry work, Building building) {
        for (Entry at = work; at != null && at.isWork(); at = at.parent) {
            if (building.contributions.containsKey(at)) {
                return true;
            }
        }
        return false;
    }

    /** Queues a piece of work and the work that contains it, if not seen yet. */
    private static void enqueueWithContainers(Entry work, Map<Entry, Boolean> seen, Map<Entry, Entry> within,
            ArrayDeque<Entry> queue) {
        if (seen.put(work, Boolean.TRUE) != null) {
            return;
        }
        queue.add(work);
        for (Entry container = work.parent; container != null && container.isWork(); container = container.parent) {
            if (seen.put(container, Boolean.TRUE) == null) {
                within.put(container, work);
                queue.add(container);
            }
        }
    }

    /** Walks back from the end of a route, through links and containment, to where it started. */
    private static List<Link> route(Entry end, Map<Entry, Edge> via, Map<Entry, Entry> within) {
        ArrayDeque<Link> route = new ArrayDeque<>();
        Entry at = end;
        while (true) {
            Edge edge = via.get(at);
            if (edge != null) {
                route.addFirst(edge.link());
                at = edge.from();
            } else if (within.containsKey(at)) {
                at = within.get(at);
            } else {
                return List.copyOf(route);
            }
        }
    }
}
