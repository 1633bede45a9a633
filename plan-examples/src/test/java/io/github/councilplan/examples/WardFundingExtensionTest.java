package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.ExtensionSchema;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The example extension: a fictional council's "ward-funding" extension, its JSON Schema shipped
 * in this jar as a class path resource, and the example plan that declares and uses it.
 */
class WardFundingExtensionTest {
    static final String PLAN = "io/github/councilplan/examples/fictional-ward-funding-plan.yaml";
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static String plan() throws IOException {
        try (InputStream in = WardFundingExtensionTest.class.getClassLoader().getResourceAsStream(PLAN)) {
            assertThat(in).as(PLAN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSchemaIsFoundOnTheClassPathUnderItsNameAndVersion() throws IOException {
        ExtensionSchema schema = ExtensionSchema.fromClassPath("ward-funding", "1.0",
                WardFundingExtensionTest.class.getClassLoader()).orElseThrow();

        assertThat(schema.id()).contains(
                "https://fenwold.example.gov.uk/councilplan/extensions/ward-funding/1.0.schema.json");
    }

    @Test
    void theExamplePlanIsValidWithItsExtensionsData() throws IOException {
        ValidationReport report = VALIDATOR.validate(plan(), DocumentFormat.YAML);

        assertThat(report.problems()).isEmpty();
        Plan plan = report.plan().orElseThrow();
        assertThat(plan.extensionsUsed()).extracting(use -> use.name().toString()).containsExactly("ward-funding");
        assertThat(plan.themes().get(0).deliverables()).allSatisfy(deliverable ->
                assertThat(deliverable.extensions().get("ward-funding")).isPresent());
    }

    @Test
    void wardFundingTheSchemaRefusesIsALocatedError() throws IOException {
        String damaged = plan().replace("{ward: Northgate, pounds: 40000}", "{ward: Northgate, pounds: -40}");

        ValidationReport report = VALIDATOR.validate(damaged, DocumentFormat.YAML);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SCHEMA_RANGE);
            assertThat(problem.pointer()).isEqualTo("/themes/0/deliverables/0/extensions/ward-funding/wards/0/pounds");
            assertThat(problem.line()).isEqualTo(24);
        });
    }

    @Test
    void anUndeclaredKeyBesideTheExtensionIsAWarning() throws IOException {
        String extra = plan() + "          colour: amber\n";

        ValidationReport report = VALIDATOR.validate(extra, DocumentFormat.YAML);

        assertThat(report.isValid()).isTrue();
        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.EXTENSION_UNDECLARED);
    }
}
