package io.github.councilplan.schema.rules;

import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A value of a plan document as the plan rules read it, from either of the two places a document
 * can be: a JSON tree, which may hold anything (the rules pass over what is of the wrong type), or
 * the model a valid document binds to, read through {@link PlanStructure} exactly as
 * {@code PlanJson} would write it (absent where the JSON would leave a value out: an empty list, an
 * empty optional, a {@code false} flag). So the rules are written once and check the same document
 * the same way on either path. Immutable and thread-safe, as the tree and the model are not
 * changed while the rules read them.
 */
public abstract class DocumentNode {
    DocumentNode() {}

    /**
     * Returns a node of a JSON tree.
     *
     * @param node the tree's node, or null
     * @return the node, or null for null
     */
    public static DocumentNode of(JsonNode node) {
        return node == null ? null : new Json(node);
    }

    /**
     * Returns a node of the model: a model object of one of the structure's shapes, or a value of
     * one of its properties.
     *
     * @param value the model's value, or null
     * @return the node, or null for what a document leaves out (null, an empty optional, list,
     *     map or extensions, {@code false})
     */
    public static DocumentNode ofModel(Object value) {
        if (value instanceof Optional) {
            value = ((Optional<?>) value).orElse(null);
        }
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        ValueClass type = ValueClass.OF.get(value.getClass());
        // a list is only ever cast to List here, as everywhere in this class: on Java 17 a class
        // cast to one interface, then another, misses the one-entry cache of its last cast each
        // time and writes it again, which two threads walking the model at once contend for
        if (type.list ? ((List<?>) value).isEmpty() : type.collection && ((Collection<?>) value).isEmpty()
                || type.map && ((Map<?, ?>) value).isEmpty()
                || value instanceof Extensions && ((Extensions) value).isEmpty()) {
            return null;
        }
        return new Model(value, type);
    }

    /**
     * Tells whether this is an object.
     *
     * @return true for an object
     */
    public abstract boolean isObject();

    /**
     * Tells whether this is an array.
     *
     * @return true for an array
     */
    public abstract boolean isArray();

    /**
     * Tells whether this is a string.
     *
     * @return true for a string
     */
    public abstract boolean isString();

    /**
     * Tells whether this is a number.
     *
     * @return true for a number
     */
    public abstract boolean isNumber();

    /**
     * Tells whether this is a boolean.
     *
     * @return true for a boolean
     */
    public abstract boolean isBoolean();

    /**
     * Returns the string of a string node.
     *
     * @return the string, or null when this is no string
     */
    public abstract String stringValue();

    /**
     * Returns the boolean of a boolean node.
     *
     * @return the boolean, or false when this is no boolean
     */
    public abstract boolean booleanValue();

    /**
     * Returns an object's property.
     *
     * @param name the property's name, not null
     * @return the property's value, or null when absent or this is no object
     */
    public abstract DocumentNode get(String name);

    /**
     * Returns an array's item.
     *
     * @param index the item's index
     * @return the item, or null when out of range or this is no array
     */
    public abstract DocumentNode get(int index);

    /**
     * Returns the number of an array's items, or of an object's properties.
     *
     * @return the size; 0 for a scalar
     */
    public abstract int size();

    /**
     * Returns an object's properties, in document order.
     *
     * @return the properties; none for anything but an object; not null
     */
    public abstract List<Entry<String, DocumentNode>> properties();

    /**
     * Returns the model's value of a node of the model, when it is of the type asked for: what a
     * rule can read as it is rather than from its text, which the model would give only to have it
     * parsed again.
     *
     * @param type the type, not null
     * @return the value, or null for a node of a tree or a value of another type
     */
    abstract <T> T modelValue(Class<T> type);

