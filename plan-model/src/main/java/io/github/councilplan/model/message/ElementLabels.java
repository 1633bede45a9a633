package io.github.councilplan.model.message;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The one way this project names a plan's elements for people, in messages and renderings alike:
 * by the name of the element's level as the plan gives it (the element's own, its theme's or the
 * plan's, in the language asked for) and its number, such as {@code "Priority 1.2"} or
 * {@code "Step A"}; where the number alone does not tell the element apart in the plan (three
 * priorities {@code A}, one under each strategic objective), by the path of its nearest
 * ancestors that does, nearest last, joined by {@value #SEPARATOR}:
 * {@code "Strategic objective 2 › Priority A"}; and where even the whole path does not (siblings
 * that share a number, which the validator reports), by its level, number and quoted id
 * ({@code "Priority A 'p-2'"}).
 * So no two elements of a plan with distinct ids share a reference.
 *
 * <p>A {@linkplain #name name} of an element without a number is its level name alone
 * ({@code "Outcome"}), for a rendering that shows the element's text after it; a
 * {@linkplain #reference reference}, for a message, adds the element's id in single quotes
 * ({@code "Measure 'kpi-7'"}), whole and as the document gives it (the output escapes it, as it
 * does every message). An ancestor without a number is
 * shown in a path by its reference. A {@linkplain #mention mention}, for the middle of a
 * sentence, is a reference whose level names start in lower case ({@code "priority A"}), as
 * messages have always named elements. Level names are shown on one line (runs of whitespace become
 * one space) and cut to {@value #MAX_LEVEL} characters; nothing else is escaped, which is the
 * output's part.
 *
 * <p>Labels are made from an indexed plan ({@link #of(PlanIndex, Optional)}) or, for a document
 * that is not a plan yet (the validator's), from its elements as {@link Entry entries}
 * ({@link #of(List)}): either way by the same rule. Instances are immutable and thread-safe; no
 * method accepts or returns null.
 *
 * @param <K> the type of the keys that identify elements
 */
public final class ElementLabels<K> {
    /** What joins the steps of a path: a space, a single right-pointing angle quotation mark and a space. */
    public static final String SEPARATOR = " \u203a ";

    /**
     * The most characters of a level name a label shows: a longer one is cut, ending in
     * {@code ...}, so that a label's length is bounded whatever the document holds.
     */
    static final int MAX_LEVEL = 60;

    /**
     * One element to label.
     *
     * @param key what identifies the element, not null
     * @param parent the key of the element that holds it, or null for an element the plan holds
     * @param level the name of its level in the language shown, such as {@code "Priority"}; not null
     * @param number its number as the plan prints it, or empty; not null
     * @param id its id, or empty for an element without one (in a document that is not a plan yet);
     *     not null
     * @param <K> the type of the key
     */
    public record Entry<K>(K key, K parent, String level, Optional<String> number, Optional<String> id) {
        /**
         * Checks the entry.
         *
         * @param key what identifies the element
         * @param parent the key of its parent, or null
         * @param level the name of its level
         * @param number its number, or empty
         * @param id its id, or empty
         * @throws NullPointerException if a component but {@code parent} is null
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(id, "id");
        }
    }

    private final Map<K, Entry<K>> byKey;
    /** For an element whose number is shared: how many of its ancestors its path shows. */
    private final Map<K, Integer> pathLengths;
    /** The elements whose whole path is shared too (siblings of one number): shown with their ids. */
    private final Set<K> withIds;
    /** Each level name given, on one line and cut, as written and as inside a sentence. */
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final Map<String, String> inSentence = new ConcurrentHashMap<>();

    private ElementLabels(Map<K, Entry<K>> byKey, Map<K, Integer> pathLengths, Set<K> withIds) {
        this.byKey = byKey;
        this.pathLengths = pathLengths;
        this.withIds = withIds;
    }

    /**
     * Labels the elements of an indexed plan, but the plan itself, with level names in a language.
     *
     * @param index the plan's index, not null
     * @param language the BCP 47 tag of the language to show level names in (a level name not
     *     given in it is shown as {@link Text#value()} gives it), or empty for the plan's first;
     *     not null
     * @return the labels, keyed by element id; not null
     * @throws NullPointerException if an argument is null
     */
    public static ElementLabels<ElementId> of(PlanIndex index, Optional<String> language) {
        Objects.requireNonNull(index, "index");
        Optional<String> shown = Objects.requireNonNull(language, "language")
                .or(() -> index.plan().languages().stream().findFirst());
        List<Entry<ElementId>> entries = new ArrayList<>();
        for (PlanElement element : index.plan().elements()) {
            if (element.kind() == ElementKind.PLAN) {
                continue;
            }
            Text level = index.levelName(element.id());
            ElementId parent = index.parent(element.id()).filter(p -> p.kind() != ElementKind.PLAN)
                    .map(PlanElement::id).orElse(null);
            entries.add(new Entry<>(element.id(), parent, shown.flatMap(level::in).orElseGet(level::value),
                    element.number().map(Object::toString), Optional.of(element.id().toString())));
        }
        return of(entries);
    }

    /**
     * Labels elements given as entries, by the rule this class describes.
     *
     * @param entries the elements of one plan, each parent before its children, no key twice;
     *     not null
     * @param <K> the type of the keys
     * @return the labels, not null
     * @throws NullPointerException if {@code entries} is or holds null
     * @throws IllegalArgumentException if a key is given twice, or a parent is not given before
     *     its child
     */
    public static <K> ElementLabels<K> of(List<Entry<K>> entries) {
        Map<K, Entry<K>> byKey = new HashMap<>();
        Map<String, List<Entry<K>>> byName = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        for (Entry<K> entry : entries) {
            if (entry.parent() != null && !byKey.containsKey(entry.parent())) {
                throw new IllegalArgumentException("entries: the parent of " + entry.key() + " is not given before it");
            }
            if (byKey.put(entry.key(), entry) != null) {
                throw new IllegalArgumentException("entries: " + entry.key() + " is given twice");
            }
            if (entry.number().isPresent()) {
                String level = levels.computeIfAbsent(entry.level(), ElementLabels::oneLine);
                byName.computeIfAbsent(level + " " + entry.number().get(), name -> new ArrayList<>(1)).add(entry);
            }
        }
        Map<K, Integer> pathLengths = new HashMap<>();
        Set<K> withIds = new HashSet<>();
        ElementLabels<K> labels = new ElementLabels<>(byKey, pathLengths, withIds);
        for (List<Entry<K>> same : byName.values()) {
            if (same.size() > 1) {
                labels.tellApart(same);
            }
        }
        return labels;
    }

    /**
     * Decides the paths that tell several elements of one name apart: each element's nearest
     * ancestors, as few as make its path unique among them, then the element; where none do (two
     * siblings of one number), the element and its quoted id.
     */
    private void tellApart(List<Entry<K>> same) {
        int deepest = same.stream().mapToInt(entry -> ancestors(entry).size()).max().orElse(0);
        int told = 0;
        for (int k = 1; k <= deepest && told < same.size(); k++) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> atK = new ArrayList<>(same.size());
            for (Entry<K> entry : same) {
                String path = joined(entry, k, this.written, ElementLabels::oneLine);
                atK.add(path);
                counts.merge(path, 1, Integer::sum);
            }
            for (int i = 0; i < same.size(); i++) {
                if (counts.get(atK.get(i)) == 1 && pathLengths.putIfAbsent(same.get(i).key(), k) == null) {
                    told++;
                }
            }
        }
        Map<String, Integer> whole = new HashMap<>();
        for (Entry<K> entry : same) {
            whole.merge(joined(entry, deepest, this.written, ElementLabels::oneLine), 1, Integer::sum);
        }
        for (Entry<K> entry : same) {
            if (!pathLengths.containsKey(entry.key())) {
                boolean shared = whole.get(joined(entry, deepest, this.written, ElementLabels::oneLine)) > 1;
                // no path tells siblings of one number apart: their ids do, without a path
                pathLengths.put(entry.key(), shared ? 0 : deepest);
                if (shared) {
                    withIds.add(entry.key());
                }
            }
        }
    }

    /** The element's step: its level and number, or its level and quoted id, or its level alone. */
    private static <K> String step(Entry<K> entry, Map<String, String> forms, UnaryOperator<String> form) {
        String level = forms.computeIfAbsent(entry.level(), form);
        return entry.number().map(number -> level + " " + number)
                .orElseGet(() -> level + entry.id().map(ElementLabels::quoted).orElse(""));
    }

    /** Returns the label of an element in one form of its level names, with or without its id if unnumbered. */
    private String label(K key, Map<String, String> forms, UnaryOperator<String> form, boolean reference) {
        Entry<K> entry = byKey.get(Objects.requireNonNull(key, "key"));
        if (entry == null) {
            throw new java.util.NoSuchElementException("no element " + key);
        }
        if (entry.number().isEmpty()) {
            return reference ? step(entry, forms, form) : forms.computeIfAbsent(entry.level(), form);
        }
        String label = joined(entry, pathLengths.getOrDefault(key, 0), forms, form);
        return withIds.contains(key) ? label + entry.id().map(ElementLabels::quoted).orElse("") : label;
    }

    /** The element's step preceded by those of its nearest {@code k} ancestors. */
    private String joined(Entry<K> entry, int k, Map<String, String> forms, UnaryOperator<String> form) {
        List<K> ancestors = ancestors(entry);
        StringBuilder path = new StringBuilder();
        for (int i = Math.min(k, ancestors.size()) - 1; i >= 0; i--) {
            path.append(step(byKey.get(ancestors.get(i)), forms, form)).append(SEPARATOR);
        }
        return path.append(step(entry, forms, form)).toString();
    }

    /** The element's ancestors, nearest first. */
    private List<K> ancestors(Entry<K> entry) {
        List<K> ancestors = new ArrayList<>();
        for (K parent = entry.parent(); parent != null; parent = byKey.get(parent).parent()) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    /** A level name on one line, cut to {@value #MAX_LEVEL} characters (a surrogate pair kept whole). */
    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_LEVEL) {
            return line;
        }
        int end = MAX_LEVEL - 3;
        return line.substring(0, Character.isLowSurrogate(line.charAt(end)) ? end - 1 : end) + "...";
    }

    /**
     * Names an element for a rendering that shows its text after the name: its level and number,
     * with the path that tells it apart where the number alone does not; its level alone when it
     * has no number.
     *
     * @param key the element's key, not null
     * @return the name, such as {@code "Priority 1.2"}, {@code "Strategic objective 2 › Priority A"}
     *     or {@code "Outcome"}; not null
     * @throws java.util.NoSuchElementException if no element has this key
     */
    public String name(K key) {
        return label(key, written, ElementLabels::oneLine, false);
    }

    /**
     * Names an element for a message, which shows nothing else of it: as {@link #name} does, but
     * an element without a number by its level and quoted id, such as {@code "Measure 'kpi-7'"}.
     *
     * @param key the element's key, not null
     * @return the reference, not null
     * @throws java.util.NoSuchElementException if no element has this key
     */
    public String reference(K key) {
        return label(key, written, ElementLabels::oneLine, true);
    }

    /**
     * Names an element inside a message's sentence, as the validator, {@code gaps} and
     * {@code diff} do: as {@link #reference} does, but each level name with its first letter in
     * lower case (unless it starts with two capitals, as an acronym does), such as
     * {@code "strategic objective 2 › priority A"}, {@code "deliverable 1.2.3"} or
     * {@code "measure 'kpi-7'"}.
     *
     * @param key the element's key, not null
     * @return the mention, not null
     * @throws java.util.NoSuchElementException if no element has this key
     */
    public String mention(K key) {
        return label(key, inSentence, level -> decapitalised(oneLine(level)), true);
    }

    /**
     * Tells whether an element has a label here.
     *
     * @param key the element's key, not null
     * @return true if it has
     */
    public boolean contains(K key) {
        return byKey.containsKey(Objects.requireNonNull(key, "key"));
    }

    /** An id after a level name: a space and the id in single quotes, as the document gives it. */
    private static String quoted(String id) {
        return " '" + id + "'";
    }

    /**
     * Returns a level name as it reads inside a sentence, as {@link #mention} puts it: with its
     * first letter in lower case, unless its first two letters are capitals (an acronym, such as
     * {@code "KPI"}).
     *
     * @param level the level name, not null
     * @return the level name inside a sentence, not null
     */
    public static String decapitalised(String level) {
        if (level.isEmpty() || level.codePointCount(0, level.length()) > 1 && Character.isUpperCase(level.codePointAt(0))
                && Character.isUpperCase(level.codePointAt(level.offsetByCodePoints(0, 1)))) {
            return level;
        }
        int first = level.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(level, Character.charCount(first), level.length()).toString();
    }
}
