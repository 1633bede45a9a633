package io.github.councilplan.model.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a calendar date exactly as the format writes it and its JSON Schema's {@code date} format
 * takes it: a string {@code YYYY-MM-DD}, four digits of year and no sign, naming a day that
 * exists. Jackson's own reading of {@link LocalDate} also takes an array {@code [2025, 10, 22]} and
 * years of five digits or with a sign, which the schema refuses; with this one the model refuses
 * them too.
 */
final class StrictDates extends ValueDeserializer<LocalDate> {
    private StrictDates() {}

    /** The module that reads every {@link LocalDate} strictly. */
    static SimpleModule module() {
        return new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDates());
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString();
        if (!isDateShape(text)) {
            throw context.weirdStringException(text, LocalDate.class, "a date is written YYYY-MM-DD");
        }
        try {
            return day(text);
        } catch (DateTimeException e) {
            throw context.weirdStringException(text, LocalDate.class, "there is no such day");
        }
    }

    /**
     * Returns the day a string of {@link #isDateShape date shape} names.
     *
     * @throws DateTimeException if there is no such day
     */
    static LocalDate day(String text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    /** Tells whether a string is written {@code YYYY-MM-DD}, ten characters of digits and hyphens. */
    static boolean isDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
