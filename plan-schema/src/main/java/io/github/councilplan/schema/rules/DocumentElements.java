package io.github.councilplan.schema.rules;

import io.github.councilplan.model.reading.ConcurrentGroups;
import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.message.ElementLabels;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A plan document as the plan rules see it, found in one walk of its tree by the
 * {@link PlanStructure}: its elements in the order of {@code Plan.elements()} (depth first, in
 * document order), each list of siblings, every value the structure types (texts, dates, periods,
 * references) with the element it belongs to, and the elements by id. Values of unexpected types,
 * and properties the structure does not know, are passed over: the schema reports them.
 */
public final class DocumentElements {
    /** A list of elements held in one property of one element (or of the plan). */
    record Siblings(ElementNode parent, Property property, List<ElementNode> elements) {}

    /**
     * One value of the document that the structure types and a rule reads (texts, dates, plan
     * dates, periods and references). Its pointer and label are made when asked for, as most
     * values are never reported. Immutable.
     */
    public static final class Value {
        private final Within within;
        private final Property property;
        /** What is kept of the value's node to make it again ({@link DocumentNode#kept()}). */
        private final Object node;
        private final int index;
        private final String key;

        private Value(Within within, Property property, DocumentNode node, int index, String key) {
            this.within = within;
            this.property = property;
            this.node = node.kept();
            this.index = index;
            this.key = key;
        }

        /**
         * Returns the value's JSON pointer.
         *
         * @return the pointer, not null
         */
        public String pointer() {
            String at = Pointers.child(within.pointer(), property.name());
            return key != null ? Pointers.child(at, key) : index >= 0 ? Pointers.child(at, index) : at;
        }

        /**
         * Returns the shape of the object that holds the value.
         *
         * @return the shape, not null
         */
        public ObjectShape shape() {
            return within.shape;
        }

        /**
         * Returns the property that holds the value (for a list item, the list's property).
         *
         * @return the property, not null
         */
        public Property property() {
            return property;
        }

        /**
         * Returns the value, of any JSON type.
         *
         * @return the value, not null
         */
        public DocumentNode node() {
            return DocumentNode.restored(node);
        }

        /**
         * Returns the model's value, when the document is a model's and the value is of the type
         * asked for: what {@code node().modelValue(type)} gives, without making the node.
         *
         * @param type the type, not null
         * @return the value, or null for a value of a tree or of another type
         */
        <T> T modelValue(Class<T> type) {
            if (node instanceof DocumentNode) {
                return ((DocumentNode) node).modelValue(type);
            }
            return type.isInstance(node) ? type.cast(node) : null;
        }

        /**
         * Returns the element the value belongs to: the innermost element whose object holds it.
         *
         * @return the element, not null
         */
        public ElementNode element() {
            return within.element;
        }

        /**
         * Returns the value's name within its element, such as {@code "name"},
         * {@code "body[1].paragraph"} or {@code "leadIns.outcomes"}.
         *
         * @return the label, not null
         */
        public String label() {
            String name = within.label() + property.name();
            return key != null ? name + "." + key : index >= 0 ? name + "[" + index + "]" : name;
        }

        /**
         * Tells whether the value is inside an item of one of its element's lists, that is whether
         * its {@linkplain #label() label} starts with the list's name and {@code [}, without making
         * the label.
         *
         * @param list the name of a list property of the element, not null
         * @return true when the value is in an item of that list (or is an item of it)
         */
        public boolean isInItemOf(String list) {
            Within outermost = within;
            while (outermost.outer != null && outermost.outer.name != null) {
                outermost = outermost.outer;
            }
            return outermost.name == null ? index >= 0 && key == null && property.name().equals(list)
                    : outermost.index >= 0 && outermost.name.equals(list);
        }
    }

    /**
     * An object that holds values: an element's own object, or an object nested in it (not an
     * element itself) by a property of the object outside it. Its pointer and label are made when
     * asked for, so that a document's many nested objects do not each hold two strings. Immutable.
     */
    private static final class Within {
        private final Within outer;
        private final ElementNode element;
        private final ObjectShape shape;
        private final String name;
        private final int index;

        private Within(Within outer, ElementNode element, ObjectShape shape, String name, int index) {
            this.outer = outer;
            this.element = element;
            this.shape = shape;
            this.name = name;
            this.index = index;
        }

