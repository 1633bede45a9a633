package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.json.PlanJson;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The tables the rules walk a document by agree with the schema and the model: where text is
 * ({@link TextFields}); which objects are elements, in which order ({@link DocumentElements});
 * and how enums are named in documents ({@link Trees#jsonName(Enum)}).
 */
class RuleTablesTest {
    private static final JsonNode SCHEMA = TestSchemas.schemaDocument();
    private static final String DEFINITIONS = "#/$defs/";

    /** The schema's object definitions by name, the document's root as "plan". */
    private static Map<String, JsonNode> definitions() {
        Map<String, JsonNode> definitions = new TreeMap<>();
        SCHEMA.path("$defs").properties().forEach(e -> definitions.put(e.getKey(), e.getValue()));
        definitions.put(TextFields.PLAN, SCHEMA);
        return definitions;
    }

    /** The definition a property schema refers to, or for an array, its items refer to; else null. */
    private static String reference(JsonNode property) {
        String ref = property.path("$ref").asString();
        return ref.startsWith(DEFINITIONS) ? ref.substring(DEFINITIONS.length()) : null;
    }

    private static boolean isArray(JsonNode property) {
        return property.path("type").asString().equals("array");
    }

    /** Tells which definitions hold text, directly or in the objects their properties hold. */
    private static Set<String> definitionsWithText(Map<String, JsonNode> definitions) {
        Set<String> withText = new HashSet<>(Set.of("text"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, JsonNode> definition : definitions.entrySet()) {
                for (Map.Entry<String, JsonNode> property : definition.getValue().path("properties").properties()) {
                    JsonNode value = property.getValue();
                    String target = isArray(value) ? reference(value.path("items")) : reference(value);
                    if (target != null && withText.contains(target)) {
                        grew |= withText.add(definition.getKey());
                    }
                }
            }
        }
        withText.remove("text");
        return withText;
    }

    private static TextFields.Shape shapeInSchema(JsonNode definition, Set<String> withText) {
        Set<String> texts = new HashSet<>();
        Set<String> textLists = new HashSet<>();
        Map<String, String> objects = new HashMap<>();
        Map<String, String> lists = new HashMap<>();
        for (Map.Entry<String, JsonNode> property : definition.path("properties").properties()) {
            JsonNode value = property.getValue();
            String target = isArray(value) ? reference(value.path("items")) : reference(value);
            if ("text".equals(target)) {
                (isArray(value) ? textLists : texts).add(property.getKey());
            } else if (target != null && withText.contains(target)) {
                (isArray(value) ? lists : objects).put(property.getKey(), target);
            }
        }
        return new TextFields.Shape(texts, textLists, objects, lists);
    }

    @Test
    void textFieldsAreWhereTheSchemaPutsText() {
        Map<String, JsonNode> definitions = definitions();
        Set<String> withText = definitionsWithText(definitions);

        Map<String, TextFields.Shape> expected = new TreeMap<>();
        withText.forEach(name -> expected.put(name, shapeInSchema(definitions.get(name), withText)));

        assertThat(new TreeMap<>(TextFields.SHAPES)).isEqualTo(expected);
    }

    @Test
    void textFieldsKnowWhichDefinitionsAreElements() {
        Set<String> elements = definitions().entrySet().stream()
                .filter(e -> !e.getKey().equals(TextFields.PLAN))
                .filter(e -> "elementId".equals(reference(e.getValue().path("properties").path("id"))))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(TextFields.ELEMENTS)).isEqualTo(elements);
    }

    @Test
    void enumsAreNamedAsPlanJsonWritesThem() {
        Stream.<Enum<?>[]>of(LinkKind.values(), PeriodType.values()).flatMap(Arrays::stream).forEach(constant ->
                assertThat('"' + Trees.jsonName(constant) + '"')
                        .isEqualTo(PlanJson.standard().mapper().writeValueAsString(constant)));
    }

    static Stream<Path> plans() {
        return Stream.of(RuleDocuments.THURROCK, RuleDocuments.BILINGUAL,
                TestSchemas.fixtureDirectory().resolve("valid-every-part.json"));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void documentElementsAreTheModelsElementsInOrderWithItsDescriptions(Path file) {
        List<PlanElement> model = PlanJson.standard().read(file).elements();
        List<ElementNode> found = DocumentElements.of(RuleDocuments.read(file)).all();

        assertThat(found).extracting(e -> e.kind() + " " + e.id().orElseThrow() + ": " + e.describe())
                .containsExactlyElementsOf(model.subList(1, model.size()).stream()
                        .map(e -> e.kind() + " " + e.id() + ": " + e.describe())
                        .collect(Collectors.toList()));
    }
}
