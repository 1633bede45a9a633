package io.github.councilplan.cli;

/**
 * The output formats of {@code plan trace}, {@code plan gaps} and {@code plan diff}, named in
 * lower case on the command line ({@code plan validate} has more: {@link ValidateFormat}).
 */
enum ReportFormat {
    /** Text for people. */
    TEXT,
    /** One JSON document. */
    JSON;

    /** Reads {@code --format}'s value: {@code text} or {@code json}. */
    static final class Converter extends OptionValues<ReportFormat> {
        Converter() {
            super(ReportFormat.class);
        }
    }
}
