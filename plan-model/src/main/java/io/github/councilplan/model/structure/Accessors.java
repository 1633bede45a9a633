package io.github.councilplan.model.structure;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * The model's accessors of the properties {@link PlanStructure} describes, found once by name: every
 * property of a shape is read by the public method of its model type that has the property's name
 * (the model's types name their accessors as documents name their properties), made into a
 * {@link Function} as fast as a lambda.
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
    @SuppressWarnings("unchecked")
    static Function<Object, Object> of(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            if (Modifier.isStatic(method.getModifiers())) {
                throw new NoSuchMethodException(name + " is static");
            }
            MethodHandle handle = LOOKUP.unreflect(method);
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(method.getReturnType().isPrimitive()
                            ? MethodType.methodType(method.getReturnType()).wrap().returnType()
                            : method.getReturnType(), type));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Error e) {
            // out of memory, say: not a fault of the description
            throw e;
        } catch (Throwable e) {
            // invokeExact declares Throwable: what is left is reflection's or the metafactory's refusal
            throw new IllegalStateException(type.getSimpleName() + " has no accessor for its property '" + name + "'",
                    e);
        }
    }
}
