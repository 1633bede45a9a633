package io.github.councilplan.schema;

import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads values out of a document tree for the plan rules, defensively: an accessor answers
 * "absent" for a value that is missing or of an unexpected type, never throws. The schema layer
 * reports the wrong types; the rules check what they can.
 */
final class Trees {
    private Trees() {}

    /** Returns the string value of {@code object}'s property {@code field}, if it is a string. */
    static Optional<String> string(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /** Returns {@code object}'s property {@code field} if it is an object, otherwise null. */
    static DocumentNode object(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isObject() ? value : null;
    }

    /** Returns {@code object}'s property {@code field} if it is an array, otherwise null. */
    static DocumentNode array(DocumentNode object, String field) {
        DocumentNode value = property(object, field);
        return value != null && value.isArray() ? value : null;
    }

    /** Returns the number of items of {@code array}, or 0 for null (an array that is absent or not one). */
    static int size(DocumentNode array) {
        return array == null ? 0 : array.size();
    }

    /** Returns {@code object}'s property {@code field}, or null when absent or {@code object} is no object. */
    static DocumentNode property(DocumentNode object, String field) {
        return object != null && object.isObject() ? object.get(field) : null;
    }

    /** Returns the string at index {@code index} of {@code array}, if it is one. */
    static Optional<String> stringItem(DocumentNode array, int index) {
        DocumentNode item = array == null ? null : array.get(index);
        return item != null && item.isString() ? Optional.of(item.stringValue()) : Optional.empty();
    }

    /** Appends a property name to a JSON pointer, escaped as RFC 6901 requires. */
    static String pointer(String base, String name) {
        return base + "/" + LocatedTree.escape(name);
    }

    /** Appends an array index to a JSON pointer. */
    static String pointer(String base, int index) {
        return base + "/" + index;
    }

    /** Parses a reporting period, or answers empty for text that is not one (the schema reports it). */
    static Optional<ReportingPeriod> period(String text) {
        try {
            return Optional.of(ReportingPeriod.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses a date {@code YYYY-MM-DD}, or answers empty for text that is not one (the schema reports it). */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses a plan date held in a node, or answers empty for anything else (the schema reports it). */
    static Optional<PlanDate> planDate(DocumentNode node) {
        if (node == null || !node.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlanDate.parse(node.stringValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns how plan documents write an enum constant: {@code CONTRIBUTES_TO} as {@code "contributesTo"}. */
    static String jsonName(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** Returns the constant of {@code type} that plan documents write as {@code json}, if any. */
    static <E extends Enum<E>> Optional<E> fromJsonName(Class<E> type, String json) {
        return Optional.ofNullable(type.cast(JSON_NAMES.get(type).get(json)));
    }

    /** Each enum's constants by the name plan documents write them with, computed once per enum. */
    private static final ClassValue<Map<String, Enum<?>>> JSON_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> names = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                names.put(jsonName((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(names);
        }
    };
}
