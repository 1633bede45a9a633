package io.github.councilplan.cli;

import io.github.councilplan.schema.PlanDocument;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan validate [--format text|json|sarif|junit] [--strict] [--extension-schema
 * NAME@VERSION=FILE]... FILE...}: checks each file (a
 * directory stands for the plan documents below it, {@link DirectoryDocuments}), the files
 * together (a link into a related plan whose document is among them is resolved there), reports
 * each file's problems on the output stream and files that cannot be read on the error stream,
 * and exits with
 * the worst outcome: {@link ExitCodes#CANNOT_CHECK} if a file cannot be read, else
 * {@link ExitCodes#INVALID} if a file is invalid, else {@link ExitCodes#VALID}.
 */
@Command(name = ValidateCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks plan documents and reports every problem, located by line and column.",
            "Links from one plan into another given with it are checked against that plan.",
            "A file is JSON, or YAML when its file extension is yaml or yml.",
            "A directory stands for every file below it with the extension json, yaml or yml."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid (warnings allowed, unless --strict)",
            "1:a file is invalid",
            "2:usage error, or a file cannot be read (missing, unreadable, a directory without plan"
                    + " documents, more than " + DirectoryDocuments.MAX_FILES + " files with directories)"})
final class ValidateCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "validate";

    /** Why a directory with no plan document below it cannot be checked. */
    static final String NO_DOCUMENTS = "is a directory with no .json, .yaml or .yml file below it";

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|sarif|junit", converter = ValidateFormat.Converter.class,
            description = "How to report: text (the default), one line per problem; json; sarif (SARIF 2.1.0,"
                    + " for code scanning tools); junit (JUnit XML, one test case per file, for CI servers).")
    ValidateFormat format = ValidateFormat.TEXT;

    @Option(names = "--strict", description = "Count a file with a warning as invalid.")
    boolean strict;

    @Option(names = "--extension-schema", paramLabel = ExtensionSchemaArguments.LABEL,
            description = ExtensionSchemaArguments.DESCRIPTION)
    List<String> extensionSchemas = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "The plan documents to check, or directories: every file below a directory with"
                    + " the extension json, yaml or yml, in order of path (symbolic links below it are not followed; at most "
                    + DirectoryDocuments.MAX_FILES + " files in all).")
    List<String> files;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Returns the files of {@code plan validate FILE...} when the arguments are that and nothing
     * else: {@code validate} and then only files, none of which could be read as anything but a
     * file (an option or {@code --} begins with {@code -}, an argument file with {@code @}); such a
     * command is {@link #runOnFiles run without the option parser}. Empty for any other arguments,
     * which the option parser reads.
     *
     * @param args the command's arguments, not null
     * @return the files, in order; empty if the arguments are not only {@code validate} and files
     */
    static Optional<List<String>> filesOnly(String... args) {
        if (args.length < 2 || !args[0].equals(NAME)) {
            return Optional.empty();
        }
        List<String> files = List.of(args).subList(1, args.length);
        for (String file : files) {
            if (file.isEmpty() || file.startsWith("-") || file.startsWith("@")) {
                return Optional.empty();
            }
        }
        return Optional.of(files);
    }

    /**
     * Runs {@code plan validate FILE...} with every option at its default, without the option
     * parser, whose loading and reflection are much of the start-up of a short command: it checks,
     * writes and exits exactly as the command line would for the same arguments (a failure is
     * reported as {@link InternalErrorHandler} reports it). Arguments for this come from
     * {@link #filesOnly}.
     *
     * @param files the files or directories, at least one
     * @param out the output stream, escaped as the command line's is
     * @param err the error stream, escaped as the command line's is
     * @return the exit code
     */
    static int runOnFiles(List<String> files, PrintWriter out, PrintWriter err) {
        ValidateCommand command = new ValidateCommand();
        command.files = List.copyOf(files);
        TerminalWriter errors = TerminalWriter.of(err);
        try {
            return command.run(TerminalWriter.of(out), errors);
        } catch (RuntimeException e) {
            return InternalErrorHandler.report(e, errors);
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        PlanValidator validator = ExtensionSchemaArguments.validator(extensionSchemas);
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
     * Opens every file, then validates those that could be opened together, so that links from one
     * plan into another given with it are resolved; the results come in the order of the files,
     * a directory's documents in its place, sorted by path.
     */
    private List<FileResult> check(PlanValidator validator) {
        List<Target> targets = targets();
        FileResult[] results = new FileResult[targets.size()];
        List<PlanDocument> documents = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (target.unreadableReason() != null) {
                results[i] = FileResult.unreadable(target.name(), target.unreadableReason());
                continue;
            }
            try {
                documents.add(target.path() == null ? PlanFile.document(validator, target.name())
                        : PlanFile.document(validator, target.path()));
                positions.add(i);
            } catch (UnreadableFileException e) {
                results[i] = FileResult.unreadable(target.name(), e.reason());
            }
        }
        List<ValidationReport> reports;
        try {
            reports = validator.validateTogether(documents);
        } catch (IOException e) {
            // a file that changed between reading and validating: say so for each file read
            for (int position : positions) {
                results[position] = FileResult.unreadable(targets.get(position).name(), ReadFailures.reason(e));
            }
            return List.of(results);
        }
        for (int i = 0; i < reports.size(); i++) {
            results[positions.get(i)] =
                    FileResult.checked(targets.get(positions.get(i)).name(), reports.get(i), strict);
        }
        return List.of(results);
    }

    /**
     * Returns what to check: each file named, and in place of each directory its plan documents
     * ({@link DirectoryDocuments}), or, for a directory with none, an entry that cannot be read.
     *
     * @throws CommandFailure if the directories hold more than {@link DirectoryDocuments#MAX_FILES}
     *     files to check in all
     */
    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (String file : files) {
            Path directory = directory(file);
            if (directory == null) {
                targets.add(new Target(file, null, null));
                continue;
            }
            List<DirectoryDocuments.Entry> entries;
            try {
                entries = DirectoryDocuments.below(file, directory,
                        Math.max(0, DirectoryDocuments.MAX_FILES - targets.size()));
            } catch (IOException e) {
                targets.add(new Target(file, null, ReadFailures.reason(e)));
                continue;
            }
            if (entries.isEmpty()) {
                targets.add(new Target(file, null, NO_DOCUMENTS));
            }
            for (DirectoryDocuments.Entry entry : entries) {
                targets.add(new Target(entry.name(), directory.resolve(entry.relative()), entry.unreadableReason()));
            }
        }
        return targets;
    }

    /** Returns the path of {@code file} if it names a directory (or a link to one), else null. */
    private static Path directory(String file) {
        try {
            Path path = FileArgument.of(file);
            return Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null; // PlanFile.document says why
        }
    }

    /**
     * One file to check.
     *
     * @param name its name for reports
     * @param path its path when it was found in a directory; null when named on the command line,
     *     which {@link PlanFile#document} reads by name
     * @param unreadableReason why it cannot be read, or null when it is to be read
     */
    private record Target(String name, Path path, String unreadableReason) {}
}
