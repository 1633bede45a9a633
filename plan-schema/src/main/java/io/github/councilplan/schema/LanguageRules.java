package io.github.councilplan.schema;

import io.github.councilplan.model.Text;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Languages. {@link ProblemCode#RULE_LANGUAGE_TAG}: the plan's {@code languages} and
 * {@code partialLanguages}, and the tags of tagged text, are well-formed BCP 47 tags in canonical
 * form, as {@link Text#canonicalTag(String)} makes them, and each partial language is one of the
 * plan's languages. When the plan declares languages, every text (every value the structure types
 * as text, lead-ins included) gives each of them; untagged text counts as the plan's first
 * language only. {@link ProblemCode#RULE_MISSING_LANGUAGE}, an error, once per text that lacks a
 * language whose translation the plan says is complete, listing those it lacks;
 * {@link ProblemCode#RULE_PARTIAL_TRANSLATION}, a warning, once per language the plan declares
 * partial that some texts lack, with their count, the first few named, and every one's pointer in
 * the problem's {@linkplain Problem#related() related pointers}.
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
    /** How many of the texts that lack a partial language a warning names in its message. */
    private static final int NAMED = 3;
    /** How many language tags a message lists. */
    private static final int LISTED = 8;

    private LanguageRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        DocumentNode root = elements.root();
        List<String> declared = declaredLanguages(root, "languages", sink);
        List<String> partial = declaredLanguages(root, "partialLanguages", sink);
        DocumentNode partialNodes = Trees.array(root, "partialLanguages");
        for (int i = 0; i < Trees.size(partialNodes); i++) {
            Optional<String> tag = Trees.stringItem(partialNodes, i).flatMap(LanguageRules::canonical);
            if (tag.isPresent() && !declared.contains(tag.get())) {
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Trees.pointer("/partialLanguages", i), "plan: partialLanguages["
                        + i + "] '" + tag.get() + "' is not one of the plan's languages (" + list(declared) + ")");
            }
        }
        // a document uses a few tags over and over: make each canonical once
        Map<String, Optional<String>> canonical = new HashMap<>();
        Map<String, List<DocumentElements.Value>> lacking = new LinkedHashMap<>();
        partial.stream().filter(declared::contains).forEach(tag -> lacking.put(tag, new ArrayList<>()));
        for (DocumentElements.Value text : elements.values(ValueType.TEXT)) {
            checkTags(text, canonical, sink);
            if (!declared.isEmpty()) {
                checkLanguages(text, declared, lacking, canonical, sink);
            }
        }
        lacking.forEach((tag, texts) -> {
            if (!texts.isEmpty()) {
                reportPartial(tag, texts, partialNodes, sink);
            }
        });
    }

    /** Checks a list of declared languages and returns them in canonical form, the ill-formed left out. */
    private static List<String> declaredLanguages(DocumentNode root, String field, RuleSink sink) {
        DocumentNode languages = Trees.array(root, field);
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
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Trees.pointer("/" + field, i),
                        "plan: " + field + "[" + i + "] '" + tag.get() + "' " + problem.get());
            }
        }
        return List.copyOf(declared);
    }

    private static void checkTags(DocumentElements.Value text, Map<String, Optional<String>> canonical,
            RuleSink sink) {
        if (!text.node().isObject()) {
            return;
        }
        for (Entry<String, DocumentNode> entry : text.node().properties()) {
            String tag = entry.getKey();
            if (SCHEMA_TAG.matcher(tag).find()) {
                String at = Trees.pointer(text.pointer(), tag);
                problem(tag, canonical.computeIfAbsent(tag, LanguageRules::canonical)).ifPresent(problem ->
                        sink.report(ProblemCode.RULE_LANGUAGE_TAG, at, text.element().describe() + ": " + text.label()
                                + " has language '" + tag + "', which " + problem));
            }
        }
    }

    private static void checkLanguages(DocumentElements.Value text, List<String> declared,
            Map<String, List<DocumentElements.Value>> lacking, Map<String, Optional<String>> canonical,
            RuleSink sink) {
        DocumentNode node = text.node();
        Set<String> given = new LinkedHashSet<>();
        if (node.isString()) {
            given.add(declared.get(0));
        } else if (node.isObject() && !node.isEmpty()) {
            for (String tag : node.propertyNames()) {
                canonical.computeIfAbsent(tag, LanguageRules::canonical).ifPresent(given::add);
            }
        } else {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String tag : declared) {
            if (given.contains(tag)) {
                continue;
            }
            List<DocumentElements.Value> partial = lacking.get(tag);
            if (partial != null) {
                partial.add(text);
            } else {
                missing.add(tag);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String subject = text.element().describe() + ": " + text.label();
        if (node.isString()) {
            sink.report(ProblemCode.RULE_MISSING_LANGUAGE, text.pointer(), subject + " "
                    + ShownValue.of(node.stringValue()) + " is untagged, so it is in " + declared.get(0)
                    + " only (the plan's first language), not in " + list(missing) + " (the plan declares "
                    + list(declared) + ")");
        } else {
            sink.report(ProblemCode.RULE_MISSING_LANGUAGE, text.pointer(), subject + " is given in "
                    + (given.isEmpty() ? "no well-formed language" : list(List.copyOf(given))) + " but not in "
                    + list(missing) + " (the plan declares " + list(declared) + ")");
        }
    }

    /** Reports the texts that lack a partial language, once, at the language's declaration. */
    private static void reportPartial(String tag, List<DocumentElements.Value> texts, DocumentNode partialNodes,
            RuleSink sink) {
        String at = "/partialLanguages";
        for (int i = 0; i < Trees.size(partialNodes); i++) {
            if (Trees.stringItem(partialNodes, i).flatMap(LanguageRules::canonical).filter(tag::equals).isPresent()) {
                at = Trees.pointer(at, i);
                break;
            }
        }
        List<String> named = new ArrayList<>();
        List<String> pointers = new ArrayList<>(texts.size());
        for (DocumentElements.Value text : texts) {
            pointers.add(text.pointer());
            if (named.size() < NAMED) {
                named.add(text.element().describe() + " " + text.label());
            }
        }
        String more = texts.size() > NAMED ? " and " + (texts.size() - NAMED) + " more" : "";
        sink.report(ProblemCode.RULE_PARTIAL_TRANSLATION, at, "plan: " + texts.size() + (texts.size() == 1
                ? " text is" : " texts are") + " not in " + tag + ", whose translation the plan says is partial: "
                + String.join("; ", named) + more, pointers);
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

    /**
     * Lists tags for a message, at most {@value #LISTED} of them, so that a document declaring
     * thousands of languages cannot make each of its messages thousands of tags long.
     */
    private static String list(List<String> tags) {
        if (tags.size() <= LISTED) {
            return String.join(", ", tags);
        }
        return String.join(", ", tags.subList(0, LISTED)) + " and " + (tags.size() - LISTED) + " more";
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
