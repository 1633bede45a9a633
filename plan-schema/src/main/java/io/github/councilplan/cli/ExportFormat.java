package io.github.councilplan.cli;

import io.github.councilplan.model.Plan;
import io.github.councilplan.sheets.PlanSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code plan export} writes, named on the command line as {@code --format xlsx} or
 * {@code --format csv-dir}: {@link #write} writes a plan so, and {@link #ending} is what the
 * default output's name ends with.
 */
enum ExportFormat {
    /** A workbook, one sheet per kind of element. */
    XLSX(".xlsx") {
        @Override
        void write(Plan plan, Path out) throws IOException {
            try (OutputStream stream = Files.newOutputStream(out)) {
                PlanSheets.create().writeWorkbook(plan, stream);
            }
        }
    },
    /** A folder of CSV files, one per sheet. */
    CSV_DIR("-csv") {
        @Override
        void write(Plan plan, Path out) throws IOException {
            PlanSheets.create().writeCsv(plan, out);
        }
    };

    private final String ending;

    ExportFormat(String ending) {
        this.ending = ending;
    }

    /** What the default output's name ends with, in place of the document's extension. */
    String ending() {
        return ending;
    }

    /**
     * Writes a plan in this format.
     *
     * @throws IOException if the output cannot be written
     * @throws IllegalArgumentException if the plan does not fit the format's limits
     */
    abstract void write(Plan plan, Path out) throws IOException;

    /** Reads {@code --format}'s value: {@code xlsx} or {@code csv-dir}. */
    static final class Converter extends OptionValues<ExportFormat> {
        Converter() {
            super(ExportFormat.class);
        }
    }
}
