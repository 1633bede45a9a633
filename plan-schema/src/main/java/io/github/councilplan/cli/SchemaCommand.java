package io.github.councilplan.cli;

import io.github.councilplan.schema.jsonschema.PlanSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan schema [--output OUT]}: writes the JSON Schema (draft 2020-12) of plan documents,
 * the one the validator uses ({@link PlanSchema#RESOURCE}), exactly as bundled, to standard
 * output or, with {@code --output}, to the file {@code OUT} (replacing it), so that other
 * validators (ajv, Python's {@code jsonschema}) can check plan documents against it. The file
 * gets the bundled bytes; standard output gets the same text, written in its encoding, which
 * gives the same bytes in any encoding that extends ASCII, as the schema is ASCII. A file that
 * cannot be written is reported as {@code plan: OUT: cannot write: REASON} and exits with
 * {@link ExitCodes#CANNOT_CHECK}.
 */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes the JSON Schema (draft 2020-12) of plan documents.",
            "It is the schema plan validate uses, exactly, for other validators such as ajv or"
                    + " Python's jsonschema."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the schema was written",
            "2:usage error, or the file cannot be written"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "OUT", description = "Write to this file instead of standard output.")
    String output;

    @Override
    public Integer call() {
        // well-formed UTF-8 without a byte order mark, so decoding and encoding give its bytes back
        String schema = PlanSchema.text();
        if (output == null) {
            // the schema's own text, its line breaks kept (it holds no other control character)
            TerminalWriter.of(spec.commandLine().getOut()).printLines(schema);
            return ExitCodes.VALID;
        }
        OutputFile.write(output, schema);
        return ExitCodes.VALID;
    }
}
