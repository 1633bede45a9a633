package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * The schema agrees with the model it describes: one definition per type of the model that
 * appears in a document (named as the type, in lower camel case; the plan is the root), with the
 * type's JSON properties in their order, its mandatory attributes required, each property of the
 * shape its Java type is written in, and each enum listing the values {@link PlanJson} writes.
 */
class SchemaModelAgreementTest {
    private static final String MODEL_PACKAGE = "io.github.councilplan.model";

    /** Enums of the model that never appear in a plan document. */
    private static final Set<Class<?>> NOT_IN_DOCUMENTS = Set.of(ElementKind.class, RagStatus.class);

    /** Lists the model requires to be non-empty, which the schema therefore requires. */
    private static final Set<String> NON_EMPTY_LISTS = Set.of("Statement.paragraphs", "Purpose.statements");

    /** Properties whose shape is narrower than their Java type, with the shape the schema gives them. */
    private static final Map<String, String> NARROWED = Map.of(
            "Plan.schemaVersion", "const \"0.1\"",
            "Plan.languages", "array of canonicalLanguageTag");

    private static final JsonNode SCHEMA = TestSchemas.schemaDocument();

    /** The public types of the model package (not its subpackages). */
    private static List<Class<?>> modelTypes() {
        try {
            Path location = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return modelTypesIn(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return modelTypesIn(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> modelTypesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(MODEL_PACKAGE.replace('.', '/')))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.contains("-"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .collect(Collectors.toList());
            List<Class<?>> types = new ArrayList<>();
            for (String name : names) {
                Class<?> type = Class.forName(MODEL_PACKAGE + "." + name);
                if (Modifier.isPublic(type.getModifiers())) {
                    types.add(type);
                }
            }
            return types;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's object types written as JSON objects: those that fix their property order. */
    private static List<Class<?>> objectTypes() {
        return atLeast(20, modelTypes().stream()
                .filter(type -> type.isAnnotationPresent(JsonPropertyOrder.class))
                .collect(Collectors.toList()));
    }

    /** The model's enums written in plan documents. */
    private static List<Class<?>> documentEnums() {
        return atLeast(6, modelTypes().stream()
                .filter(type -> type.isEnum() && type.isAnnotationPresent(EnumNaming.class))
                .filter(type -> !NOT_IN_DOCUMENTS.contains(type))
                .collect(Collectors.toList()));
    }

    /** Fails if the scan of the model found fewer types than it has, so no loop passes vacuously. */
    private static List<Class<?>> atLeast(int count, List<Class<?>> types) {
        if (types.size() < count) {
            throw new AssertionError("found only " + types + " in " + MODEL_PACKAGE);
        }
        return types;
    }

    private static String definitionName(Class<?> type) {
        return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    }

    /** The schema object for a type: the root for the plan, otherwise its definition. */
    private static JsonNode schemaFor(Class<?> type) {
        return type == Plan.class ? SCHEMA : SCHEMA.path("$defs").path(definitionName(type));
    }

    /**
     * The attributes of a model type, which are its JSON properties: public abstract accessors,
     * and the extensions every element has by default.
     */
    private static Map<String, Method> attributes(Class<?> type) {
        Map<String, Method> attributes = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            boolean accessor = !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                    && method.getDeclaringClass().getName().startsWith(MODEL_PACKAGE);
            if (accessor && (Modifier.isAbstract(method.getModifiers()) || method.getReturnType() == Extensions.class)) {
                attributes.put(method.getName(), method);
            }
        }
        return attributes;
    }

    private static List<String> propertyOrder(Class<?> type) {
        return Arrays.asList(type.getAnnotation(JsonPropertyOrder.class).value());
    }

    @Test
    void everyModelTypeOfADocumentHasADefinition() {
        Set<String> expected = new TreeSet<>();
        objectTypes().stream().filter(type -> type != Plan.class).forEach(type -> expected.add(definitionName(type)));
        documentEnums().forEach(type -> expected.add(definitionName(type)));

        assertThat(SCHEMA.path("$defs").propertyNames()).containsAll(expected);
    }

    @Test
    void propertiesAreTheModelsJsonPropertiesInTheirOrder() {
        for (Class<?> type : objectTypes()) {
            List<String> schemaProperties = new ArrayList<>(schemaFor(type).path("properties").propertyNames());

            assertThat(schemaProperties).as("properties of %s", type.getSimpleName()).isEqualTo(propertyOrder(type));
            assertThat(new TreeSet<>(schemaProperties)).as("attributes of %s", type.getSimpleName())
                    .isEqualTo(new TreeSet<>(attributes(type).keySet()));
        }
    }

    @Test
    void requiredPropertiesAreTheModelsMandatoryAttributes() {
        for (Class<?> type : objectTypes()) {
            Set<String> mandatory = new TreeSet<>();
            attributes(type).forEach((name, accessor) -> {
                Class<?> returned = accessor.getReturnType();
                boolean optional = returned == Optional.class || Collection.class.isAssignableFrom(returned)
                        || Map.class.isAssignableFrom(returned) || returned == Extensions.class;
                if (!optional || NON_EMPTY_LISTS.contains(type.getSimpleName() + "." + name)) {
                    mandatory.add(name);
                }
            });
            Set<String> required = new TreeSet<>();
            schemaFor(type).path("required").values().forEach(name -> required.add(name.stringValue()));

            assertThat(required).as("required properties of %s", type.getSimpleName()).isEqualTo(mandatory);
        }
    }

    @Test
    void everyPropertyHasTheShapeOfItsModelType() {
        for (Class<?> type : objectTypes()) {
            JsonNode properties = schemaFor(type).path("properties");
            attributes(type).forEach((name, accessor) -> {
                String key = type.getSimpleName() + "." + name;
                String expected = NARROWED.getOrDefault(key, shapeOf(accessor.getGenericReturnType()));

                assertThat(shapeOf(properties.path(name))).as(key).isEqualTo(expected);
            });
        }
    }

    /** How a property of a Java type is written, in the words {@link #shapeOf(JsonNode)} uses. */
    private static String shapeOf(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType generic = (ParameterizedType) type;
            Type[] arguments = generic.getActualTypeArguments();
            Class<?> raw = (Class<?>) generic.getRawType();
            if (raw == Optional.class) {
                return shapeOf(arguments[0]);
            }
            if (raw == List.class) {
                return "array of " + shapeOf(arguments[0]);
            }
            if (raw == SortedMap.class || raw == Map.class) {
                return "map of " + shapeOf(arguments[0]) + " to " + shapeOf(arguments[1]);
            }
            throw new AssertionError("no shape for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "nonBlankString";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        if (raw == URI.class) {
            return "string with format uri";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        if (raw == Text.class || raw == ElementId.class || raw == DisplayNumber.class || raw == ReportingPeriod.class
                || raw == Extensions.class || raw.getName().startsWith(MODEL_PACKAGE + ".")) {
            return definitionName(raw);
        }
        throw new AssertionError("no shape for " + type);
    }

    /** The shape of a property in the schema: a referenced definition, an array, a map or a scalar. */
    private static String shapeOf(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").stringValue();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (schema.has("const")) {
            return "const " + schema.path("const");
        }
        String type = schema.path("type").stringValue("(no type)");
        if (type.equals("array")) {
            return "array of " + shapeOf(schema.path("items"));
        }
        if (type.equals("object") && schema.has("propertyNames")) {
            return "map of " + shapeOf(schema.path("propertyNames")) + " to " + shapeOf(schema.path("additionalProperties"));
        }
        return schema.has("format") ? type + " with format " + schema.path("format").stringValue() : type;
    }

    @Test
    void enumsListTheValuesPlanJsonWrites() {
        for (Class<?> type : documentEnums()) {
            List<String> written = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                written.add(PlanJson.standard().mapper().valueToTree(constant).stringValue());
            }
            List<String> listed = new ArrayList<>();
            SCHEMA.path("$defs").path(definitionName(type)).path("enum").values()
                    .forEach(value -> listed.add(value.stringValue()));

            assertThat(listed).as("enum %s", type.getSimpleName()).isEqualTo(written);
        }
    }
}
