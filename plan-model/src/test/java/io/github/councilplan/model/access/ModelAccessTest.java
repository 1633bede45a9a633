package io.github.councilplan.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * The generated calls behind {@link ModelAccess} against the model's own methods, called by
 * reflection: every accessor reads what its method returns, and every object of a plan, rebuilt
 * through its shape's builder and setters from what its accessors read, equals the object.
 */
class ModelAccessTest {
    /** The shapes the properties have met objects of, across their tries. */
    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    @AfterContainer
    static void thePropertiesMetObjectsOfMostShapes() {
        assertThat(REACHED).as("shapes whose objects the properties met").hasSizeGreaterThan(
                PlanStructure.shapes().size() * 3 / 4);
    }

    @Property(tries = 40)
    void everyAccessorReadsWhatItsMethodReturns(@ForAll("plans") Plan plan) {
        for (Found found : objects(plan)) {
            for (io.github.councilplan.model.structure.Property property : found.shape.properties()) {
                assertThat(ModelAccess.accessor(found.shape.type(), property.name()).apply(found.object))
                        .as("%s.%s", found.shape.name(), property.name())
                        .isEqualTo(invoke(found.shape.type(), found.object, property.name()));
            }
        }
    }

    @Property(tries = 40)
    void everyObjectRebuiltThroughItsBuilderAndSettersIsEqual(@ForAll("plans") Plan plan) {
        for (Found found : objects(plan)) {
            Class<?> type = found.shape.type();
            Object builder = ModelAccess.newBuilder(type).get();
            for (io.github.councilplan.model.structure.Property property : found.shape.properties()) {
                Object value = ModelAccess.accessor(type, property.name()).apply(found.object);
                if (value instanceof Optional) {
                    value = ((Optional<?>) value).orElse(null);
                }
                if (value != null) {
                    ModelAccess.setter(type, property.name()).accept(builder, value);
                }
            }
            assertThat(ModelAccess.build(type).apply(builder)).as(found.shape.name()).isEqualTo(found.object);
        }
    }

    @Test
    void everyPropertysTypesAreWhatReflectionGives() throws NoSuchMethodException {
        for (ObjectShape shape : PlanStructure.shapes()) {
            for (io.github.councilplan.model.structure.Property property : shape.properties()) {
                java.lang.reflect.Method accessor = shape.type().getMethod(property.name());
                Class<?> returned = accessor.getReturnType();
                Class<?> held = returned;
                if (returned == List.class || returned == Optional.class || returned == Map.class) {
                    java.lang.reflect.Type[] arguments = ((java.lang.reflect.ParameterizedType) accessor
                            .getGenericReturnType()).getActualTypeArguments();
                    java.lang.reflect.Type argument = arguments[returned == Map.class ? 1 : 0];
                    held = (Class<?>) (argument instanceof java.lang.reflect.ParameterizedType
                            ? ((java.lang.reflect.ParameterizedType) argument).getRawType() : argument);
                }

                assertThat(ModelAccess.returnedType(shape.type(), property.name()))
                        .as("%s.%s returned", shape.name(), property.name()).isEqualTo(returned);
                assertThat(ModelAccess.heldType(shape.type(), property.name()))
                        .as("%s.%s held", shape.name(), property.name()).isEqualTo(held);
            }
        }
    }

    @Test
    void listSetterAddsToWhatTheBuilderHolds() {
        Object builder = ModelAccess.newBuilder(Theme.class).get();
        ModelAccess.setter(Theme.class, "id").accept(builder, ElementId.of("place"));
        ModelAccess.setter(Theme.class, "name").accept(builder, Text.of("Place"));
        ModelAccess.setter(Theme.class, "otherNames").accept(builder, List.of());
        Theme theme = (Theme) ModelAccess.build(Theme.class).apply(builder);

        assertThat(theme.id()).isEqualTo(ElementId.of("place"));
        assertThat(theme.otherNames()).isEmpty();
    }

