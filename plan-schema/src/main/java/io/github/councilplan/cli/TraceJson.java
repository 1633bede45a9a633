package io.github.councilplan.cli;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.Traced;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Trace} as one JSON document on one line, with these fields in this order, each
 * element as {@link ElementJson} gives it:
 *
 * <ul>
 *   <li>{@code element}: the element;
 *   <li>{@code path}: the element, its parent, and so on, ending with the plan;
 *   <li>{@code theme}: the theme it sits in, or {@code null};
 *   <li>{@code children}: the elements it contains directly;
 *   <li>{@code linksOut}: {@code {"kind":"contributesTo","to":ELEMENT,"note":TEXT|null}} per link
 *       that starts at it;
 *   <li>{@code linksIn}: {@code {"kind":…,"from":ELEMENT,"note":…}} per link that ends at it;
 *   <li>{@code serves}, only for a piece of work: {@code {"outcome":ELEMENT,"basis":"link"|"containment",
 *       "route":[{"from":ID,"kind":KIND,"to":ID}]}} per outcome it serves, with {@code "plan":ID} for
 *       an outcome of a related plan;
 *   <li>{@code servedBy}, only for an outcome: {@code {"work":ELEMENT,"basis":…,"route":…}} per
 *       piece of leaf work that serves it, with {@code "plan":ID} for work of a related plan.
 * </ul>
 */
final class TraceJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceJson() {}

    /** Writes the trace. */
    static void write(Trace trace, PrintWriter out) {
        Wording wording = Wording.of(trace.index());
        ObjectNode json = NODES.objectNode();
        json.set("element", ElementJson.of(wording, trace.element()));
        json.set("path", elements(wording, trace.path()));
        json.set("theme", trace.theme().<JsonNode>map(t -> ElementJson.of(wording, t))
                .orElse(NODES.nullNode()));
        json.set("children", elements(wording, trace.children()));
        json.set("linksOut", links(trace, wording, trace.linksOut(), "to", Link::to));
        json.set("linksIn", links(trace, wording, trace.linksIn(), "from", Link::from));
        trace.serves().ifPresent(serves -> json.set("serves", answers(trace, "outcome", serves)));
        trace.servedBy().ifPresent(servedBy -> json.set("servedBy", answers(trace, "work", servedBy)));
        out.println(JsonMapper.shared().writeValueAsString(json));
        out.flush();
    }

    private static ArrayNode elements(Wording wording, List<? extends PlanElement> elements) {
        ArrayNode array = NODES.arrayNode();
        elements.forEach(element -> array.add(ElementJson.of(wording, element)));
        return array;
    }

    /** Returns links as {@code {"kind":…,END:ELEMENT,"note":…}}, naming the element at their other end. */
    private static ArrayNode links(Trace trace, Wording wording, List<Link> links, String end,
            Function<Link, ElementId> other) {
        ArrayNode array = NODES.arrayNode();
        for (Link link : links) {
            ObjectNode entry = array.addObject();
            entry.put("kind", LinkKinds.name(link.kind()));
            boolean out = end.equals("to");
            PlanElement element = out ? trace.target(link) : trace.index().get(other.apply(link));
            entry.set(end, ElementJson.of(out && link.toPlan().isPresent()
                    ? Wording.of(trace.index().related(link.toPlan().get()).orElseThrow()) : wording, element));
            if (out && link.toPlan().isPresent()) {
                entry.put("plan", link.toPlan().get().toString());
            }
            if (link.note().isPresent()) {
                entry.put("note", wording.of(link.note().get()));
            } else {
                entry.putNull("note");
            }
        }
        return array;
    }

    private static ArrayNode answers(Trace trace, String name, List<? extends Traced<?>> answers) {
        ArrayNode array = NODES.arrayNode();
        for (Traced<?> answer : answers) {
            ObjectNode entry = array.addObject();
            entry.set(name, ElementJson.of(Wording.of(trace.holder(answer)), answer.element()));
            answer.otherPlan().ifPresent(plan -> entry.put("plan", plan.toString()));
            entry.put("basis", answer.basis().name().toLowerCase(Locale.ROOT));
            ArrayNode route = entry.putArray("route");
            for (Link link : answer.route()) {
                ObjectNode step = route.addObject();
                step.put("from", link.from().toString());
                step.put("kind", LinkKinds.name(link.kind()));
                step.put("to", link.to().toString());
            }
        }
        return array;
    }
}
