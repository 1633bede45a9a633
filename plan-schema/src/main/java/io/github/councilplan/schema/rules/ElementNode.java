package io.github.councilplan.schema.rules;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One element object of a plan document, as the rules see it: its kind, the object, its JSON
 * pointer, and the element whose list holds it (null for the plan's own lists).
 *
 * @param kind the element's kind
 * @param node the element's object in the tree
 * @param pointer the element's JSON pointer
 * @param parent the element whose list holds this one, or null for the plan's own lists
 */
public record ElementNode(ElementKind kind, JsonNode node, String pointer, ElementNode parent) {
    /**
     * Returns the element's id, if it is a string.
     *
     * @return the id, or empty; not null
     */
    public Optional<String> id() {
        return NodeValues.string(node, "id");
    }

    /** Returns the element's display number, if it is a valid one (the schema reports the others). */
    Optional<DisplayNumber> number() {
        return NodeValues.string(node, "number").flatMap(ElementNode::displayNumber);
    }

    /**
     * Describes the element for messages: {@code "deliverable 1.2.3"} or {@code "measure 'kpi-7'"}.
     *
     * @return the description, not null
     */
    public String describe() {
        return kind == ElementKind.PLAN ? "plan" : ElementPaths.describeElement(kind, node);
    }

    /**
     * Describes the element by its id and pointer, to tell apart two elements that share a
     * number: {@code "priority 'p-2' at /themes/0/priorities/1"}.
     */
    String describeWhere() {
        return id().map(id -> kind.defaultName() + " '" + id + "'").orElse(kind.defaultName()) + " at " + pointer;
    }

    private static Optional<DisplayNumber> displayNumber(String text) {
        try {
            return Optional.of(DisplayNumber.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
