package io.github.councilplan.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option whose values are an enum's constants in lower case, with a hyphen for an
 * underscore, such as {@code --format json} or {@code --format csv-dir}: exactly that name,
 * nothing else, or a usage error that lists the values ({@code expected text or json but was 'xml'}).
 *
 * @param <E> the enum
 */
abstract class OptionValues<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    OptionValues(Class<E> type) {
        this.type = type;
    }

    /** Returns the name of a constant on the command line. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public E convert(String value) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(constant -> of(constant).equals(value))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("expected "
                        + Arrays.stream(constants).map(OptionValues::of).collect(Collectors.joining(" or "))
                        + " but was '" + value + "'"));
    }
}