        /** Returns an element's own object. */
        static Within element(ElementNode element, ObjectShape shape) {
            return new Within(null, element, shape, null, -1);
        }

        /** Returns an object held by a property of this one: alone ({@code index} -1) or as a list's item. */
        Within nested(ObjectShape shape, String name, int index) {
            return new Within(this, element, shape, name, index);
        }

        String pointer() {
            if (name == null) {
                return element.pointer();
            }
            String at = Pointers.child(outer.pointer(), name);
            return index >= 0 ? Pointers.child(at, index) : at;
        }

        /** Returns the label of the values' names inside: empty for an element's own object, else ending in a dot. */
        String label() {
            if (name == null) {
                return "";
            }
            return outer.label() + name + (index >= 0 ? "[" + index + "]." : ".");
        }
    }

    /** The default name of each kind's level. */
    private static final Map<ElementKind, String> DEFAULT_NAMES = new EnumMap<>(ElementKind.class);

    static {
        for (ElementKind kind : ElementKind.values()) {
            DEFAULT_NAMES.put(kind, LevelNames.defaultName(kind).value());
        }
    }

    /**
     * How many runs each list of elements of the plan is cut into when its items are walked on two
     * threads at once: enough for the two to end together, few enough that a run costs far more
     * than taking it.
     */
    private static final int RUNS_PER_LIST = 16;

    /** The types of value a rule reads: only these are kept. */
    private static final Set<ValueType> READ_BY_RULES = EnumSet.of(ValueType.TEXT, ValueType.DATE,
            ValueType.PLAN_DATE, ValueType.PERIOD, ValueType.REFERENCES);

    private final DocumentNode root;
    private final ElementNode plan;
    private final List<ElementNode> all = new ArrayList<>();
    private final List<Siblings> siblings = new ArrayList<>();
    private final Map<ValueType, List<Value>> values = new EnumMap<>(ValueType.class);
    /** The elements by id, the first of each id; made once the walk has found them all. */
    private Map<String, ElementNode> byId = Map.of();
    /** {@link #walks}, made once rather than once an object. */
    private final Predicate<Property> walked = this::walks;
    private final boolean keepsValues;
    /** The labels of the elements, made when a message first asks for one. */
    private volatile ElementLabels<ElementNode> labels;
    /** The elements by pointer, made when a message first asks for the element at a pointer. */
    private volatile Map<String, ElementNode> byPointer;

    private DocumentElements(DocumentNode root, boolean keepsValues) {
        this.root = root;
        this.plan = new ElementNode(ElementKind.PLAN, root, () -> "", null, this);
        this.keepsValues = keepsValues;
    }

    /**
     * Finds the elements and values of the document whose JSON tree is {@code root}; any tree is
     * accepted.
     *
     * @param root the document's tree, or null
     * @return the elements found, not null
     */
    public static DocumentElements of(JsonNode root) {
        return of(DocumentNode.of(root));
    }

    /**
     * Finds the elements and values of a document, a tree's or a model's; any tree is accepted.
     *
     * @param root the document's root, or null
     * @return the elements found, not null
     */
    public static DocumentElements of(DocumentNode root) {
        return find(root, true);
    }

    /**
     * Finds the elements of a document, a tree's or a model's, but none of its values: what the
     * rules across documents read of a document that another links into.
     *
     * @param root the document's root, or null
     * @return the elements found, with no {@linkplain #values(ValueType) values}; not null
     */
    public static DocumentElements elementsOf(DocumentNode root) {
        return find(root, false);
    }

    /**
     * Finds the elements and values of a document, a tree's or a model's, as {@link #of(DocumentNode)}
     * finds them, on two threads at once: the calling thread and, once it begins, a task handed to
     * {@code helper}. The items of each list of elements of the plan itself are walked in runs of
     * consecutive items, each thread taking the next run when it has walked one, and what each run
     * finds is put in its place in document order; the calling thread walks every run the helper
     * has not taken, so a helper that refuses the task, or begins it late, costs time, never a hang.
     *
     * @param root the document's root, or null
     * @param helper where the second thread's task may run, not null; it may refuse it by throwing
     * @return the elements found, equal to what {@link #of(DocumentNode)} finds; not null
     */
    static DocumentElements of(DocumentNode root, Executor helper) {
        Objects.requireNonNull(helper, "helper");
        return find(root, true, helper);
    }

