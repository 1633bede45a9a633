package io.github.councilplan.schema.cli;

import io.github.councilplan.schema.PlanValidator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan validate [--format text|json] [--strict] FILE...}: checks each file, reports its
 * problems on the output stream and files that cannot be read on the error stream, and exits with
 * the worst outcome: {@link ExitCodes#CANNOT_CHECK} if a file cannot be read, else
 * {@link ExitCodes#INVALID} if a file is invalid, else {@link ExitCodes#VALID}.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks plan documents and reports every problem, located by line and column.",
            "A file is JSON, or YAML when its name ends in .yaml or .yml."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid (warnings allowed, unless --strict)",
            "1:a file is invalid",
            "2:usage error, or a file cannot be read (missing, a directory, unreadable)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", converter = ReportFormat.Converter.class,
            description = "How to report: text (the default), one line per problem, or json.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--strict", description = "Count a file with a warning as invalid.")
    boolean strict;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The plan documents to check.")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanValidator validator = PlanValidator.create();
        ReportWriter report = format.writer(out);
        int status = ExitCodes.VALID;
        for (String file : files) {
            FileResult result = check(validator, file);
            if (!result.readable()) {
                err.println("plan: " + file + ": cannot read: " + result.unreadableReason());
                err.flush();
            }
            report.write(result);
            status = Math.max(status, result.exitCode());
        }
        report.finish();
        out.flush();
        return status;
    }

    private FileResult check(PlanValidator validator, String file) {
        try {
            return FileResult.checked(file, PlanFile.validate(validator, file), strict);
        } catch (UnreadableFileException e) {
            return FileResult.unreadable(file, e.reason());
        }
    }
}
