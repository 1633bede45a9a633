package io.github.councilplan.cli;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.Severity;
import io.github.councilplan.sheets.PlanSheets;
import io.github.councilplan.sheets.SheetImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan import FILE --to json|yaml [--output OUT]}: reads a plan from a workbook
 * ({@code .xlsx}) or a folder of CSV files, validates it as any other document and writes it as
 * JSON or YAML, to standard output or, with {@code --output}, to the file {@code OUT}. Each problem
 * is reported on the error stream at its cell, {@code FILE: Deliverables!C12: error CODE: message},
 * then a summary line as {@code plan validate} writes it; an invalid workbook writes no document
 * and exits with {@link ExitCodes#INVALID}.
 */
@Command(name = ImportCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads a workbook or CSV files into a JSON or YAML plan document.",
            "The plan is validated as any document, each problem located at its cell."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written",
            "1:the workbook does not hold a valid plan",
            "2:usage error, or a file cannot be read or written"})
final class ImportCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "import";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workbook (.xlsx) or the folder of CSV files.")
    String file;

    @Option(names = "--to", required = true, paramLabel = "json|yaml", converter = ImportFormat.Converter.class,
            description = "The document to write.")
    ImportFormat to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    String output;

    @Override
    public Integer call() {
        SheetImport read;
        try {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + file + ": cannot read: no such file");
            }
            read = PlanSheets.create().read(path);
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + file + ": cannot read: invalid path: "
                    + e.getReason());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + file + ": cannot read: "
                    + ReadFailures.reason(e));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String line : read.lines()) {
            err.println(file + ": " + line);
        }
        long errors = read.count(Severity.ERROR);
        long warnings = read.count(Severity.WARNING);
        err.println(file + ": " + summary(read.isValid(), errors, warnings));
        err.flush();
        if (read.plan().isEmpty()) {
            return ExitCodes.INVALID;
        }
        Plan plan = read.plan().get();
        String text = to.write(plan);
        if (output == null) {
            TerminalWriter.of(spec.commandLine().getOut()).printLines(text);
        } else {
            OutputFile.write(output, text);
        }
        return ExitCodes.VALID;
    }

    private static String summary(boolean valid, long errors, long warnings) {
        String warned = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
        if (valid) {
            return warned.isEmpty() ? "valid" : "valid, " + warned;
        }
        String failed = errors + (errors == 1 ? " error" : " errors");
        return warned.isEmpty() ? failed : failed + ", " + warned;
    }
}