    private static DocumentElements find(DocumentNode root, boolean keepsValues) {
        return find(root, keepsValues, null);
    }

    /** Finds the elements, on the calling thread alone when {@code helper} is null. */
    private static DocumentElements find(DocumentNode root, boolean keepsValues, Executor helper) {
        DocumentElements elements = new DocumentElements(root, keepsValues);
        if (root != null && root.isObject()) {
            Within plan = Within.element(elements.plan, PlanStructure.plan());
            if (helper == null) {
                elements.new Found(elements.all, elements.siblings, elements.values).walk(root, plan);
            } else {
                elements.walkShared(root, plan, helper);
            }
        }
        // sized for every element at once: growing it step by step rehashes what it holds each time
        Map<String, ElementNode> byId = new HashMap<>((int) (elements.all.size() / 0.75f) + 1);
        for (ElementNode element : elements.all) {
            element.id().ifPresent(id -> byId.putIfAbsent(id, element));
        }
        elements.byId = byId;
        return elements;
    }

    /**
     * Walks the plan's own object on the calling thread but for the items of its lists of
     * elements, which it shares out in runs ({@link #of(DocumentNode, Executor)}), then puts what
     * each part found in place.
     */
    private void walkShared(DocumentNode root, Within within, Executor helper) {
        List<Found> parts = new ArrayList<>();
        List<Runnable> runs = new ArrayList<>();
        Found[] current = {new Found()};
        parts.add(current[0]);
        root.forEachProperty(within.shape, walked, (property, value) -> {
            if (property.type() != ValueType.ELEMENTS || !value.isArray()) {
                current[0].walk(within, property, value);
                return;
            }
            List<ElementNode> items = new ArrayList<>();
            int size = value.size();
            int length = (size + RUNS_PER_LIST - 1) / RUNS_PER_LIST;
            for (int from = 0; from < size; from += length) {
                Found part = new Found();
                parts.add(part);
                List<ElementNode> children = new ArrayList<>();
                List<DocumentNode> objects = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + length); i++) {
                    DocumentNode item = value.get(i);
                    if (item.isObject()) {
                        children.add(newElement(item, property, itemPointer(within, property, i), plan));
                        objects.add(item);
                    }
                }
                items.addAll(children);
                runs.add(() -> {
                    for (int i = 0; i < children.size(); i++) {
                        part.walkElement(children.get(i), objects.get(i), property);
                    }
                });
            }
            // the list's siblings follow what its items' walks find, as in a walk on one thread
            current[0] = new Found();
            parts.add(current[0]);
            current[0].siblings.add(new Siblings(plan, property, List.copyOf(items)));
        });
        AtomicInteger next = new AtomicInteger();
        Runnable share = () -> {
            for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) {
                runs.get(i).run();
            }
        };
        ConcurrentGroups.run(share, share, helper);
        for (Found part : parts) {
            all.addAll(part.all);
            siblings.addAll(part.siblings);
            part.values.forEach((type, found) -> values.computeIfAbsent(type, k -> new ArrayList<>()).addAll(found));
        }
    }

    /** Tells whether the walk reads a property: one that holds elements or objects, or a value it keeps. */
    private boolean walks(Property property) {
        switch (property.type()) {
            case ELEMENT:
            case ELEMENTS:
            case OBJECT:
            case OBJECT_LIST:
                return true;
            case LEAD_INS:
                return keepsValues;
            case TEXT_LIST:
                return keepsValues && READ_BY_RULES.contains(ValueType.TEXT);
            default:
                return keepsValues && READ_BY_RULES.contains(property.type());
        }
    }

    /**
     * What a walk finds, in document order: the whole document's, or a part's when parts are
     * walked at once ({@link #of(DocumentNode, Executor)}). Not thread-safe: one thread walks a part.
     */
    private final class Found {
        final List<ElementNode> all;
        final List<Siblings> siblings;
        final Map<ValueType, List<Value>> values;

        Found(List<ElementNode> all, List<Siblings> siblings, Map<ValueType, List<Value>> values) {
            this.all = all;
            this.siblings = siblings;
            this.values = values;
        }

        Found() {
            this(new ArrayList<>(), new ArrayList<>(), new EnumMap<>(ValueType.class));
        }

        void walk(DocumentNode object, Within within) {
            object.forEachProperty(within.shape, walked, (property, value) -> walk(within, property, value));
        }

        /** Finds the elements and values of one property of an object. */
        private void walk(Within within, Property property, DocumentNode value) {
            ElementNode element = within.element;
            switch (property.type()) {
                case ELEMENT:
                    if (value.isObject()) {
                        List<ElementNode> one = List.of(element(value, property,
                                () -> Pointers.child(within.pointer(), property.name()), element));
                        siblings.add(new Siblings(element, property, one));
                    }
                    break;
                case ELEMENTS:
                    if (value.isArray()) {
                        List<ElementNode> items = new ArrayList<>();
                        for (int i = 0; i < value.size(); i++) {
                            DocumentNode item = value.get(i);
                            if (item.isObject()) {
                                items.add(element(item, property, itemPointer(within, property, i), element));
                            }
                        }
                        siblings.add(new Siblings(element, property, List.copyOf(items)));
                    }
                    break;
                case OBJECT:
                    if (value.isObject()) {
                        walk(value, within.nested(shape(property), property.name(), -1));
                    }
                    break;
                case OBJECT_LIST:
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            DocumentNode item = value.get(i);
                            if (item.isObject()) {
                                walk(item, within.nested(shape(property), property.name(), i));
                            }
                        }
                    }
                    break;
                case LEAD_INS:
                    if (value.isObject() && keepsValues) {
                        for (Entry<String, DocumentNode> leadIn : value.properties()) {
                            add(ValueType.TEXT, new Value(within, property, leadIn.getValue(), -1, leadIn.getKey()));
                        }
                    }
                    break;
                case TEXT_LIST:
                case REFERENCES:
                case LANGUAGES:
                    ValueType itemType = property.type() == ValueType.TEXT_LIST ? ValueType.TEXT : property.type();
                    if (value.isArray() && keepsValues && READ_BY_RULES.contains(itemType)) {
                        for (int i = 0; i < value.size(); i++) {
                            add(itemType, new Value(within, property, value.get(i), i, null));
                        }
                    }
                    break;
                default:
                    if (keepsValues && READ_BY_RULES.contains(property.type())) {
                        add(property.type(), new Value(within, property, value, -1, null));
                    }
                    break;
            }
        }

        private ElementNode element(DocumentNode object, Property property, Supplier<String> pointer, ElementNode parent) {
            ElementNode child = newElement(object, property, pointer, parent);
            walkElement(child, object, property);
            return child;
        }

        /** Adds an element, then finds what its object holds. */
        void walkElement(ElementNode child, DocumentNode object, Property property) {
            all.add(child);
            walk(object, Within.element(child, shape(property)));
        }

        private void add(ValueType type, Value value) {
            values.computeIfAbsent(type, k -> new ArrayList<>()).add(value);
        }
    }

    /** Makes an element of the document, without finding what its object holds. */
    private ElementNode newElement(DocumentNode object, Property property, Supplier<String> pointer, ElementNode parent) {
        return new ElementNode(property.kind().orElseThrow(), object, pointer, parent, this);
    }

    /** The pointer of an item of a list of elements, made when asked for. */
    private static Supplier<String> itemPointer(Within within, Property property, int index) {
        return () -> Pointers.child(within.pointer(), property.name(), index);
    }

    private static ObjectShape shape(Property property) {
        return PlanStructure.named(property.shape().orElseThrow()).orElseThrow();
    }

    /** Returns the document's root. */
    DocumentNode root() {
        return root;
    }

    /** Returns the plan, as an element of kind {@link ElementKind#PLAN} at pointer {@code ""}. */
    ElementNode plan() {
        return plan;
    }

    /**
     * Returns every element but the plan, depth first in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<ElementNode> all() {
        return all;
    }

    /** Returns every list of sibling elements, in document order. */
    List<Siblings> siblings() {
        return siblings;
    }

    /**
     * Returns the values of one type, in document order: a text list's items and a lead-in are
     * {@link ValueType#TEXT}; the items of a list of references are {@link ValueType#REFERENCES}.
     * Only the types a rule reads are kept (texts, dates, plan dates, periods, references); any
     * other type has none.
     *
     * @param type the type, not null
     * @return an unmodifiable list, empty when there is none; not null
     */
    public List<Value> values(ValueType type) {
        return values.getOrDefault(type, List.of());
    }

    /**
     * Returns the labels of the document's elements, by which messages name them, made the first
     * time they are asked for (most documents need none): each element's level name as the
     * document gives it (its own {@code levelName}, else its theme's {@code levelNames}, else the
     * plan's, else the default), in the plan's first declared language, and its number.
     */
    ElementLabels<ElementNode> labels() {
        ElementLabels<ElementNode> made = labels;
        if (made == null) {
            List<ElementLabels.Entry<ElementNode>> entries = new ArrayList<>(all.size());
            Optional<String> language = language();
            for (ElementNode element : all) {
                ElementNode parent = element.parent() == null || element.parent().kind() == ElementKind.PLAN
                        ? null : element.parent();
                entries.add(new ElementLabels.Entry<>(element, parent, levelName(element, language),
                        element.number().map(Object::toString), element.id()));
            }
            made = ElementLabels.of(entries);
            labels = made;
        }
        return made;
    }

    /**
     * Returns the name of an element's level as the document gives it: the element's own
     * {@code levelName}, else its theme's {@code levelNames}, else the plan's, else the default;
     * each a text in the plan's first declared language, else its first.
     */
    String levelName(ElementNode element) {
        return levelName(element, language());
    }

    /** The plan's first declared language, if it declares one. */
    private Optional<String> language() {
        return NodeValues.stringItem(NodeValues.array(root, "languages"), 0);
    }

    private String levelName(ElementNode element, Optional<String> language) {
        ElementKind kind = element.kind();
        if (kind == ElementKind.PLAN) {
            return "Plan";
        }
        String property = LevelNames.propertyName(kind);
        Optional<String> name = text(NodeValues.property(element.node(), "levelName"), language);
        if (name.isEmpty() && kind != ElementKind.THEME) {
            ElementNode theme = element.parent();
            while (theme != null && theme.kind() != ElementKind.THEME) {
                theme = theme.parent();
            }
            if (theme != null) {
                name = text(NodeValues.property(NodeValues.object(theme.node(), "levelNames"), property), language);
            }
        }
        if (name.isEmpty()) {
            name = text(NodeValues.property(NodeValues.object(root, "levelNames"), property), language);
        }
        return name.orElseGet(() -> DEFAULT_NAMES.get(kind));
    }

    /** A text's words in a language, else its first; empty for what is no text or is blank. */
    private static Optional<String> text(DocumentNode text, Optional<String> language) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isString()) {
            return Optional.of(text.stringValue()).filter(words -> !words.isBlank());
        }
        if (!text.isObject()) {
            return Optional.empty();
        }
        Optional<String> shown = language.flatMap(tag -> NodeValues.string(text, tag)).filter(words -> !words.isBlank());
        if (shown.isPresent()) {
            return shown;
        }
        return text.properties().stream().map(Entry::getValue).filter(DocumentNode::isString)
                .map(DocumentNode::stringValue).filter(words -> !words.isBlank()).findFirst();
    }

    /**
     * Returns the innermost element whose object holds the value at a JSON pointer: the element
     * at the pointer, or at the longest pointer it starts with; the plan for a value of no element.
     */
    ElementNode holding(String pointer) {
        Map<String, ElementNode> found = byPointer;
        if (found == null) {
            found = new HashMap<>();
            for (ElementNode element : all) {
                found.put(element.pointer(), element);
            }
            byPointer = found;
        }
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
            ElementNode element = found.get(at);
            if (element != null) {
                return element;
            }
        }
        return plan;
    }

    /**
     * Returns the first element, in the order of {@link #all()}, whose id is the one given.
     *
     * @param id the id, not null
     * @return the element, or null when no element has the id
     */
    ElementNode firstWithId(String id) {
        return byId.get(id);
    }

    /**
     * Returns the element an id names: the first element with that id, or the plan itself when no
     * element has it but the plan does.
     */
    Optional<ElementNode> resolve(String id) {
        ElementNode element = byId.get(id);
        if (element == null && NodeValues.string(root, "id").filter(id::equals).isPresent()) {
            element = plan;
        }
        return Optional.ofNullable(element);
    }
}
