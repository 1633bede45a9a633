package io.github.councilplan.schema.jsonschema;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.model.message.ShownValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The forms the schema's {@code pattern} keywords stand for, in words: for each pattern, the
 * title and description of the definition it belongs to (the nearest enclosing schema with a
 * title), so that a {@code schema.pattern} or {@code schema.property-name} problem says what the
 * string should look like rather than quoting a regular expression. Immutable and thread-safe.
 */
final class PatternForms {
    private static final PatternForms PLAN = of(PlanSchema.document());

    /**
     * Keyed by the JSON pointer, in the schema document, of a {@code pattern} keyword or of a
     * {@code propertyNames} keyword whose schema is a local {@code $ref}.
     */
    private final Map<String, String> forms;

    private PatternForms(Map<String, String> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** Returns the forms of the plan schema. */
    static PatternForms plan() {
        return PLAN;
    }

    /**
     * Reads the forms of a schema document: of each {@code pattern}, the title and description
     * of the nearest enclosing schema that has a title; of each {@code propertyNames} whose schema
     * is a local {@code $ref}, those of the schema it refers to.
     */
    static PatternForms of(JsonNode schema) {
        Map<String, String> forms = new HashMap<>();
        collect(schema, schema, "", null, forms);
        return new PatternForms(forms);
    }

    private static void collect(JsonNode schema, JsonNode node, String pointer, String enclosing,
            Map<String, String> into) {
        if (node.isObject()) {
            String form = form(node).orElse(enclosing);
            if (node.path("pattern").isString() && form != null) {
                into.put(pointer + "/pattern", form);
            }
            String ref = node.path("propertyNames").path("$ref").asString("");
            if (ref.startsWith("#")) {
                form(schema.at(ref.substring(1))).ifPresent(named -> into.put(pointer + "/propertyNames", named));
            }
            node.properties().forEach(entry -> collect(schema, entry.getValue(),
                    pointer + "/" + Pointers.escape(entry.getKey()), form, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(schema, node.get(i), pointer + "/" + i, enclosing, into);
            }
        }
    }

    /** The title and description of a schema, when it has a title. */
    private static Optional<String> form(JsonNode node) {
        JsonNode title = node.get("title");
        if (title == null || !title.isString()) {
            return Optional.empty();
        }
        JsonNode description = node.get("description");
        return Optional.of(title.asString() + (description != null && description.isString()
                ? ": " + description.asString() : ""));
    }

    /**
     * Returns the message for a string that does not match a pattern: the string, as
     * {@link ShownValue} shows it, and the form it should have.
     *
     * @param schemaLocation where the pattern is, as the schema library gives it (an absolute
     *     URI whose fragment is a JSON pointer)
     * @param value the offending value
     * @return the message, or empty when the pattern has no described form or the value is not a
     *     string
     */
    Optional<String> message(String schemaLocation, JsonNode value) {
        String form = forms.get(fragment(schemaLocation));
        if (form == null || value == null || !value.isString()) {
            return Optional.empty();
        }
        return Optional.of(ShownValue.of(value.asString()) + " does not have the required form. " + form);
    }

    /**
     * Returns the message for a property name that the schema's {@code propertyNames} refuses:
     * the name and the form it should have.
     *
     * @param schemaLocation where the {@code propertyNames} keyword is, as for
     *     {@link #message(String, JsonNode)}
     * @param name the property name
     * @return the message, or empty when the keyword has no described form
     */
    Optional<String> propertyNameMessage(String schemaLocation, String name) {
        String form = forms.get(fragment(schemaLocation));
        if (form == null || name == null) {
            return Optional.empty();
        }
        return Optional.of("the property name " + ShownValue.of(name) + " does not have the required form. " + form);
    }

    private static String fragment(String location) {
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }
}
