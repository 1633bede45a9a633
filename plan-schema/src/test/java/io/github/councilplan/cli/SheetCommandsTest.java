package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.PlanYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan export}, {@code plan import} and {@code plan template}. */
class SheetCommandsTest {
    @TempDir
    Path temp;

    @Test
    void exportedWorkbookImportsAsTheSameJson() throws IOException {
        Path workbook = temp.resolve("thurrock.xlsx");
        Path json = temp.resolve("thurrock.json");

        PlanRun export = PlanRun.of("export", "--format", "xlsx", "-o", workbook.toString(), PlanRun.THURROCK.toString());
        PlanRun read = PlanRun.of("import", workbook.toString(), "--to", "json", "-o", json.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.err()).isEqualTo(workbook + ": valid\n");
        assertThat(PlanJson.standard().read(json)).isEqualTo(PlanJson.standard().read(PlanRun.THURROCK));
    }

    @Test
    void exportedCsvFilesImportAsTheSameYaml() throws IOException {
        Path folder = temp.resolve("thurrock-csv");

        PlanRun export = PlanRun.of("export", "--format", "csv-dir", "--output", folder.toString(),
                PlanRun.THURROCK.toString());
        PlanRun read = PlanRun.of("import", folder.toString(), "--to", "yaml");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.exists(folder.resolve("Deliverables.csv"))).isTrue();
        assertThat(read.exitCode()).as(read.err()).isZero();
        Plan plan = PlanJson.standard().read(PlanRun.THURROCK);
        assertThat(read.out()).isEqualTo(PlanYaml.standard().write(plan));
    }

    @Test
    void importLocatesAProblemAtItsCell() throws IOException {
        Path folder = temp.resolve("csv");
        PlanRun.of("export", "--format", "csv-dir", "-o", folder.toString(), PlanRun.TRACEABLE.toString());
        Path sheet = folder.resolve("Plan.csv");
        String csv = Files.readString(sheet, StandardCharsets.UTF_8);
        String header = csv.substring(1, csv.indexOf('\r'));
        int start = java.util.Arrays.asList(header.split(",")).indexOf("period/start");
        String[] lines = csv.split("\r\n");
        String[] cells = lines[1].split(",", -1);
        cells[start] = "someday";
        lines[1] = String.join(",", cells);
        Files.writeString(sheet, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        PlanRun read = PlanRun.of("import", folder.toString(), "--to", "json");

        assertThat(read.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(read.out()).isEmpty();
        assertThat(read.err()).contains(folder + ": Plan!" + (char) ('A' + start) + "2: error schema.");
        assertThat(read.errShowsStackTrace()).isFalse();
    }

    @Test
    void templateIsWritten() throws IOException {
        Path template = temp.resolve("template.xlsx");

        PlanRun run = PlanRun.of("template", "--format", "xlsx", "-o", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(template)).isPositive();
    }

    @Test
    void anUnknownExportFormatIsAUsageError() {
        PlanRun run = PlanRun.of("export", "--format", "ods", PlanRun.THURROCK.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("expected xlsx or csv-dir but was 'ods'");
    }

    @Test
    void anUnknownTemplateFormatIsAUsageError() {
        PlanRun run = PlanRun.of("template", "--format", "csv-dir", "-o", temp.resolve("t.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("expected xlsx but was 'csv-dir'");
        assertThat(temp.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void anUnknownImportFormatIsAUsageErrorListingTheFormats() {
        PlanRun run = PlanRun.of("import", temp.resolve("none.xlsx").toString(), "--to", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("Invalid value for option '--to': expected json or yaml but was 'xml'");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void importOfAMissingFileCannotRead() {
        PlanRun run = PlanRun.of("import", temp.resolve("none.xlsx").toString(), "--to", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("cannot read");
    }
}
