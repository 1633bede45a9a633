package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.ValidationLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text in a cell reads back as written: from a CSV file (quotes, commas, line breaks, a
 * leading apostrophe or formula sign) and from a workbook (characters XML cannot hold, text that
 * looks like a workbook's own escapes, {@code _x0041_}).
 */
class CellTextPropertyTest {
    private static final Limits LIMITS = new Limits(ValidationLimits.defaults());

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("=+-@'\"\t\r\n,_x0123456789AF ").ofMaxLength(12),
                Arbitraries.of("_x0041_", "'=1+1", "-3.5", "=HYPERLINK(\"x\")", " padded ", "\r\n"));
        return cell.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 500)
    void aCsvRecordReadsBackAsWritten(@ForAll("rows") List<String> cells) throws IOException {
        StringWriter csv = new StringWriter();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            header.add("c" + i);
        }
        for (List<String> record : List.of(header, cells)) {
            List<String> fields = new ArrayList<>();
            record.forEach(field -> fields.add(CsvFolder.field(field)));
            csv.write(String.join(",", fields) + "\r\n");
        }

        Table table = CsvFolder.table("Sheet", new StringReader(csv.toString()), LIMITS, new long[1]);

        assertThat(table.header).isEqualTo(header);
        assertThat(table.rows).singleElement().satisfies(row -> assertThat(row.cells).isEqualTo(cells));
    }

    @Property(tries = 30)
    void aWorkbookCellReadsBackAsWritten(@ForAll("rows") List<String> cells) throws IOException {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            header.add("c" + i);
        }
        Table table = new Table("Sheet", header, 1);
        table.rows.add(new Table.Row(2, cells));
        Path file = Files.createTempFile("cells", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                Xlsx.write(List.of(table), out);
            }

            List<Table> read = Xlsx.read(file, LIMITS);

            assertThat(read).singleElement().satisfies(sheet -> {
                assertThat(sheet.header).isEqualTo(header);
                List<String> expected = new ArrayList<>(cells);
                List<String> actual = new ArrayList<>(sheet.rows.isEmpty() ? List.of() : sheet.rows.get(0).cells);
                while (actual.size() < expected.size()) {
                    actual.add("");
                }
                assertThat(actual).isEqualTo(expected);
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