    /**
     * Gives each of an object's properties that {@code shape} knows and {@code wanted} accepts to
     * {@code action}, in document order, as {@link #properties()} lists them; a node of the model
     * does so without making the list, nor a node for a property not wanted.
     *
     * @param shape the object's shape, not null
     * @param wanted which of its properties to give, not null
     * @param action what to do with each property and its value, not null
     */
    public void forEachProperty(ObjectShape shape, Predicate<Property> wanted, BiConsumer<Property, DocumentNode> action) {
        for (Entry<String, DocumentNode> entry : properties()) {
            Optional<Property> property = shape.property(entry.getKey());
            if (property.isPresent() && wanted.test(property.get())) {
                action.accept(property.get(), entry.getValue());
            }
        }
    }

    /**
     * Returns what to keep of this node to make it again with {@link #restored(Object)}: for a
     * node of the model, the model's value, which is held anyway and costs nothing more; else
     * the node itself.
     */
    Object kept() {
        return this;
    }

    /** Returns the node that {@code kept} was {@linkplain #kept() kept} of: equal to it, if not the same. */
    static DocumentNode restored(Object kept) {
        return kept instanceof DocumentNode ? (DocumentNode) kept : ofModel(kept);
    }

    /**
     * Tells whether this has no items or properties.
     *
     * @return true for an empty array or object, and for a scalar
     */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Returns an object's property names, in document order.
     *
     * @return the names; none for anything but an object; not null
     */
    public List<String> propertyNames() {
        List<Entry<String, DocumentNode>> properties = properties();
        List<String> names = new ArrayList<>(properties.size());
        properties.forEach(property -> names.add(property.getKey()));
        return names;
    }

    /** A node of a JSON tree. */
    private static final class Json extends DocumentNode {
        private final JsonNode node;

        Json(JsonNode node) {
            this.node = node;
        }

        @Override
        public boolean isObject() {
            return node.isObject();
        }

        @Override
        public boolean isArray() {
            return node.isArray();
        }

        @Override
        public boolean isString() {
            return node.isString();
        }

        @Override
        public boolean isNumber() {
            return node.isNumber();
        }

        @Override
        public boolean isBoolean() {
            return node.isBoolean();
        }

        @Override
        public String stringValue() {
            return node.isString() ? node.stringValue() : null;
        }

        @Override
        public boolean booleanValue() {
            return node.isBoolean() && node.booleanValue();
        }

        @Override
        <T> T modelValue(Class<T> type) {
            return null;
        }

        @Override
        public DocumentNode get(String name) {
            return node.isObject() ? of(node.get(name)) : null;
        }

        @Override
        public DocumentNode get(int index) {
            return node.isArray() ? of(node.get(index)) : null;
        }

        @Override
        public int size() {
            return node.isContainer() ? node.size() : 0;
        }

        @Override
        public List<Entry<String, DocumentNode>> properties() {
            if (!node.isObject()) {
                return List.of();
            }
            List<Entry<String, DocumentNode>> properties = new ArrayList<>(node.size());
            for (Entry<String, JsonNode> property : node.properties()) {
                properties.add(new AbstractMap.SimpleImmutableEntry<>(property.getKey(), of(property.getValue())));
            }
            return properties;
        }
    }

    /**
     * What the rules ask of the class of a model's value, found once per class: whether it is a
     * map, a list or another collection, and its shape in the structure. A check against an
     * interface ({@code instanceof Map}) scans the class's interfaces on every use when it fails,
     * and the rules ask it of every value they read.
     */
    private static final class ValueClass {
        static final ClassValue<ValueClass> OF = new ClassValue<>() {
            @Override
            protected ValueClass computeValue(Class<?> type) {
                return new ValueClass(type);
            }
        };

        final boolean map;
        final boolean list;
        final boolean collection;
        final Optional<ObjectShape> shape;

        private ValueClass(Class<?> type) {
            this.map = Map.class.isAssignableFrom(type);
            this.list = List.class.isAssignableFrom(type);
            this.collection = Collection.class.isAssignableFrom(type);
            this.shape = PlanStructure.ofType(type);
        }
    }

    /** A value of the model, read as {@code PlanJson} writes it. */
    private static final class Model extends DocumentNode {
        private final Object value;
        private final ValueClass type;

        Model(Object value, ValueClass type) {
            this.value = value;
            this.type = type;
        }

