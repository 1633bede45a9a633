package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PlanStructure} against the model: every kind of element has a shape, children follow the
 * shapes, and each shape's properties are the model type's JSON properties, in their order, with
 * the types and the required flags the accessors have.
 */
class PlanStructureTest {
    /**
     * Lists the format requires, which the model holds as lists and refuses empty when built
     * ({@link StatementAndPurposeTest}).
     */
    private static final Set<String> REQUIRED_LISTS = Set.of("statement.body", "purpose.statements");

    static Stream<ObjectShape> shapes() {
        return PlanStructure.shapes().stream();
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void everyKindOfElementHasAShapeOfAnElementTypeOfThatKind(ElementKind kind) {
        ObjectShape shape = PlanStructure.of(kind);

        assertThat(shape.kind()).contains(kind);
        assertThat(PlanElement.class).isAssignableFrom(shape.type());
        assertThat(PlanStructure.ofType(shape.type())).containsSame(shape);
        assertThat(PlanStructure.named(shape.name())).containsSame(shape);
    }

    @Test
    void thePlanIsTheFirstShapeAndTheDocumentsRoot() {
        assertThat(PlanStructure.shapes().get(0)).isSameAs(PlanStructure.plan());
        assertThat(PlanStructure.plan().type()).isEqualTo(Plan.class);
    }

    @Test
    void theGeneratedImplementationOfAModelTypeHasTheTypesShape() {
        assertThat(PlanStructure.ofType(Fixtures.theme("t", "1").getClass())).containsSame(PlanStructure.of(ElementKind.THEME));
        assertThat(PlanStructure.ofType(String.class)).isEmpty();
    }

    @net.jqwik.api.Property(tries = 100)
    void childrenAreTheElementsOfTheShapesElementPropertiesInOrder(@ForAll("plans") Plan plan) {
        for (PlanElement element : plan.elements()) {
            List<PlanElement> expected = new ArrayList<>();
            PlanStructure.of(element.kind()).elementProperties().forEach(p -> expected.addAll(p.elementsOf(element)));

            assertThat(element.children()).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theModelTypesJsonPropertyOrderIsTheShapesProperties(ObjectShape shape) {
        JsonPropertyOrder order = shape.type().getAnnotation(JsonPropertyOrder.class);

        assertThat(order).as("%s has @JsonPropertyOrder", shape.type().getSimpleName()).isNotNull();
        assertThat(order.value()).containsExactlyElementsOf(shape.properties().stream().map(Property::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyAttributeOfTheModelTypeIsAPropertyOfTheShape(ObjectShape shape) {
        Set<String> attributes = new TreeSet<>();
        for (Method method : shape.type().getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
                attributes.add(method.getName());
            }
        }

        assertThat(shape.properties().stream().map(Property::name)).containsAll(attributes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aPropertyIsRequiredExactlyWhenItsAccessorMustHaveAValue(ObjectShape shape) {
        for (Property property : shape.properties()) {
            Method accessor = accessor(shape, property);
            Class<?> type = accessor.getReturnType();
            boolean mustHaveAValue = Modifier.isAbstract(accessor.getModifiers()) && type != Optional.class
                    && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                    && type != Extensions.class;
            boolean requiredList = REQUIRED_LISTS.contains(shape + "." + property.name());

            assertThat(property.isRequired()).as("%s.%s", shape, property.name())
                    .isEqualTo(mustHaveAValue || requiredList);
            if (requiredList) {
                assertThat(Collection.class).isAssignableFrom(type);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eachPropertysValueTypeIsTheAccessorsJavaType(ObjectShape shape) {
        for (Property property : shape.properties()) {
            Type actual = unwrapOptional(accessor(shape, property).getGenericReturnType(), property);

            assertThat(actual.getTypeName()).as("%s.%s: %s", shape, property.name(), property.type())
                    .isEqualTo(expectedType(property).getTypeName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theWordingOfAnElementIsTheTextItIsKnownBy(ObjectShape shape) {
        if (shape.kind().isPresent() && shape.kind().get() != ElementKind.PLAN) {
            assertThat(shape.wording()).as("%s", shape).isPresent();
            assertThat(shape.wording().get().type()).isEqualTo(ValueType.TEXT);
        }
        if (shape.kind().isEmpty()) {
            assertThat(shape.wording()).as("%s", shape).isEmpty();
        }
    }

    @Test
    void aShapesPropertiesAreFoundByName() {
        ObjectShape theme = PlanStructure.of(ElementKind.THEME);

        assertThat(theme.property("priorities")).map(Property::type).contains(ValueType.ELEMENTS);
        assertThat(theme.property("nonsense")).isEmpty();
        assertThat(PlanStructure.named("nonsense")).isEmpty();
    }

    private static Method accessor(ObjectShape shape, Property property) {
        try {
            return shape.type().getMethod(property.name());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(shape + "." + property.name() + " has no accessor", e);
        }
    }

    /** An optional property's type without its Optional: the type of the value it holds when present. */
    private static Type unwrapOptional(Type type, Property property) {
        if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class
                && property.type() != ValueType.ELEMENT) {
            return ((ParameterizedType) type).getActualTypeArguments()[0];
        }
        return type;
    }

    /** The Java type the model holds a value of the property's type in. */
    private static Type expectedType(Property property) {
        switch (property.type()) {
            case SCHEMA_VERSION:
            case STRING:
                return String.class;
            case ID:
            case REFERENCE:
                return ElementId.class;
            case DISPLAY_NUMBER:
                return DisplayNumber.class;
            case TEXT:
                return Text.class;
            case TEXT_LIST:
                return listOf(Text.class);
            case BOOLEAN:
                return boolean.class;
            case DECIMAL:
                return BigDecimal.class;
            case DATE:
                return LocalDate.class;
            case PLAN_DATE:
                return PlanDate.class;
            case PERIOD:
                return ReportingPeriod.class;
            case URI:
                return URI.class;
            case ENUM:
                return property.enumType().orElseThrow();
            case LANGUAGES:
                return listOf(String.class);
            case LEAD_INS:
                return named("java.util.Map<java.lang.String, io.github.councilplan.model.Text>");
            case EXTENSIONS:
                return Extensions.class;
            case OBJECT:
                return shapeType(property);
            case OBJECT_LIST:
            case ELEMENTS:
                return listOf(shapeType(property));
            case ELEMENT:
                return named("java.util.Optional<" + shapeType(property).getName() + ">");
            case REFERENCES:
                return listOf(ElementId.class);
            default:
                throw new AssertionError(property);
        }
    }

    private static Class<?> shapeType(Property property) {
        return PlanStructure.named(property.shape().orElseThrow()).orElseThrow().type();
    }

    private static Type listOf(Class<?> element) {
        return named("java.util.List<" + element.getName() + ">");
    }

    private static Type named(String name) {
        return new NamedType(name);
    }

    /** A type known by its name, to compare with the name of a generic type. */
    private record NamedType(String name) implements Type {
        @Override
        public String getTypeName() {
            return name;
        }
    }

    @Test
    void everyValueTypeIsUsedByTheStructure() {
        Set<ValueType> used = new TreeSet<>();
        PlanStructure.shapes().forEach(shape -> shape.properties().forEach(p -> used.add(p.type())));

        assertThat(used).containsExactlyInAnyOrder(ValueType.values());
    }

    @Test
    void everyShapeAPropertyNamesIsDescribed() {
        for (ObjectShape shape : PlanStructure.shapes()) {
            shape.properties().stream().flatMap(p -> p.shape().stream())
                    .forEach(name -> assertThat(PlanStructure.named(name)).as("%s names %s", shape, name).isPresent());
        }
        assertThat(Arrays.stream(ElementKind.values()).map(PlanStructure::of)).doesNotContainNull();
    }
}
