package io.github.councilplan.model.structure;

import io.github.councilplan.model.invoke.HandleFunctions;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * The model's accessors of the properties {@link PlanStructure} describes, found once by name: every
 * property of a shape is read by the public method of its model type that has the property's name
 * (the model's types name their accessors as documents name their properties), made into a
 * {@link Function} over its method handle ({@link HandleFunctions}).
 */
final class Accessors {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Accessors() {}

    /**
     * Returns the accessor of a property of a model type.
     *
     * @throws IllegalStateException if the type has no public accessor of that name, so that a
     *     description that names a property the model lacks fails when the class is loaded
     */
    static Function<Object, Object> of(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            if (Modifier.isStatic(method.getModifiers())) {
                throw new NoSuchMethodException(name + " is static");
            }
            return HandleFunctions.function(LOOKUP.unreflect(method));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no accessor for its property '" + name + "'",
                    e);
        }
    }
}
