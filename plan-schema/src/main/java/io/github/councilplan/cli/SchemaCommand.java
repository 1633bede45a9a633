package io.github.councilplan.cli;

import io.github.councilplan.schema.ExtensionSchema;
import io.github.councilplan.schema.jsonschema.PlanSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan schema [--output OUT] [--extension NAME@VERSION [--extension-schema
 * NAME@VERSION=FILE]...]}: writes the JSON Schema (draft 2020-12) of plan documents,
 * the one the validator uses ({@link PlanSchema#RESOURCE}), exactly as bundled, to standard
 * output or, with {@code --output}, to the file {@code OUT} (replacing it), so that other
 * validators (ajv, Python's {@code jsonschema}) can check plan documents against it. The file
 * gets the bundled bytes; standard output gets the same text, written in its encoding, which
 * gives the same bytes in any encoding that extends ASCII, as the schema is ASCII. A file that
 * cannot be written is reported as {@code plan: OUT: cannot write: REASON} and exits with
 * {@link ExitCodes#CANNOT_CHECK}. With {@code --extension}, it writes instead the text of the
 * schema of that version of an extension: the one an {@code --extension-schema} option gives,
 * else the class path's ({@link ExtensionSchema#resourceName}); none is
 * {@link ExitCodes#CANNOT_CHECK}.
 */
@Command(name = SchemaCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes the JSON Schema (draft 2020-12) of plan documents.",
            "It is the schema plan validate uses, exactly, for other validators such as ajv or"
                    + " Python's jsonschema.",
            "With --extension, writes the schema of a version of an extension plans may declare."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the schema was written",
            "2:usage error, the file cannot be written, or no schema of the extension is found"})
final class SchemaCommand implements Callable<Integer> {
    /** The subcommand's name. */
    static final String NAME = "schema";

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "OUT", description = "Write to this file instead of standard output.")
    String output;

    @Option(names = "--extension", paramLabel = "NAME@VERSION",
            description = "Write the JSON Schema of this version of an extension plans may declare: from"
                    + " --extension-schema if given, else from META-INF/councilplan/extensions on the class path.")
    String extension;

    @Option(names = "--extension-schema", paramLabel = ExtensionSchemaArguments.LABEL,
            description = ExtensionSchemaArguments.DESCRIPTION)
    List<String> extensionSchemas = new ArrayList<>();

    @Override
    public Integer call() {
        // well-formed UTF-8 without a byte order mark, so decoding and encoding give its bytes back
        String schema = extension == null ? PlanSchema.text() : extensionSchema();
        if (output == null) {
            // the schema's own text, its line breaks kept (it holds no other control character)
            TerminalWriter.of(spec.commandLine().getOut()).printLines(schema);
            return ExitCodes.VALID;
        }
        OutputFile.write(output, schema);
        return ExitCodes.VALID;
    }

    /** The text of the schema of the extension {@code --extension} names. */
    private String extensionSchema() {
        int at = extension.indexOf('@');
        if (at <= 0 || at == extension.length() - 1) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: --extension " + extension
                    + ": expected NAME@VERSION, such as ward-funding@1.0");
        }
        String name = extension.substring(0, at);
        String version = extension.substring(at + 1);
        return ExtensionSchemaArguments.find(extensionSchemas, name, version).map(ExtensionSchema::text)
                .orElseThrow(() -> new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: --extension " + extension
                        + ": no JSON Schema for it was given with --extension-schema, and the class path has no "
                        + ExtensionSchema.resourceName(name, version)));
    }
}
