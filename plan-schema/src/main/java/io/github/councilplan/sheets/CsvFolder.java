package io.github.councilplan.sheets;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A workbook as a folder of CSV files (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
 * programs read it as UTF-8), one file per sheet, named for the sheet ({@code Deliverables.csv}).
 *
 * <p>A field that a spreadsheet program would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written after an apostrophe, as
 * is a field that starts with an apostrophe; reading removes one leading apostrophe. A number
 * ({@code -3.5}) is written as it is. So every text reads back as written, and none is run as a
 * formula when the file is opened.
 *
 * <p>The class is stateless and thread-safe.
 */
final class CsvFolder {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final char BOM = '\uFEFF';

    private CsvFolder() {}

    /** Writes each table to its file in a folder, made if need be. */
    static void write(List<Table> tables, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Table table : tables) {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(table.name + ".csv"),
                    StandardCharsets.UTF_8))) {
                out.write(BOM);
                record(out, table.header);
                for (Table.Row row : table.rows) {
                    record(out, row.cells);
                }
            }
        }
    }

    private static void record(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** Returns a field as the file holds it: apostrophe first if need be, then quoted if need be. */
    static String field(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()) {
            value = "'" + value;
        }
        boolean quote = !value.isEmpty() && (value.charAt(0) <= ' ' || value.charAt(value.length() - 1) <= ' ');
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == '"' || c == ',' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Reads every {@code .csv} file of a folder as a table named for the file, within the limits. */
    static List<Table> read(Path folder, Limits limits) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(file -> file.getFileName().toString().endsWith(".csv") && Files.isRegularFile(file))
                    .sorted().forEach(files::add);
        }
        if (files.size() > Limits.MAX_SHEETS) {
            throw new WorkbookLimit("the folder has " + files.size() + " CSV files; the limit is "
                    + Limits.MAX_SHEETS, "workbook", false);
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        if (bytes > limits.maxBytes) {
            throw new WorkbookLimit("the CSV files hold " + bytes + " bytes; the limit is " + limits.maxBytes,
                    "workbook", false);
        }
        List<Table> tables = new ArrayList<>();
        long[] cells = {0};
        for (Path file : files) {
            String name = file.getFileName().toString();
            name = name.substring(0, name.length() - ".csv".length());
            try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                tables.add(table(name, in, limits, cells));
            }
        }
        return tables;
    }

    /** Reads one CSV file. */
    static Table table(String name, Reader in, Limits limits, long[] cells) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = in.read();
        if (c == BOM) {
            c = in.read();
        }
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean any = false;
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                add(fields, field, name, records.size() + 1, limits, cells);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                add(fields, field, name, records.size() + 1, limits, cells);
                records.add(fields);
                fields = new ArrayList<>();
                wasQuoted = false;
                any = false;
                c = in.read();
                continue;
            } else {
                field.append((char) c);
            }
            any = true;
            if (field.length() > limits.maxCell) {
                throw new WorkbookLimit("a cell holds more than " + limits.maxCell + " characters",
                        Layout.cell(name, fields.size(), records.size() + 1), false);
            }
            c = in.read();
        }
        if (any || !fields.isEmpty()) {
            add(fields, field, name, records.size() + 1, limits, cells);
            records.add(fields);
        }
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        Table table = new Table(name, header, 1);
        for (int i = 1; i < records.size(); i++) {
            table.rows.add(new Table.Row(i + 1, records.get(i)));
        }
        return table;
    }

    private static void add(List<String> fields, StringBuilder field, String sheet, int row, Limits limits,
            long[] cells) {
        if (fields.size() >= Limits.MAX_COLUMNS) {
            throw new WorkbookLimit("a row has more than " + Limits.MAX_COLUMNS + " columns",
                    Layout.cell(sheet, fields.size(), row), false);
        }
        if (++cells[0] > Limits.MAX_CELLS) {
            throw new WorkbookLimit("the workbook has more than " + Limits.MAX_CELLS + " cells",
                    Layout.cell(sheet, fields.size(), row), false);
        }
        String value = field.toString();
        fields.add(value.startsWith("'") ? value.substring(1) : value);
        field.setLength(0);
    }
}