        private Optional<ObjectShape> shape() {
            return type.shape;
        }

        @Override
        public boolean isObject() {
            return type.map || value instanceof Extensions || value instanceof Text && ((Text) value).isTagged()
                    || shape().isPresent();
        }

        @Override
        public boolean isArray() {
            return type.list;
        }

        @Override
        public boolean isString() {
            // what stringValue() gives text for, without making the text (a period's or a date's, say)
            if (value instanceof Text) {
                return !((Text) value).isTagged();
            }
            return !(value instanceof Boolean || value instanceof BigDecimal || type.list
                    || type.map || value instanceof Extensions || shape().isPresent());
        }

        @Override
        public boolean isNumber() {
            return value instanceof BigDecimal;
        }

        @Override
        public boolean isBoolean() {
            return value instanceof Boolean;
        }

        @Override
        public String stringValue() {
            if (value instanceof Text) {
                Text text = (Text) value;
                return text.isTagged() ? null : text.value();
            }
            if (value instanceof Enum) {
                return JsonNames.jsonName((Enum<?>) value);
            }
            if (value instanceof Boolean || value instanceof BigDecimal || type.list || type.map
                    || value instanceof Extensions || shape().isPresent()) {
                return null;
            }
            return value.toString();
        }

        @Override
        public boolean booleanValue() {
            return Boolean.TRUE.equals(value);
        }

        @Override
        <T> T modelValue(Class<T> type) {
            return type.isInstance(value) ? type.cast(value) : null;
        }

        @Override
        Object kept() {
            return value;
        }

        @Override
        public DocumentNode get(String name) {
            if (type.map) {
                return ofModel(((Map<?, ?>) value).get(name));
            }
            if (value instanceof Text) {
                Text text = (Text) value;
                return text.isTagged() ? ofModel(text.in(name).orElse(null)) : null;
            }
            Optional<ObjectShape> shape = shape();
            if (shape.isEmpty()) {
                return null;
            }
            Optional<Property> property = shape.get().property(name);
            return property.isEmpty() ? null : ofModel(property.get().valueOf(value));
        }

        @Override
        public DocumentNode get(int index) {
            if (!type.list) {
                return null;
            }
            List<?> list = (List<?>) value;
            return index >= 0 && index < list.size() ? ofModel(list.get(index)) : null;
        }

        @Override
        public int size() {
            if (type.list) {
                return ((List<?>) value).size();
            }
            return isObject() ? properties().size() : 0;
        }

        @Override
        public List<Entry<String, DocumentNode>> properties() {
            List<Entry<String, DocumentNode>> properties = new ArrayList<>();
            if (type.map) {
                ((Map<?, ?>) value).forEach((key, item) -> add(properties, key.toString(), ofModel(item)));
            } else if (value instanceof Text && ((Text) value).isTagged()) {
                ((Text) value).byLanguage().forEach((tag, text) -> add(properties, tag, ofModel(text)));
            } else if (shape().isPresent()) {
                for (Property property : shape().get().properties()) {
                    add(properties, property.name(), ofModel(property.valueOf(value)));
                }
            }
            return properties;
        }

        @Override
        public void forEachProperty(ObjectShape shape, Predicate<Property> wanted,
                BiConsumer<Property, DocumentNode> action) {
            if (type.map || value instanceof Text || shape().orElse(null) != shape) {
                super.forEachProperty(shape, wanted, action);
                return;
            }
            List<Property> properties = shape.properties();
            // by index: an iterator per object is much of what a walk over the model allocates
            for (int i = 0; i < properties.size(); i++) {
                Property property = properties.get(i);
                if (wanted.test(property)) {
                    DocumentNode node = ofModel(property.valueOf(value));
                    if (node != null) {
                        action.accept(property, node);
                    }
                }
            }
        }

        private static void add(List<Entry<String, DocumentNode>> properties, String name, DocumentNode node) {
            if (node != null) {
                properties.add(new AbstractMap.SimpleImmutableEntry<>(name, node));
            }
        }
    }
}
