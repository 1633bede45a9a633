package io.github.councilplan.render;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every text of a plan as a rendering shows it, found by walking the plan's document by
 * {@link PlanStructure}, so that a field added to the format is found without changing this
 * class: each text ({@code TEXT}, {@code TEXT_LIST}, lead-ins) in the plan's first language, and
 * each string, number, date, period, address, display number and language tag, on one line.
 *
 * <p>Left out: ids and references (a rendering names elements by their level and number), enum
 * values and booleans (shown in words), extensions (any JSON, not shown), and the level-name
 * tables of the plan and its themes, which name levels and show where an element of that level
 * is named.
 */
final class PlanTexts {
    private PlanTexts() {}

    /** One text: where it is in the document, as a JSON pointer, and its words on one line. */
    record Found(String pointer, String text) {}

    /** Returns every text of {@code plan}, on one line each as {@link OneLine} puts it, in document order. */
    static List<Found> of(Plan plan) {
        Wording wording = Wording.of(plan);
        List<Found> texts = new ArrayList<>();
        walk(PlanJson.standard().mapper().valueToTree(plan), "", PlanStructure.plan(), wording, texts);
        return texts;
    }

    private static void walk(JsonNode object, String at, ObjectShape shape, Wording wording, List<Found> into) {
        for (Property property : shape.properties()) {
            JsonNode value = object.get(property.name());
            String pointer = at + "/" + property.name();
            // the extensions a plan declares are metadata for validators, not words of the plan
            if (value == null || value.isNull() || property.name().equals("extensionsUsed")) {
                continue;
            }
            switch (property.type()) {
                case TEXT:
                    into.add(new Found(pointer, property.name().equals("levelName")
                            ? levelName(text(value, wording)) : text(value, wording)));
                    break;
                case TEXT_LIST:
                    for (int i = 0; i < value.size(); i++) {
                        into.add(new Found(pointer + "/" + i, text(value.get(i), wording)));
                    }
                    break;
                case LEAD_INS:
                    for (Map.Entry<String, JsonNode> leadIn : value.properties()) {
                        into.add(new Found(pointer + "/" + leadIn.getKey(), text(leadIn.getValue(), wording)));
                    }
                    break;
                case STRING:
                case DISPLAY_NUMBER:
                case DATE:
                case PLAN_DATE:
                case PERIOD:
                case URI:
                    into.add(new Found(pointer, OneLine.of(value.stringValue())));
                    break;
                case LANGUAGES:
                    for (int i = 0; i < value.size(); i++) {
                        into.add(new Found(pointer + "/" + i, value.get(i).stringValue()));
                    }
                    break;
                case DECIMAL:
                    into.add(new Found(pointer, value.decimalValue().toPlainString()));
                    break;
                case OBJECT:
                case ELEMENT:
                    walkShape(value, pointer, property, wording, into);
                    break;
                case OBJECT_LIST:
                case ELEMENTS:
                    for (int i = 0; i < value.size(); i++) {
                        walkShape(value.get(i), pointer + "/" + i, property, wording, into);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static void walkShape(JsonNode object, String at, Property property, Wording wording, List<Found> into) {
        String shape = property.shape().orElseThrow();
        if (!shape.equals("levelNames")) {
            walk(object, at, PlanStructure.named(shape).orElseThrow(), wording, into);
        }
    }

    /**
     * A level name as an element's name shows it: a name is cut to 60 characters, the last three
     * "..." (ElementLabels' MAX_LEVEL), so the rendering holds the part before the cut.
     */
    private static String levelName(String text) {
        if (text.length() <= 60) {
            return text;
        }
        int end = 57;
        return text.substring(0, Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end);
    }

    private static String text(JsonNode value, Wording wording) {
        return OneLine.of(wording.of(PlanJson.standard().mapper().treeToValue(value, Text.class)));
    }
}
