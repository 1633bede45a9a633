package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example plan written as a workbook, and as CSV files, reads back as an equal plan. */
class SheetsRoundTripTest {
    static final Path EXAMPLES = Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples");
    private static final PlanSheets SHEETS = PlanSheets.create();

    @TempDir
    Path temp;

    static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleReadsBackFromCsvFiles(Path example) throws IOException {
        Plan plan = PlanJson.standard().read(example);
        Path folder = temp.resolve("csv");

        SHEETS.writeCsv(plan, folder);
        SheetImport read = SHEETS.read(folder);

        assertThat(read.lines()).noneMatch(line -> line.contains(": error "));
        assertThat(read.plan()).contains(plan);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleReadsBackFromAWorkbook(Path example) throws IOException {
        Plan plan = PlanJson.standard().read(example);
        Path file = temp.resolve("plan.xlsx");

        try (OutputStream out = Files.newOutputStream(file)) {
            SHEETS.writeWorkbook(plan, out);
        }
        SheetImport read = SHEETS.read(file);

        assertThat(read.lines()).noneMatch(line -> line.contains(": error "));
        assertThat(read.plan()).contains(plan);
    }
}
