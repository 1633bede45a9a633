package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.Basis;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.Traced;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The CSV of any plan reads back, with Jackson's CSV reader, to the matrix {@link PlanIndex}
 * answers: a header and one row per piece of leaf work, each cell agreeing with
 * {@link PlanIndex#outcomesServedBy}, each title the plan's text, and no field that a spreadsheet
 * would evaluate.
 */
class MatrixCsvPropertyTest {
    private static final CsvMapper READER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<Plan> plansOfEveryShape() {
        return RenderPlans.everyShapeWithAnyText();
    }

    @Property(tries = 200)
    void theCsvReadsBackToTheMatrixOfThePlan(@ForAll("plans") Plan plan) {
        assertTheCsvReadsBackToTheMatrix(plan);
        Statistics.label("link cells").coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
        Statistics.label("containment cells").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 50)
    void theCsvOfAPlanOfEveryShapeReadsBackToItsMatrix(@ForAll("plansOfEveryShape") Plan plan) {
        assertTheCsvReadsBackToTheMatrix(plan);
    }

    private static void assertTheCsvReadsBackToTheMatrix(Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        List<Work> work = index.leafWork();
        List<Outcome> outcomes = index.ofKind(io.github.councilplan.model.ElementKind.OUTCOME).stream()
                .map(Outcome.class::cast).toList();
        Wording wording = Wording.of(plan);

        List<String[]> rows = read(MatrixCsv.standard().render(index));
        Statistics.label("link cells").collect(rows.stream().skip(1).flatMap(Arrays::stream).anyMatch("link"::equals));
        Statistics.label("containment cells")
                .collect(rows.stream().skip(1).flatMap(Arrays::stream).anyMatch("containment"::equals));

        assertThat(rows).hasSize(1 + work.size());
        assertThat(rows.get(0)).hasSize(3 + outcomes.size()).startsWith("number", "id", "title");
        for (int r = 0; r < work.size(); r++) {
            Work leaf = work.get(r);
            String[] row = rows.get(r + 1);
            Map<String, Basis> served = index.outcomesServedBy(leaf.id()).stream()
                    .collect(Collectors.toMap(t -> t.element().id().toString(), Traced::basis));
            assertThat(row).hasSize(3 + outcomes.size());
            assertThat(row[0]).isEqualTo(leaf.number().map(Object::toString).orElse(""));
            assertThat(row[1]).isEqualTo(leaf.id().toString());
            assertThat(MatrixCsv.text(row[2])).isEqualTo(wording.of(leaf.title()));
            for (int c = 0; c < outcomes.size(); c++) {
                Basis basis = served.get(outcomes.get(c).id().toString());
                assertThat(row[3 + c]).isEqualTo(basis == null ? "" : basis == Basis.LINK ? "link" : "containment");
            }
        }
    }

    @Property(tries = 200)
    void noFieldStartsWithWhatASpreadsheetEvaluates(@ForAll("plans") Plan plan) {
        for (String[] row : read(MatrixCsv.standard().render(PlanIndex.of(plan)))) {
            for (String field : row) {
                assertThat(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    private static List<String[]> read(String csv) {
        try (MappingIterator<String[]> rows = READER.readerFor(String[].class).readValues(csv)) {
            return rows.readAll();
        }
    }
}
