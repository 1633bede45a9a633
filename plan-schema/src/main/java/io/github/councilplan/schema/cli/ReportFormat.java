package io.github.councilplan.schema.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code plan validate}, named in lower case on the command line. */
enum ReportFormat {
    /** One line per problem, compiler style, then a summary per file. */
    TEXT {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new TextReportWriter(out);
        }
    },
    /** One JSON document describing every file. */
    JSON {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new JsonReportWriter(out);
        }
    };

    /** Returns a writer of this format to {@code out}. */
    abstract ReportWriter writer(PrintWriter out);

    /** Returns the name used on the command line. */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --format}'s value: {@code text} or {@code json}. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.optionValue().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected "
                            + Arrays.stream(values()).map(ReportFormat::optionValue).collect(Collectors.joining(" or "))
                            + " but was '" + value + "'"));
        }
    }
}
