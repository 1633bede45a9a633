package io.github.councilplan.schema.rules;

import tools.jackson.databind.JsonNode;

/**
 * Names the plan element that a JSON pointer into one document falls in, for messages, as
 * {@link ElementNode#describe()} names it: {@code "Deliverable 1.2.3"}, {@code "Measure 'kpi-7'"},
 * {@code "Strategic objective 2 › Priority A"}, or {@code "plan"} for what lies outside any
 * element. The document's elements are found (by the {@link DocumentElements} walk) the first time
 * a pointer is described, and once only, however many problems are described. Not thread-safe.
 */
public final class ElementPaths {
    private final JsonNode root;
    private DocumentElements elements;

    private ElementPaths(JsonNode root) {
        this.root = root;
    }

    /**
     * Returns the element paths of a document.
     *
     * @param root the document's tree, or null
     * @return its element paths, not null
     */
    public static ElementPaths of(JsonNode root) {
        return new ElementPaths(root);
    }

    /**
     * Describes the innermost element that contains the value at {@code pointer}.
     *
     * @param pointer a JSON pointer into the document, not null
     * @return the description, such as {@code "Deliverable 1.2.3"}; {@code "plan"} for a value of
     *     no element; not null
     */
    public String describe(String pointer) {
        if (elements == null) {
            elements = DocumentElements.of(root);
        }
        return elements.holding(pointer).describe();
    }
}
