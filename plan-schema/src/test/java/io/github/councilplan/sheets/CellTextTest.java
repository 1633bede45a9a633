package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.ValidationLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's numbers read as the import reads them: a date someone typed into a cell as a plan
 * document writes it, to the precision its format shows; other numbers with a decimal point.
 */
class CellTextTest {
    private static final Limits LIMITS = new Limits(ValidationLimits.defaults());

    @Test
    void aDayTypedIntoAWorkbookReadsAsAnIsoDate() throws IOException {
        assertThat(readBack(LocalDate.of(2025, 3, 14).atStartOfDay(), "dd/mm/yyyy", false)).isEqualTo("2025-03-14");
    }

    @Test
    void aDayInTheBuiltInShortDateFormatReadsAsAnIsoDateNotAsItShowsInTheUnitedStates() throws IOException {
        assertThat(readBack(LocalDate.of(2025, 3, 14).atStartOfDay(), "m/d/yy", false)).isEqualTo("2025-03-14");
    }

    @Test
    void aMonthTypedIntoAWorkbookReadsAsAPlanMonth() throws IOException {
        assertThat(readBack(LocalDate.of(2025, 3, 1).atStartOfDay(), "mmm-yy", false)).isEqualTo("2025-03");
    }

    @Test
    void aYearShownAloneReadsAsAYear() throws IOException {
        assertThat(readBack(LocalDate.of(2030, 1, 1).atStartOfDay(), "yyyy", false)).isEqualTo("2030");
    }

    @Test
    void aDateWithATimeOfDayReadsAsAnIsoDateAndTime() throws IOException {
        assertThat(readBack(LocalDateTime.of(2025, 3, 14, 9, 30), "dd/mm/yyyy hh:mm", false))
                .isEqualTo("2025-03-14T09:30");
    }

    @Test
    void aWorkbookThatCountsFrom1904ReadsItsDatesSo() throws IOException {
        assertThat(readBack(LocalDate.of(2025, 3, 14).atStartOfDay(), "dd/mm/yyyy", true)).isEqualTo("2025-03-14");
    }

    @Test
    void aDecimalNumberReadsWithADecimalPoint(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("number.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Measures");
            sheet.createRow(0).createCell(0).setCellValue("value");
            sheet.createRow(1).createCell(0).setCellValue(3.5);
            workbook.write(out);
        }

        assertThat(Xlsx.read(file, LIMITS).get(0).rows.get(0).cells).containsExactly("3.5");
    }

    @Test
    void quotedTextBracketedSectionsAndEscapesAreNotPartsOfADate() {
        assertThat(CellText.shown("[Red][$-809]dd\"day\"\\m yyyy")).isEqualTo("ddyyyy");
        assertThat(CellText.shown("[h]:mm")).isEqualTo("hmm");
    }

    @Test
    void anElapsedTimeIsNotReadAsAMonth() {
        assertThat(CellText.date(LocalDateTime.of(1900, 1, 1, 0, 0), CellText.shown("[h]:mm")))
                .isEqualTo("1900-01-01T00:00");
    }

    @Property(tries = 500)
    void anyFormatGivesOnlyLettersAndNoMoreThanItHas(@ForAll String format) {
        String shown = CellText.shown(format);

        assertThat(shown.chars()).allMatch(Character::isLetter).noneMatch(c -> c >= 'A' && c <= 'Z');
        assertThat(shown.length()).isLessThanOrEqualTo(format.length());
    }

    @Property(tries = 40)
    void everyDayTypedIntoAWorkbookReadsBackAsThatDay(@ForAll @IntRange(max = 109_000) int daysAfter1901)
            throws IOException {
        LocalDate day = LocalDate.of(1901, 1, 1).plusDays(daysAfter1901);
        assertThat(readBack(day.atStartOfDay(), "d mmmm yyyy", false)).isEqualTo(day.toString());
    }

    /** Writes a workbook with one date cell in the given format, reads it as the import does, returns its text. */
    private String readBack(LocalDateTime when, String format, boolean date1904) throws IOException {
        Path file = Files.createTempFile("dates", ".xlsx");
        try {
            return readBack(file, when, format, date1904);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String readBack(Path file, LocalDateTime when, String format, boolean date1904) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (date1904) {
                (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                        : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
            }
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            Sheet sheet = workbook.createSheet("Milestones");
            sheet.createRow(0).createCell(0).setCellValue("date");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(when);
            row.getCell(0).setCellStyle(style);
            workbook.write(out);
        }
        List<Table> tables = Xlsx.read(file, LIMITS);
        return tables.get(0).rows.get(0).cells.get(0);
    }
}
