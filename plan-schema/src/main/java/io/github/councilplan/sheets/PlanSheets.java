package io.github.councilplan.sheets;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans to and from spreadsheets: a workbook ({@code .xlsx}) or a folder of CSV files, one sheet
 * per kind of element and one row per element, read back into the same plan.
 *
 * <p>The sheets and their columns come from the one description of the format,
 * {@link io.github.councilplan.model.structure.PlanStructure}: the sheet {@code Plan} has the
 * plan's own values in one row; each kind of element has a sheet ({@code Themes},
 * {@code Deliverables}, ...) with a row per element, its columns {@code id}, {@code parent} (the
 * id of the element that holds it, empty for the plan) and one per value; each kind of object an
 * element lists has a sheet too ({@code Links}, {@code Targets}, {@code Observations} (actuals),
 * {@code Progress updates}, ...), its rows naming their element in {@code parent}; and each kind
 * of object such a listed object lists has one ({@code Target revisions}), its rows naming the
 * element in {@code parent} and the listed object by its number among the element's in a column
 * named for it ({@code target}: 1 for the measure's first target). A value inside
 * an object is a column named by its path ({@code edition/status}); a text is a column per
 * language ({@code title@cy}, or {@code title} for untagged text); a list of texts is numbered
 * ({@code behaviours/2@cy}); lists of ids and languages are one cell, separated by spaces.
 * Writing then reading gives an equal plan.
 *
 * <p>Reading makes the plan document, validates it as any other document and locates each problem
 * at its cell; see {@link SheetImport}. A workbook is read within limits taken from the
 * validator's {@link ValidationLimits}: its size, how far its entries expand (a zip bomb is
 * refused), its sheets, columns and cells. Formulas are read as the values the workbook saved
 * with them, never calculated; a workbook with macros or links to other workbooks is refused.
 *
 * <p>Workbooks ({@code .xlsx}) need Apache POI (the {@code poi-ooxml} artifact) on the class path
 * or module path: an optional dependency of this library, which the {@code plan} command line
 * carries. Folders of CSV files need nothing more.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanSheets {
    private final PlanValidator validator;
    private final Limits limits;

    private PlanSheets(PlanValidator validator) {
        this.validator = validator;
        this.limits = new Limits(validator.limits());
    }

    /**
     * Returns an instance with the validator's default limits.
     *
     * @return the instance, not null
     */
    public static PlanSheets create() {
        return new PlanSheets(PlanValidator.create());
    }

    /**
     * Returns an instance that reads within limits.
     *
     * @param limits the limits of the documents read (and of the workbooks they come from), not null
     * @return the instance, not null
     * @throws NullPointerException if {@code limits} is null
     */
    public static PlanSheets create(ValidationLimits limits) {
        return new PlanSheets(PlanValidator.create(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * Writes a plan as a folder of CSV files, one per sheet, made if need be; files of the same
     * names are replaced.
     *
     * @param plan the plan, not null
     * @param folder the folder, not null
     * @throws IOException if the files cannot be written
     * @throws NullPointerException if an argument is null
     */
    public void writeCsv(Plan plan, Path folder) throws IOException {
        CsvFolder.write(Flattener.tables(Objects.requireNonNull(plan, "plan")), Objects.requireNonNull(folder,
                "folder"));
    }

    /**
     * Writes a plan as a workbook ({@code .xlsx}).
     *
     * @param plan the plan, not null
     * @param out where to write it, not closed; not null
     * @throws IOException if it cannot be written
     * @throws IllegalStateException if Apache POI is not available
     * @throws NullPointerException if an argument is null
     */
    public void writeWorkbook(Plan plan, OutputStream out) throws IOException {
        List<Table> tables = Flattener.tables(Objects.requireNonNull(plan, "plan"));
        Objects.requireNonNull(out, "out");
        poi(() -> Xlsx.write(tables, out));
    }

    /**
     * Writes an empty workbook ({@code .xlsx}) to fill in: every sheet with its columns headed, a
     * note on each heading saying what the column holds, and a drop-down list in each column of
     * enumerated values.
     *
     * @param out where to write it, not closed; not null
     * @throws IOException if it cannot be written
     * @throws IllegalStateException if Apache POI is not available
     * @throws NullPointerException if {@code out} is null
     */
    public void writeTemplate(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        poi(() -> Xlsx.template(out));
    }

    /**
     * Reads a plan from a workbook ({@code .xlsx}) or, given a folder, from its CSV files.
     *
     * @param source the workbook or the folder, not null
     * @return what was read, with the problems located; not null
     * @throws IOException if the file or folder cannot be read
     * @throws IllegalStateException if the source is a workbook and Apache POI is not available
     * @throws NullPointerException if {@code source} is null
     */
    public SheetImport read(Path source) throws IOException {
        Objects.requireNonNull(source, "source");
        List<Table> tables;
        try {
            if (Files.isDirectory(source)) {
                tables = CsvFolder.read(source, limits);
            } else {
                List<List<Table>> read = new ArrayList<>(1);
                poi(() -> read.add(Xlsx.read(source, limits)));
                tables = read.get(0);
            }
        } catch (WorkbookLimit e) {
            Problem problem = Problem.of(e.refused ? ProblemCode.SHEET_REFUSED : ProblemCode.LIMIT_WORKBOOK,
                    e.getMessage(), "", 1, 1);
            return new SheetImport(null, null, List.of(problem), List.of(e.where));
        }
        return read(tables);
    }

    /** Reads tables into a plan: the document, then the validator's verdict on it. */
    SheetImport read(List<Table> tables) {
        Assembler.Result result = Assembler.assemble(tables);
        if (!result.problems.isEmpty() || result.document == null) {
            return new SheetImport(null, null, result.problems, result.problemCells);
        }
        String json = Flattener.JSON.writeValueAsString(result.document);
        ValidationReport report = validator.validate(json, DocumentFormat.JSON);
        List<String> cells = new ArrayList<>();
        for (Problem problem : report.problems()) {
            cells.add(cellOf(problem.pointer(), result.cells));
        }
        return new SheetImport(json, report.plan().orElse(null), report.problems(), cells);
    }

    /** Returns the cell of the value at a pointer, or of the nearest value that holds it. */
    private static String cellOf(String pointer, Map<String, String> cells) {
        String at = pointer;
        while (true) {
            String cell = cells.get(at);
            if (cell != null) {
                return cell;
            }
            if (at.isEmpty()) {
                return "Plan!A2";
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** Work that needs Apache POI. */
    @FunctionalInterface
    private interface PoiWork {
        void run() throws IOException;
    }

    private static void poi(PoiWork work) throws IOException {
        try {
            work.run();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("workbooks (.xlsx) need Apache POI (org.apache.poi:poi-ooxml) on the"
                    + " class path or module path; a folder of CSV files needs nothing more", e);
        }
    }
}
