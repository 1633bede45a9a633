package io.github.councilplan.cli;

import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link Trace} for people, a line per fact, each element as
 * {@code Priority 1.2 (p-1.2): Modernise and digitise services …} in the plan's first language:
 *
 * <pre>
 * Deliverable 1.2.2 (d-1.2.2): Innovate our services through digital efficiencies
 * Path: Deliverable 1.2.2 &lt; Priority 1.2 &lt; Theme 1 &lt; Plan 'thurrock-corporate-plan'
 * Theme: Theme 1 (t-enabling): Enabling
 * Children: none
 * Links out: none
 * Links in: none
 * Serves:
 *   Outcome (o-1-1): robust internal oversight, …; by containment
 * </pre>
 *
 * <p>Links are listed as {@code contributesTo -> ELEMENT} (out) and {@code contributesTo <- ELEMENT}
 * (in); an answer by links ends {@code ; by links: FROM KIND TO, …} with the ids of the route.
 * An element of a related plan given with {@code --with} is followed by {@code in plan 'ID'}. Plan
 * text is put on one line, without control characters.
 */
final class TraceText {
    private TraceText() {}

    /** Writes the trace. */
    static void write(Trace trace, PrintWriter out) {
        Map<PlanIndex, Wording> wordings = new IdentityHashMap<>();
        Function<PlanIndex, Wording> wordingOf = index -> wordings.computeIfAbsent(index, Wording::of);
        Wording wording = wordingOf.apply(trace.index());
        Function<PlanElement, String> line = element -> line(wording, element);
        out.println(line(wording, trace.element()));
        out.println("Path: " + trace.path().stream().map(element -> shortName(wording, element))
                .collect(Collectors.joining(" < ")));
        out.println("Theme: " + trace.theme().map(line).orElse("none"));
        list(out, "Children", trace.children(), line);
        list(out, "Links out", trace.linksOut(), link -> LinkKinds.name(link.kind()) + " -> "
                + line(link.toPlan().isPresent() ? wordingOf.apply(trace.index().related(link.toPlan().get())
                        .orElseThrow()) : wording, trace.target(link))
                + link.toPlan().map(plan -> " in plan '" + plan + "'").orElse(""));
        list(out, "Links in", trace.linksIn(),
                link -> LinkKinds.name(link.kind()) + " <- " + line(wording, trace.index().get(link.from())));
        trace.serves().ifPresent(serves -> list(out, "Serves", serves, answer -> answer(trace, wordingOf, answer)));
        trace.servedBy().ifPresent(servedBy -> list(out, "Served by", servedBy,
                answer -> answer(trace, wordingOf, answer)));
        out.flush();
    }

    /** Returns an element as {@code Priority 1.2 (p-1.2): Modernise …}. */
    static String line(Wording wording, PlanElement element) {
        return wording.name(element) + " (" + element.id() + ")"
                + element.label().map(label -> ": " + wording.line(label)).orElse("");
    }

    private static String shortName(Wording wording, PlanElement element) {
        return wording.reference(element);
    }

    private static String answer(Trace trace, Function<PlanIndex, Wording> wordingOf,
            Traced<? extends PlanElement> answer) {
        return line(wordingOf.apply(trace.holder(answer)), answer.element())
                + answer.otherPlan().map(plan -> " in plan '" + plan + "'").orElse("") + "; "
                + (answer.basis() == Basis.LINK
                ? "by links: " + answer.route().stream().map(TraceText::link).collect(Collectors.joining(", "))
                : "by containment");
    }

    private static String link(Link link) {
        return link.from() + " " + LinkKinds.name(link.kind()) + " " + link.to();
    }

    private static <T> void list(PrintWriter out, String heading, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            out.println(heading + ": none");
            return;
        }
        out.println(heading + ":");
        items.forEach(item -> out.println("  " + line.apply(item)));
    }
}
