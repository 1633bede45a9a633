package io.github.councilplan.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One structural change to a document's tree, of the kinds a careless edit or a broken generator
 * makes: a value deleted, duplicated, given another type, renamed, truncated or reordered. The
 * place is chosen by fraction among the places the change applies to ({@code where}), and the
 * variant by another fraction ({@code what}), so that jqwik shrinks a change towards the first
 * place and the first variant.
 *
 * @param kind what is changed
 * @param where which place, in thousandths: from 0 (the first in document order) to 999 (the last)
 * @param what which variant of the change, in thousandths
 */
record DocumentMutation(Kind kind, int where, int what) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The kinds of change. */
    enum Kind {
        /** Removes a property or an array item. */
        DELETE,
        /** Repeats an array item after itself, or copies a property's value onto another property. */
        DUPLICATE,
        /** Replaces a value with one of another JSON type. */
        RETYPE,
        /** Renames a property: another case, a letter more or less, another word of the format. */
        RENAME,
        /** Cuts a string, an array or an object short. */
        TRUNCATE,
        /** Rotates the properties of an object or the items of an array. */
        REORDER
    }

    /** Values of every JSON type, for {@link Kind#RETYPE}. */
    private static final List<JsonNode> OTHER_VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(new BigDecimal("2.5")),
            NODES.stringNode(""), NODES.stringNode("x"), NODES.stringNode("2025/26"), NODES.arrayNode(),
            NODES.objectNode());

    /** Returns arbitrary changes of every kind. */
    static Arbitrary<DocumentMutation> mutations() {
        // integers, not doubles: jqwik shrinks them quickly
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as(DocumentMutation::new);
    }

    /**
     * Returns copies of {@code documents} with one to {@code max} changes each.
     *
     * @param documents the documents to copy; not changed
     * @param max the most changes made to one copy
     */
    static Arbitrary<ObjectNode> mutated(List<ObjectNode> documents, int max) {
        return Combinators.combine(Arbitraries.of(documents), mutations().list().ofMinSize(1).ofMaxSize(max))
                .as(DocumentMutation::applyAll);
    }

    /** Applies {@code mutations} in turn to a copy of {@code document}. */
    static ObjectNode applyAll(ObjectNode document, List<DocumentMutation> mutations) {
        ObjectNode copy = document.deepCopy();
        mutations.forEach(mutation -> mutation.apply(copy));
        return copy;
    }

    /** A value's place: its parent and its name there (in an object) or index (in an array). */
    private record Place(JsonNode parent, String name, int index) {
        JsonNode value() {
            return parent.isObject() ? parent.get(name) : parent.get(index);
        }

        void replace(JsonNode value) {
            if (parent.isObject()) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    /** Applies this change to {@code document}, in place; a change with no place to apply to does nothing. */
    void apply(ObjectNode document) {
        List<Place> places = new ArrayList<>();
        collect(document, places);
        switch (kind) {
            case DELETE:
                pick(places).ifPresent(place -> {
                    if (place.parent().isObject()) {
                        ((ObjectNode) place.parent()).remove(place.name());
                    } else {
                        ((ArrayNode) place.parent()).remove(place.index());
                    }
                });
                break;
            case DUPLICATE:
                duplicate(places);
                break;
            case RETYPE:
                pick(places).ifPresent(place -> place.replace(otherType(place.value())));
                break;
            case RENAME:
                pick(places.stream().filter(place -> place.parent().isObject()).toList())
                        .ifPresent(this::rename);
                break;
            case TRUNCATE:
                pick(places.stream().filter(place -> isTruncatable(place.value())).toList())
                        .ifPresent(place -> place.replace(truncated(place.value())));
                break;
            case REORDER:
                pick(places.stream().filter(place -> place.value().size() > 1).toList())
                        .ifPresent(place -> place.replace(rotated(place.value())));
                break;
            default:
                throw new AssertionError(kind);
        }
    }

    private Optional<Place> pick(List<Place> places) {
        if (places.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(places.get(where * places.size() / 1000));
    }

    private int choose(int options) {
        return what * options / 1000;
    }

    private static void collect(JsonNode node, List<Place> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                into.add(new Place(node, property.getKey(), -1));
                collect(property.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Place(node, null, i));
                collect(node.get(i), into);
            }
        }
    }

    private void duplicate(List<Place> places) {
        List<Place> items = places.stream().filter(place -> place.parent().isArray()).toList();
        if (!items.isEmpty() && what < 700) {
            Place item = pick(items).orElseThrow();
            ((ArrayNode) item.parent()).insert(item.index() + 1, item.value().deepCopy());
            return;
        }
        List<Place> properties = places.stream().filter(place -> place.parent().isObject()).toList();
        pick(properties).ifPresent(property -> {
            List<String> siblings = new ArrayList<>(property.parent().propertyNames());
            String onto = siblings.get(choose(siblings.size()));
            ((ObjectNode) property.parent()).set(onto, property.value().deepCopy());
        });
    }

    private JsonNode otherType(JsonNode value) {
        List<JsonNode> others = OTHER_VALUES.stream()
                .filter(other -> other.getNodeType() != value.getNodeType())
                .toList();
        JsonNode other = others.get(choose(others.size())).deepCopy();
        if (other.isArray() && what >= 500) {
            ((ArrayNode) other).add(value.deepCopy());
        }
        return other;
    }

    private void rename(Place property) {
        String name = property.name();
        List<String> names = new ArrayList<>(List.of(
                name.isEmpty() ? "X" : Character.toUpperCase(name.charAt(0)) + name.substring(1),
                name + "s",
                name.isEmpty() ? "" : name.substring(0, name.length() - 1),
                name + " ",
                "$ref",
                ""));
        names.addAll(PlanRulesPropertyTest.PLAN_WORDS);
        String renamed = names.get(choose(names.size()));
        ObjectNode parent = (ObjectNode) property.parent();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(parent.properties());
        parent.removeAll();
        for (Map.Entry<String, JsonNode> entry : entries) {
            parent.set(entry.getKey().equals(name) ? renamed : entry.getKey(), entry.getValue());
        }
    }

    private static boolean isTruncatable(JsonNode value) {
        return value.isContainer() ? value.size() > 0 : value.isString() && !value.stringValue().isEmpty();
    }

    private JsonNode truncated(JsonNode value) {
        if (value.isString()) {
            String text = value.stringValue();
            int codePoints = text.codePointCount(0, text.length());
            return NODES.stringNode(text.substring(0, text.offsetByCodePoints(0, choose(codePoints))));
        }
        int keep = choose(value.size());
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < keep; i++) {
                array.add(value.get(i));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        value.properties().stream().limit(keep).forEach(entry -> object.set(entry.getKey(), entry.getValue()));
        return object;
    }

    private JsonNode rotated(JsonNode value) {
        int by = 1 + choose(value.size() - 1);
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                array.add(value.get((i + by) % value.size()));
            }
            return array;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, JsonNode> entry = entries.get((i + by) % entries.size());
            object.set(entry.getKey(), entry.getValue());
        }
        return object;
    }

    @Override
    public String toString() {
        return kind + "@" + where + "/" + what;
    }
}
