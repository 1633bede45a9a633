package io.github.councilplan.cli;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.PlanDocument;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The plan document a command works on, its first parameter {@code FILE}, and the documents of
 * related plans given with it ({@code --with}): a picocli mixin for every command that needs one
 * valid plan ({@code trace}, {@code gaps}, {@code render}, and any such command to come).
 *
 * <p>{@code --extension-schema NAME@VERSION=FILE} gives the schemas of extensions the plans
 * declare ({@link ExtensionSchemaArguments}).
 *
 * <p>{@link #load(PrintWriter)} reads and validates the files together and gives the plan's index,
 * which follows links into and out of the related plans; when a file is invalid it reports the
 * problems on the error stream as {@code plan validate} reports them in text and fails with
 * {@link ExitCodes#INVALID}, and when a file cannot be read it says so
 * ({@code plan: FILE: cannot read: REASON}) and fails with {@link ExitCodes#CANNOT_CHECK}.
 */
final class PlanFile {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "The plan document: JSON, or YAML when its file extension is yaml or yml.")
    String file;

    @Option(names = "--with", paramLabel = "FILE",
            description = "A related plan's document, such as the strategy delivered by an annual plan:"
                    + " links between them are followed. Repeat it for several.")
    List<String> with = new ArrayList<>();

    @Option(names = "--extension-schema", paramLabel = ExtensionSchemaArguments.LABEL,
            description = ExtensionSchemaArguments.DESCRIPTION)
    List<String> extensionSchemas = new ArrayList<>();

    /** Returns the file as named on the command line. */
    String name() {
        return file;
    }

    /**
     * Reads and validates the file and returns the index of its plan.
     *
     * @param err where to report problems
     * @throws CommandFailure if the file cannot be read or is invalid, after reporting why
     */
    PlanIndex load(PrintWriter err) {
        PlanValidator validator = ExtensionSchemaArguments.validator(extensionSchemas);
        if (with.isEmpty()) {
            return load(validator, file, err);
        }
        List<String> files = new ArrayList<>();
        files.add(file);
        files.addAll(with);
        List<PlanDocument> documents = new ArrayList<>();
        for (String name : files) {
            try {
                documents.add(document(validator, name));
            } catch (UnreadableFileException e) {
                throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + name + ": cannot read: " + e.reason());
            }
        }
        List<ValidationReport> reports;
        try {
            reports = validator.validateTogether(documents);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: cannot read: " + ReadFailures.reason(e));
        }
        List<Plan> plans = new ArrayList<>();
        boolean invalid = false;
        ReportWriter problems = new TextReportWriter(err);
        for (int i = 0; i < files.size(); i++) {
            if (reports.get(i).plan().isPresent()) {
                plans.add(reports.get(i).plan().get());
            } else {
                invalid = true;
                problems.write(FileResult.checked(files.get(i), reports.get(i), false));
            }
        }
        if (invalid) {
            problems.finish();
            throw new CommandFailure(ExitCodes.INVALID, "");
        }
        try {
            return PlanIndex.of(plans.get(0), plans.subList(1, plans.size()));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.INVALID, "plan: " + e.getMessage());
        }
    }

    /**
     * Makes ready a file for validation with others: opened here, so that a file that cannot be
     * read is found here, one file at a time, but not read: the validator reads it, and does not
     * hold its bytes while it checks the plan (a file that cannot be read by then fails the whole
     * validation, which says so for each file).
     *
     * @throws UnreadableFileException if the file cannot be read, saying why
     */
    static PlanDocument document(PlanValidator validator, String file) throws UnreadableFileException {
        Path path;
        try {
            path = FileArgument.of(file);
        } catch (InvalidPathException e) {
            throw new UnreadableFileException("invalid path: " + e.getReason());
        }
        return document(validator, path);
    }

    /**
     * Reads a file for validation with others, as {@link #document(PlanValidator, String)} does,
     * from its path (a file found in a directory, whose name need not be text).
     *
     * @throws UnreadableFileException if the file cannot be read, saying why
     */
    static PlanDocument document(PlanValidator validator, Path path) throws UnreadableFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new UnreadableFileException(attributes.isDirectory() ? "is a directory" : "not a regular file");
            }
            if (attributes.size() <= validator.limits().maxDocumentBytes()) {
                Files.newInputStream(path).close();
            }
            return PlanDocument.of(path);
        } catch (IOException e) {
            throw new UnreadableFileException(ReadFailures.reason(e));
        }
    }

    /**
     * Reads and validates a plan document and returns the index of its plan, for commands that
     * take more than one document.
     *
     * @param file the file as named on the command line
     * @param err where to report problems
     * @throws CommandFailure if the file cannot be read or is invalid, after reporting why
     */
    static PlanIndex load(String file, PrintWriter err) {
        return load(PlanValidator.create(), file, err);
    }

    private static PlanIndex load(PlanValidator validator, String file, PrintWriter err) {
        ValidationReport report;
        try {
            report = validate(validator, file);
        } catch (UnreadableFileException e) {
            throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + file + ": cannot read: " + e.reason());
        }
        if (report.plan().isEmpty()) {
            ReportWriter problems = new TextReportWriter(err);
            problems.write(FileResult.checked(file, report, false));
            problems.finish();
            throw new CommandFailure(ExitCodes.INVALID, "");
        }
        return PlanIndex.of(report.plan().get());
    }

    /**
     * Validates the plan document named {@code file}.
     *
     * @param validator the validator
     * @param file the file as named on the command line
     * @return the report
     * @throws UnreadableFileException if the file cannot be read: an invalid path, missing,
     *     unreadable, a directory or not a regular file (a named pipe, a device, a socket)
     */
    static ValidationReport validate(PlanValidator validator, String file) throws UnreadableFileException {
        Path path;
        try {
            path = FileArgument.of(file);
        } catch (InvalidPathException e) {
            throw new UnreadableFileException("invalid path: " + e.getReason());
        }
        try {
            return validator.validate(path);
        } catch (IOException e) {
            throw new UnreadableFileException(ReadFailures.reason(e));
        }
    }
}
