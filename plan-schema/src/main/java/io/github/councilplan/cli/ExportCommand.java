package io.github.councilplan.cli;

import io.github.councilplan.model.Plan;
import io.github.councilplan.sheets.PlanSheets;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan export --format xlsx|csv-dir [--output OUT] FILE}: validates the plan document and
 * writes it as a workbook, or as a folder of CSV files, one sheet per kind of element
 * ({@link PlanSheets}). By default {@code OUT} is {@code FILE} with its extension replaced by
 * {@code .xlsx}, or with {@code -csv} in its place for the folder. A file that cannot be written is
 * reported as {@code plan: OUT: cannot write: REASON} and exits with {@link ExitCodes#CANNOT_CHECK}.
 */
@Command(name = ExportCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a plan as a workbook (xlsx) or a folder of CSV files (csv-dir).",
            "One sheet per kind of element, one row per element; plan import reads it back."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written",
            "1:the document is invalid",
            "2:usage error, or a file cannot be read or written"})
final class ExportCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "export";

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Option(names = "--format", required = true, paramLabel = "xlsx|csv-dir", converter = ExportFormat.Converter.class,
            description = "What to write: xlsx, a workbook; csv-dir, a folder of CSV files, one per sheet.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The workbook or folder to write (default: FILE's name, ending .xlsx or -csv).")
    String output;

    @Override
    public Integer call() {
        Plan loaded = plan.load(spec.commandLine().getErr()).plan();
        String out = output != null ? output : defaultOutput(plan.name(), format.ending());
        try {
            format.write(loaded, Path.of(out));
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + out + ": cannot write: invalid path: "
                    + e.getReason());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + out + ": cannot write: "
                    + ReadFailures.reason(e));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + out + ": cannot write: " + e.getMessage());
        }
        return ExitCodes.VALID;
    }

    /** Returns a file's name with its extension replaced. */
    static String defaultOutput(String file, String ending) {
        String name = file;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        if (dot > slash + 1) {
            name = name.substring(0, dot);
        }
        return name + ending;
    }
}
