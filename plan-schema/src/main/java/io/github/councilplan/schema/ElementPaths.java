package io.github.councilplan.schema;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Names the plan element that a JSON pointer falls in, for messages: {@code "deliverable 1.2.3"},
 * {@code "measure 'kpi-7'"}, or {@code "plan"} for what lies outside any element.
 */
final class ElementPaths {
    /** The arrays whose items are elements, by property name, with the kind of their items. */
    private static final Map<String, String> ELEMENT_ARRAYS = Map.ofEntries(
            Map.entry("statements", "statement"),
            Map.entry("values", "value"),
            Map.entry("themes", "theme"),
            Map.entry("outcomes", "outcome"),
            Map.entry("objectives", "objective"),
            Map.entry("priorities", "priority"),
            Map.entry("deliverables", "deliverable"),
            Map.entry("commitments", "commitment"),
            Map.entry("measures", "measure"),
            Map.entry("milestones", "milestone"),
            Map.entry("owners", "owner"),
            Map.entry("partners", "partner"));

    private ElementPaths() {}

    /** Describes the innermost element that contains the value at {@code pointer}. */
    static String describe(JsonNode root, String pointer) {
        String description = "plan";
        JsonNode node = root;
        String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length && node != null; i++) {
            String token = LocatedTree.unescape(tokens[i]);
            JsonNode next = node.isArray() ? arrayItem(node, token) : node.get(token);
            boolean elementArray = ELEMENT_ARRAYS.containsKey(token)
                    && !(token.equals("owners") && i > 0); // only the plan's owners are elements
            if (elementArray && next != null && next.isArray() && i + 1 < tokens.length) {
                JsonNode item = arrayItem(next, LocatedTree.unescape(tokens[i + 1]));
                if (item != null && item.isObject()) {
                    description = describeElement(ELEMENT_ARRAYS.get(token), item);
                }
            }
            node = next;
        }
        return description;
    }

    /** Describes one element object of the given kind. */
    static String describeElement(String kind, JsonNode element) {
        JsonNode number = element.get("number");
        if (number != null && number.isString()) {
            return kind + " " + number.asString();
        }
        JsonNode id = element.get("id");
        if (id != null && id.isString()) {
            return kind + " '" + id.asString() + "'";
        }
        return kind;
    }

    private static JsonNode arrayItem(JsonNode array, String token) {
        try {
            return array.get(Integer.parseInt(token));
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
