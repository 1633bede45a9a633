package io.github.councilplan.schema;

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
import tools.jackson.databind.JsonNode;

/**
 * A value of a plan document as the plan rules read it, from either of the two places a document
 * can be: a JSON tree, which may hold anything (the rules pass over what is of the wrong type), or
 * the model a valid document binds to, read through {@link PlanStructure} exactly as
 * {@code PlanJson} would write it (absent where the JSON would leave a value out: an empty list, an
 * empty optional, a {@code false} flag). So the rules are written once and check the same document
 * the same way on either path.
 */
abstract class DocumentNode {
    DocumentNode() {}

    /** A node of a JSON tree. */
    static DocumentNode of(JsonNode node) {
        return node == null ? null : new Json(node);
    }

    /**
     * A node of the model: a model object of one of the structure's shapes, or a value of one of
     * its properties; null for what a document leaves out.
     */
    static DocumentNode ofModel(Object value) {
        if (value instanceof Optional) {
            value = ((Optional<?>) value).orElse(null);
        }
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (value instanceof Collection && ((Collection<?>) value).isEmpty()
                || value instanceof Map && ((Map<?, ?>) value).isEmpty()
                || value instanceof Extensions && ((Extensions) value).isEmpty()) {
            return null;
        }
        return new Model(value);
    }

    abstract boolean isObject();

    abstract boolean isArray();

    abstract boolean isString();

    abstract boolean isNumber();

    abstract boolean isBoolean();

    /** The string, for a string node; otherwise null. */
    abstract String stringValue();

    /** The boolean, for a boolean node; otherwise false. */
    abstract boolean booleanValue();

    /** An object's property, or null when absent or this is no object. */
    abstract DocumentNode get(String name);

    /** An array's item, or null when out of range or this is no array. */
    abstract DocumentNode get(int index);

    /** The number of an array's items, or of an object's properties; 0 for a scalar. */
    abstract int size();

    /** An object's properties, in document order; none for anything else. */
    abstract List<Entry<String, DocumentNode>> properties();

    boolean isEmpty() {
        return size() == 0;
    }

    /** An object's property names, in document order. */
    List<String> propertyNames() {
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
        boolean isObject() {
            return node.isObject();
        }

        @Override
        boolean isArray() {
            return node.isArray();
        }

        @Override
        boolean isString() {
            return node.isString();
        }

        @Override
        boolean isNumber() {
            return node.isNumber();
        }

        @Override
        boolean isBoolean() {
            return node.isBoolean();
        }

        @Override
        String stringValue() {
            return node.isString() ? node.stringValue() : null;
        }

        @Override
        boolean booleanValue() {
            return node.isBoolean() && node.booleanValue();
        }

        @Override
        DocumentNode get(String name) {
            return node.isObject() ? of(node.get(name)) : null;
        }

        @Override
        DocumentNode get(int index) {
            return node.isArray() ? of(node.get(index)) : null;
        }

        @Override
        int size() {
            return node.isContainer() ? node.size() : 0;
        }

        @Override
        List<Entry<String, DocumentNode>> properties() {
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

    /** A value of the model, read as {@code PlanJson} writes it. */
    private static final class Model extends DocumentNode {
        private static final ClassValue<Optional<ObjectShape>> SHAPES = new ClassValue<>() {
            @Override
            protected Optional<ObjectShape> computeValue(Class<?> type) {
                return PlanStructure.ofType(type);
            }
        };

        private final Object value;
        private final Optional<ObjectShape> shape;

        Model(Object value) {
            this.value = value;
            this.shape = SHAPES.get(value.getClass());
        }

        private Optional<ObjectShape> shape() {
            return shape;
        }

        @Override
        boolean isObject() {
            return value instanceof Map || value instanceof Extensions || value instanceof Text && ((Text) value).isTagged()
                    || shape().isPresent();
        }

        @Override
        boolean isArray() {
            return value instanceof List;
        }

        @Override
        boolean isString() {
            return stringValue() != null;
        }

        @Override
        boolean isNumber() {
            return value instanceof BigDecimal;
        }

        @Override
        boolean isBoolean() {
            return value instanceof Boolean;
        }

        @Override
        String stringValue() {
            if (value instanceof Text) {
                Text text = (Text) value;
                return text.isTagged() ? null : text.value();
            }
            if (value instanceof Enum) {
                return Trees.jsonName((Enum<?>) value);
            }
            if (value instanceof Boolean || value instanceof BigDecimal || value instanceof List || value instanceof Map
                    || value instanceof Extensions || shape().isPresent()) {
                return null;
            }
            return value.toString();
        }

        @Override
        boolean booleanValue() {
            return Boolean.TRUE.equals(value);
        }

        @Override
        DocumentNode get(String name) {
            if (value instanceof Map) {
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
        DocumentNode get(int index) {
            if (!(value instanceof List)) {
                return null;
            }
            List<?> list = (List<?>) value;
            return index >= 0 && index < list.size() ? ofModel(list.get(index)) : null;
        }

        @Override
        int size() {
            if (value instanceof List) {
                return ((List<?>) value).size();
            }
            return isObject() ? properties().size() : 0;
        }

        @Override
        List<Entry<String, DocumentNode>> properties() {
            List<Entry<String, DocumentNode>> properties = new ArrayList<>();
            if (value instanceof Map) {
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

        private static void add(List<Entry<String, DocumentNode>> properties, String name, DocumentNode node) {
            if (node != null) {
                properties.add(new AbstractMap.SimpleImmutableEntry<>(name, node));
            }
        }
    }
}
