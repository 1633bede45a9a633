package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.schema.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template opens as a workbook: read back by the library (every column it heads is one the
 * import knows), by POI's own model of a workbook (headings, notes, drop-down lists) and by a plain
 * reading of its zip entries' XML.
 */
class TemplateTest {
    @TempDir
    Path temp;

    private Path template;

    @BeforeEach
    void write() throws IOException {
        template = temp.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            PlanSheets.create().writeTemplate(out);
        }
    }

    @Test
    void theLibraryReadsTheTemplateAsAWorkbookWithNoPlanYet() throws IOException {
        SheetImport read = PlanSheets.create().read(template);

        assertThat(read.problems()).singleElement().extracting(problem -> problem.code())
                .isEqualTo(ProblemCode.SHEET_STRUCTURE);
        assertThat(read.lines()).containsExactly(
                "Plan!A2: error sheet.structure: the workbook has no plan: its sheet Plan needs a row under its header");
    }

    @Test
    void everySheetIsHeadedWithANoteOnEachColumn() throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
                Row heading = sheet.getRow(0);
                List<Template.Column> columns = Template.columns(Layout.sheets().get(sheet.getSheetName()));
                assertThat(heading.getLastCellNum()).isEqualTo((short) columns.size());
                for (Cell cell : heading) {
                    assertThat(cell.getStringCellValue()).isEqualTo(columns.get(cell.getColumnIndex()).heading);
                    assertThat(cell.getCellComment().getString().getString()).isNotBlank();
                }
            }
            assertThat(names).containsExactlyElementsOf(Layout.sheets().keySet());
        }
    }

    @Test
    void enumeratedColumnsHaveDropDownLists() throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet milestones = workbook.getSheet("Milestones");
            List<String> headings = new ArrayList<>();
            milestones.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            int status = headings.indexOf("status");
            DataValidation list = milestones.getDataValidations().stream()
                    .filter(validation -> validation.getRegions().getCellRangeAddress(0).getFirstColumn() == status)
                    .findFirst().orElseThrow();

            assertThat(list.getValidationConstraint().getExplicitListValues()).contains("notStarted", "complete");
        }
    }

    @Test
    void aPlainZipAndXmlReadingFindsEverySheetAndItsHeadings() throws IOException {
        Map<String, ObjectShape> sheets = Layout.sheets();
        try (ZipFile zip = new ZipFile(template.toFile())) {
            String workbook = text(zip, "xl/workbook.xml");
            List<String> names = new ArrayList<>();
            Matcher sheet = Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(workbook);
            while (sheet.find()) {
                names.add(sheet.group(1));
            }
            assertThat(names).containsExactlyElementsOf(sheets.keySet());
            String strings = text(zip, "xl/sharedStrings.xml");
            for (Template.Column column : Template.columns(sheets.get("Deliverables"))) {
                assertThat(strings).contains("<t>" + column.heading + "</t>");
            }
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
