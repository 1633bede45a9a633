package io.github.councilplan.model.invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes method handles into functional interfaces: a lambda each over the handle, made generic by
 * {@link MethodHandle#asType}, rather than a class spun by {@code LambdaMetafactory} per handle,
 * which costs a command that reads one plan more start-up (tens of milliseconds for the model's
 * few hundred properties) than it saves. What the handle throws is thrown as it is, but for a
 * checked exception, which the model's methods do not declare, thrown wrapped in an
 * {@link IllegalStateException}.
 *
 * <p>Stateless; the functions it returns are thread-safe as their handles' methods are.
 */
public final class HandleFunctions {
    private HandleFunctions() {}

    /**
     * Returns a supplier that invokes a handle of no arguments.
     *
     * @param handle a handle of type {@code ()R}, not null
     * @return the supplier, not null
     * @throws java.lang.invoke.WrongMethodTypeException if the handle takes arguments
     */
    public static Supplier<Object> supplier(MethodHandle handle) {
        MethodHandle generic = handle.asType(MethodType.methodType(Object.class));
        return () -> {
            try {
                return generic.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Returns a function that invokes a handle of one argument (or a virtual method's handle, of
     * its receiver).
     *
     * @param handle a handle of type {@code (A)R}, not null
     * @return the function, not null
     * @throws java.lang.invoke.WrongMethodTypeException if the handle takes other than one argument
     */
    public static Function<Object, Object> function(MethodHandle handle) {
        MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
        return argument -> {
            try {
                return generic.invokeExact(argument);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Returns a consumer that invokes a handle of two arguments (or a virtual method's handle, of
     * its receiver and one argument), discarding what it returns.
     *
     * @param handle a handle of type {@code (A,B)R}, not null
     * @return the consumer, not null
     * @throws java.lang.invoke.WrongMethodTypeException if the handle takes other than two arguments
     */
    public static BiConsumer<Object, Object> biConsumer(MethodHandle handle) {
        MethodHandle generic = handle.asType(MethodType.methodType(void.class, Object.class, Object.class));
        return (first, second) -> {
            try {
                generic.invokeExact(first, second);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
