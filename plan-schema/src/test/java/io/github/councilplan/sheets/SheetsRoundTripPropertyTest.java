package io.github.councilplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.ValidationLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every plan the model can build ({@link PlanArbitraries}), written as CSV files or as a
 * workbook, reads back as an equal plan. Each try writes and reads a whole plan (a workbook is
 * slow to write), so the tries are few. Plans with target revisions (a sheet of their own) are
 * among them: each property checks that enough of its tries have some.
 */
class SheetsRoundTripPropertyTest {
    /** As the validator's property over buildable plans: extensions may hold numbers of many digits. */
    private static final PlanSheets SHEETS = PlanSheets.create(ValidationLimits.defaults().withMaxNumberLength(2_100));

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void planReadsBackFromCsvFiles(@ForAll("plans") Plan plan) throws IOException {
        Path folder = Files.createTempDirectory("plan-csv");
        try {
            countRevisions(plan);
            SHEETS.writeCsv(plan, folder);

            SheetImport read = SHEETS.read(folder);

            assertThat(read.plan()).as("%s", read.lines()).contains(plan);
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 50)
    void planReadsBackFromAWorkbook(@ForAll("plans") Plan plan) throws IOException {
        Path file = Files.createTempFile("plan", ".xlsx");
        try {
            countRevisions(plan);
            try (OutputStream out = Files.newOutputStream(file)) {
                SHEETS.writeWorkbook(plan, out);
            }

            SheetImport read = SHEETS.read(file);

            assertThat(read.plan()).as("%s", read.lines()).contains(plan);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Counts the tries whose plan has target revisions, and requires some. */
    private static void countRevisions(Plan plan) {
        Statistics.label("target revisions").collect(PlanJson.standard().write(plan).contains("\"revisions\""))
                .coverage(checker -> checker.check(true).percentage(p -> p >= 10));
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
