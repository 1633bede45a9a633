package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the fields of two matched elements through their JSON form, so that every field the
 * document format has is compared, now and as the format grows, without a comparison per type.
 *
 * <p>An element's fields are the properties of its JSON object less those {@link PlanStructure}
 * says are not fields: its id and number, the property its wording comes from (compared as
 * rewording) and the properties that hold its child elements (compared as elements, added,
 * removed or moved); the plan's links are compared on their own. Nested objects are compared
 * property by property. Some lists are compared entry by entry, each entry named by a key: a
 * piece of work's progress updates by period; a measure's targets by period, or
 * {@code whole plan} for a target that names none; its actuals by period, or {@code as at} and
 * the date; the plan's related plans by id. Any other list is compared whole. A target's revisions
 * are not fields: {@link PlanDiff} lists them as changes of their own kinds. Numbers are equal
 * when their values are ({@code 2.0} equals {@code 2}). Lists of ids of other elements (a piece
 * of work's {@code owners}, an owner's {@code accountableTo}, the plan's {@code overseenBy}: the
 * structure's references) are compared through the element matching, so an owner that only
 * changed its id does not change them.
 *
 * <p>An element's extensions, a council's own JSON, are compared value by value, each change
 * named by the JSON pointer of the value within them ({@code extensions/rag/colour},
 * {@code extensions/tags/0}): objects property by property, arrays index by index, a value
 * added or removed with what it holds value by value, a value that changed type whole. A value
 * that {@link ShownValue} would shorten or escape is shown as it shows it. At most
 * {@value PlanDiff#MAX_EXTENSION_CHANGES} of an element's changes within its extensions are
 * listed, those whose pointers come first (token by token, indexes as numbers), in the order of
 * the document; one {@link ChangeKind#UNLISTED_CHANGES} counts the rest.
 */
final class Fields {
    private static final JsonMapper MAPPER = PlanJson.standard().mapper();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final Map<ElementKind, Set<String>> LEFT_OUT = leftOut();
    /** The key of a target for no period, over the plan's whole period. */
    static final String WHOLE_PLAN = "whole plan";
    /** The lists compared entry by entry, each with what names an entry. */
    private static final Map<String, Function<JsonNode, Optional<String>>> KEYED_LISTS = Map.of(
            "progress", entry -> string(entry, "period"),
            "targets", entry -> entry.has("period") ? string(entry, "period") : Optional.of(WHOLE_PLAN),
            "actuals", entry -> entry.has("period") ? string(entry, "period")
                    : string(entry, "asAt").map(date -> "as at " + date),
            "relatedPlans", entry -> string(entry, "id"),
            "extensionsUsed", entry -> string(entry, "name"));
    private static final Map<ElementKind, Set<String>> ID_LISTS = idLists();
    private static final Map<ElementKind, Set<String>> EXTENSIONS = ofType(ValueType.EXTENSIONS);
    private static final Pattern PLAIN_NAME = Pattern.compile("[^.\\[\\]\"\\\\\\p{Cntrl}]+");

    /**
     * One field that differs ({@link ChangeKind#FIELD_CHANGED}): where, and its old and new
     * values, absent where the field is; or the count of the changes within extensions not listed
     * ({@link ChangeKind#UNLISTED_CHANGES}).
     */
    record FieldChange(ChangeKind kind, String path, Optional<String> older, Optional<String> newer) {
        FieldChange(String path, Optional<String> older, Optional<String> newer) {
            this(ChangeKind.FIELD_CHANGED, path, older, newer);
        }
    }

    private Fields() {}

    /**
     * The properties of each kind that are not its fields, from {@link PlanStructure}: the id, the
     * number, the wording and every property that holds elements; and the plan's links.
     */
    private static Map<ElementKind, Set<String>> leftOut() {
        Map<ElementKind, Set<String>> map = new EnumMap<>(ElementKind.class);
        for (ElementKind kind : ElementKind.values()) {
            ObjectShape shape = PlanStructure.of(kind);
            Set<String> names = new HashSet<>(Set.of("id", "number"));
            shape.wording().ifPresent(wording -> names.add(wording.name()));
            shape.elementProperties().forEach(property -> names.add(property.name()));
            if (kind == ElementKind.PLAN) {
                names.add("links");
            }
            map.put(kind, Set.copyOf(names));
        }
        return map;
    }

    /** The properties of each kind that list the ids of other elements, from {@link PlanStructure}. */
    private static Map<ElementKind, Set<String>> idLists() {
        return ofType(ValueType.REFERENCES);
    }

    /** The properties of each kind of one type, from {@link PlanStructure}. */
    private static Map<ElementKind, Set<String>> ofType(ValueType type) {
        Map<ElementKind, Set<String>> map = new EnumMap<>(ElementKind.class);
        for (ElementKind kind : ElementKind.values()) {
            Set<String> names = new HashSet<>();
            PlanStructure.of(kind).properties().stream().filter(property -> property.type() == type)
                    .forEach(property -> names.add(property.name()));
            map.put(kind, Set.copyOf(names));
        }
        return map;
    }

    private static Optional<String> string(JsonNode entry, String property) {
        JsonNode value = entry.get(property);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /**
     * Returns an element's fields as a JSON object, as described in the class comment; a
     * measure's targets without their revisions, which {@link PlanDiff} compares as
     * {@link ChangeKind#TARGET_REVISED} and {@link ChangeKind#TARGET_REVISION_DROPPED}.
     */
    static ObjectNode of(PlanElement element) {
        ObjectNode fields = MAPPER.valueToTree(element);
        fields.remove(LEFT_OUT.get(element.kind()));
        JsonNode targets = element.kind() == ElementKind.MEASURE ? fields.get("targets") : null;
        if (targets != null && targets.isArray()) {
            for (JsonNode target : targets.values()) {
                if (target.isObject()) {
                    ((ObjectNode) target).remove("revisions");
                }
            }
        }
        return fields;
    }

    /**
     * Compares the fields of two matched elements of the same kind, in the order of the newer
     * element's properties, with those only the older has after the property before them.
     *
     * @param newerId the id in the newer edition of an id of the older, if the element it names
     *     was matched
     */
    static List<FieldChange> compare(PlanElement older, PlanElement newer, Function<ElementId, Optional<ElementId>> newerId) {
        ObjectNode olderFields = of(older);
        ObjectNode newerFields = of(newer);
        Set<String> idLists = ID_LISTS.get(older.kind());
        Set<String> extensions = EXTENSIONS.get(older.kind());
        List<FieldChange> changes = new ArrayList<>();
        alignNames(olderFields, newerFields, (name, o, n) -> {
            if (extensions.contains(name)) {
                compareExtensions(name, o, n, changes);
                return;
            }
            if (idLists.contains(name) && o != null && o.isArray()) {
                if (n == null || !same(translated((ArrayNode) o, newerId), n)) {
                    changes.add(new FieldChange(name, render(o), render(n)));
                }
                return;
            }
            if (KEYED_LISTS.containsKey(name) && o != null && n != null && o.isArray() && n.isArray()) {
                Optional<ObjectNode> keyedOlder = keyed((ArrayNode) o, KEYED_LISTS.get(name));
                Optional<ObjectNode> keyedNewer = keyed((ArrayNode) n, KEYED_LISTS.get(name));
                if (keyedOlder.isPresent() && keyedNewer.isPresent()) {
                    compareObjects(name, keyedOlder.get(), keyedNewer.get(), true, changes);
                    return;
                }
            }
            compare(name, o, n, changes);
        });
        return changes;
    }

    /** Compares two elements' extensions value by value, listing at most so many changes. */
    private static void compareExtensions(String name, JsonNode older, JsonNode newer, List<FieldChange> changes) {
        List<Pointed> found = new ArrayList<>();
        compareValues(List.of(), older, newer, found);
        if (found.size() <= PlanDiff.MAX_EXTENSION_CHANGES) {
            found.forEach(change -> changes.add(change.at(name)));
            return;
        }
        List<Pointed> first = new ArrayList<>(found);
        first.sort(Comparator.comparing(Pointed::tokens, Fields::comparePointers));
        Set<Pointed> listed = new HashSet<>(first.subList(0, PlanDiff.MAX_EXTENSION_CHANGES));
        found.stream().filter(listed::contains).forEach(change -> changes.add(change.at(name)));
        String unlisted = Integer.toString(found.size() - PlanDiff.MAX_EXTENSION_CHANGES);
        changes.add(new FieldChange(ChangeKind.UNLISTED_CHANGES, name, Optional.of(unlisted), Optional.of(unlisted)));
    }

    /** A change within extensions: the reference tokens of its JSON pointer, and its values. */
    private record Pointed(List<String> tokens, Optional<String> older, Optional<String> newer) {
        FieldChange at(String name) {
            StringBuilder path = new StringBuilder(name);
            tokens.forEach(token -> path.append('/').append(token.replace("~", "~0").replace("/", "~1")));
            return new FieldChange(path.toString(), older, newer);
        }
    }

    private static void compareValues(List<String> tokens, JsonNode older, JsonNode newer, List<Pointed> found) {
        if (older != null && newer != null && same(older, newer)) {
            return;
        }
        JsonNode either = older != null ? older : newer;
        boolean sameType = older == null || newer == null || older.getNodeType() == newer.getNodeType();
        boolean holdsValues = older != null && !older.isEmpty() || newer != null && !newer.isEmpty();
        if (sameType && holdsValues && either.isObject()) {
            ObjectNode o = older == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) older;
            ObjectNode n = newer == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) newer;
            alignNames(o, n, (name, a, b) -> compareValues(with(tokens, name), a, b, found));
        } else if (sameType && holdsValues && either.isArray()) {
            int size = Math.max(older == null ? 0 : older.size(), newer == null ? 0 : newer.size());
            for (int i = 0; i < size; i++) {
                compareValues(with(tokens, Integer.toString(i)), older == null ? null : older.get(i),
                        newer == null ? null : newer.get(i), found);
            }
        } else {
            found.add(new Pointed(tokens, render(older).map(Fields::shown), render(newer).map(Fields::shown)));
        }
    }

    private static List<String> with(List<String> tokens, String token) {
        List<String> longer = new ArrayList<>(tokens.size() + 1);
        longer.addAll(tokens);
        longer.add(token);
        return longer;
    }

    /** Token by token; two indexes (digits only) as numbers, else as strings; a prefix first. */
    private static int comparePointers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int order = isIndex(x) && isIndex(y) && x.length() != y.length()
                    ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A value as {@link ShownValue} shows it if it would shorten or escape it; else as it is. */
    static String shown(String value) {
        String quoted = ShownValue.of(value);
        return quoted.length() == value.length() + 2 && quoted.regionMatches(1, value, 0, value.length()) ? value : quoted;
    }

    private interface PropertyVisitor {
        void visit(String name, JsonNode older, JsonNode newer);
    }

    private static void alignNames(ObjectNode older, ObjectNode newer, PropertyVisitor visitor) {
        List<String> newerNames = List.copyOf(newer.propertyNames());
        Alignment.align(List.copyOf(older.propertyNames()), newerNames, newerNames::indexOf,
                (o, n) -> {
                    String name = n != null ? n : o;
                    visitor.visit(name, older.get(name), newer.get(name));
                });
    }

    private static void compare(String path, JsonNode older, JsonNode newer, List<FieldChange> changes) {
        if (older != null && newer != null && same(older, newer)) {
            return;
        }
        if (older != null && newer != null && older.isObject() && newer.isObject()) {
            compareObjects(path, (ObjectNode) older, (ObjectNode) newer, false, changes);
            return;
        }
        changes.add(new FieldChange(path, render(older), render(newer)));
    }

    private static void compareObjects(String path, ObjectNode older, ObjectNode newer, boolean keyed,
            List<FieldChange> changes) {
        alignNames(older, newer, (name, o, n) -> compare(path + segment(name, keyed), o, n, changes));
    }

    /** {@code .name}, or {@code [key]} for an entry of a keyed list; quoted as JSON in brackets if not plain. */
    private static String segment(String name, boolean keyed) {
        boolean plain = PLAIN_NAME.matcher(name).matches() && name.strip().equals(name);
        if (!plain) {
            return "[" + quoted(name) + "]";
        }
        return keyed ? "[" + name + "]" : "." + name;
    }

    /** An array of objects as one object keyed by each one's key, if each has a distinct one. */
    private static Optional<ObjectNode> keyed(ArrayNode array, Function<JsonNode, Optional<String>> keyOf) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode item : array.values()) {
            Optional<String> key = item.isObject() ? keyOf.apply(item) : Optional.empty();
            if (key.isEmpty() || byKey.put(key.get(), item) != null) {
                return Optional.empty();
            }
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        byKey.forEach(object::set);
        return Optional.of(object);
    }

    private static ArrayNode translated(ArrayNode ids, Function<ElementId, Optional<ElementId>> newerId) {
        ArrayNode translated = JsonNodeFactory.instance.arrayNode();
        for (JsonNode id : ids.values()) {
            // written from ElementIds, so each is a valid id
            translated.add(newerId.apply(ElementId.of(id.stringValue())).map(ElementId::value).orElse(id.stringValue()));
        }
        return translated;
    }

    /** Deep equality in which numbers are equal when their values are. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> property : a.properties()) {
                JsonNode other = b.get(property.getKey());
                if (other == null || !same(property.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> others = b.values().iterator();
            for (JsonNode item : a.values()) {
                if (!same(item, others.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A value of the model, such as an enum constant, as its JSON form renders. */
    static String inJson(Object value) {
        return render(MAPPER.valueToTree(value)).orElseThrow();
    }

    /** A string as a JSON string literal. */
    static String quoted(String value) {
        return COMPACT.writeValueAsString(value);
    }

    /** A string as itself; any other value as compact JSON; absent as empty. */
    static Optional<String> render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(value.isString() ? value.stringValue() : COMPACT.writeValueAsString(value));
    }
}
