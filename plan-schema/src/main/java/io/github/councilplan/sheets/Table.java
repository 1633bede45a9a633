package io.github.councilplan.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sheet's cells as text, in the form every format (a workbook, a folder of CSV files) is
 * written from and read into: its name, its header (the first row) and its rows, each with its
 * 1-based number in the sheet. A missing cell is an empty string.
 *
 * <p>Not thread-safe: built by one reader or writer.
 */
final class Table {
    /** One row: its 1-based number in the sheet and its cells, from column A. */
    static final class Row {
        final int number;
        final List<String> cells;

        Row(int number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        /** Returns the cell in a 0-based column, empty when the row is shorter. */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** Tells whether every cell is empty. */
        boolean isEmpty() {
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    final String name;
    final List<String> header;
    final int headerRow;
    final List<Row> rows = new ArrayList<>();

    Table(String name, List<String> header, int headerRow) {
        this.name = Objects.requireNonNull(name, "name");
        this.header = header;
        this.headerRow = headerRow;
    }
}
