package io.github.councilplan.trace;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An index over one {@link Plan}, and the related plans given with it, that answers traceability
 * questions: any element by id or number, its parent, children and path to the plan, the links
 * into and out of it, and which work serves which outcomes.
 *
 * <p>{@link #of(Plan)} builds the index once, in time linear in the size of the plan and its
 * links (plus, for each piece of leaf work, the explicit {@code contributesTo} routes it starts);
 * every query then takes time proportional to the size of its answer.
 *
 * <p><b>Leaf work.</b> Plans stop at different levels: at deliverables, at titled pledges straight
 * under a theme, at priorities. The work a plan delivers is its <em>leaf work</em>: each
 * {@link Work} element (objective, priority or deliverable) that contains no other work
 * ({@link #leafWork()}). The questions of serving, gaps and roll-up are about leaf work.
 *
 * <p><b>Serving an outcome.</b> Outcomes sit in a theme or in any piece of work. A piece of leaf
 * work serves an outcome by {@linkplain Basis#LINK links} when a chain of
 * {@link LinkKind#CONTRIBUTES_TO} links leads to it from the work or from the work that contains
 * it. Work reached on the way counts with the work that contains it: if deliverable A contributes
 * to deliverable B, and B's priority contributes to outcome O, then A serves O, by the route
 * A&rarr;B, priority&rarr;O. Work reached that has no such links of its own (nor has the work that
 * contains it) passes on the outcomes it serves by containment: an action of an annual plan that
 * contributes to a priority of the council's strategy serves that priority's outcomes and its
 * theme's. Leaf work with no route to any outcome serves, by {@linkplain Basis#CONTAINMENT
 * containment}, every outcome that it holds itself, that the work containing it holds, and that its
 * theme holds; leaf work with routes serves the outcomes it holds itself by containment as well.
 * So a plan without explicit links (such as Thurrock's published plan) is traced by containment,
 * and a plan with them by its links, work by work; {@link #workServing(ElementId)} and
 * {@link #outcomesServedBy(ElementId)} are exact inverses.
 *
 * <p><b>Related plans.</b> {@link #of(Plan, Collection)} indexes a plan with the plans its links
 * point into, or that point into it (a long-term strategy and its annual delivery plan, each its
 * own document, joined by {@link Link#toPlan()}). Links into a related plan are followed as links
 * within one plan are, so that the delivery plan's actions serve the strategy's outcomes and the
 * strategy's outcomes are served by them; an answer about an element of a related plan says which
 * plan holds it ({@link Traced#otherPlan()}), and {@link #related(ElementId)} gives that plan's own
 * index.
 *
 * <p>The index holds plans whose ids are unique across each plan (as {@code PlanValidator}
 * requires). Links whose ends are not found are left out of every query and listed by
 * {@link #unresolvedLinks()}; links into a plan that was not given are listed by
 * {@link #linksToPlansNotGiven()}.
 *
 * <p>Immutable and thread-safe: one index may be shared by any number of threads. No method
 * accepts or returns null.
 */
public final class PlanIndex {
    private final Plan plan;
    private final Network network;
    private final Map<ElementId, Entry> entries = new HashMap<>();
    private final List<Entry> inOrder = new ArrayList<>();
    private final Map<ElementKind, List<PlanElement>> byKind;
    private final Map<DisplayNumber, List<PlanElement>> byNumber;
    private final List<Link> unresolved = new ArrayList<>();
    private final List<Link> toPlansNotGiven = new ArrayList<>();
    private final List<Work> leafWork;

    PlanIndex(Plan plan, Network network) {
        this.plan = plan;
        this.network = network;
        Map<ElementKind, List<PlanElement>> kinds = new EnumMap<>(ElementKind.class);
        Map<DisplayNumber, List<PlanElement>> numbers = new HashMap<>();
        collect(plan, null, null, kinds, numbers);
        this.byKind = Frozen.byEnum(kinds);
        this.byNumber = Frozen.lists(numbers);
        List<Work> leaves = new ArrayList<>();
        for (Entry entry : inOrder) {
            entry.children = List.copyOf(entry.children);
            if (entry.isLeafWork()) {
                leaves.add((Work) entry.element);
            }
        }
        this.leafWork = List.copyOf(leaves);
    }

    /**
     * Builds the index of a plan on its own.
     *
     * @param plan the plan, not null
     * @return the index, not null
     * @throws NullPointerException if {@code plan} is null
     * @throws IllegalArgumentException if two elements of the plan share an id, naming the id and
     *     both elements
     */
    public static PlanIndex of(Plan plan) {
        return of(plan, List.of());
    }

    /**
     * Builds the index of a plan together with related plans: the plans its links point into with
     * {@link Link#toPlan()}, or whose links point into it.
     *
     * @param plan the plan, not null
     * @param related the related plans, none with the plan's id and no two with one id; not null
     * @return the index of {@code plan}, not null
     * @throws NullPointerException if an argument is null or {@code related} holds null
     * @throws IllegalArgumentException if two elements of one plan share an id, or two plans share
     *     an id, naming them
     */
    public static PlanIndex of(Plan plan, Collection<Plan> related) {
        Objects.requireNonNull(plan, "plan");
        List<Plan> plans = new ArrayList<>();
        plans.add(plan);
        for (Plan other : Objects.requireNonNull(related, "related")) {
            plans.add(Objects.requireNonNull(other, "related plan"));
        }
        return new Network(plans).indexes.get(plan.id());
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
     * Returns the index of a related plan given with this one, which shares this index's links
     * between the plans.
     *
     * @param planId the related plan's id, not null
     * @return its index, or empty if no plan of that id was given; not null
     * @throws NullPointerException if {@code planId} is null
     */
    public Optional<PlanIndex> related(ElementId planId) {
        Objects.requireNonNull(planId, "planId");
        return planId.equals(plan.id()) ? Optional.empty() : Optional.ofNullable(network.indexes.get(planId));
    }

    /**
     * Returns the related plans given with this one, in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public List<Plan> relatedPlans() {
        List<Plan> others = new ArrayList<>();
        network.indexes.values().forEach(index -> {
            if (index != this) {
                others.add(index.plan);
            }
        });
        return List.copyOf(others);
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
     * siblings, but elements of different kinds, or in different parents, may share one.
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
     * Returns every revision of a target in the plan dated on or after a date: measure by measure
     * in document order, each measure's by date (of two of one date, in document order).
     *
     * @param date the first day to list, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code date} is null
     */
    public List<RevisedTarget> targetRevisionsSince(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<RevisedTarget> revised = new ArrayList<>();
        for (Measure measure : plan.measures()) {
            List<RevisedTarget> ofMeasure = new ArrayList<>();
            for (Target target : measure.targets()) {
                for (TargetRevision revision : target.revisions()) {
                    if (!revision.date().isBefore(date)) {
                        ofMeasure.add(RevisedTarget.of(measure, target, revision));
                    }
                }
            }
            ofMeasure.sort(Comparator.comparing(r -> r.revision().date()));
            revised.addAll(ofMeasure);
        }
        return Collections.unmodifiableList(revised);
    }

    /**
     * Returns the plan's leaf work: every objective, priority and deliverable that contains no
     * other work, in document order. This is what the plan delivers, at whatever level it stops.
     *
     * @return an unmodifiable list, not null
     */
    public List<Work> leafWork() {
        return leafWork;
    }

    /**
     * Tells whether an element is leaf work: an objective, priority or deliverable that contains
     * no other work.
     *
     * @param id the element's id, not null
     * @return true for leaf work
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public boolean isLeafWork(ElementId id) {
        return entry(id).isLeafWork();
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
        return Optional.ofNullable(entry(id).theme);
    }

    /**
     * Returns the name of an element's level in the plan's own words: the element's own
     * {@linkplain PlanElement#levelName() level name}, else its theme's
     * {@linkplain Theme#levelNames() name for the kind}, else the plan's, else the kind's default
     * English name ({@link LevelNames#defaultName}).
     *
     * @param id the element's id, not null
     * @return the name, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public Text levelName(ElementId id) {
        Entry entry = entry(id);
        ElementKind kind = entry.element.kind();
        Optional<Text> own = entry.element.levelName();
        if (own.isEmpty() && entry.theme != null && kind != ElementKind.THEME) {
            own = entry.theme.levelNames().flatMap(names -> names.own(kind));
        }
        return own.orElseGet(() -> plan.levelName(kind));
    }

    /**
     * Returns the resolved links that start at an element, in the plan's order, including links
     * into related plans given with this one.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksFrom(ElementId id) {
        return entry(id).outgoing;
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
        return ofKind(entry(id).outgoing, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the plan's own resolved links that end at an element, in the plan's order. Links
     * from related plans are not among them; they show in {@link #workServing(ElementId)}.
     *
     * @param id the element's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code id} is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksTo(ElementId id) {
        return entry(id).incoming;
    }

    /**
     * Returns the plan's own resolved links of one kind that end at an element, in the plan's
     * order.
     *
     * @param id the element's id, not null
     * @param kind the kind of link, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if an argument is null
     * @throws NoSuchElementException if the plan has no element with this id
     */
    public List<Link> linksTo(ElementId id, LinkKind kind) {
        return ofKind(entry(id).incoming, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The links of one kind among an element's, in their order: the list itself when they are all
     * of that kind, as most elements' are. An element's links are few, so they are kept once, not
     * once more per kind.
     */
    private static List<Link> ofKind(List<Link> links, LinkKind kind) {
        int matching = 0;
        for (Link link : links) {
            if (link.kind() == kind) {
                matching++;
            }
        }
        if (matching == links.size()) {
            return links;
        }
        List<Link> ofKind = new ArrayList<>(matching);
        for (Link link : links) {
            if (link.kind() == kind) {
                ofKind.add(link);
            }
        }
        return Collections.unmodifiableList(ofKind);
    }

    /**
     * Returns the plan's links that start or end at an id the plan (or, for a link into a related
     * plan given with it, that plan) does not have. A validated plan has none.
     *
     * @return an unmodifiable list in the plan's order, not null
     */
    public List<Link> unresolvedLinks() {
        return Collections.unmodifiableList(unresolved);
    }

    /**
     * Returns the plan's links into related plans that were not given with it, which no query
     * follows.
     *
     * @return an unmodifiable list in the plan's order, not null
     */
    public List<Link> linksToPlansNotGiven() {
        return Collections.unmodifiableList(toPlansNotGiven);
    }

    /**
     * Returns the leaf work that serves an outcome (see the class description for the rule): first
     * the work that reaches it by links, in the order of the plans given and then of their
     * documents, then, by containment, the leaf work within the element that holds the outcome,
     * in document order.
     *
     * @param outcomeId the outcome's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code outcomeId} is null
     * @throws NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not an outcome
     */
    public List<Traced<Work>> workServing(ElementId outcomeId) {
        get(outcomeId, Outcome.class);
        Entry outcome = entry(outcomeId);
        List<Traced<Work>> answer = new ArrayList<>();
        for (Network.Served served : network.servingByLinks.getOrDefault(outcome, List.of())) {
            answer.add(relative(Traced.byLinks((Work) served.other().element, served.route()), served.other()));
        }
        Entry holder = outcome.parent;
        if (holder != null && holder.element.kind() != ElementKind.PLAN) {
            for (Entry work : network.unlinkedWithin.getOrDefault(holder, List.of())) {
                answer.add(Traced.byContainment((Work) work.element));
            }
            // leaf work with routes serves the outcomes it holds by containment, unless a route reaches them
            List<Network.Served> holderServes = network.servedByLinks.get(holder);
            if (holder.isLeafWork() && holderServes != null
                    && holderServes.stream().noneMatch(served -> served.other() == outcome)) {
                answer.add(Traced.byContainment((Work) holder.element));
            }
        }
        return List.copyOf(answer);
    }

    /**
     * Returns the outcomes a piece of work serves (see the class description for the rule): for
     * leaf work, those it reaches by links, in the order of the plans given and then of their
     * documents, then the outcomes it holds itself; or, if it reaches none, the outcomes it, the
     * work containing it and its theme hold, by containment. For work that contains other work,
     * every outcome its leaf work serves, once each, the first way found.
     *
     * @param workId the work's id, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code workId} is null
     * @throws NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not an objective, priority or deliverable
     */
    public List<Traced<Outcome>> outcomesServedBy(ElementId workId) {
        get(workId, Work.class);
        Entry work = entry(workId);
        if (work.isLeafWork()) {
            return servedBy(work);
        }
        Map<Outcome, Traced<Outcome>> union = new LinkedHashMap<>();
        for (Entry leaf : leavesWithin(work, new ArrayList<>())) {
            for (Traced<Outcome> outcome : servedBy(leaf)) {
                union.putIfAbsent(outcome.element(), outcome);
            }
        }
        return List.copyOf(union.values());
    }

    private List<Traced<Outcome>> servedBy(Entry work) {
        List<Network.Served> linked = network.servedByLinks.get(work);
        List<Traced<Outcome>> answer = new ArrayList<>();
        if (linked != null) {
            for (Network.Served served : linked) {
                answer.add(relative(Traced.byLinks((Outcome) served.other().element, served.route()), served.other()));
            }
            for (Entry outcome : work.heldOutcomes()) {
                if (linked.stream().noneMatch(served -> served.other() == outcome)) {
                    answer.add(Traced.byContainment((Outcome) outcome.element));
                }
            }
        } else {
            for (Entry outcome : work.containmentOutcomes()) {
                answer.add(Traced.byContainment((Outcome) outcome.element));
            }
        }
        return List.copyOf(answer);
    }

    private static List<Entry> leavesWithin(Entry entry, List<Entry> into) {
        if (entry.isLeafWork()) {
            into.add(entry);
        }
        for (Entry child : entry.children) {
            leavesWithin(child, into);
        }
        return into;
    }

    /** Marks an answer about an element of another plan with that plan's id. */
    private <E extends PlanElement> Traced<E> relative(Traced<E> answer, Entry element) {
        return element.index == this ? answer : answer.inPlan(element.index.plan.id());
    }

    Entry entry(ElementId id) {
        Entry entry = entries.get(Objects.requireNonNull(id, "id"));
        if (entry == null) {
            throw new NoSuchElementException("plan '" + plan.id() + "' has no element with id '" + id + "'");
        }
        return entry;
    }

    private void collect(PlanElement element, Entry parent, Theme theme, Map<ElementKind, List<PlanElement>> kinds,
            Map<DisplayNumber, List<PlanElement>> numbers) {
        Theme within = element instanceof Theme ? (Theme) element : theme;
        Entry entry = new Entry(this, element, parent, within, inOrder.size());
        Entry previous = entries.putIfAbsent(element.id(), entry);
        if (previous != null) {
            throw new IllegalArgumentException("id '" + element.id() + "' is used by both " + previous.element.describe()
                    + " and " + element.describe() + "; ids must be unique across the plan");
        }
        inOrder.add(entry);
        if (parent != null) {
            parent.children = added(parent.children, entry);
        }
        kinds.computeIfAbsent(element.kind(), k -> new ArrayList<>()).add(element);
        element.number().ifPresent(number -> numbers.computeIfAbsent(number, k -> new ArrayList<>()).add(element));
        for (PlanElement child : element.children()) {
            collect(child, entry, within, kinds, numbers);
        }
    }

    /** Records a resolved link of this plan; its target may be in another plan. */
    void addLink(Link link, boolean local) {
        Entry from = entries.get(link.from());
        from.outgoing = added(from.outgoing, link);
        if (local) {
            Entry to = entries.get(link.to());
            to.incoming = added(to.incoming, link);
        }
    }

    /**
     * Adds to one of an entry's lists while the index is built: each starts as the shared empty
     * list, so that an entry with no children or links holds none of its own.
     */
    private static <T> List<T> added(List<T> list, T item) {
        List<T> growing = list.isEmpty() ? new ArrayList<>(2) : list;
        growing.add(item);
        return growing;
    }

    void addUnresolved(Link link) {
        unresolved.add(link);
    }

    void addToPlanNotGiven(Link link) {
        toPlansNotGiven.add(link);
    }

    /** Tells whether a resolved link of a kind ends at an element, from this plan or a related one. */
    boolean hasLinkInto(ElementId id, LinkKind kind) {
        return network.hasLinkInto(entry(id), kind);
    }

    Optional<Entry> findEntry(ElementId id) {
        return Optional.ofNullable(entries.get(id));
    }

    List<Entry> entriesInOrder() {
        return inOrder;
    }

    /** Freezes each entry's links once the network has resolved every link. */
    void freezeLinks() {
        for (Entry entry : inOrder) {
            entry.outgoing = List.copyOf(entry.outgoing);
            entry.incoming = List.copyOf(entry.incoming);
        }
    }

    /** Where one element sits in its plan. */
    static final class Entry {
        final PlanIndex index;
        final PlanElement element;
        final Entry parent;
        final Theme theme;
        final int position;
        final int depth;
        /**
         * Whether the element is work, found once: the index asks it of every entry's children, and
         * a test against an interface is slow when the JVM's cache of one class's supertypes keeps
         * being overwritten by tests against its other interfaces.
         */
        private final boolean work;
        /** The entries of its children, in order: growing while the index is built, then frozen. */
        List<Entry> children = List.of();
        /**
         * Its resolved links, then those of this plan that end at it: recorded, then frozen, after
         * the index's constructor (the network's release fence publishes them).
         */
        List<Link> outgoing = List.of();
        List<Link> incoming = List.of();

        Entry(PlanIndex index, PlanElement element, Entry parent, Theme theme, int position) {
            this.index = index;
            this.element = element;
            this.parent = parent;
            this.theme = theme;
            this.position = position;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.work = element instanceof Work;
        }

        boolean isWork() {
            return work;
        }

        boolean isLeafWork() {
            if (!isWork()) {
                return false;
            }
            for (Entry child : children) {
                if (child.isWork()) {
                    return false;
                }
            }
            return true;
        }

        /** The outcomes this element holds itself. */
        List<Entry> heldOutcomes() {
            List<Entry> outcomes = new ArrayList<>(0);
            for (Entry child : children) {
                if (child.element instanceof Outcome) {
                    outcomes.add(child);
                }
            }
            return outcomes;
        }

        /**
         * The outcomes work serves by containment: those it holds, then those of each element
         * containing it up to and including its theme, nearest first.
         */
        List<Entry> containmentOutcomes() {
            List<Entry> outcomes = new ArrayList<>();
            for (Entry at = this; at != null && at.element.kind() != ElementKind.PLAN; at = at.parent) {
                outcomes.addAll(at.heldOutcomes());
            }
            return outcomes;
        }
    }
}
