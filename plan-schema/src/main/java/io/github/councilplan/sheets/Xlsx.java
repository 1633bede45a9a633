package io.github.councilplan.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Workbooks ({@code .xlsx}) with Apache POI: written as text cells (so that every value reads back
 * as written), read in a stream, sheet by sheet, within the limits.
 *
 * <p>Before POI opens a workbook, its entries are read through once, expanding them, to refuse a
 * workbook that expands beyond the limits, in all or against an entry's compressed size (a zip
 * bomb), and one with macros ({@code vbaProject.bin}) or links to other workbooks
 * ({@code externalLinks}). Cells that hold formulas are read as the value the workbook saved with
 * the formula: nothing is calculated. Cells that hold numbers are read as {@link CellText} writes
 * them: a date typed into a cell as a plan document writes a date.
 *
 * <p>The class is stateless and thread-safe.
 */
final class Xlsx {
    /** The most characters a workbook's cell holds. */
    static final int MAX_CELL_TEXT = 32_767;

    private Xlsx() {}

    /** Writes tables as a workbook. */
    static void write(List<Table> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            for (Table table : tables) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(table.name);
                row(sheet, 0, table.header, table.name);
                for (Table.Row row : table.rows) {
                    row(sheet, row.number - 1, row.cells, table.name);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int number, List<String> cells, String name) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(number);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value.isEmpty()) {
                continue;
            }
            String encoded = encode(value);
            if (encoded.length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException(Layout.cell(name, i, number + 1) + " would hold "
                        + encoded.length() + " characters, more than the " + MAX_CELL_TEXT
                        + " a workbook's cell holds; write the plan as CSV files instead");
            }
            row.createCell(i).setCellValue(encoded);
        }
    }

    /**
     * Encodes text as a workbook holds it: a character XML cannot hold, and the start of what
     * would read as such an escape ({@code _x0041_}), as {@code _xHHHH_}, which readers decode.
     */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            boolean escapeLike = c == '_' && i + 6 < text.length() && text.charAt(i + 1) == 'x'
                    && isHex(text, i + 2) && text.charAt(i + 6) == '_';
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || escapeLike || lone || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHex(String text, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads a workbook's sheets as tables, within the limits. */
    static List<Table> read(Path file, Limits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes) {
            throw new WorkbookLimit("the workbook is " + size + " bytes; the limit is " + limits.maxBytes, "workbook",
                    false);
        }
        inspect(file, limits);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            CellText numbers = new CellText(date1904(reader));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<Table> tables = new ArrayList<>();
            long[] cells = {0};
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (tables.size() >= Limits.MAX_SHEETS) {
                        throw new WorkbookLimit("the workbook has more than " + Limits.MAX_SHEETS + " sheets", name,
                                false);
                    }
                    Rows rows = new Rows(name, limits, cells);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, numbers,
                            false));
                    parser.parse(new InputSource(in));
                    tables.add(rows.table());
                }
            }
            return tables;
        } catch (OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                | org.apache.poi.UnsupportedFileFormatException e) {
            throw new WorkbookLimit("the workbook cannot be read: " + oneLine(e), "workbook", true);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** The {@code date1904} attribute of a workbook's properties, true or 1 where it counts dates from 1904. */
    private static final Pattern DATE_1904 = Pattern.compile("\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

    /**
     * Tells whether a workbook counts its dates from 1904 (as workbooks first saved on a Mac
     * could): its {@code workbook.xml}, whose size the inspection has already bounded, says so.
     */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            return DATE_1904.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find();
        }
    }

    private static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    /**
     * Reads a workbook's entries through once: refuses one that is not a zip file, that has
     * macros or links to other workbooks, or whose entries expand beyond the limits.
     */
    private static void inspect(Path file, Limits limits) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            java.util.Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries++;
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject") || name.endsWith(".bin") && name.contains("vba")) {
                    throw new WorkbookLimit("the workbook has macros (" + entry.getName()
                            + "); save it as a workbook without macros (.xlsx)", "workbook", true);
                }
                if (name.contains("externallink")) {
                    throw new WorkbookLimit("the workbook links to other workbooks (" + entry.getName()
                            + "); replace the links by their values", "workbook", true);
                }
                if (entries > Limits.MAX_ENTRIES) {
                    throw new WorkbookLimit("the workbook has more than " + Limits.MAX_ENTRIES + " entries", "workbook",
                            false);
                }
                long expanded = 0;
                long compressed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        total += n;
                        if (total > limits.maxExpanded) {
                            throw new WorkbookLimit("the workbook expands to more than " + limits.maxExpanded
                                    + " bytes", "workbook", false);
                        }
                        if (expanded > Limits.RATIO_CHECKED_FROM && expanded / compressed > Limits.MAX_RATIO) {
                            throw new WorkbookLimit("the entry " + entry.getName() + " expands more than "
                                    + Limits.MAX_RATIO + " times its compressed size (a zip bomb?)", "workbook",
                                    false);
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new WorkbookLimit("the file is not a workbook (.xlsx): " + oneLine(e), "workbook", true);
        }
        if (entries == 0) {
            throw new WorkbookLimit("the file is not a workbook (.xlsx)", "workbook", true);
        }
    }

    /** Collects a sheet's rows from POI's stream of cells, within the limits. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final Limits limits;
        private final long[] cells;
        private final List<Table.Row> rows = new ArrayList<>();
        private List<String> current;
        private int number;
        private int column;

        Rows(String name, Limits limits, long[] cells) {
            this.name = name;
            this.limits = limits;
            this.cells = cells;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            current = new ArrayList<>();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new Table.Row(number, current));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            if (column >= Limits.MAX_COLUMNS) {
                throw new WorkbookLimit("a row has more than " + Limits.MAX_COLUMNS + " columns",
                        Layout.cell(name, column, number), false);
            }
            String text = value == null ? "" : value;
            if (text.length() > limits.maxCell) {
                throw new WorkbookLimit("a cell holds more than " + limits.maxCell + " characters",
                        Layout.cell(name, column, number), false);
            }
            while (current.size() < column) {
                current.add("");
                count();
            }
            current.add(text);
            count();
        }

        private void count() {
            if (++cells[0] > Limits.MAX_CELLS) {
                throw new WorkbookLimit("the workbook has more than " + Limits.MAX_CELLS + " cells",
                        Layout.cell(name, column, number), false);
            }
        }

        Table table() {
            if (rows.isEmpty() || rows.get(0).number != 1) {
                Table table = new Table(name, List.of(), 1);
                table.rows.addAll(rows);
                return table;
            }
            Table table = new Table(name, rows.get(0).cells, 1);
            table.rows.addAll(rows.subList(1, rows.size()));
            return table;
        }
    }

    /** Writes the template: headed sheets, notes and drop-down lists. */
    static void template(OutputStream out) throws IOException {
        Template.write(out);
    }
}