    @Test
    void valuesWithOnlyFactoriesBeforeHaveBuilders() {
        Object range = ModelAccess.newBuilder(PeriodRange.class).get();
        ModelAccess.setter(PeriodRange.class, "start").accept(range, ReportingPeriod.parse("2024/25"));
        ModelAccess.setter(PeriodRange.class, "end").accept(range, ReportingPeriod.parse("2027/28"));
        Object tolerance = ModelAccess.newBuilder(Tolerance.class).get();
        ModelAccess.setter(Tolerance.class, "percent").accept(tolerance, new BigDecimal("5"));

        assertThat(ModelAccess.build(PeriodRange.class).apply(range))
                .isEqualTo(PeriodRange.of(ReportingPeriod.parse("2024/25"), ReportingPeriod.parse("2027/28")));
        assertThat(ModelAccess.build(Tolerance.class).apply(tolerance))
                .isEqualTo(Tolerance.percentOfTarget(new BigDecimal("5")));
    }

    @Test
    void factoryMakesTheValueAsTheJsonMappingDoes() {
        assertThat(ModelAccess.factory(ElementId.class, String.class).apply("place")).isEqualTo(ElementId.of("place"));
        assertThat(ModelAccess.factory(ReportingPeriod.class, String.class).apply("2025/26 Q3"))
                .isEqualTo(ReportingPeriod.parse("2025/26 Q3"));
        assertThat(ModelAccess.factory(Text.class, Object.class).apply(Map.of("cy", "Lle")))
                .isEqualTo(Text.of("cy", "Lle"));
    }

    @Test
    void factoryThrowsWhatTheModelRefuses() {
        Function<Object, Object> ids = ModelAccess.factory(ElementId.class, String.class);

        assertThatThrownBy(() -> ids.apply("Not An Id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPropertyIsRefusedByName() {
        assertThatThrownBy(() -> ModelAccess.accessor(Theme.class, "colour"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Theme has no accessor for its property 'colour'")
                .hasMessageContaining("ModelCodeTest");
        assertThatThrownBy(() -> ModelAccess.setter(Theme.class, "colour"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'colour'");
    }

    @Test
    void typeOfNoShapeIsRefusedByName() {
        assertThatThrownBy(() -> ModelAccess.newBuilder(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("String is not a shape's model type");
        assertThatThrownBy(() -> ModelAccess.build(ElementId.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ElementId is not a shape's model type");
    }

    @Test
    void factoryOfAnotherArgumentIsRefusedByName() {
        assertThatThrownBy(() -> ModelAccess.factory(ElementId.class, Integer.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ElementId has no JSON factory taking a Integer");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> ModelAccess.accessor(null, "id")).hasMessage("type");
        assertThatThrownBy(() -> ModelAccess.accessor(Theme.class, null)).hasMessage("property");
        assertThatThrownBy(() -> ModelAccess.factory(Text.class, null)).hasMessage("argument");
    }

    @Test
    void everyShapeHasItsBuilderAndEveryPropertyItsAccessorAndSetter() {
        for (ObjectShape shape : PlanStructure.shapes()) {
            assertThat(ModelAccess.newBuilder(shape.type())).as(shape.name()).isNotNull();
            for (io.github.councilplan.model.structure.Property property : shape.properties()) {
                assertThat(ModelAccess.accessor(shape.type(), property.name())).isNotNull();
                assertThat(ModelAccess.setter(shape.type(), property.name())).isNotNull();
            }
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    /** An object of a plan, with its shape. */
    private static final class Found {
        final ObjectShape shape;
        final Object object;

        Found(ObjectShape shape, Object object) {
            this.shape = shape;
            this.object = object;
        }
    }

    /** Every object of the plan that has a shape, found by reflection over the structure's properties. */
    private static List<Found> objects(Plan plan) {
        List<Found> found = new ArrayList<>();
        collect(PlanStructure.plan(), plan, found);
        found.forEach(f -> REACHED.add(f.shape.name()));
        return found;
    }

    private static void collect(ObjectShape shape, Object object, List<Found> found) {
        found.add(new Found(shape, object));
        for (io.github.councilplan.model.structure.Property property : shape.properties()) {
            if (property.shape().isEmpty()) {
                continue;
            }
            ObjectShape inner = PlanStructure.named(property.shape().get()).orElseThrow();
            Object value = invoke(shape.type(), object, property.name());
            Collection<?> values = value instanceof Optional ? ((Optional<?>) value).stream().toList()
                    : value instanceof Collection ? (Collection<?>) value
                    : value instanceof Map ? ((Map<?, ?>) value).values() : Set.of(value);
            for (Object each : values) {
                collect(inner, each, found);
            }
        }
    }

    private static Object invoke(Class<?> type, Object owner, String name) {
        try {
            return type.getMethod(name).invoke(owner);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AssertionError(type.getSimpleName() + "." + name, e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
