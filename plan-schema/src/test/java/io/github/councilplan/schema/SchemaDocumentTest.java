package io.github.councilplan.schema;

import io.github.councilplan.schema.jsonschema.PlanSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schema as a document: a valid draft 2020-12 schema with a versioned id, annotated for
 * editors, strict about unknown properties, and free of what strict validators (ajv's Ajv2020 in
 * strict mode, Python's jsonschema) reject: unknown keywords, a {@code required} property not
 * defined beside it, a type-specific keyword without its type.
 */
class SchemaDocumentTest {
    /** Every keyword of the draft 2020-12 vocabularies. */
    private static final Set<String> DRAFT_2020_12_KEYWORDS = Set.of(
            // core
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            // applicator
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
            "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            // unevaluated
            "unevaluatedItems", "unevaluatedProperties",
            // validation
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            // meta-data, format, content
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "format", "contentEncoding", "contentMediaType", "contentSchema");

    /** Keywords whose value is an object of subschemas by name. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    /** Keywords whose value is an array of subschemas. */
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value is one subschema. */
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "contains", "additionalProperties",
            "propertyNames", "if", "then", "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    /** Keywords whose subschemas apply to the same instance, and so know its type from the parent. */
    private static final Set<String> IN_PLACE = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else",
            "dependentSchemas");

    /** The keywords that apply to one JSON type only, by type (as ajv's strictTypes sees them). */
    private static final Map<String, Set<String>> TYPE_SPECIFIC = Map.of(
            "string", Set.of("maxLength", "minLength", "pattern", "contentEncoding", "contentMediaType"),
            "number", Set.of("multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"),
            "array", Set.of("prefixItems", "items", "contains", "maxItems", "minItems", "uniqueItems", "maxContains",
                    "minContains", "unevaluatedItems"),
            "object", Set.of("properties", "patternProperties", "additionalProperties", "propertyNames", "required",
                    "dependentRequired", "dependentSchemas", "maxProperties", "minProperties",
                    "unevaluatedProperties"));

    /** One schema object of the document, at a JSON pointer, with the types its parents declare. */
    private record Subschema(String pointer, JsonNode node, Set<String> inheritedTypes) {
        Set<String> types() {
            Set<String> types = new HashSet<>(inheritedTypes);
            JsonNode type = node.get("type");
            if (type != null && type.isString()) {
                types.add(type.stringValue());
            } else if (type != null) {
                type.values().forEach(t -> types.add(t.stringValue()));
            }
            if (types.contains("integer")) {
                types.add("number");
            }
            return types;
        }
    }

    private static List<Subschema> subschemas() {
        List<Subschema> all = new ArrayList<>();
        collect(new Subschema("", TestSchemas.schemaDocument(), Set.of()), all);
        return all;
    }

    private static void collect(Subschema schema, List<Subschema> into) {
        if (!schema.node().isObject()) {
            return; // a boolean schema has no keywords
        }
        into.add(schema);
        for (Map.Entry<String, JsonNode> keyword : schema.node().properties()) {
            String name = keyword.getKey();
            String at = schema.pointer() + "/" + escape(name);
            Set<String> inherited = IN_PLACE.contains(name) ? schema.types() : Set.of();
            if (SCHEMA_MAPS.contains(name)) {
                keyword.getValue().forEachEntry((key, sub) -> collect(new Subschema(at + "/" + escape(key), sub, inherited), into));
            } else if (SCHEMA_ARRAYS.contains(name)) {
                for (int i = 0; i < keyword.getValue().size(); i++) {
                    collect(new Subschema(at + "/" + i, keyword.getValue().get(i), inherited), into);
                }
            } else if (SCHEMA_VALUES.contains(name)) {
                collect(new Subschema(at, keyword.getValue(), inherited), into);
            }
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static boolean hasText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isString() && !value.stringValue().isBlank();
    }

    @Test
    void declaresDraft202012AndAVersionedId() {
        JsonNode schema = TestSchemas.schemaDocument();

        assertThat(schema.path("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").stringValue()).isEqualTo(TestSchemas.SCHEMA_ID).contains("0.2");
    }

    @Test
    void isValidAgainstTheDraft202012MetaSchema() {
        Schema metaSchema = TestSchemas.REGISTRY.getSchema(SchemaLocation.of(TestSchemas.META_SCHEMA_ID));

        List<Error> errors = metaSchema.validate(TestSchemas.schemaDocument());

        assertThat(errors).as("meta-schema errors:%s", TestSchemas.describe(errors)).isEmpty();
    }

    @Test
    void loadsUnderADialectThatRejectsUnknownKeywords() {
        SchemaRegistry strict = strictRegistry();

        assertThatCode(() -> strict.getSchema(SchemaLocation.of(TestSchemas.SCHEMA_ID)).initializeValidators())
                .doesNotThrowAnyException();
    }

    @Test
    void theStrictDialectDoesRejectAnUnknownKeyword() {
        SchemaRegistry strict = strictRegistry();
        JsonNode withUnknownKeyword = TestSchemas.JSON.readTree(
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"string\", \"nullable\": true}");

        assertThatThrownBy(() -> strict.getSchema(withUnknownKeyword).initializeValidators())
                .isInstanceOf(InvalidSchemaException.class);
    }

    private static SchemaRegistry strictRegistry() {
        Dialect strict = Dialect.builder(Dialects.getDraft202012())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                .build();
        return SchemaRegistry.withDefaultDialect(strict,
                builder -> builder.schemas(java.util.Map.of(PlanSchema.id(), PlanSchema.text())));
    }

    @Test
    void usesOnlyDraft202012Keywords() {
        Set<String> unknown = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            schema.node().propertyNames().stream()
                    .filter(keyword -> !DRAFT_2020_12_KEYWORDS.contains(keyword))
                    .forEach(keyword -> unknown.add(schema.pointer() + "/" + keyword));
        }

        assertThat(unknown).isEmpty();
    }

    @Test
    void everyPropertyHasATitleAndADescription() {
        Set<String> missing = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            JsonNode properties = schema.node().get("properties");
            if (properties != null) {
                properties.forEachEntry((name, property) -> {
                    if (!hasText(property, "title") || !hasText(property, "description")) {
                        missing.add(schema.pointer() + "/properties/" + escape(name));
                    }
                });
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void theDocumentAndEveryDefinitionHaveATitleAndADescription() {
        JsonNode document = TestSchemas.schemaDocument();
        Set<String> missing = new TreeSet<>();
        if (!hasText(document, "title") || !hasText(document, "description")) {
            missing.add("(root)");
        }
        document.path("$defs").forEachEntry((name, definition) -> {
            if (!hasText(definition, "title") || !hasText(definition, "description")) {
                missing.add(name);
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void everyObjectRejectsUndeclaredPropertiesExceptExtensionsAndKeyedMaps() {
        Set<String> open = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            JsonNode node = schema.node();
            boolean object = "object".equals(node.path("type").stringValue(""));
            boolean closed = node.path("additionalProperties").isBoolean()
                    && !node.path("additionalProperties").booleanValue();
            boolean keyedMap = node.has("propertyNames") && node.path("additionalProperties").isObject();
            if (object && !closed && !keyedMap && !schema.pointer().equals("/$defs/extensions")) {
                open.add(schema.pointer());
            }
        }

        assertThat(open).isEmpty();
    }

    @Test
    void everyRequiredPropertyIsDefinedBesideIt() {
        Set<String> undefined = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            JsonNode properties = schema.node().path("properties");
            schema.node().path("required").values().forEach(name -> {
                if (!properties.has(name.stringValue())) {
                    undefined.add(schema.pointer() + "/required: " + name.stringValue());
                }
            });
        }

        assertThat(undefined).isEmpty();
    }

    @Test
    void everyTypeSpecificKeywordHasItsTypeDeclared() {
        Set<String> untyped = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            Set<String> types = schema.types();
            TYPE_SPECIFIC.forEach((type, keywords) -> keywords.stream()
                    .filter(keyword -> schema.node().has(keyword) && !types.contains(type))
                    .forEach(keyword -> untyped.add(schema.pointer() + "/" + keyword + " needs type " + type)));
        }

        assertThat(untyped).isEmpty();
    }

    private static Set<String> references() {
        Set<String> references = new TreeSet<>();
        for (Subschema schema : subschemas()) {
            JsonNode ref = schema.node().get("$ref");
            if (ref != null) {
                references.add(ref.stringValue());
            }
        }
        return references;
    }

    @Test
    void everyReferencePointsAtADefinitionOfTheDocument() {
        Set<String> definitions = new TreeSet<>(TestSchemas.schemaDocument().path("$defs").propertyNames());
        Set<String> dangling = new TreeSet<>();
        for (String ref : references()) {
            if (!ref.startsWith("#/$defs/") || !definitions.contains(ref.substring("#/$defs/".length()))) {
                dangling.add(ref);
            }
        }

        assertThat(dangling).isEmpty();
    }

    @Test
    void everyDefinitionIsReferenced() {
        Set<String> unused = new TreeSet<>(TestSchemas.schemaDocument().path("$defs").propertyNames());
        references().forEach(ref -> unused.remove(ref.substring(ref.lastIndexOf('/') + 1)));

        assertThat(unused).isEmpty();
    }

    @Test
    void everyExampleIsValidAgainstItsDefinition() {
        Set<String> invalid = new TreeSet<>();
        TestSchemas.schemaDocument().path("$defs").forEachEntry((name, definition) ->
                definition.path("examples").values().forEach(example -> {
                    List<Error> errors = TestSchemas.definition(name).validate(example);
                    if (!errors.isEmpty()) {
                        invalid.add(name + ": " + example + TestSchemas.describe(errors));
                    }
                }));

        assertThat(invalid).isEmpty();
    }

    /**
     * In Java's and Python's regular expressions {@code $} also matches before a final newline, and
     * a validator need not translate it as networknt does; so an anchored pattern must end at the
     * real end of the text. Checked with plain {@link Pattern#matcher}{@code .find()} on each
     * example of the definition, with and without a newline after it.
     */
    @Test
    void anchoredPatternsDoNotMatchBeforeAFinalNewline() {
        Set<String> lenient = new TreeSet<>();
        TestSchemas.schemaDocument().path("$defs").forEachEntry((name, definition) -> {
            String pattern = definition.path("pattern").stringValue("");
            if (pattern.startsWith("^")) {
                Pattern compiled = Pattern.compile(pattern);
                assertThat(definition.path("examples").size()).as("examples of %s", name).isPositive();
                definition.path("examples").values().forEach(example -> {
                    assertThat(compiled.matcher(example.stringValue()).find()).as("%s matches %s", name, example).isTrue();
                    if (compiled.matcher(example.stringValue() + "\n").find()) {
                        lenient.add(name + ": " + example + " followed by a newline");
                    }
                });
            }
        });

        assertThat(lenient).isEmpty();
    }
}
