package io.github.councilplan.cli;

import io.github.councilplan.schema.PlanDocument;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan validate [--format text|json] [--strict] FILE...}: checks each file, the files
 * together (a link into a related plan whose document is among them is resolved there), reports
 * each file's problems on the output stream and files that cannot be read on the error stream,
 * and exits with
 * the worst outcome: {@link ExitCodes#CANNOT_CHECK} if a file cannot be read, else
 * {@link ExitCodes#INVALID} if a file is invalid, else {@link ExitCodes#VALID}.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks plan documents and reports every problem, located by line and column.",
            "Links from one plan into another given with it are checked against that plan.",
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
        List<FileResult> results = check(validator);
        ReportWriter report = format.writer(out);
        int status = ExitCodes.VALID;
        for (FileResult result : results) {
            if (!result.readable()) {
                err.println("plan: " + result.file() + ": cannot read: " + result.unreadableReason());
                err.flush();
            }
            report.write(result);
            status = Math.max(status, result.exitCode());
        }
        report.finish();
        out.flush();
        return status;
    }

    /**
     * Reads every file, then validates those that could be read together, so that links from one
     * plan into another given with it are resolved; the results come in the order of the files.
     */
    private List<FileResult> check(PlanValidator validator) {
        FileResult[] results = new FileResult[files.size()];
        List<PlanDocument> documents = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                documents.add(PlanFile.document(validator, files.get(i)));
                positions.add(i);
            } catch (UnreadableFileException e) {
                results[i] = FileResult.unreadable(files.get(i), e.reason());
            }
        }
        List<ValidationReport> reports;
        try {
            reports = validator.validateTogether(documents);
        } catch (IOException e) {
            // a file that changed between reading and validating: say so for each file read
            for (int position : positions) {
                results[position] = FileResult.unreadable(files.get(position), ReadFailures.reason(e));
            }
            return List.of(results);
        }
        for (int i = 0; i < reports.size(); i++) {
            results[positions.get(i)] = FileResult.checked(files.get(positions.get(i)), reports.get(i), strict);
        }
        return List.of(results);
    }
}
