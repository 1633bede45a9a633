package io.github.councilplan.schema.rules;

import java.util.Optional;

/**
 * Reads values out of a document tree for the plan rules, defensively: an accessor answers
 * "absent" for a value that is missing or of an unexpected type, never throws. The schema layer
 * reports the wrong types; the rules check what they can. Stateless and thread-safe.
 */
public final class NodeValues {
    private NodeValues() {}

    /**
     * Returns the string value of {@code object}'s property {@code field}, if it is a string.
     *
     * @param object the object, or null
     * @param field the property name, not null
     * @return the string, or empty; not null
     */
    public static Optional<String> string(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /**
     * Returns {@code object}'s property {@code field} if it is an object.
     *
     * @param object the object, or null
     * @param field the property name, not null
     * @return the property's object, or null when it is absent or no object
     */
    public static DocumentNode object(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isObject() ? value : null;
    }

    /**
     * Returns {@code object}'s property {@code field} if it is an array.
     *
     * @param object the object, or null
     * @param field the property name, not null
     * @return the property's array, or null when it is absent or no array
     */
    public static DocumentNode array(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isArray() ? value : null;
    }

    /**
     * Returns the number of items of {@code array}, or 0 for null (an array that is absent or not one).
     *
     * @param array the array, or null
     * @return the number of items, 0 or more
     */
    public static int size(DocumentNode array) {
        return array == null ? 0 : array.size();
    }

    /**
     * Returns {@code object}'s property {@code field}.
     *
     * @param object the object, or null
     * @param field the property name, not null
     * @return the property's value, or null when it is absent or {@code object} is no object
     */
    public static DocumentNode property(DocumentNode object, String field) {
        return object != null && object.isObject() ? object.get(field) : null;
    }

    /**
     * Returns the string at index {@code index} of {@code array}, if it is one.
     *
     * @param array the array, or null
     * @param index the index
     * @return the string, or empty; not null
     */
    public static Optional<String> stringItem(DocumentNode array, int index) {
        DocumentNode item = array == null ? null : array.get(index);
        return item != null && item.isString() ? Optional.of(item.stringValue()) : Optional.empty();
    }
}
