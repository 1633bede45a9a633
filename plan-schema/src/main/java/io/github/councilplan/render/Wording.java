package io.github.councilplan.render;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a rendering of one plan shows: each {@link Text} in the plan's first language, and
 * the plan's own names for its levels.
 *
 * <p>A plan that declares languages (English and Welsh, say) is shown in the first it declares;
 * text that is untagged, or lacks that language, is shown as {@link Text#value()} gives it. A plan
 * that declares none is shown as {@link Text#value()} gives each text.
 *
 * <p>An element is named by the name of its level: the element's own
 * {@linkplain PlanElement#levelName() level name}, else (for the wording of a {@link PlanIndex})
 * its theme's name for the kind, else the plan's, else the kind's default; see
 * {@link PlanIndex#levelName(io.github.councilplan.model.ElementId)}. The wording of a plan
 * without its index ({@link #of(Plan)}) does not know which theme holds an element, and skips the
 * theme's names.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class Wording {
    private final Plan plan;
    private final Optional<PlanIndex> index;
    private final Optional<String> language;

    private Wording(Plan plan, Optional<PlanIndex> index) {
        this.plan = plan;
        this.index = index;
        this.language = plan.languages().stream().findFirst();
    }

    /**
     * Returns the wording of a plan, which names elements by their own level names and the plan's
     * (not their theme's: for those, see {@link #of(PlanIndex)}).
     *
     * @param plan the plan, not null
     * @return its wording, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public static Wording of(Plan plan) {
        return new Wording(Objects.requireNonNull(plan, "plan"), Optional.empty());
    }

    /**
     * Returns the wording of an indexed plan, which names the plan's elements by their level
     * names as {@link PlanIndex#levelName(io.github.councilplan.model.ElementId)} resolves them:
     * the element's own, its theme's, the plan's, or the default.
     *
     * @param index the index of the plan, not null
     * @return its wording, not null
     * @throws NullPointerException if {@code index} is null
     */
    public static Wording of(PlanIndex index) {
        Objects.requireNonNull(index, "index");
        return new Wording(index.plan(), Optional.of(index));
    }

    /**
     * Returns the language the plan is shown in.
     *
     * @return the plan's first language as a canonical BCP 47 tag, or empty if the plan declares
     *     none; not null
     */
    public Optional<String> language() {
        return language;
    }

    /**
     * Returns the words of a text in the plan's first language.
     *
     * @param text the text, not null
     * @return the words, neither null nor blank
     * @throws NullPointerException if {@code text} is null
     */
    public String of(Text text) {
        Objects.requireNonNull(text, "text");
        return language.flatMap(text::in).orElseGet(text::value);
    }

    /**
     * Returns the words of a text in the plan's first language on one line, for line-based
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
        return of(plan.levelName(kind));
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
        Optional<PlanIndex> indexed = index.filter(i -> i.find(element.id())
                .filter(found -> found == element || found.equals(element)).isPresent());
        if (indexed.isPresent()) {
            return of(indexed.get().levelName(element.id()));
        }
        return element.levelName().map(this::of).orElseGet(() -> levelName(element.kind()));
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
        return !levelName(element).equals(of(LevelNames.defaultName(element.kind())));
    }

    /**
     * Names an element by its level and number, such as {@code "Priority 1.2"}, or by its level
     * alone when it has no number, such as {@code "Outcome"}; the level name on one line, as
     * {@link #line(Text)} puts a text.
     *
     * @param element the element, not null
     * @return the name, on one line; not null
     * @throws NullPointerException if {@code element} is null
     */
    public String name(PlanElement element) {
        String level = OneLine.of(levelName(element));
        return element.number().map(number -> level + " " + number).orElse(level);
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
