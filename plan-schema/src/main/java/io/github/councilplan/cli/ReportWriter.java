package io.github.councilplan.cli;

/** Writes the results of {@code plan validate}, one file at a time, in one output format. */
interface ReportWriter {
    /** Writes, or holds until {@link #finish()}, the result of one file. */
    void write(FileResult result);

    /** Writes whatever comes after the last file. */
    void finish();
}
