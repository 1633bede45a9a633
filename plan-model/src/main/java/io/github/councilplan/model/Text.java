package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Required, non-blank text in one language or several.
 *
 * <p>Text is either <em>untagged</em>, a plain string in the plan's default language (in JSON, a
 * string), or <em>tagged</em>, one string per BCP 47 language tag such as {@code en} and
 * {@code cy} for a plan published in English and Welsh (in JSON, an object from tag to string).
 * Tags are stored in their canonical form ({@code EN-gb} becomes {@code en-GB}) and keep the order
 * they were given in. Every string must contain a non-whitespace character.
 *
 * <p>Untagged and tagged text are different values, even with the same words: the first says
 * nothing about its language. Tagged texts are equal when they give the same languages with the
 * same words in the same order (the first language is the one {@link #value()} shows).
 * Instances are immutable and thread-safe.
 */
public final class Text {
    /**
     * Tags already made canonical, so that the plans a process reads, which name the same few
     * languages again and again, are not each read through {@link Locale.Builder}: at most
     * {@value #MAX_CACHED_TAGS} tags of at most {@value #MAX_CACHED_TAG} characters, the first met.
     */
    private static final Map<String, String> CANONICAL_TAGS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TAGS = 256;
    private static final int MAX_CACHED_TAG = 35;

    private final String untagged;
    private final Map<String, String> byLanguage;

    private Text(String untagged, Map<String, String> byLanguage) {
        this.untagged = untagged;
        this.byLanguage = byLanguage;
    }

    /**
     * Obtains untagged text, in the plan's default language.
     *
     * @param value the text, not null
     * @return the text, not null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws NullPointerException if {@code value} is null
     */
    public static Text of(String value) {
        return new Text(checkNotBlank("text", value), Map.of());
    }

    /**
     * Obtains text in one named language.
     *
     * @param languageTag a well-formed BCP 47 language tag such as {@code "en"} or
     *     {@code "cy"}, not null
     * @param value the text, not null
     * @return the tagged text, not null
     * @throws IllegalArgumentException if the tag is ill-formed or the text blank
     * @throws NullPointerException if an argument is null
     */
    public static Text of(String languageTag, String value) {
        return of(Map.of(languageTag, value));
    }

    /**
     * Obtains text in several languages, in the map's iteration order.
     *
     * @param byLanguage text keyed by BCP 47 language tag; not null, not empty, no null keys or
     *     values
     * @return the tagged text, not null
     * @throws IllegalArgumentException if the map is empty, a tag is ill-formed, two tags are the
     *     same once made canonical, or a text is blank
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static Text of(Map<String, String> byLanguage) {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("text: must give at least one language");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((tag, value) -> {
            String canonical = canonicalTag(tag);
            if (copy.put(canonical, checkNotBlank("text['" + canonical + "']", value)) != null) {
                throw new IllegalArgumentException("text: language '" + canonical + "' is given twice");
            }
        });
        return new Text(null, Collections.unmodifiableMap(copy));
    }

    /**
     * Reads text from its JSON form: a string, or an object from language tag to string.
     *
     * @param json a {@link String}, or a {@link Map} from tag to string; not null
     * @return the text, not null
     * @throws IllegalArgumentException if {@code json} is of neither form, breaks a rule of
     *     {@link #of(String)} or {@link #of(Map)}, or has a tag not in canonical form (a document
     *     gives tags as the format requires; only {@link #of(Map)} makes them canonical)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Text fromJson(Object json) {
        if (json instanceof String) {
            return of((String) json);
        }
        if (json instanceof Map) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) json).entrySet()) {
                if (!(e.getValue() instanceof String)) {
                    throw new IllegalArgumentException("text['" + e.getKey() + "']: expected a string");
                }
                String tag = String.valueOf(e.getKey());
                if (!canonicalTag(tag).equals(tag)) {
                    throw new IllegalArgumentException("text: language " + ShownValue.of(tag)
                            + " is not in canonical form, expected '" + canonicalTag(tag) + "'");
                }
                byLanguage.put(tag, (String) e.getValue());
            }
            return of(byLanguage);
        }
        throw new IllegalArgumentException(
                "text: expected a string or an object from language tag to string, was " + json);
    }

    /**
     * Returns the canonical form of a BCP 47 language tag.
     *
     * @param languageTag the tag, not null
     * @return the canonical tag, such as {@code "en-GB"} for {@code "EN-gb"}
     * @throws IllegalArgumentException if the tag is not well-formed BCP 47
     * @throws NullPointerException if {@code languageTag} is null
     */
    public static String canonicalTag(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        String known = CANONICAL_TAGS.get(languageTag);
        if (known != null) {
            return known;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(languageTag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            String canonical = locale.toLanguageTag();
            if (languageTag.length() <= MAX_CACHED_TAG && CANONICAL_TAGS.size() < MAX_CACHED_TAGS) {
                CANONICAL_TAGS.putIfAbsent(languageTag, canonical);
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("language: " + ShownValue.of(languageTag)
                    + " is not a well-formed BCP 47 language tag such as 'en' or 'cy'", e);
        }
    }

    private static String checkNotBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, was " + ShownValue.of(value));
        }
        return value;
    }

    /**
     * Returns a copy of this tagged text with {@code value} in {@code languageTag}, replacing any
     * text already in that language.
     *
     * @param languageTag a BCP 47 tag, not null
     * @param value the text, not null
     * @return the new text, not null
     * @throws IllegalStateException if this text is untagged (its language is unknown, so it
     *     cannot be combined with tagged text)
     * @throws IllegalArgumentException if the tag is ill-formed or the text blank
     */
    public Text with(String languageTag, String value) {
        if (!isTagged()) {
            throw new IllegalStateException("text: untagged text cannot gain a language; start from Text.of(tag, value)");
        }
        Map<String, String> copy = new LinkedHashMap<>(byLanguage);
        copy.put(canonicalTag(languageTag), value);
        return of(copy);
    }

    /**
     * Tells whether this text names its languages.
     *
     * @return true for tagged text, false for untagged
     */
    public boolean isTagged() {
        return untagged == null;
    }

    /**
     * Returns the languages this text is given in, in order.
     *
     * @return the canonical tags, empty for untagged text; unmodifiable, not null
     */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /**
     * Returns the text in one language.
     *
     * @param languageTag a BCP 47 tag, not null
     * @return the text in that language, or empty if it is not given (always empty for untagged
     *     text); not null
     * @throws IllegalArgumentException if the tag is ill-formed
     */
    public Optional<String> in(String languageTag) {
        return Optional.ofNullable(byLanguage.get(canonicalTag(languageTag)));
    }

    /**
     * Returns the text to show when no language is asked for: the untagged text, or the text in
     * the first language given.
     *
     * @return the text, not null and not blank
     */
    public String value() {
        return untagged != null ? untagged : byLanguage.values().iterator().next();
    }

    /**
     * Returns the text by language, for tagged text.
     *
     * @return an unmodifiable map from canonical tag to text, in order; empty for untagged text
     */
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    @JsonValue
    Object toJson() {
        return untagged != null ? untagged : byLanguage;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Text)) {
            return false;
        }
        Text that = (Text) other;
        return Objects.equals(untagged, that.untagged)
                && List.copyOf(byLanguage.entrySet()).equals(List.copyOf(that.byLanguage.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(untagged, List.copyOf(byLanguage.entrySet()));
    }

    /**
     * Returns the untagged text itself, or each language's text as {@code "en: ... | cy: ..."}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (untagged != null) {
            return untagged;
        }
        StringBuilder s = new StringBuilder();
        byLanguage.forEach((tag, value) -> s.append(s.length() == 0 ? "" : " | ").append(tag).append(": ").append(value));
        return s.toString();
    }
}
