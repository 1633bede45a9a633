package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes results for people, compiler style: for each file, one line per problem,
 * {@code FILE:LINE:COLUMN: error CODE: message} (or {@code warning}), then a summary line,
 * {@code FILE: valid}, {@code FILE: valid, 1 warning} or {@code FILE: 3 errors, 1 warning}; and,
 * after several files, a line totalling them. Problems beyond those a report keeps are counted in
 * one line before the summary, {@code FILE: and 499,000 more problems of 3 codes: CODE (N), …},
 * and in the summary's totals. A file that cannot be read gets only its summary,
 * {@code FILE: cannot read}, the reason going to the error stream. Counts of 1,000 and more are
 * written with thousands separators.
 */
final class TextReportWriter implements ReportWriter {
    private final PrintWriter out;
    private int files;
    private int valid;
    private int invalid;
    private int unreadable;

    TextReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(FileResult result) {
        files++;
        if (!result.readable()) {
            unreadable++;
            out.println(result.file() + ": cannot read");
            return;
        }
        for (Problem problem : result.problems()) {
            out.println(problemLine(result.file(), problem));
        }
        if (!result.omitted().isEmpty()) {
            out.println(omittedLine(result));
        }
        if (result.valid()) {
            valid++;
        } else {
            invalid++;
        }
        out.println(result.file() + ": " + summary(result));
    }

    /** Returns the line of one problem: {@code FILE:LINE:COLUMN: error CODE: message}. */
    static String problemLine(String file, Problem problem) {
        return file + ":" + problem.line() + ":" + problem.column() + ": " + problem.severity().label() + " "
                + problem.code().code() + ": " + InternalErrorHandler.oneLine(problem.message());
    }

    /**
     * Returns the line counting the problems beyond those kept, for a result that has some:
     * {@code FILE: and 499,000 more problems of 3 codes: CODE (N), …}.
     */
    static String omittedLine(FileResult result) {
        return result.file() + ": and " + number(result.omittedCount()) + " more problem"
                + (result.omittedCount() == 1 ? "" : "s") + " of " + count(result.omitted().size(), "code") + ": "
                + result.omitted().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey().code() + " (" + number(entry.getValue()) + ")")
                        .collect(Collectors.joining(", "));
    }

    /** Returns the summary of one file: {@code valid}, {@code valid, 1 warning}, {@code 3 errors, 1 warning}. */
    static String summary(FileResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long notes = result.count(Severity.NOTE);
        List<String> parts = new ArrayList<>();
        if (result.valid()) {
            parts.add("valid");
        } else {
            parts.add(count(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(count(warnings, "warning"));
        }
        if (notes > 0) {
            parts.add(count(notes, "note"));
        }
        return String.join(", ", parts) + (!result.valid() && errors == 0 ? " (invalid with --strict)" : "");
    }

    @Override
    public void finish() {
        if (files > 1) {
            List<String> parts = new ArrayList<>();
            parts.add(valid + " valid");
            parts.add(invalid + " invalid");
            if (unreadable > 0) {
                parts.add(unreadable + " cannot be read");
            }
            out.println(count(files, "file") + ": " + String.join(", ", parts));
        }
        out.flush();
    }

    private static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
