package io.github.councilplan.cli;

import io.github.councilplan.schema.ExtensionSchema;
import io.github.councilplan.schema.PlanValidator;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --extension-schema NAME@VERSION=FILE} options of a command: the JSON Schema of each
 * version of an extension a plan may declare, read from a local file. A bad option, a file that
 * cannot be read or a schema that cannot be used is reported as {@code plan: --extension-schema
 * ARG: REASON} and exits with {@link ExitCodes#CANNOT_CHECK}.
 */
final class ExtensionSchemaArguments {
    /** The option's label in help. */
    static final String LABEL = "NAME@VERSION=FILE";
    /** The option's description in help. */
    static final String DESCRIPTION = "JSON Schema (draft 2020-12) file FILE checking extension NAME, version"
            + " VERSION; replaces any class path resource META-INF/councilplan/extensions/NAME/VERSION.schema.json."
            + " Repeatable. Nothing is fetched remotely.";

    private ExtensionSchemaArguments() {}

    /** Reads the schemas the options name. */
    static List<ExtensionSchema> read(List<String> arguments) {
        List<ExtensionSchema> schemas = new ArrayList<>();
        for (String argument : arguments) {
            schemas.add(read(argument));
        }
        return schemas;
    }

    /** Returns a validator that knows the schemas the options name. */
    static PlanValidator validator(List<String> arguments) {
        PlanValidator.Builder builder = PlanValidator.builder();
        read(arguments).forEach(builder::extensionSchema);
        return builder.build();
    }

    /** Finds the schema of an extension: the one an option names, else the class path's. */
    static Optional<ExtensionSchema> find(List<String> arguments, String name, String version) {
        for (ExtensionSchema schema : read(arguments)) {
            if (schema.name().equals(name) && schema.version().equals(version)) {
                return Optional.of(schema);
            }
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return ExtensionSchema.fromClassPath(name, version,
                    context != null ? context : ExtensionSchemaArguments.class.getClassLoader());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + name + "@" + version + ": " + e.getMessage());
        }
    }

    private static ExtensionSchema read(String argument) {
        int at = argument.indexOf('@');
        int equals = argument.indexOf('=');
        if (at <= 0 || equals < at + 2 || equals == argument.length() - 1) {
            throw failure(argument, "expected NAME@VERSION=FILE, such as ward-funding@1.0=ward-funding.schema.json");
        }
        String name = argument.substring(0, at);
        String version = argument.substring(at + 1, equals);
        String file = argument.substring(equals + 1);
        Path path;
        try {
            path = FileArgument.of(file);
        } catch (InvalidPathException e) {
            throw failure(argument, "not a file name: " + e.getReason());
        }
        try {
            return ExtensionSchema.read(name, version, path);
        } catch (IOException e) {
            throw failure(argument, "cannot read: " + ReadFailures.reason(e));
        } catch (IllegalArgumentException e) {
            throw failure(argument, e.getMessage());
        }
    }

    private static CommandFailure failure(String argument, String reason) {
        return new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: --extension-schema " + argument + ": " + reason);
    }
}
