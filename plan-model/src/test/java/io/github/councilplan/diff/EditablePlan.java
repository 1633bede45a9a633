package io.github.councilplan.diff;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan as a JSON tree that tests edit and build again: every kind of element is edited the same
 * way, by its properties in the document format, and the model checks the result when built.
 */
final class EditablePlan {
    static final JsonMapper MAPPER = PlanJson.standard().mapper();

    /**
     * The properties that hold lists of child elements, from the plan's structure (the plan's
     * {@code owners} too; an element's owners are ids, which are skipped as not objects).
     */
    private static final Set<String> CHILD_LISTS = childLists();

    private final ObjectNode root;

    private EditablePlan(ObjectNode root) {
        this.root = root;
    }

    static EditablePlan of(Plan plan) {
        return new EditablePlan(MAPPER.valueToTree(plan));
    }

    static EditablePlan parse(String json) {
        return of(PlanJson.standard().read(json));
    }

    Plan build() {
        return MAPPER.treeToValue(root, Plan.class);
    }

    ObjectNode root() {
        return root;
    }

    /** The JSON object of the element with this id. */
    ObjectNode element(String id) {
        ObjectNode found = find(root, id, null);
        if (found == null) {
            throw new IllegalArgumentException("no element '" + id + "'");
        }
        return found;
    }

    /** Sets a property of an element, or of the plan if {@code id} is null ({@code value} null removes it). */
    EditablePlan set(String id, String property, JsonNode value) {
        ObjectNode element = id == null ? root : element(id);
        if (value == null) {
            element.remove(property);
        } else {
            element.set(property, value);
        }
        return this;
    }

    EditablePlan set(String id, String property, String value) {
        return set(id, property, value == null ? null : MAPPER.getNodeFactory().stringNode(value));
    }

    /** Gives an element a new id, and the links that name it too. */
    EditablePlan rename(String id, String newId) {
        set(id, "id", newId);
        JsonNode links = root.get("links");
        if (links != null) {
            for (JsonNode link : links.values()) {
                for (String end : new String[] {"from", "to"}) {
                    if (link.get(end).stringValue().equals(id)) {
                        ((ObjectNode) link).put(end, newId);
                    }
                }
            }
        }
        return this;
    }

    /** Removes an element, with what it contains, and every link that starts or ends in what was removed. */
    EditablePlan remove(String id) {
        ArrayNode holder = holderOf(root, id);
        Set<String> removed = new HashSet<>();
        for (int i = 0; i < holder.size(); i++) {
            if (holder.get(i).get("id").stringValue().equals(id)) {
                collectIds(holder.get(i), removed);
                holder.remove(i);
                break;
            }
        }
        JsonNode links = root.get("links");
        if (links != null) {
            Iterator<JsonNode> each = links.values().iterator();
            ArrayNode kept = MAPPER.createArrayNode();
            while (each.hasNext()) {
                JsonNode link = each.next();
                boolean toRemoved = !link.has("toPlan") && removed.contains(link.get("to").stringValue());
                if (!removed.contains(link.get("from").stringValue()) && !toRemoved) {
                    kept.add(link);
                }
            }
            root.set("links", kept);
        }
        return this;
    }

    /** Detaches an element from its list, without touching links, and returns it. */
    ObjectNode detach(String id) {
        ArrayNode holder = holderOf(root, id);
        for (int i = 0; i < holder.size(); i++) {
            if (holder.get(i).get("id").stringValue().equals(id)) {
                return (ObjectNode) holder.remove(i);
            }
        }
        throw new AssertionError(id);
    }

    /** Appends a child to one of an element's lists ({@code parentId} null for the plan's own). */
    EditablePlan append(String parentId, String list, ObjectNode child) {
        ObjectNode parent = parentId == null ? root : element(parentId);
        JsonNode array = parent.get(list);
        if (array == null) {
            array = parent.putArray(list);
        }
        ((ArrayNode) array).add(child);
        return this;
    }

    EditablePlan addLink(String from, String kind, String to) {
        ObjectNode link = MAPPER.createObjectNode().put("from", from).put("kind", kind).put("to", to);
        return append(null, "links", link);
    }

    private static Set<String> childLists() {
        Set<String> lists = new HashSet<>();
        for (ObjectShape shape : PlanStructure.shapes()) {
            for (Property property : shape.elementProperties()) {
                if (property.type() == ValueType.ELEMENTS) {
                    lists.add(property.name());
                }
            }
        }
        return Set.copyOf(lists);
    }

    private static ObjectNode find(ObjectNode node, String id, ArrayNode[] holder) {
        for (String list : CHILD_LISTS) {
            JsonNode children = node.get(list);
            if (children == null || !children.isArray()) {
                continue;
            }
            for (JsonNode child : children.values()) {
                if (!child.isObject()) {
                    continue;
                }
                if (child.get("id").stringValue().equals(id)) {
                    if (holder != null) {
                        holder[0] = (ArrayNode) children;
                    }
                    return (ObjectNode) child;
                }
                ObjectNode found = find((ObjectNode) child, id, holder);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static ArrayNode holderOf(ObjectNode root, String id) {
        ArrayNode[] holder = new ArrayNode[1];
        if (find(root, id, holder) == null) {
            throw new IllegalArgumentException("no element '" + id + "'");
        }
        return holder[0];
    }

    private static void collectIds(JsonNode element, Set<String> into) {
        into.add(element.get("id").stringValue());
        for (String list : CHILD_LISTS) {
            JsonNode children = element.get(list);
            if (children != null && children.isArray()) {
                children.values().forEach(child -> {
                    if (child.isObject()) {
                        collectIds(child, into);
                    }
                });
            }
        }
    }
}
