package io.github.councilplan.sheets;

/**
 * Thrown while reading a workbook or a folder of CSV files that goes beyond a limit, or that
 * holds what an import refuses: ends the reading at once, to be reported as one located problem.
 */
final class WorkbookLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether it is a refusal (macros, external links, not a workbook) rather than a limit. */
    final boolean refused;
    /** Where: a cell ({@code Deliverables!C12}), a sheet or the workbook. */
    final String where;

    WorkbookLimit(String message, String where, boolean refused) {
        super(message, null, false, false);
        this.where = where;
        this.refused = refused;
    }
}
