package io.github.councilplan.model.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link HandleFunctions} invokes the handle it is given, boxing what it returns, and throws what
 * the handle throws: unchecked as it is, checked wrapped.
 */
class HandleFunctionsTest {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    @Test
    void aSupplierReturnsWhatTheHandleMakes() throws ReflectiveOperationException {
        MethodHandle make = LOOKUP.findConstructor(ArrayList.class, MethodType.methodType(void.class));

        assertThat(HandleFunctions.supplier(make).get()).isInstanceOf(ArrayList.class).isNotSameAs(
                HandleFunctions.supplier(make).get());
    }

    @Test
    void aFunctionOfAVirtualMethodReadsItsReceiverAndBoxesAPrimitive() throws ReflectiveOperationException {
        MethodHandle length = LOOKUP.findVirtual(String.class, "length", MethodType.methodType(int.class));

        assertThat(HandleFunctions.function(length).apply("plan")).isEqualTo(4);
    }

    @Test
    void aConsumerPassesBothArgumentsAndDropsTheResult() throws ReflectiveOperationException {
        MethodHandle add = LOOKUP.findVirtual(List.class, "add", MethodType.methodType(boolean.class, Object.class));
        List<Object> list = new ArrayList<>();

        HandleFunctions.biConsumer(add).accept(list, "1.2.2");

        assertThat(list).containsExactly("1.2.2");
    }

    @Test
    void anUncheckedExceptionOfTheHandleIsThrownAsItIs() throws ReflectiveOperationException {
        MethodHandle parse = LOOKUP.findStatic(Integer.class, "parseInt", MethodType.methodType(int.class, String.class));
        Function<Object, Object> function = HandleFunctions.function(parse);

        assertThatThrownBy(() -> function.apply("one")).isExactlyInstanceOf(NumberFormatException.class);
    }

    @Test
    void aCheckedExceptionOfTheHandleIsThrownWrapped() throws ReflectiveOperationException {
        MethodHandle fail = LOOKUP.findStatic(HandleFunctionsTest.class, "fail", MethodType.methodType(Object.class,
                Object.class));
        Function<Object, Object> function = HandleFunctions.function(fail);

        assertThatThrownBy(() -> function.apply("x")).isExactlyInstanceOf(IllegalStateException.class)
                .hasCauseExactlyInstanceOf(IOException.class);
    }

    @Test
    void aHandleOfAnotherArityIsRefusedWhenAdapted() throws ReflectiveOperationException {
        MethodHandle length = LOOKUP.findVirtual(String.class, "length", MethodType.methodType(int.class));

        assertThatThrownBy(() -> HandleFunctions.supplier(length)).isInstanceOf(WrongMethodTypeException.class);
    }

    private static Object fail(Object argument) throws IOException {
        throw new IOException("refused " + argument);
    }
}
