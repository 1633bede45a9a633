package io.github.councilplan.cli;

import java.io.PrintWriter;

/**
 * The output formats of {@code plan validate}, named in lower case on the command line:
 * {@link #writer} gives the writer of each.
 */
enum ValidateFormat {
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
    },
    /** A SARIF 2.1.0 log, for code scanning tools. */
    SARIF {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new SarifReportWriter(out, VersionProvider.version(), VersionProvider.url());
        }
    },
    /** JUnit XML, one test case per file, for CI servers. */
    JUNIT {
        @Override
        ReportWriter writer(PrintWriter out) {
            return new JunitReportWriter(out);
        }
    };

    /** Returns a writer of this format to {@code out}. */
    abstract ReportWriter writer(PrintWriter out);

    /** Reads {@code --format}'s value: {@code text}, {@code json}, {@code sarif} or {@code junit}. */
    static final class Converter extends OptionValues<ValidateFormat> {
        Converter() {
            super(ValidateFormat.class);
        }
    }
}
