package io.github.councilplan.cli;

import java.io.PrintWriter;

/**
 * The output formats of {@code plan validate} and {@code plan trace}, named in lower case on the
 * command line: {@link #writer} gives {@code validate}'s writer of each.
 */
enum ReportFormat {
    /** One line per problem, compiler style, then a summary per file. */
    TEXT {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new TextReportWriter(out);
        }
    },
    /** One JSON document describing every file. */
    JSON {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new JsonReportWriter(out);
        }
    };

    /** Returns a writer of this format to {@code out}. */
    abstract ReportWriter writer(PrintWriter out);

    /** Reads {@code --format}'s value: {@code text} or {@code json}. */
    static final class Converter extends OptionValues<ReportFormat> {
        Converter() {
            super(ReportFormat.class);
        }
    }
}
