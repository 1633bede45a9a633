package io.github.councilplan.schema;

import java.util.Optional;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.message.ElementLabels;
import io.github.councilplan.model.structure.JsonNames;

import io.github.councilplan.schema.rules.DocumentElements;
import io.github.councilplan.schema.rules.ElementNode;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of the format agrees with {@link PlanStructure}, the one description of the
 * structure (which plan-model's own tests hold the model to): one definition per shape (the plan
 * is the root), with the shape's properties in its order, its required properties required, each
 * property of the schema shape its {@link ValueType} is written in, each enumeration listing the
 * values {@link PlanJson} writes, and each lead-in object naming exactly the lists that take one.
 * And the rules' walk of a document by the structure finds the model's elements, in order.
 */
class SchemaStructureAgreementTest {
    private static final JsonNode SCHEMA = TestSchemas.schemaDocument();
    private static final String DEFINITIONS = "#/$defs/";

    /** The schema object for a shape: the root for the plan, otherwise its definition. */
    private static JsonNode schemaFor(ObjectShape shape) {
        return shape.name().equals("plan") ? SCHEMA : SCHEMA.path("$defs").path(shape.name());
    }

    static Stream<ObjectShape> shapes() {
        List<ObjectShape> shapes = PlanStructure.shapes();
        assertThat(shapes).hasSizeGreaterThan(30);
        return shapes.stream();
    }

    private static String reference(JsonNode schema) {
        String ref = schema.path("$ref").asString();
        return ref.startsWith(DEFINITIONS) ? ref.substring(DEFINITIONS.length()) : "(no reference: " + schema + ")";
    }

