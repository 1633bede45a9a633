package io.github.councilplan.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms the schema's {@code pattern} keywords stand for, in words: for each pattern, the
 * title and description of the definition it belongs to (the nearest enclosing schema with a
 * title), so that a {@code schema.pattern} or {@code schema.property-name} problem says what the
 * string should look like rather than quoting a regular expression. Immutable and thread-safe.
 */
final class PatternForms {
    /** The longest part of the offending string a message quotes. */
    private static final int QUOTED = 40;

    private static final PatternForms PLAN = of(JsonMapper.shared().readTree(PlanSchema.text()));

    /** Keyed by the JSON pointer of the {@code pattern} keyword in the schema document. */
    private final Map<String, String> forms;

    private PatternForms(Map<String, String> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** Returns the forms of the plan schema. */
    static PatternForms plan() {
        return PLAN;
    }

    /**
     * Reads the forms of a schema document: of each {@code pattern}, and of each
     * {@code propertyNames} whose schema is a local {@code $ref} to a titled schema.
     */
    static PatternForms of(JsonNode schema) {
        Map<String, String> forms = new HashMap<>();
        collect(schema, "", null, forms);
        Map<String, String> names = new HashMap<>();
        collectPropertyNames(schema, schema, "", names);
        forms.putAll(names);
        return new PatternForms(forms);
    }

    private static void collectPropertyNames(JsonNode schema, JsonNode node, String pointer, Map<String, String> into) {
        if (node.isObject()) {
            JsonNode names = node.get("propertyNames");
            JsonNode ref = names == null ? null : names.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
                form(schema.at(ref.asString().substring(1))).ifPresent(form -> into.put(pointer + "/propertyNames", form));
            }
            node.properties().forEach(entry -> collectPropertyNames(schema, entry.getValue(),
                    pointer + "/" + LocatedTree.escape(entry.getKey()), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPropertyNames(schema, node.get(i), pointer + "/" + i, into);
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

    private static void collect(JsonNode node, String pointer, String enclosing, Map<String, String> into) {
        if (node.isObject()) {
            String form = form(node).orElse(enclosing);
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isString() && form != null) {
                into.put(pointer + "/pattern", form);
            }
            String here = form;
            node.properties().forEach(entry ->
                    collect(entry.getValue(), pointer + "/" + LocatedTree.escape(entry.getKey()), here, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, enclosing, into);
            }
        }
    }

    /**
     * Returns the message for a string that does not match a pattern: the string (the start of
     * it, if long) and the form it should have.
     *
     * @param schemaLocation where the pattern is, as the schema library gives it (an absolute
     *     URI whose fragment is a JSON pointer)
     * @param value the offending value
     * @return the message, or empty when the pattern has no described form
     */
    Optional<String> message(String schemaLocation, JsonNode value) {
        String form = forms.get(fragment(schemaLocation));
        if (form == null || value == null || !value.isString()) {
            return Optional.empty();
        }
        return Optional.of(quote(value.asString()) + " does not have the required form. " + form);
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
        return Optional.of("the property name " + quote(name) + " does not have the required form. " + form);
    }

    private static String fragment(String location) {
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    /**
     * Quotes the start of a string as JSON would write it, so that a message stays on one line
     * whatever the string holds: quotes, backslashes and control characters escaped.
     */
    private static String quote(String value) {
        int end = value.offsetByCodePoints(0, Math.min(QUOTED, value.codePointCount(0, value.length())));
        StringBuilder quoted = new StringBuilder(end + 8).append('"');
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(end < value.length() ? "…" : "").append('"').toString();
    }
}
