package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationReport;
import org.junit.jupiter.api.Test;

class BenchmarkDocumentsTest {
    @Test
    void smallestDocumentIsAboutTwentyKilobytesAndValid() {
        byte[] document = BenchmarkDocuments.valid(BenchmarkDocuments.Size.KB_20);

        assertThat(document.length).isBetween(15_000, 25_000);
        assertThat(PlanValidator.create().validate(document, DocumentFormat.JSON).problems()).isEmpty();
    }

    @Test
    void invalidVariantHasManyProblemsOfEveryLayerAllLocated() {
        byte[] valid = SyntheticPlansForTests.json(200);

        ValidationReport report = PlanValidator.create().validate(BenchmarkDocuments.mutate(valid), DocumentFormat.JSON);

        assertThat(report.errors()).hasSizeGreaterThan(50)
                .allSatisfy(problem -> {
                    assertThat(problem.line()).isPositive();
                    assertThat(problem.column()).isPositive();
                    assertThat(problem.pointer()).startsWith("/");
                });
        assertThat(report.errors()).extracting(Problem::code).contains(ProblemCode.RULE_UNRESOLVED_REFERENCE,
                ProblemCode.RULE_DUPLICATE_ID, ProblemCode.SCHEMA_TYPE, ProblemCode.SCHEMA_UNKNOWN_PROPERTY);
        // dates and periods past the plan's end are warnings in format 0.2
        assertThat(report.warnings()).extracting(Problem::code).contains(ProblemCode.RULE_DATE_OUTSIDE_PLAN,
                ProblemCode.RULE_PERIOD_OUTSIDE_PLAN);
    }

    @Test
    void sizesAreNamedByTheirLabels() {
        for (BenchmarkDocuments.Size size : BenchmarkDocuments.Size.values()) {
            assertThat(BenchmarkDocuments.Size.of(size.label())).isSameAs(size);
        }
    }
}
