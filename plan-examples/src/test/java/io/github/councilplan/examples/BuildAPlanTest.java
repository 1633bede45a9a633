package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.PlanYaml;
import io.github.councilplan.schema.ValidationReport;
import org.junit.jupiter.api.Test;

class BuildAPlanTest {
    private final Plan plan = BuildAPlan.plan();

    @Test
    void theBuiltPlanWrittenAsJsonValidatesWithoutProblems() {
        ValidationReport report = PlanValidator.create().validate(PlanJson.standard().write(plan), DocumentFormat.JSON);

        assertThat(report.problems()).isEmpty();
        assertThat(report.plan()).contains(plan);
    }

    @Test
    void theBuiltPlanWrittenAsYamlValidatesWithoutProblems() {
        ValidationReport report = PlanValidator.create().validate(PlanYaml.standard().write(plan), DocumentFormat.YAML);

        assertThat(report.problems()).isEmpty();
        assertThat(report.plan()).contains(plan);
    }
}
