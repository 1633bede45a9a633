package io.github.councilplan.schema;

import io.github.councilplan.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Languages. {@link ProblemCode#RULE_LANGUAGE_TAG}: the plan's {@code languages}, and the tags of
 * tagged text, are well-formed BCP 47 tags in canonical form, as {@link Text#canonicalTag(String)}
 * makes them. {@link ProblemCode#RULE_MISSING_LANGUAGE}: when the plan declares languages, every
 * text gives each of them; untagged text counts as the plan's first language only. Reported once
 * per text, listing the languages it lacks.
 *
 * <p>The schema checks tags with a pattern, which Java's reading of BCP 47 does not always agree
 * with (the schema takes {@code "iw"} and {@code "und"}; Java makes the first {@code "he"} and
 * rejects the second). A tag the schema's pattern already rejects is left to the schema; this rule
 * reports the tags the pattern lets through, so no tag is reported twice. Duplicate declared
 * languages are the schema's ({@code uniqueItems}).
 */
final class LanguageRules {
    /** The schema's pattern for a well-formed tag, in any letter case (the keys of tagged text). */
    private static final Pattern SCHEMA_TAG = schemaPattern("languageTag");
    /** The schema's pattern for a tag in canonical form (the plan's languages). */
    private static final Pattern SCHEMA_CANONICAL_TAG = schemaPattern("canonicalLanguageTag");

    private LanguageRules() {}

    static void check(JsonNode root, RuleSink sink) {
        List<String> declared = declaredLanguages(root, sink);
        // a document uses a few tags over and over: make each canonical once
        Map<String, Optional<String>> canonical = new HashMap<>();
        TextFields.visit(root, (pointer, label, text) -> {
            checkTags(root, pointer, label, text, canonical, sink);
            if (!declared.isEmpty()) {
                checkLanguages(root, pointer, label, text, declared, canonical, sink);
            }
        });
    }

    /** Checks the plan's languages and returns them in canonical form, the ill-formed left out. */
    private static List<String> declaredLanguages(JsonNode root, RuleSink sink) {
        JsonNode languages = Trees.array(root, "languages");
        Set<String> declared = new LinkedHashSet<>();
        for (int i = 0; i < Trees.size(languages); i++) {
            Optional<String> tag = Trees.stringItem(languages, i);
            if (tag.isEmpty()) {
                continue;
            }
            Optional<String> canonical = canonical(tag.get());
            canonical.ifPresent(declared::add);
            Optional<String> problem = SCHEMA_CANONICAL_TAG.matcher(tag.get()).find()
                    ? problem(tag.get(), canonical) : Optional.empty();
            if (problem.isPresent()) {
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Trees.pointer("/languages", i),
                        "plan: languages[" + i + "] '" + tag.get() + "' " + problem.get());
            }
        }
        return List.copyOf(declared);
    }

    private static void checkTags(JsonNode root, String pointer, String label, JsonNode text,
            Map<String, Optional<String>> canonical, RuleSink sink) {
        if (!text.isObject()) {
            return;
        }
        for (Entry<String, JsonNode> entry : text.properties()) {
            String tag = entry.getKey();
            if (SCHEMA_TAG.matcher(tag).find()) {
                String at = Trees.pointer(pointer, tag);
                problem(tag, canonical.computeIfAbsent(tag, LanguageRules::canonical)).ifPresent(problem -> sink.report(ProblemCode.RULE_LANGUAGE_TAG, at,
                        ElementPaths.describe(root, at) + ": " + label + " has language '" + tag + "', which "
                                + problem));
            }
        }
    }

    private static void checkLanguages(JsonNode root, String pointer, String label, JsonNode text,
            List<String> declared, Map<String, Optional<String>> canonical, RuleSink sink) {
        if (text.isString()) {
            if (declared.size() > 1) {
                sink.report(ProblemCode.RULE_MISSING_LANGUAGE, pointer, ElementPaths.describe(root, pointer) + ": " + label + " "
                        + ShownValue.of(text.stringValue()) + " is untagged, so it is in " + declared.get(0)
                        + " only (the plan's first language), not in " + list(declared.subList(1, declared.size()))
                        + " (the plan declares " + list(declared) + ")");
            }
            return;
        }
        if (!text.isObject() || text.isEmpty()) {
            return;
        }
        Set<String> given = new LinkedHashSet<>();
        for (String tag : text.propertyNames()) {
            canonical.computeIfAbsent(tag, LanguageRules::canonical).ifPresent(given::add);
        }
        List<String> missing = new ArrayList<>(declared);
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            sink.report(ProblemCode.RULE_MISSING_LANGUAGE, pointer, ElementPaths.describe(root, pointer) + ": " + label
                    + " is given in "
                    + (given.isEmpty() ? "no well-formed language" : list(List.copyOf(given))) + " but not in "
                    + list(missing) + " (the plan declares " + list(declared) + ")");
        }
    }

    /** Says what is wrong with a tag the schema's pattern accepts, if anything. */
    private static Optional<String> problem(String tag, Optional<String> canonical) {
        if (canonical.isEmpty()) {
            return Optional.of("is not a well-formed BCP 47 language tag such as 'en' or 'cy'");
        }
        if (!canonical.get().equals(tag)) {
            return Optional.of("is not in canonical form, expected '" + canonical.get() + "'");
        }
        return Optional.empty();
    }

    private static Optional<String> canonical(String tag) {
        try {
            return Optional.of(Text.canonicalTag(tag));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String list(List<String> tags) {
        return String.join(", ", tags);
    }

    private static Pattern schemaPattern(String definition) {
        String pattern = PlanSchema.document()
                .path("$defs").path(definition).path("pattern").asString();
        if (pattern.isEmpty()) {
            throw new IllegalStateException("the plan schema " + PlanSchema.RESOURCE + " has no pattern for "
                    + definition);
        }
        return Pattern.compile(pattern);
    }
}