    private static String definitionName(Class<?> type) {
        return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyShapeHasADefinitionOfObjectsThatAllowNoOtherProperty(ObjectShape shape) {
        JsonNode definition = schemaFor(shape);

        assertThat(definition.path("type").asString()).as(shape.name()).isEqualTo("object");
        assertThat(definition.path("additionalProperties").isBoolean()
                && !definition.path("additionalProperties").booleanValue()).as(shape.name()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void propertiesAreTheShapesInItsOrder(ObjectShape shape) {
        List<String> schemaProperties = new ArrayList<>(schemaFor(shape).path("properties").propertyNames());

        assertThat(schemaProperties).as(shape.name())
                .isEqualTo(shape.properties().stream().map(Property::name).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void requiredPropertiesAreTheShapesRequiredOnes(ObjectShape shape) {
        Set<String> required = new TreeSet<>();
        schemaFor(shape).path("required").values().forEach(name -> required.add(name.stringValue()));

        assertThat(required).as(shape.name()).isEqualTo(shape.properties().stream()
                .filter(Property::isRequired).map(Property::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyPropertyHasTheSchemaShapeOfItsValueType(ObjectShape shape) {
        JsonNode properties = schemaFor(shape).path("properties");
        for (Property property : shape.properties()) {
            JsonNode schema = properties.path(property.name());
            assertThat(schema.path("title").asString()).as("%s.%s title", shape, property.name()).isNotBlank();
            assertThat(schema.path("description").asString()).as("%s.%s description", shape, property.name())
                    .isNotBlank();
            assertThat(schemaShape(schema)).as("%s.%s", shape, property.name()).isEqualTo(expectedShape(property));
        }
    }

    /** The schema shape a value type is written in, in the words {@link #schemaShape} uses. */
    private static String expectedShape(Property property) {
        switch (property.type()) {
            case SCHEMA_VERSION:
                return "const \"" + Plan.SCHEMA_VERSION + "\"";
            case ID:
            case REFERENCE:
                return "elementId";
            case DISPLAY_NUMBER:
                return "displayNumber";
            case STRING:
                return "nonBlankString";
            case TEXT:
                return "text";
            case TEXT_LIST:
                return "array of text";
            case BOOLEAN:
                return "boolean";
            case DECIMAL:
                return "number";
            case DATE:
                return "date";
            case PLAN_DATE:
                return "planDate";
            case PERIOD:
                return "reportingPeriod";
            case URI:
                return "string with format uri";
            case ENUM:
                return definitionName(property.enumType().orElseThrow());
            case LANGUAGES:
                return "unique array of canonicalLanguageTag";
            case LEAD_INS:
                return "lead-ins";
            case EXTENSIONS:
                return "extensions";
            case OBJECT:
            case ELEMENT:
                return property.shape().orElseThrow();
            case OBJECT_LIST:
            case ELEMENTS:
                return "array of " + property.shape().orElseThrow();
            case REFERENCES:
                return "unique array of elementId";
            default:
                throw new AssertionError(property.type());
        }
    }

    /** The shape of a property in the schema: a referenced definition, an array, a constant or a scalar. */
    private static String schemaShape(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = reference(schema);
            return name.endsWith("LeadIns") ? "lead-ins" : name;
        }
        if (schema.has("const")) {
            return "const " + schema.path("const");
        }
        String type = schema.path("type").asString("(no type)");
        if (type.equals("array")) {
            return (schema.path("uniqueItems").asBoolean(false) ? "unique " : "") + "array of "
                    + schemaShape(schema.path("items"));
        }
        return schema.has("format") ? type + " with format " + schema.path("format").stringValue() : type;
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void leadInsNameExactlyTheListsThatTakeOne(ObjectShape shape) {
        Set<String> lists = shape.leadInLists().stream().map(Property::name).collect(Collectors.toCollection(TreeSet::new));
        if (shape.property("leadIns").isEmpty()) {
            assertThat(lists).as(shape.name()).isEmpty();
            return;
        }
        JsonNode leadIns = SCHEMA.path("$defs").path(reference(schemaFor(shape).path("properties").path("leadIns")));

        assertThat(new TreeSet<>(leadIns.path("properties").propertyNames())).as(shape.name()).isEqualTo(lists);
        assertThat(leadIns.path("additionalProperties").asBoolean(true)).as(shape.name()).isFalse();
        leadIns.path("properties").values().forEach(text -> assertThat(reference(text)).isEqualTo("text"));
    }

    @Test
    void enumsListTheValuesPlanJsonWrites() {
        Set<Class<? extends Enum<?>>> enums = new HashSet<>();
        PlanStructure.shapes().forEach(shape -> shape.properties().forEach(p -> p.enumType().ifPresent(enums::add)));
        assertThat(enums).hasSizeGreaterThan(5);
        for (Class<? extends Enum<?>> type : enums) {
            List<String> written = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                written.add(PlanJson.standard().mapper().valueToTree(constant).stringValue());
                assertThat(JsonNames.jsonName(constant)).isEqualTo(written.get(written.size() - 1));
            }
            List<String> listed = new ArrayList<>();
            SCHEMA.path("$defs").path(definitionName(type)).path("enum").values()
                    .forEach(value -> listed.add(value.stringValue()));

            assertThat(listed).as("enum %s", type.getSimpleName()).isEqualTo(written);
        }
    }

    @Test
    void everyObjectDefinitionIsAShapeOrTheLeadInsOfOne() {
        Set<String> objects = new TreeSet<>();
        SCHEMA.path("$defs").properties().forEach(definition -> {
            if (definition.getValue().has("properties")) {
                objects.add(definition.getKey());
            }
        });
        Set<String> described = new TreeSet<>();
        PlanStructure.shapes().forEach(shape -> {
            if (!shape.name().equals("plan")) {
                described.add(shape.name());
            }
            shape.property("leadIns").ifPresent(p -> described.add(reference(schemaFor(shape).path("properties")
                    .path("leadIns"))));
        });

        assertThat(objects).isEqualTo(described);
    }

    static Stream<Path> plans() {
        return Stream.of(RuleDocuments.THURROCK, RuleDocuments.BILINGUAL,
                TestSchemas.fixtureDirectory().resolve("valid-every-part.json"));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void documentElementsAreTheModelsElementsInOrderWithItsDescriptions(Path file) {
        Plan plan = PlanJson.standard().read(file);
        List<PlanElement> model = plan.elements();
        ElementLabels<ElementId> labels = ElementLabels.of(PlanIndex.of(plan), Optional.empty());
        List<ElementNode> found = DocumentElements.of(RuleDocuments.read(file)).all();

        // the validator names each element of the document as the model's labels name it
        assertThat(found).extracting(e -> e.kind() + " " + e.id().orElseThrow() + ": " + e.describe())
                .containsExactlyElementsOf(model.subList(1, model.size()).stream()
                        .map(e -> e.kind() + " " + e.id() + ": " + labels.mention(e.id()))
                        .collect(Collectors.toList()));
    }
}
