package io.github.councilplan.render;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a plan's structure and links as a Mermaid flowchart, top down: a node per element, a
 * solid arrow from each element to each it contains, and a dashed arrow labelled with the link's
 * kind (such as {@code contributesTo} or {@code reflects}) for each explicit link.
 *
 * <pre>
 * flowchart TD
 *   n0(["Our plan"])
 *   n1[\"Principle#58; Fairness"/]
 *   n2[["Theme 1#58; Place"]]
 *   n3{{"Outcome 1.1#58; cleaner streets"}}
 *   n4["Priority 1.1#58; Keep streets clean"]
 *   n5("Deliverable 1.1.1#58; Sweep more")
 *   n6{{"Outcome#58; fewer complaints"}}
 *   n0 --&gt; n1
 *   n0 --&gt; n2
 *   n2 --&gt; n3
 *   n2 --&gt; n4
 *   n4 --&gt; n5
 *   n5 --&gt; n6
 *   n5 -.-&gt;|contributesTo| n3
 *   n4 -.-&gt;|reflects| n1
 * </pre>
 *
 * <p><b>Nodes.</b> The plan is always drawn; of the other elements, those of the
 * {@linkplain #kinds() kinds} chosen. By default those are the kinds of the plan's structure and
 * what its links join: themes, objectives, outcomes (at every level, under the theme or work that
 * holds them), priorities, deliverables (under a priority, an objective or straight under a
 * theme), measures, partners, values and cross-cutting principles. Statements, commitments,
 * lists and their items, milestones and owners are not drawn by default: they are the plan's
 * words and details rather than its structure, and a plan has many of them (a list's items, a
 * delivery plan's milestones), which would crowd the diagram; {@link #withKinds(Set)} draws them
 * when asked, lists and items included. Nodes are named {@code n0}, {@code n1}, … in document
 * order (the plan is {@code n0}), so no element id can break the diagram. A node's label is the
 * element's {@linkplain Wording#title(PlanElement) title}: its level name (the plan's own, see
 * {@link Wording#levelName(PlanElement)}) and number and its text ({@code Priority 1.2: Modernise
 * …}), or its level name and number alone for an element known only by its number
 * ({@code Theme 2}); the plan's title alone for the plan; in the plan's first language, on one
 * line, its text cut at a word to at most {@link #maxTextLength()} characters with an ellipsis.
 * Every character of a label other than letters, digits, spaces and {@code . , ' - / ( ) ? !} is
 * written as Mermaid's entity code ({@code #34;} for a double quote, {@code #35;} for {@code #}),
 * so plan text can neither end a label nor inject Mermaid, Markdown or HTML. Each kind has a
 * shape: the plan a stadium, themes a subroutine, outcomes a hexagon, deliverables rounded,
 * measures a parallelogram, partners an asymmetric shape, values a trapezoid, principles an
 * inverted trapezoid, and the others a rectangle.
 *
 * <p><b>Arrows.</b> Each drawn element but the plan has one solid arrow into it, from the nearest
 * element that contains it and is drawn. Each explicit link whose two ends are drawn is a dashed
 * arrow, in the plan's order; links to elements not drawn, not in the plan, or in a related plan
 * ({@link Link#toPlan()}) are left out.
 *
 * <p>Nodes come first, then containment arrows, then links, one per line, each line ending with
 * {@code \n}. Immutable and thread-safe.
 */
public final class MermaidDiagram implements PlanRenderer {
    /** The default of {@link #maxTextLength()}. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 60;

    private static final Set<ElementKind> DEFAULT_KINDS = Collections.unmodifiableSet(EnumSet.of(
            ElementKind.THEME, ElementKind.OBJECTIVE, ElementKind.OUTCOME, ElementKind.PRIORITY,
            ElementKind.DELIVERABLE, ElementKind.MEASURE, ElementKind.PARTNER, ElementKind.VALUE,
            ElementKind.PRINCIPLE));
    private static final MermaidDiagram STANDARD = new MermaidDiagram(DEFAULT_KINDS, DEFAULT_MAX_TEXT_LENGTH);

    private final Set<ElementKind> kinds;
    private final int maxTextLength;

    private MermaidDiagram(Set<ElementKind> kinds, int maxTextLength) {
        this.kinds = kinds;
        this.maxTextLength = maxTextLength;
    }

    /**
     * Returns the diagram with the default kinds and text length.
     *
     * @return the diagram writer, not null
     */
    public static MermaidDiagram standard() {
        return STANDARD;
    }

    /**
     * Returns the kinds of element drawn besides the plan.
     *
     * @return an unmodifiable set, not null
     */
    public Set<ElementKind> kinds() {
        return kinds;
    }

    /**
     * Returns the most characters (Unicode code points) of an element's text a label shows.
     *
     * @return the length, at least 2
     */
    public int maxTextLength() {
        return maxTextLength;
    }

    /**
     * Returns a copy that draws the plan and the elements of these kinds.
     *
     * @param kinds the kinds, not null; {@link ElementKind#PLAN} in it changes nothing
     * @return the copy, not null
     * @throws NullPointerException if {@code kinds} is null or holds null
     */
    public MermaidDiagram withKinds(Set<ElementKind> kinds) {
        Set<ElementKind> copy = EnumSet.noneOf(ElementKind.class);
        kinds.forEach(kind -> copy.add(Objects.requireNonNull(kind, "kinds holds null")));
        copy.remove(ElementKind.PLAN);
        return new MermaidDiagram(Collections.unmodifiableSet(copy), maxTextLength);
    }

    /**
     * Returns a copy whose labels show at most this many characters of an element's text.
     *
     * @param maxTextLength the length, at least 2
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code maxTextLength} is less than 2
     */
    public MermaidDiagram withMaxTextLength(int maxTextLength) {
        if (maxTextLength < 2) {
            throw new IllegalArgumentException("maxTextLength: must be at least 2, was " + maxTextLength);
        }
        return new MermaidDiagram(kinds, maxTextLength);
    }

    /**
     * Writes the diagram of a plan.
     *
     * @param wording the wording of the plan, which gives its index and language; not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void write(Wording wording, Appendable out) throws IOException {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(out, "out");
        PlanIndex index = wording.index();
        List<PlanElement> drawn = index.plan().elements().stream()
                .filter(element -> element.kind() == ElementKind.PLAN || kinds.contains(element.kind()))
                .toList();
        Map<ElementId, String> nodes = new HashMap<>();
        for (PlanElement element : drawn) {
            nodes.put(element.id(), "n" + nodes.size());
        }
        out.append("flowchart TD\n");
        for (PlanElement element : drawn) {
            Optional<String> label = wording.label(element);
            String text = element.kind() == ElementKind.PLAN
                    ? MermaidLabel.of(label.orElse(""), maxTextLength)
                    : MermaidLabel.escape(wording.name(element) + (label.isPresent() ? ": " : ""))
                            + label.map(l -> MermaidLabel.of(l, maxTextLength)).orElse("");
            String[] shape = shape(element.kind());
            out.append("  ").append(nodes.get(element.id())).append(shape[0]).append('"').append(text).append('"')
                    .append(shape[1]).append('\n');
        }
        for (PlanElement element : drawn) {
            Optional<PlanElement> container = drawnContainer(index, element, nodes);
            if (container.isPresent()) {
                out.append("  ").append(nodes.get(container.get().id())).append(" --> ")
                        .append(nodes.get(element.id())).append('\n');
            }
        }
        for (Link link : index.plan().links()) {
            String from = nodes.get(link.from());
            String to = nodes.get(link.to());
            if (from != null && to != null && link.toPlan().isEmpty()) {
                out.append("  ").append(from).append(" -.->|")
                        .append(JsonMapper.shared().convertValue(link.kind(), String.class)).append("| ")
                        .append(to).append('\n');
            }
        }
    }

    private static Optional<PlanElement> drawnContainer(PlanIndex index, PlanElement element,
            Map<ElementId, String> nodes) {
        Optional<PlanElement> container = index.parent(element.id());
        while (container.isPresent() && !nodes.containsKey(container.get().id())) {
            container = index.parent(container.get().id());
        }
        return container;
    }

    /** Returns the opening and closing of a node of this kind, around its quoted label. */
    private static String[] shape(ElementKind kind) {
        switch (kind) {
            case PLAN:
                return new String[] {"([", "])"};
            case THEME:
                return new String[] {"[[", "]]"};
            case OUTCOME:
                return new String[] {"{{", "}}"};
            case DELIVERABLE:
                return new String[] {"(", ")"};
            case MEASURE:
                return new String[] {"[/", "/]"};
            case PARTNER:
                return new String[] {">", "]"};
            case VALUE:
                return new String[] {"[/", "\\]"};
            case PRINCIPLE:
                return new String[] {"[\\", "/]"};
            default:
                return new String[] {"[", "]"};
        }
    }
}
