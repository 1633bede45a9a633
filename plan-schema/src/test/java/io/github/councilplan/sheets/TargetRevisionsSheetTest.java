package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's revisions are rows of the sheet {@code Target revisions}, each naming its measure in
 * {@code parent} and its target by number in {@code target}; a row naming a target its measure
 * does not have is located at its cell.
 */
class TargetRevisionsSheetTest {
    private static final Path PLEDGES = SheetsRoundTripTest.EXAMPLES.resolve("fictional-county-pledges-plan.json");
    private static final String REVISIONS = "Target revisions.csv";
    private static final String HEADER = "parent,target,date,value,decision/body,decision/date,decision/reference,"
            + "decision/uri,reason";

    @TempDir
    Path temp;

    private Path folder() throws IOException {
        Path folder = temp.resolve("csv");
        PlanSheets.create().writeCsv(PlanJson.standard().read(PLEDGES), folder);
        return folder;
    }

    private static List<String> lines(Path file) throws IOException {
        return List.of(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
    }

    /** Replaces the revision rows of a folder's sheet of target revisions. */
    private static void revisions(Path folder, String rows) throws IOException {
        Files.writeString(folder.resolve(REVISIONS), HEADER + "\r\n" + rows, StandardCharsets.UTF_8);
    }

    @Test
    void aRevisionIsARowOfItsOwnSheetNamingItsMeasureAndTargetNumber() throws IOException {
        Path folder = folder();

        List<String> lines = lines(folder.resolve(REVISIONS));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(1)).startsWith("m-8,2,2025-11-19,57.5,Cabinet,2025-11-19,Minute 64,");
    }

    @Test
    void theSheetOfTargetsHasNoColumnsForRevisions() throws IOException {
        Path folder = folder();

        assertThat(lines(folder.resolve("Targets.csv")).get(0)).isEqualTo("parent,period,value,text");
    }

    @Test
    void revisionsOfOneTargetReadBackInRowOrder() throws IOException {
        Path folder = folder();
        revisions(folder, "m-8,2,2025-10-01,56,Cabinet,,Minute 50,,\r\nm-8,2,2025-11-19,57.5,Cabinet,,Minute 64,,\r\n");

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.lines()).noneMatch(line -> line.contains(": error "));
        String json = PlanJson.standard().write(read.plan().orElseThrow());
        assertThat(json.indexOf("Minute 50")).isPositive().isLessThan(json.indexOf("Minute 64"));
    }

    @Test
    void aRevisionOfATargetItsMeasureDoesNotHaveIsLocatedAtItsNumber() throws IOException {
        Path folder = folder();
        revisions(folder, "m-8,9,2025-11-19,57.5,Cabinet,,Minute 64,,\r\n");

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.plan()).isEmpty();
        assertThat(read.lines()).singleElement().asString().isEqualTo(
                "Target revisions!B2: error rule.unresolved-reference: 'm-8', a measure, has 3 targets; it has no"
                        + " target 9");
    }

    @Test
    void aRevisionWithoutATargetNumberIsLocatedAtItsCell() throws IOException {
        Path folder = folder();
        revisions(folder, "m-8,,2025-11-19,57.5,Cabinet,,Minute 64,,\r\nm-8,first,2025-11-19,57.5,Cabinet,,M,,\r\n");

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.lines()).containsExactly(
                "Target revisions!B2: error sheet.structure: say in the column target which of its element's targets"
                        + " holds this row: its number, 1 for the first, not ''",
                "Target revisions!B3: error sheet.structure: say in the column target which of its element's targets"
                        + " holds this row: its number, 1 for the first, not 'first'");
    }

    @Test
    void aRevisionOfAnElementWithoutTargetsIsLocatedAtItsParent() throws IOException {
        Path folder = folder();
        Plan plan = PlanJson.standard().read(PLEDGES);
        String theme = plan.themes().get(0).id().toString();
        revisions(folder, theme + ",1,2025-11-19,57.5,Cabinet,,Minute 64,,\r\n");

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.lines()).singleElement().asString().isEqualTo("Target revisions!A2: error"
                + " rule.wrong-reference-kind: '" + theme + "', a theme, holds no targets");
    }

    @Test
    void aRevisionOfAMeasureNoRowHasIsLocatedAtItsParent() throws IOException {
        Path folder = folder();
        revisions(folder, "m-99,1,2025-11-19,57.5,Cabinet,,Minute 64,,\r\n");

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.lines()).singleElement().asString().isEqualTo(
                "Target revisions!A2: error rule.unresolved-reference: no element has the id 'm-99'");
    }

    @Test
    void numberedRevisionColumnsInTheSheetOfTargetsAreLocatedAtTheirHeading() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("Targets.csv"), "parent,period,value,revisions/1/date\r\n",
                StandardCharsets.UTF_8);

        SheetImport read = PlanSheets.create().read(folder);

        assertThat(read.lines()).contains("Targets!D1: error sheet.structure: the sheet Targets has no column"
                + " 'revisions/1/date': revisions are rows of the sheet Target revisions");
    }

    @Test
    void theTemplatesSheetOfTargetRevisionsHasItsKeyColumnsWithNotesAndDropDowns() {
        List<Template.Column> columns = Template.columns(Layout.sheets().get("Target revisions"));

        assertThat(columns).extracting(column -> column.heading).startsWith("parent", "target", "date", "value",
                "text", "withdrawn", "decision/body");
        assertThat(columns.get(1).note).startsWith("The number of the target this row belongs to");
        assertThat(columns).filteredOn(column -> column.heading.equals("withdrawn")).singleElement()
                .satisfies(column -> assertThat(column.choices).containsExactly("true", "false"));
    }
}
