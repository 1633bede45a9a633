package io.github.councilplan.schema;

import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Where a plan document holds text: the properties whose value is a {@code Text} of the model (a
 * string, or an object from language tag to string), by the schema definition of the object that
 * has them. Visits each text of a document with its pointer and a label that names it within its
 * element, such as {@code "name"}, {@code "paragraphs[1]"} or {@code "progress[0].commentary"}.
 */
final class TextFields {
    /** Visits one text of a document. */
    interface Visitor {
        /**
         * Visits a text.
         *
         * @param pointer the text's JSON pointer
         * @param label the text's name within its element (or within the plan)
         * @param text the value, of any type
         */
        void visit(String pointer, String label, JsonNode text);
    }

    /**
     * The text properties of one schema definition, and the properties that lead to objects with
     * text, by the definition of those objects.
     *
     * @param texts the properties whose value is a text
     * @param textLists the properties whose value is an array of texts
     * @param objects the properties whose value is an object with text, to the object's definition
     * @param lists the properties whose value is an array of objects with text, to their definition
     */
    record Shape(Set<String> texts, Set<String> textLists, Map<String, String> objects, Map<String, String> lists) {}

    /** The definitions of objects that are plan elements: their texts are labelled from the element. */
    static final Set<String> ELEMENTS = Set.of("statement", "sharedValue", "theme", "outcome", "objective",
            "priority", "deliverable", "milestone", "commitment", "measure", "owner", "partner");

    /** The root of a document, whose shape is {@link #SHAPES}' entry for "plan". */
    static final String PLAN = "plan";

    private static final Map<String, String> REFERENCES = Map.of("references", "externalReference");

    /** Every definition of the schema that has text, directly or in objects it holds. */
    static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry(PLAN, new Shape(Set.of("title"), Set.of(),
                    Map.of("organisation", "organisation", "levelNames", "levelNames", "purpose", "purpose"),
                    Map.of("statements", "statement", "values", "sharedValue", "themes", "theme",
                            "measures", "measure", "owners", "owner", "partners", "partner", "links", "link",
                            "references", "externalReference"))),
            Map.entry("organisation", texts("name")),
            Map.entry("levelNames", texts("theme", "objective", "outcome", "priority", "deliverable", "commitment")),
            Map.entry("statement", new Shape(Set.of("heading"), Set.of("paragraphs"), Map.of(),
                    Map.of("signatories", "signatory", "references", "externalReference"))),
            Map.entry("signatory", texts("role")),
            Map.entry("purpose", new Shape(Set.of("introduction"), Set.of("statements", "approaches"), Map.of(),
                    Map.of())),
            Map.entry("sharedValue", new Shape(Set.of("name"), Set.of("behaviours"), Map.of(), REFERENCES)),
            Map.entry("theme", new Shape(Set.of("name", "description", "outcomesLeadIn"), Set.of(), Map.of(),
                    Map.of("outcomes", "outcome", "objectives", "objective", "priorities", "priority",
                            "commitments", "commitment", "references", "externalReference"))),
            Map.entry("outcome", element("statement")),
            Map.entry("objective", new Shape(Set.of("title", "description"), Set.of(), Map.of(),
                    Map.of("priorities", "priority", "references", "externalReference"))),
            Map.entry("priority", new Shape(Set.of("title", "description"), Set.of(), Map.of(),
                    Map.of("deliverables", "deliverable", "references", "externalReference"))),
            Map.entry("deliverable", new Shape(Set.of("title", "description"), Set.of(), Map.of(),
                    Map.of("milestones", "milestone", "progress", "progressUpdate",
                            "references", "externalReference"))),
            Map.entry("milestone", element("title")),
            Map.entry("progressUpdate", texts("commentary")),
            Map.entry("commitment", element("text")),
            Map.entry("measure", element("name", "description", "source")),
            Map.entry("owner", element("name")),
            Map.entry("partner", element("name", "description")),
            Map.entry("link", texts("note")),
            Map.entry("externalReference", texts("title")));

    private TextFields() {}

    private static Shape texts(String... names) {
        return new Shape(Set.of(names), Set.of(), Map.of(), Map.of());
    }

    private static Shape element(String... names) {
        return new Shape(Set.of(names), Set.of(), Map.of(), REFERENCES);
    }

    /** Visits every text of the document {@code root}, in document order; any tree is accepted. */
    static void visit(JsonNode root, Visitor visitor) {
        visit(root, PLAN, "", "", visitor);
    }

    private static void visit(JsonNode node, String definition, String pointer, String label, Visitor visitor) {
        if (node == null || !node.isObject()) {
            return;
        }
        Shape shape = SHAPES.get(definition);
        for (Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (shape.texts().contains(name)) {
                visitor.visit(Trees.pointer(pointer, name), label + name, value);
            } else if (shape.textLists().contains(name) && value.isArray()) {
                String at = Trees.pointer(pointer, name);
                for (int i = 0; i < value.size(); i++) {
                    visitor.visit(Trees.pointer(at, i), label + name + "[" + i + "]", value.get(i));
                }
            } else if (shape.objects().containsKey(name)) {
                visit(value, shape.objects().get(name), Trees.pointer(pointer, name), label + name + ".", visitor);
            } else if (shape.lists().containsKey(name) && value.isArray()) {
                String at = Trees.pointer(pointer, name);
                String itemDefinition = shape.lists().get(name);
                for (int i = 0; i < value.size(); i++) {
                    String itemLabel = ELEMENTS.contains(itemDefinition) ? "" : label + name + "[" + i + "].";
                    visit(value.get(i), itemDefinition, Trees.pointer(at, i), itemLabel, visitor);
                }
            }
        }
    }
}
