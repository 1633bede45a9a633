package io.github.councilplan.render;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.message.ElementLabels;
import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.trace.PlanIndex;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a rendering of one plan shows: each {@link Text} in one language, the plan's own
 * names for its levels, and the one way elements are named.
 *
 * <p>A wording shows the plan in one language: the one asked for ({@link #of(PlanIndex, String)},
 * which must be one the plan declares), else the first the plan declares. A plan that declares
 * none is shown as {@link Text#value()} gives each text. Text not given in the language shown
 * falls back visibly: it is shown as {@link Text#value()} gives it followed by a space and the
 * fallback's language tag in square brackets, {@code "Our vision [en]"}. Untagged text counts as
 * being in the plan's first language (and is marked with it when another is shown). Level names
 * (the plan's and the library's defaults) fall back to their first language without a mark, as
 * they are part of an element's name.
 *
 * <p>An element is named by the name of its level (the element's own
 * {@linkplain PlanElement#levelName() level name}, else its theme's name for the kind, else the
 * plan's, else the kind's default; see
 * {@link PlanIndex#levelName(io.github.councilplan.model.ElementId)}) and its number, with the
 * path of its nearest ancestors where the number alone is ambiguous in the plan:
 * {@code "Strategic objective 2 › Priority A"}. Every message and rendering of this library
 * names elements so ({@link #name}, {@link #reference}, {@link #title}).
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class Wording {
    /** The mark of text shown in another language than asked for: a space and the tag in brackets. */
    private static final String FALLBACK_MARK = " [%s]";

    private final PlanIndex index;
    private final Plan plan;
    private final Optional<String> language;
    /** The labels of the plan's elements, made when a name is first asked for. */
    private volatile ElementLabels<ElementId> labels;

    private Wording(PlanIndex index, Optional<String> language) {
        this.index = index;
        this.plan = index.plan();
        this.language = language;
    }

    private ElementLabels<ElementId> labels() {
        ElementLabels<ElementId> made = labels;
        if (made == null) {
            made = ElementLabels.of(index, language);
            labels = made;
        }
        return made;
    }

    /**
     * Returns the wording of a plan in its first language, as {@link #of(PlanIndex)} of the plan's
     * own index.
     *
     * @param plan the plan, not null
     * @return its wording, not null
     * @throws NullPointerException if {@code plan} is null
     * @throws IllegalArgumentException if two of the plan's elements share an id (see
     *     {@link PlanIndex#of(Plan)})
     */
    public static Wording of(Plan plan) {
        return of(PlanIndex.of(Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Returns the wording of an indexed plan in the plan's first language (or, for a plan that
     * declares none, as {@link Text#value()} gives each text).
     *
     * @param index the index of the plan, not null
     * @return its wording, not null
     * @throws NullPointerException if {@code index} is null
     */
    public static Wording of(PlanIndex index) {
        Objects.requireNonNull(index, "index");
        return new Wording(index, index.plan().languages().stream().findFirst());
    }

    /**
     * Returns the wording of an indexed plan in one of the languages it declares.
     *
     * @param index the index of the plan, not null
     * @param language a BCP 47 language tag the plan declares, such as {@code "cy"}, in any case
     *     ({@code "CY"} is {@code "cy"}); not null
     * @return its wording in that language, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the tag is ill-formed or the plan does not declare it;
     *     the message names the languages it declares
     */
    public static Wording of(PlanIndex index, String language) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(language, "language");
        List<String> declared = index.plan().languages();
        String tag;
        try {
            tag = Text.canonicalTag(language);
        } catch (IllegalArgumentException e) {
            tag = null;
        }
        if (tag == null || !declared.contains(tag)) {
            throw new IllegalArgumentException("language: " + ShownValue.of(language) + " is not one the plan declares ("
                    + (declared.isEmpty() ? "it declares none" : "it declares " + String.join(", ", declared)) + ")");
        }
        return new Wording(index, Optional.of(tag));
    }

    /**
     * Returns the index of the plan this wording shows.
     *
     * @return the index, not null
     */
    public PlanIndex index() {
        return index;
    }

    /**
     * Returns the language the plan is shown in.
     *
     * @return the language asked for, else the plan's first, as a canonical BCP 47 tag; empty if
     *     the plan declares none; not null
     */
    public Optional<String> language() {
        return language;
    }

    /**
     * Returns the words of a text in the language shown, or, where the text is not given in it,
     * as {@link Text#value()} gives it followed by its language's mark, such as {@code " [en]"}.
     *
     * @param text the text, not null
     * @return the words, neither null nor blank
     * @throws NullPointerException if {@code text} is null
     */
    public String of(Text text) {
        Objects.requireNonNull(text, "text");
        if (language.isEmpty()) {
            return text.value();
        }
        Optional<String> shown = language.flatMap(text::in);
        if (shown.isPresent()) {
            return shown.get();
        }
        Optional<String> fallback = text.isTagged() ? text.languages().stream().findFirst()
                : plan.languages().stream().findFirst();
        return fallback.filter(tag -> !tag.equals(language.get()))
                .map(tag -> text.value() + String.format(Locale.ROOT, FALLBACK_MARK, tag))
                .orElseGet(text::value);
    }

    /** A level name in the language shown, else in its first: never marked. */
    private String level(Text text) {
        return language.flatMap(text::in).orElseGet(text::value);
    }

    /**
     * Returns the words of a text in the language shown (see {@link #of(Text)}) on one line, for line-based
     * output such as a terminal's: runs of whitespace, line breaks included, become one space;
     * control characters (terminal escape sequences among them) and invisible formatting
     * characters are dropped; and text with nothing left to show becomes U+FFFD.
     *
     * @param text the text, not null
     * @return the words on one line, not null and not empty
     * @throws NullPointerException if {@code text} is null
     */
    public String line(Text text) {
        return OneLine.of(of(text));
    }

    /**
     * Returns the text an element is known by, in the language this wording shows.
     *
     * @param element the element, not null
     * @return the text, or empty for an element known only by its number; not null
     */
    public Optional<String> label(PlanElement element) {
        return element.label().map(this::of);
    }

    /**
     * Returns the plan's name for a kind of element, such as {@code "Priority"}, or its own name
     * where it gives one.
     *
     * @param kind the kind, not null
     * @return the name, not null
     * @throws NullPointerException if {@code kind} is null
     * @see Plan#levelName(ElementKind)
     */
    public String levelName(ElementKind kind) {
        return level(plan.levelName(kind));
    }

    /**
     * Returns the name of an element's level: its own level name, else (for the wording of an
     * index, and an element of its plan) its theme's name for its kind, else the plan's, else the
     * default.
     *
     * @param element the element, not null
     * @return the name, such as {@code "Priority"} or {@code "Corporate outcome"}; not null
     * @throws NullPointerException if {@code element} is null
     */
    public String levelName(PlanElement element) {
        Objects.requireNonNull(element, "element");
        if (indexed(element)) {
            return level(index.levelName(element.id()));
        }
        return element.levelName().map(this::level).orElseGet(() -> levelName(element.kind()));
    }

    /** Tells whether the element is one of the indexed plan's (and not another with its id). */
    private boolean indexed(PlanElement element) {
        return element.kind() != ElementKind.PLAN && index.find(element.id())
                .filter(found -> found == element || found.equals(element)).isPresent();
    }

    /**
     * Tells whether an element's level is named in the plan's own words: whether its
     * {@linkplain #levelName(PlanElement) level name} differs from the kind's default English name
     * ({@code "Corporate outcome"} rather than {@code "Outcome"}).
     *
     * @param element the element, not null
     * @return true if the plan names the element's level its own way
     * @throws NullPointerException if {@code element} is null
     */
    public boolean hasOwnLevelName(PlanElement element) {
        return !levelName(element).equals(level(LevelNames.defaultName(element.kind())));
    }

    /**
     * Names an element by its level and number, such as {@code "Priority 1.2"}, with the path of
     * its nearest ancestors where the number alone is ambiguous in the plan, such as
     * {@code "Strategic objective 2 › Priority A"}, or by its level alone when it has no number,
     * such as {@code "Outcome"}; on one line, as {@link #line(Text)} puts a text. An element that
     * is not of this wording's plan is named by its level and number alone.
     *
     * @param element the element, not null
     * @return the name, on one line; not null
     * @throws NullPointerException if {@code element} is null
     */
    public String name(PlanElement element) {
        if (indexed(element)) {
            return OneLine.of(labels().name(element.id()));
        }
        String level = OneLine.of(levelName(element));
        return element.number().map(number -> level + " " + number).orElse(level);
    }

    /**
     * Names an element for a message, which shows nothing else of it: as {@link #name} does, but
     * an element without a number by its level and quoted id, such as {@code "Measure 'kpi-7'"}.
     *
     * @param element the element, not null
     * @return the reference, on one line; not null
     * @throws NullPointerException if {@code element} is null
     */
    public String reference(PlanElement element) {
        if (indexed(element)) {
            return OneLine.of(labels().reference(element.id()));
        }
        return element.number().isPresent() ? name(element)
                : OneLine.of(levelName(element)) + " '" + element.id() + "'";
    }

    /**
     * Names an element by its level and number and the text it is known by, each on one line as
     * {@link #line(Text)} puts it, such as {@code "Priority 1.2: Modernise and digitise services"};
     * an element known only by its number (a theme without a name) by its level and number alone,
     * such as {@code "Theme 2"}, with nothing after.
     *
     * @param element the element, not null
     * @return the title, on one line; not null
     * @throws NullPointerException if {@code element} is null
     */
    public String title(PlanElement element) {
        return name(element) + element.label().map(label -> ": " + line(label)).orElse("");
    }
}
