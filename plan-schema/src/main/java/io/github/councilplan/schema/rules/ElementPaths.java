package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.read.LocatedTree;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Names the plan element that a JSON pointer falls in, for messages: {@code "deliverable 1.2.3"},
 * {@code "measure 'kpi-7'"}, or {@code "plan"} for what lies outside any element. The pointer is
 * followed through the document by the {@link PlanStructure}, so an element is recognised by the
 * property that holds it, wherever it is.
 */
public final class ElementPaths {
    private ElementPaths() {}

    /**
     * Describes the innermost element that contains the value at {@code pointer}.
     *
     * @param root the document's tree, not null
     * @param pointer a JSON pointer into it, not null
     * @return the description, such as {@code "deliverable 1.2.3"}; {@code "plan"} for a value of
     *     no element; not null
     */
    public static String describe(JsonNode root, String pointer) {
        String description = "plan";
        JsonNode node = root;
        ObjectShape shape = PlanStructure.plan();
        String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length && node != null && shape != null; i++) {
            if (!node.isObject()) {
                break;
            }
            Optional<Property> property = shape.property(Pointers.unescape(tokens[i]));
            node = node.get(Pointers.unescape(tokens[i]));
            if (property.isEmpty() || node == null) {
                break;
            }
            Property holder = property.get();
            shape = holder.shape().flatMap(PlanStructure::named).orElse(null);
            boolean list = holder.isList();
            if (list && node.isArray() && i + 1 < tokens.length) {
                node = arrayItem(node, tokens[++i]);
            } else if (list) {
                break;
            }
            if (holder.holdsElements() && node != null && node.isObject()) {
                description = describeElement(holder.kind().orElseThrow(), node);
            }
        }
        return description;
    }

    /** Describes one element object of the given kind. */
    static String describeElement(ElementKind kind, JsonNode element) {
        JsonNode number = element.get("number");
        if (number != null && number.isString()) {
            return kind.defaultName() + " " + number.asString();
        }
        JsonNode id = element.get("id");
        if (id != null && id.isString()) {
            return kind.defaultName() + " '" + id.asString() + "'";
        }
        return kind.defaultName();
    }

    /** Describes one element of the given kind, as the rules read it. */
    static String describeElement(ElementKind kind, DocumentNode element) {
        DocumentNode number = element.get("number");
        if (number != null && number.isString()) {
            return kind.defaultName() + " " + number.stringValue();
        }
        DocumentNode id = element.get("id");
        if (id != null && id.isString()) {
            return kind.defaultName() + " '" + id.stringValue() + "'";
        }
        return kind.defaultName();
    }

    private static JsonNode arrayItem(JsonNode array, String token) {
        try {
            return array.get(Integer.parseInt(token));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
