package io.github.councilplan.sheets;

import io.github.councilplan.schema.ValidationLimits;

/**
 * The limits of reading a workbook or a folder of CSV files, from the validator's limits: the
 * file (or the folder's files together) at most the largest document, the text of all cells
 * together too, each cell at most the longest string; and fixed bounds on what a plan's workbook
 * needs: sheets, columns of a sheet, cells of the workbook, and how much a workbook's entries may
 * expand (in all, and each against its compressed size, the mark of a zip bomb).
 *
 * <p>Instances are immutable and thread-safe.
 */
final class Limits {
    /** The most sheets (or CSV files) a workbook may have. */
    static final int MAX_SHEETS = 100;
    /** The most columns a sheet may have. */
    static final int MAX_COLUMNS = 2_000;
    /** The most cells, empty ones within a row included, a workbook may have. */
    static final long MAX_CELLS = 2_000_000;
    /** How many times the largest document a workbook's entries may expand to, in all. */
    static final int EXPANSION = 4;
    /** The most an entry may expand compared with its compressed size. */
    static final int MAX_RATIO = 100;
    /** How many bytes an entry expands to before its ratio to its compressed size is checked. */
    static final long RATIO_CHECKED_FROM = 1_000_000;
    /** The most entries a workbook's zip file may have. */
    static final int MAX_ENTRIES = 10_000;

    final long maxBytes;
    final long maxExpanded;
    final int maxCell;

    Limits(ValidationLimits limits) {
        this.maxBytes = limits.maxDocumentBytes();
        this.maxExpanded = limits.maxDocumentBytes() * EXPANSION;
        this.maxCell = limits.maxStringLength();
    }
}
