package io.github.councilplan.model;

import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import tools.jackson.databind.JsonNode;

/**
 * Walks the JSON form of a plan by {@link PlanStructure}, visiting every object of the document
 * with its shape: for tests that check something of every property of some type (every text,
 * every date) without naming the model's accessors one by one.
 */
final class ShapeWalk {
    /** Receives each object of a document, with its shape. */
    interface Visitor {
        void visit(ObjectShape shape, JsonNode object);
    }

    /** Receives each value of a property present in an object. */
    interface PropertyVisitor {
        void visit(ObjectShape shape, JsonNode object, Property property, JsonNode value);
    }

    private ShapeWalk() {}

    /** Visits the plan's document object, then every object within it, depth first in document order. */
    static void objects(Plan plan, Visitor visitor) {
        walk(PlanStructure.plan(), PlanJson.standard().mapper().valueToTree(plan), visitor);
    }

    /** Visits every property present in every object of the plan's document. */
    static void properties(Plan plan, PropertyVisitor visitor) {
        objects(plan, (shape, object) -> {
            for (Property property : shape.properties()) {
                JsonNode value = object.get(property.name());
                if (value != null) {
                    visitor.visit(shape, object, property, value);
                }
            }
        });
    }

    private static void walk(ObjectShape shape, JsonNode object, Visitor visitor) {
        visitor.visit(shape, object);
        for (Property property : shape.properties()) {
            JsonNode value = object.get(property.name());
            if (value == null || property.shape().isEmpty()) {
                continue;
            }
            ObjectShape inner = PlanStructure.named(property.shape().get()).orElseThrow();
            if (value.isArray()) {
                value.forEach(item -> walk(inner, item, visitor));
            } else {
                walk(inner, value, visitor);
            }
        }
    }
}
