package io.github.councilplan.model.access;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The model's builders, accessors, setters and JSON factories, by type and property name, as
 * functional interfaces over {@code ModelCode}: plain calls generated from
 * {@code PlanStructure}, numbered, so that asking for one costs a lookup and calling it costs a
 * switch on the shape, one on the property and the call itself. Nothing here is found by reflection or made at run time (the
 * functions are small classes of their own rather than lambdas, whose classes are spun as they are
 * first linked).
 *
 * <p>Stateless and thread-safe; the functions it returns are immutable and thread-safe as the
 * model's builders are not: a builder is used by one thread at a time.
 */
public final class ModelAccess {
    private ModelAccess() {}

    /**
     * Returns the accessor of a property of a shape's model type.
     *
     * @param type the shape's model type, such as {@code Theme.class}; not null
     * @param property the property's name, not null
     * @return the accessor, not null
     * @throws IllegalStateException if the generated code has no such property: the structure
     *     names a property the model lacks, or the code was not written again after a change
     * @throws NullPointerException if an argument is null
     */
    public static Function<Object, Object> accessor(Class<?> type, String property) {
        return new Accessor(property(type, property));
    }

    /**
     * Returns the setter of a property on a builder of a shape's model type: it sets the value, or
     * for a list adds its items, and for a map puts its entries.
     *
     * @param type the shape's model type, not null
     * @param property the property's name, not null
     * @return the setter, taking the builder and the value; not null
     * @throws IllegalStateException if the generated code has no such property
     * @throws NullPointerException if an argument is null
     */
    public static BiConsumer<Object, Object> setter(Class<?> type, String property) {
        return new Setter(property(type, property));
    }

    /**
     * Returns the type a property's accessor returns, without its type arguments: {@code List},
     * {@code Map} or {@code Optional} for a property that holds several values or may hold none,
     * else the value's own type (a primitive for a flag, {@code boolean}), as reflection would give
     * it ({@link java.lang.reflect.Method#getReturnType()}), without reflection.
     *
     * @param type the shape's model type, not null
     * @param property the property's name, not null
     * @return the type, not null
     * @throws IllegalStateException if the generated code has no such property
     * @throws NullPointerException if an argument is null
     */
    public static Class<?> returnedType(Class<?> type, String property) {
        return ModelCode.returned(property(type, property));
    }

    /**
     * Returns the type one value of a property has: what its accessor returns, or, for a list or
     * an {@code Optional}, the type of its items, and for a map the type of its values (without
     * type arguments), without reflection.
     *
     * @param type the shape's model type, not null
     * @param property the property's name, not null
     * @return the type, not null
     * @throws IllegalStateException if the generated code has no such property
     * @throws NullPointerException if an argument is null
     */
    public static Class<?> heldType(Class<?> type, String property) {
        return ModelCode.held(property(type, property));
    }

    /**
     * Returns the maker of new builders of a shape's model type.
     *
     * @param type the shape's model type, not null
     * @return a supplier of new builders, not null
     * @throws IllegalStateException if the generated code has no such shape
     * @throws NullPointerException if {@code type} is null
     */
    public static Supplier<Object> newBuilder(Class<?> type) {
        return new NewBuilder(shape(type));
    }

    /**
     * Returns the {@code build()} of builders of a shape's model type.
     *
     * @param type the shape's model type, not null
     * @return a function from a builder to what it builds, not null
     * @throws IllegalStateException if the generated code has no such shape
     * @throws NullPointerException if {@code type} is null
     */
    public static Function<Object, Object> build(Class<?> type) {
        return new Build(shape(type));
    }

    /**
     * Returns the static one-argument {@code @JsonCreator} factory of a type that a shape's
     * property holds.
     *
     * @param type the type made, such as {@code ElementId.class}; not null
     * @param argument the type of the factory's argument, such as {@code String.class}; not null
     * @return the factory, not null
     * @throws IllegalStateException if the generated code has no such factory
     * @throws NullPointerException if an argument is null
     */
    public static Function<Object, Object> factory(Class<?> type, Class<?> argument) {
        int number = ModelCode.factory(Objects.requireNonNull(type, "type"), Objects.requireNonNull(argument,
                "argument"));
        if (number < 0) {
            throw missing(type.getSimpleName() + " has no JSON factory taking a " + argument.getSimpleName());
        }
        return new Factory(number);
    }

    private static int property(Class<?> type, String property) {
        int number = ModelCode.property(Objects.requireNonNull(type, "type"), Objects.requireNonNull(property,
                "property"));
        if (number < 0) {
            throw missing(type.getSimpleName() + " has no accessor for its property '" + property + "'");
        }
        return number;
    }

    private static int shape(Class<?> type) {
        int number = ModelCode.shape(Objects.requireNonNull(type, "type"));
        if (number < 0) {
            throw missing(type.getSimpleName() + " is not a shape's model type");
        }
        return number;
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException(what + " in the generated ModelCode; if the structure or the model"
                + " changed, write it again (ModelCodeTest says how)");
    }

    private static final class Accessor implements Function<Object, Object> {
        private final int property;

        Accessor(int property) {
            this.property = property;
        }

        @Override
        public Object apply(Object owner) {
            return ModelCode.get(property, owner);
        }
    }

    private static final class Setter implements BiConsumer<Object, Object> {
        private final int property;

        Setter(int property) {
            this.property = property;
        }

        @Override
        public void accept(Object builder, Object value) {
            ModelCode.set(property, builder, value);
        }
    }

    private static final class NewBuilder implements Supplier<Object> {
        private final int shape;

        NewBuilder(int shape) {
            this.shape = shape;
        }

        @Override
        public Object get() {
            return ModelCode.newBuilder(shape);
        }
    }

    private static final class Build implements Function<Object, Object> {
        private final int shape;

        Build(int shape) {
            this.shape = shape;
        }

        @Override
        public Object apply(Object builder) {
            return ModelCode.build(shape, builder);
        }
    }

    private static final class Factory implements Function<Object, Object> {
        private final int factory;

        Factory(int factory) {
            this.factory = factory;
        }

        @Override
        public Object apply(Object argument) {
            return ModelCode.create(factory, argument);
        }
    }
}
