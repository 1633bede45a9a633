package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.jsonschema.PlanSchema;
import io.github.councilplan.model.message.ShownValue;

import io.github.councilplan.model.Text;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * partial that some texts lack, with their count, the first few named, and the pointers of the
 * first thousand in the problem's {@linkplain Problem#related() related pointers}. The work is
 * proportional to the texts and the languages each gives, however many languages the plan
 * declares: a message names at most eight.
 *
 * <p>The schema checks tags with a pattern, which Java's reading of BCP 47 does not always agree
 * with (the schema takes {@code "iw"} and {@code "und"}; Java makes the first {@code "he"} and
 * rejects the second). A tag the schema's pattern already rejects is left to the schema; this rule
 * reports the tags the pattern lets through, so no tag is reported twice (the pattern is consulted
 * only for a tag Java's reading finds fault with). Duplicate declared
 * languages are the schema's ({@code uniqueItems}).
 */
final class LanguageRules {
    /** How many of the texts that lack a partial language a warning names in its message. */
    private static final int NAMED = 3;
    /** How many language tags a message lists. */
    private static final int LISTED = 8;
    /** How many pointers a partial-translation warning lists in {@link Problem#related()}. */
    private static final int MAX_RELATED = 1000;

    private LanguageRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        DocumentNode root = elements.root();
        List<String> declared = declaredLanguages(root, "languages", sink);
        List<String> partial = declaredLanguages(root, "partialLanguages", sink);
        Declared languages = new Declared(declared, partial);
        DocumentNode partialNodes = NodeValues.array(root, "partialLanguages");
        for (int i = 0; i < NodeValues.size(partialNodes); i++) {
            Optional<String> tag = NodeValues.stringItem(partialNodes, i).flatMap(LanguageRules::canonical);
            if (tag.isPresent() && !languages.allSet.contains(tag.get())) {
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Pointers.child("/partialLanguages", i), "plan: partialLanguages["
                        + i + "] '" + tag.get() + "' is not one of the plan's languages (" + list(declared, declared.size())
                        + ")");
            }
        }
        // a document uses a few tags over and over: make each canonical once
        Map<String, Optional<String>> canonical = new HashMap<>();
        List<Lacking> lackingPartial = new ArrayList<>();
        for (DocumentElements.Value text : elements.values(ValueType.TEXT)) {
            // the node once for both checks: a model's value is made a node each time it is asked for
            DocumentNode node = text.node();
            checkTags(text, node, canonical, sink);
            if (!declared.isEmpty()) {
                checkLanguages(text, node, languages, canonical, lackingPartial, sink);
            }
        }
        reportPartial(languages, lackingPartial, partialNodes, sink);
    }

    /**
     * The plan's languages, split into those it says are completely translated and those it says
     * are partial, with each one's position: what a text lacks is worked out from the few
     * languages it gives, never by going through every language the plan declares.
     */
    private static final class Declared {
        final List<String> all;
        final Set<String> allSet;
        final List<String> complete = new ArrayList<>();
        final List<String> partial = new ArrayList<>();
        final Set<String> partialSet;
        /** The language of an untagged text, the first declared, alone: one set for every such text. */
        final Set<String> first;

        Declared(List<String> all, List<String> partial) {
            this.all = all;
            this.first = all.isEmpty() ? Set.of() : Set.of(all.get(0));
            this.allSet = new HashSet<>(all);
            this.partialSet = new HashSet<>(partial);
            partialSet.retainAll(allSet);
            for (String tag : all) {
                (partialSet.contains(tag) ? this.partial : complete).add(tag);
            }
        }

        boolean isEmpty() {
            return all.isEmpty();
        }
    }

    /** A text that lacks at least one partial language, with the declared languages it gives. */
    private record Lacking(DocumentElements.Value text, Set<String> given) {}

    /** Checks a plan's list of languages and returns them in canonical form, the ill-formed left out. */
    private static List<String> declaredLanguages(DocumentNode root, String field, RuleSink sink) {
        DocumentNode languages = NodeValues.array(root, field);
        Set<String> declared = new LinkedHashSet<>();
        for (int i = 0; i < NodeValues.size(languages); i++) {
            Optional<String> tag = NodeValues.stringItem(languages, i);
            if (tag.isEmpty()) {
                continue;
            }
            Optional<String> canonical = canonical(tag.get());
            canonical.ifPresent(declared::add);
            Optional<String> problem = problem(tag.get(), canonical);
            if (problem.isPresent() && SchemaPatterns.CANONICAL_TAG.matcher(tag.get()).find()) {
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Pointers.child("/" + field, i),
                        "plan: " + field + "[" + i + "] '" + tag.get() + "' " + problem.get());
            }
        }
        return List.copyOf(declared);
    }

    private static void checkTags(DocumentElements.Value text, DocumentNode node,
            Map<String, Optional<String>> canonical, RuleSink sink) {
        if (!node.isObject()) {
            return;
        }
        for (Entry<String, DocumentNode> entry : node.properties()) {
            String tag = entry.getKey();
            Optional<String> problem = problem(tag, canonical.computeIfAbsent(tag, LanguageRules::canonical));
            if (problem.isPresent() && SchemaPatterns.TAG.matcher(tag).find()) {
                sink.report(ProblemCode.RULE_LANGUAGE_TAG, Pointers.child(text.pointer(), tag),
                        text.element().describe() + ": " + text.label() + " has language '" + tag + "', which "
                        + problem.get());
            }
        }
    }

    /**
     * Checks that a text gives every declared language: an error for the complete languages it
     * lacks; the texts that lack a partial one are kept for one warning per language. The work is
     * proportional to the languages the text gives, and to the few it lacks that a message names.
     */
    private static void checkLanguages(DocumentElements.Value text, DocumentNode node, Declared languages,
            Map<String, Optional<String>> canonical, List<Lacking> lackingPartial, RuleSink sink) {
        Set<String> given;
        if (node.isString()) {
            given = languages.first;
        } else if (node.isObject() && !node.isEmpty()) {
            given = new LinkedHashSet<>();
            for (String tag : node.propertyNames()) {
                canonical.computeIfAbsent(tag, LanguageRules::canonical).ifPresent(given::add);
            }
        } else {
            return;
        }
        int givenComplete = 0;
        int givenPartial = 0;
        for (String tag : given) {
            if (languages.partialSet.contains(tag)) {
                givenPartial++;
            } else if (languages.allSet.contains(tag)) {
                givenComplete++;
            }
        }
        if (givenPartial < languages.partial.size()) {
            lackingPartial.add(new Lacking(text, given));
        }
        int missing = languages.complete.size() - givenComplete;
        if (missing == 0) {
            return;
        }
        List<String> named = new ArrayList<>(LISTED);
        for (int i = 0; i < languages.complete.size() && named.size() < LISTED; i++) {
            if (!given.contains(languages.complete.get(i))) {
                named.add(languages.complete.get(i));
            }
        }
        String subject = text.element().describe() + ": " + text.label();
        String lacks = list(named, missing) + " (the plan declares " + list(languages.all, languages.all.size()) + ")";
        if (node.isString()) {
            sink.report(ProblemCode.RULE_MISSING_LANGUAGE, text.pointer(), subject + " "
                    + ShownValue.of(node.stringValue()) + " is untagged, so it is in " + languages.all.get(0)
                    + " only (the plan's first language), not in " + lacks);
        } else {
            sink.report(ProblemCode.RULE_MISSING_LANGUAGE, text.pointer(), subject + " is given in "
                    + (given.isEmpty() ? "no well-formed language" : list(List.copyOf(given), given.size()))
                    + " but not in " + lacks);
        }
    }

    /**
     * Reports, once per partial language, the texts that lack it, at the language's declaration:
     * their exact count, the first few named, and the pointers of the first
     * {@value #MAX_RELATED} of them. The work is proportional to the pointers listed and the
     * languages the texts give, not to the partial languages times the texts.
     */
    private static void reportPartial(Declared languages, List<Lacking> lacking, DocumentNode partialNodes,
            RuleSink sink) {
        Map<String, Integer> givenCounts = new HashMap<>();
        for (Lacking text : lacking) {
            for (String tag : text.given()) {
                if (languages.partialSet.contains(tag)) {
                    givenCounts.merge(tag, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> declaredAt = new HashMap<>();
        for (int i = 0; i < NodeValues.size(partialNodes); i++) {
            int index = i;
            NodeValues.stringItem(partialNodes, i).flatMap(LanguageRules::canonical)
                    .ifPresent(tag -> declaredAt.putIfAbsent(tag, index));
        }
        for (String tag : languages.partial) {
            Integer index = declaredAt.get(tag);
            String at = index == null ? "/partialLanguages" : Pointers.child("/partialLanguages", index);
            int count = lacking.size() - givenCounts.getOrDefault(tag, 0);
            List<String> named = new ArrayList<>(NAMED);
            List<String> pointers = new ArrayList<>(Math.min(count, MAX_RELATED));
            for (int i = 0; i < lacking.size() && pointers.size() < MAX_RELATED; i++) {
                Lacking text = lacking.get(i);
                if (text.given().contains(tag)) {
                    continue;
                }
                if (named.size() < NAMED) {
                    named.add(text.text().element().describe() + " " + text.text().label());
                }
                pointers.add(text.text().pointer());
            }
            if (count > 0) {
                String more = count > NAMED ? " and " + (count - NAMED) + " more" : "";
                sink.report(ProblemCode.RULE_PARTIAL_TRANSLATION, at, "plan: " + count + (count == 1
                        ? " text is" : " texts are") + " not in " + tag + ", whose translation the plan says is partial: "
                        + String.join("; ", named) + more, pointers);
            }
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

    /**
     * Lists tags for a message: at most {@value #LISTED} of them, then how many more there are of
     * {@code total}, so that a document declaring thousands of languages cannot make each of its
     * messages thousands of tags long.
     */
    private static String list(List<String> tags, int total) {
        List<String> shown = tags.size() <= LISTED ? tags : tags.subList(0, LISTED);
        return String.join(", ", shown) + (total > shown.size() ? " and " + (total - shown.size()) + " more" : "");
    }

    /**
     * The schema's patterns for language tags, read from the schema when a tag first has a
     * problem: a document whose tags have none (most) does not make the rules read the schema.
     */
    private static final class SchemaPatterns {
        /** The pattern for a well-formed tag, in any letter case (the keys of tagged text). */
        static final Pattern TAG = schemaPattern("languageTag");
        /** The pattern for a tag in canonical form (the plan's languages). */
        static final Pattern CANONICAL_TAG = schemaPattern("canonicalLanguageTag");

        private SchemaPatterns() {}

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
}
