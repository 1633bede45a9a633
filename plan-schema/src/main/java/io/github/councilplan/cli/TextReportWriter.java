package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes results for people, compiler style: for each file, one line per problem,
 * {@code FILE:LINE:COLUMN: error CODE: message} (or {@code warning}), then a summary line,
 * {@code FILE: valid}, {@code FILE: valid, 1 warning} or {@code FILE: 3 errors, 1 warning}; and,
 * after several files, a line totalling them. Problems beyond those a report keeps are counted in
 * one line before the summary, {@code FILE: and 499,000 more problems of 3 codes: CODE (N), …},
 * and in the summary's totals. Where one cause shows as many problems of one code (text missing
 * in a declared language, one misspelt property in every element), each code found at least
 * {@value #REPEATED} times, those omitted included, gets a line before the summary, in order of
 * code: {@code FILE: CODE 81 times: MEANING}. A file that cannot be read gets only its summary,
 * {@code FILE: cannot read}, the reason going to the error stream. Counts of 1,000 and more are
 * written with thousands separators.
 */
final class TextReportWriter implements ReportWriter {
    /** The fewest problems of one code that get a line of their own before a file's summary. */
    static final int REPEATED = 5;

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
        repeatedLines(result).forEach(out::println);
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

    /**
     * Returns the lines counting the codes found at least {@value #REPEATED} times in a result,
     * those omitted included, in order of code: {@code FILE: CODE 81 times: MEANING}.
     */
    static List<String> repeatedLines(FileResult result) {
        Map<ProblemCode, Long> counts = new TreeMap<>(Comparator.comparing(ProblemCode::code));
        result.problems().forEach(problem -> counts.merge(problem.code(), 1L, Long::sum));
        result.omitted().forEach((code, count) -> counts.merge(code, count, Long::sum));
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= REPEATED)
                .map(entry -> result.file() + ": " + entry.getKey().code() + " " + number(entry.getValue())
                        + " times: " + entry.getKey().meaning())
                .toList();
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
        return GroupedDigits.of(n);
    }
}
