package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks and CSV folders end in one located problem, within a few seconds and the test
 * heap: zip bombs, huge files, sheets and cells, macros, links to other workbooks, files that are
 * not workbooks, XML entity bombs; formulas are read as their saved values, never calculated.
 */
class HostileWorkbookTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** Small limits, so that each case is quick: 1 MB documents, 100,000-character cells. */
    private static final PlanSheets SMALL = PlanSheets.create(ValidationLimits.defaults()
            .withMaxDocumentBytes(1_000_000).withMaxStringLength(100_000));

    @TempDir
    Path temp;

    /** A small valid plan written as a workbook. */
    private Path workbook() throws IOException {
        Plan plan = PlanJson.standard().read(SheetsRoundTripTest.EXAMPLES.resolve("fictional-principles-plan.json"));
        Path file = temp.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanSheets.create().writeWorkbook(plan, out);
        }
        return file;
    }

    /** Copies a workbook's entries, changing one entry's text or adding entries. */
    private Path rewrite(Path workbook, String entry, UnaryOperator<String> change, Map<String, byte[]> added)
            throws IOException {
        Path file = temp.resolve("changed.xlsx");
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(
                Files.newOutputStream(file))) {
            for (ZipEntry each : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream stream = in.getInputStream(each)) {
                    bytes = stream.readAllBytes();
                }
                if (each.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(each.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> each : added.entrySet()) {
                out.putNextEntry(new ZipEntry(each.getKey()));
                out.write(each.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static SheetImport read(PlanSheets sheets, Path file) {
        return assertTimeoutPreemptively(BOUND, () -> sheets.read(file));
    }

    private static void assertOneProblem(SheetImport read, ProblemCode code, String where) {
        assertThat(read.plan()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).code()).isEqualTo(code);
        assertThat(read.cell(read.problems().get(0))).isEqualTo(where);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] zeros = new byte[20_000_000];
        Path bomb = rewrite(workbook(), "", text -> text, Map.of("xl/media/zeros.bin", zeros));

        SheetImport read = read(SMALL, bomb);

        assertOneProblem(read, ProblemCode.LIMIT_WORKBOOK, "workbook");
        assertThat(read.problems().get(0).message()).contains("zip bomb");
    }

    @Test
    void aWorkbookExpandingBeyondTheLimitIsRefused() throws IOException {
        byte[] text = new byte[900_000];
        Arrays.fill(text, (byte) 'a');
        for (int i = 0; i < text.length; i += 7) {
            text[i] = (byte) ('a' + i % 26);
        }
        Map<String, byte[]> added = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            added.put("xl/media/part" + i + ".txt", text);
        }
        Path big = rewrite(workbook(), "", s -> s, added);

        SheetImport read = read(SMALL, big);

        assertOneProblem(read, ProblemCode.LIMIT_WORKBOOK, "workbook");
    }

    @Test
    void aFileLargerThanTheLimitIsNotOpened() throws IOException {
        Path file = temp.resolve("large.xlsx");
        byte[] noise = new byte[1_500_000];
        new java.util.Random(1).nextBytes(noise);
        Files.write(file, noise);

        assertOneProblem(read(SMALL, file), ProblemCode.LIMIT_WORKBOOK, "workbook");
    }

    @Test
    void macrosAreRefused() throws IOException {
        Path macros = rewrite(workbook(), "", s -> s, Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));

        assertOneProblem(read(SMALL, macros), ProblemCode.SHEET_REFUSED, "workbook");
    }

    @Test
    void linksToOtherWorkbooksAreRefused() throws IOException {
        Path linked = rewrite(workbook(), "", s -> s, Map.of("xl/externalLinks/externalLink1.xml",
                "<externalLink/>".getBytes(StandardCharsets.UTF_8)));

        assertOneProblem(read(SMALL, linked), ProblemCode.SHEET_REFUSED, "workbook");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = temp.resolve("plan.xlsx");
        Files.writeString(file, "{\"this\": \"is JSON\"}");

        assertOneProblem(read(SMALL, file), ProblemCode.SHEET_REFUSED, "workbook");
    }

    @Test
    void anOldExcelFileIsRefused() throws IOException {
        Path file = temp.resolve("plan.xls");
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Files.write(file, ole2);

        assertOneProblem(read(SMALL, file), ProblemCode.SHEET_REFUSED, "workbook");
    }

    @Test
    void anEntityBombInASheetIsRefused() throws IOException {
        String doctype = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
        Path bomb = rewrite(workbook(), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype).replaceFirst("<worksheet", "<worksheet")
                        .replaceFirst("(<c r=\"A2\"[^>]*><is><t>)", "$1&lol4;"),
                Map.of());

        SheetImport read = read(SMALL, bomb);

        assertThat(read.plan()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).code()).isEqualTo(ProblemCode.SHEET_REFUSED);
    }

    @Test
    void aCellBeyondTheColumnLimitIsRefusedWhereItIs() throws IOException {
        Path wide = rewrite(workbook(), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("</row>", "<c r=\"ZZZ1\" t=\"inlineStr\"><is><t>wide</t></is></c></row>"),
                Map.of());

        assertOneProblem(read(SMALL, wide), ProblemCode.LIMIT_WORKBOOK, "Plan!ZZZ1");
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedWhereItIs() throws IOException {
        Path folder = temp.resolve("csv");
        PlanSheets.create().writeCsv(PlanJson.standard().read(SheetsRoundTripTest.EXAMPLES.resolve(
                "fictional-principles-plan.json")), folder);
        Files.writeString(folder.resolve("Extra.csv"), "a,b\r\n1," + "x".repeat(200_000) + "\r\n");

        assertOneProblem(read(SMALL, folder), ProblemCode.LIMIT_WORKBOOK, "Extra!B2");
    }

    @Test
    void tooManySheetsAreRefused() throws IOException {
        Path folder = temp.resolve("csv");
        Files.createDirectories(folder);
        for (int i = 0; i <= Limits.MAX_SHEETS; i++) {
            Files.writeString(folder.resolve("Sheet" + i + ".csv"), "a\r\n");
        }

        assertOneProblem(read(SMALL, folder), ProblemCode.LIMIT_WORKBOOK, "workbook");
    }

    @Test
    void tooManyCellsAreRefused() throws IOException {
        Path folder = temp.resolve("csv");
        Files.createDirectories(folder);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        byte[] row = ",,,,,,,,,\r\n".getBytes(StandardCharsets.US_ASCII);
        for (long cells = 0; cells <= Limits.MAX_CELLS; cells += 10) {
            csv.write(row, 0, row.length);
        }
        Files.write(folder.resolve("Plan.csv"), csv.toByteArray());

        SheetImport read = read(PlanSheets.create(), folder);

        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).code()).isEqualTo(ProblemCode.LIMIT_WORKBOOK);
        assertThat(read.cell(read.problems().get(0))).startsWith("Plan!");
    }

    @Test
    void aFormulaIsReadAsItsSavedValueAndNeverCalculated() throws IOException {
        Path workbook = workbook();
        Path formula = rewrite(workbook, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"B2\" t=\"inlineStr\"><is><t>([^<]*)</t></is></c>",
                        "<c r=\"B2\" t=\"str\"><f>WEBSERVICE(\"https://example.org/\")&amp;\"$1\"</f><v>$1</v></c>"),
                Map.of());
        assertThat(Files.readAllBytes(formula)).isNotEqualTo(Files.readAllBytes(workbook));

        SheetImport read = read(SMALL, formula);

        assertThat(read.lines()).isEmpty();
        assertThat(read.plan()).contains(PlanJson.standard().read(SheetsRoundTripTest.EXAMPLES.resolve(
                "fictional-principles-plan.json")));
    }

    @Test
    void aFormulaWithoutASavedValueIsAnEmptyCell() throws IOException {
        Path formula = rewrite(workbook(), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"B2\" t=\"inlineStr\"><is><t>([^<]*)</t></is></c>",
                        "<c r=\"B2\"><f>1/0</f></c>"),
                Map.of());

        SheetImport read = read(SMALL, formula);

        assertThat(read.plan()).isEmpty();
        assertThat(read.lines()).anySatisfy(line -> assertThat(line).startsWith("Plan!A2: error schema.required"));
    }

    @Test
    void anUnknownColumnIsLocatedAtItsHeading() throws IOException {
        Path unknown = rewrite(workbook(), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("</row>", "<c r=\"ZZ1\" t=\"inlineStr\"><is><t>colour</t></is></c></row>"),
                Map.of());

        SheetImport read = read(SMALL, unknown);

        assertThat(read.lines()).singleElement().asString().startsWith("Plan!ZZ1: error sheet.structure:");
    }

    @Test
    void aRowWhoseParentCannotHoldItIsLocatedAtItsParentCell() throws IOException {
        Path folder = temp.resolve("csv");
        PlanSheets.create().writeCsv(PlanJson.standard().read(SheetsRoundTripTest.EXAMPLES.resolve(
                "fictional-principles-plan.json")), folder);
        Files.writeString(folder.resolve("Themes.csv"), "t9,t9\r\n", java.nio.file.StandardOpenOption.APPEND);

        SheetImport read = read(SMALL, folder);

        assertThat(read.lines()).singleElement().asString()
                .matches("Themes!B[0-9]+: error rule\\.wrong-reference-kind: 't9', a theme, holds no themes");
    }
}
