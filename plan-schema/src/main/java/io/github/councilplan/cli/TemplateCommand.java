package io.github.councilplan.cli;

import io.github.councilplan.sheets.PlanSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plan template --format xlsx [--output OUT]}: writes an empty workbook to fill in, every
 * sheet headed, each heading with a note on what the column holds and each column of enumerated
 * values with a drop-down list; by default to {@code plan-template.xlsx}.
 */
@Command(name = TemplateCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes an empty workbook to fill in, for plan import to read.",
            "Each column is headed, with a note on what it holds and lists to choose enumerated values."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the workbook was written",
            "2:usage error, or the file cannot be written"})
final class TemplateCommand implements Callable<Integer> {
    /** The subcommand's name. */
    static final String NAME = "template";

    @Option(names = "--format", required = true, paramLabel = "xlsx", converter = TemplateFormat.Converter.class,
            description = "What to write: xlsx, a workbook.")
    TemplateFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The workbook to write (default: plan-template.xlsx).")
    String output = "plan-template.xlsx";

    @Override
    public Integer call() {
        try (OutputStream stream = Files.newOutputStream(Path.of(output))) {
            PlanSheets.create().writeTemplate(stream);
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + output + ": cannot write: invalid path: "
                    + e.getReason());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + output + ": cannot write: "
                    + ReadFailures.reason(e));
        }
        return ExitCodes.VALID;
    }
}
