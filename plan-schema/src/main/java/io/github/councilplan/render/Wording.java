package io.github.councilplan.render;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
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
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class Wording {
    private final Plan plan;
    private final Optional<String> language;

    private Wording(Plan plan) {
        this.plan = plan;
        this.language = plan.languages().stream().findFirst();
    }

    /**
     * Returns the wording of a plan.
     *
     * @param plan the plan, not null
     * @return its wording, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public static Wording of(Plan plan) {
        return new Wording(Objects.requireNonNull(plan, "plan"));
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
     * Names an element by its level and number, such as {@code "Priority 1.2"}, or by its level
     * alone when it has no number, such as {@code "Outcome"}.
     *
     * @param element the element, not null
     * @return the name, not null
     * @throws NullPointerException if {@code element} is null
     */
    public String name(PlanElement element) {
        String level = levelName(element.kind());
        return element.number().map(number -> level + " " + number).orElse(level);
    }
}
