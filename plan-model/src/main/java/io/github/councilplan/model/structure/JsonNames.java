package io.github.councilplan.model.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names plan documents write the model's enum constants with: {@code CONTRIBUTES_TO} as
 * {@code "contributesTo"}. Reading and writing plan documents, the validator's messages and the
 * renderings all name constants so; a test holds it to how the JSON mapping writes them.
 *
 * <p>The class is thread-safe: each enum's names are made once, on first use.
 */
public final class JsonNames {
    private JsonNames() {}

    /**
     * Returns how plan documents write an enum constant: {@code CONTRIBUTES_TO} as {@code "contributesTo"}.
     *
     * @param constant the constant, not null
     * @return its name in documents, not null
     */
    public static String jsonName(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Each enum's JSON names, by ordinal, made once. */
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = spell((Enum<?>) constants[i]);
            }
            return names;
        }
    };

    private static String spell(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /**
     * Returns the constant of an enum that plan documents write as {@code json}, as reading a
     * document maps it: {@code "contributesTo"} to {@code CONTRIBUTES_TO}.
     *
     * @param <E> the enum
     * @param type the enum's class, not null
     * @param json a name as a document writes it, not null
     * @return the constant, or empty if {@code type} has none written so (names are case-sensitive);
     *     not null
     * @throws NullPointerException if an argument is null
     */
    public static <E extends Enum<E>> Optional<E> fromJsonName(Class<E> type, String json) {
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
