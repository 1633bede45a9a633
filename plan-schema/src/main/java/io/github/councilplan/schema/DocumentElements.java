package io.github.councilplan.schema;

import io.github.councilplan.model.ElementKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The elements of a plan document, found in its tree: in the order of {@code Plan.elements()}
 * (depth first, in document order), with the lists of siblings the model checks together, and
 * looked up by id. Values of unexpected types are passed over.
 */
final class DocumentElements {
    /** A list of elements held in one property of one element, or of the plan. */
    record Siblings(ElementNode parent, String field, List<ElementNode> elements) {}

    private record ChildList(String field, ElementKind kind) {}

    /** The properties that hold elements, by the kind of element (or the plan) that has them. */
    private static final Map<ElementKind, List<ChildList>> CHILD_LISTS = new EnumMap<>(Map.of(
            ElementKind.PLAN, List.of(
                    new ChildList("statements", ElementKind.STATEMENT),
                    new ChildList("values", ElementKind.VALUE),
                    new ChildList("themes", ElementKind.THEME),
                    new ChildList("measures", ElementKind.MEASURE),
                    new ChildList("owners", ElementKind.OWNER),
                    new ChildList("partners", ElementKind.PARTNER)),
            ElementKind.THEME, List.of(
                    new ChildList("outcomes", ElementKind.OUTCOME),
                    new ChildList("objectives", ElementKind.OBJECTIVE),
                    new ChildList("priorities", ElementKind.PRIORITY),
                    new ChildList("commitments", ElementKind.COMMITMENT)),
            ElementKind.OBJECTIVE, List.of(new ChildList("priorities", ElementKind.PRIORITY)),
            ElementKind.PRIORITY, List.of(new ChildList("deliverables", ElementKind.DELIVERABLE)),
            ElementKind.DELIVERABLE, List.of(new ChildList("milestones", ElementKind.MILESTONE))));

    private final JsonNode root;
    private final List<ElementNode> all = new ArrayList<>();
    private final List<Siblings> siblings = new ArrayList<>();
    private final Map<String, ElementNode> byId = new HashMap<>();

    private DocumentElements(JsonNode root) {
        this.root = root;
    }

    /** Finds the elements of the document {@code root}; any tree is accepted. */
    static DocumentElements of(JsonNode root) {
        DocumentElements elements = new DocumentElements(root);
        if (root != null && root.isObject()) {
            elements.collect(root, ElementKind.PLAN, "", null);
        }
        for (ElementNode element : elements.all) {
            element.id().ifPresent(id -> elements.byId.putIfAbsent(id, element));
        }
        return elements;
    }

    private void collect(JsonNode node, ElementKind kind, String pointer, ElementNode element) {
        for (ChildList list : CHILD_LISTS.getOrDefault(kind, List.of())) {
            JsonNode array = Trees.array(node, list.field());
            if (array == null) {
                continue;
            }
            List<ElementNode> items = new ArrayList<>();
            String at = Trees.pointer(pointer, list.field());
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item != null && item.isObject()) {
                    ElementNode child = new ElementNode(list.kind(), item, Trees.pointer(at, i), element);
                    items.add(child);
                    all.add(child);
                    collect(item, list.kind(), child.pointer(), child);
                }
            }
            siblings.add(new Siblings(element, list.field(), List.copyOf(items)));
        }
    }

    /** Returns the document's root. */
    JsonNode root() {
        return root;
    }

    /** Returns every element but the plan, depth first in document order. */
    List<ElementNode> all() {
        return all;
    }

    /** Returns every list of sibling elements, the plan's first. */
    List<Siblings> siblings() {
        return siblings;
    }

    /**
     * Returns the element an id names: the first element with that id, or the plan itself
     * (kind {@link ElementKind#PLAN}, pointer {@code ""}) when no element has it but the plan does.
     */
    Optional<ElementNode> resolve(String id) {
        ElementNode element = byId.get(id);
        if (element == null && Trees.string(root, "id").filter(id::equals).isPresent()) {
            element = new ElementNode(ElementKind.PLAN, root, "", null);
        }
        return Optional.ofNullable(element);
    }
}
