package io.github.councilplan.cli;

import io.github.councilplan.model.PlanElement;
import io.github.councilplan.render.Wording;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An element in the command line's JSON output:
 * {@code {"id":"d-1.2.2","kind":"deliverable","level":"Deliverable","number":"1.2.2",
 * "name":"Deliverable 1.2.2","label":"Innovate …"}}: {@code kind} the model's name for the
 * element's kind, the same in every plan; {@code level} the plan's own name for its level
 * ({@link Wording#levelName(PlanElement)}, such as {@code "Corporate outcome"}); {@code name}
 * how the text output names it ({@link Wording#name(PlanElement)}, with its ancestors where its
 * number alone is ambiguous); the number {@code null} when the element has none, and the label in
 * the plan's first language, {@code null} when it has none.
 */
final class ElementJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ElementJson() {}

    /** Returns the JSON of an element. */
    static ObjectNode of(Wording wording, PlanElement element) {
        ObjectNode json = NODES.objectNode();
        json.put("id", element.id().toString());
        json.put("kind", element.kind().defaultName());
        json.put("level", wording.levelName(element));
        if (element.number().isPresent()) {
            json.put("number", element.number().get().toString());
        } else {
            json.putNull("number");
        }
        json.put("name", wording.name(element));
        if (element.label().isPresent()) {
            json.put("label", wording.of(element.label().get()));
        } else {
            json.putNull("label");
        }
        return json;
    }
}
