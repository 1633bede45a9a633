package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import org.junit.jupiter.api.Test;

class ValidateAFileTest {
    @Test
    void aValidDocumentGetsOneVerdictLine() {
        String described = ValidateAFile.describe("thurrock.json",
                PlanValidator.create().validate(ExamplePlans.thurrockDocument(), DocumentFormat.JSON));

        assertThat(described.lines()).hasSize(1).first().asString().startsWith("thurrock.json: valid (0 errors, ");
    }

    @Test
    void eachProblemIsPrintedWithLineColumnCodeAndPointer() {
        String document = "{\n  \"schemaVersion\": \"0.2\",\n  \"id\": \"x\",\n  \"colour\": \"red\"\n}";

        String described = ValidateAFile.describe("broken.json", PlanValidator.create().validate(document, DocumentFormat.JSON));

        assertThat(described.lines()).first().isEqualTo("broken.json: invalid (4 errors, 0 warnings)");
        assertThat(described.lines()).contains(
                "broken.json:1:1: error schema.required at (document): plan: required property 'title' not found")
                .anyMatch(line -> line.startsWith("broken.json:4:13: error schema.unknown-property at /colour: "));
    }
}
