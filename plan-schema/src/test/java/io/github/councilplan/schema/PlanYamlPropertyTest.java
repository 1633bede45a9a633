package io.github.councilplan.schema;

import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.read.YamlTreeReader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link PlanYaml} over generated plans full of strings that look like other YAML
 * scalars ({@link YamlPlanArbitraries}): what it writes validates back to an equal plan, and is the
 * tree that {@code PlanJson} writes.
 */
class PlanYamlPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Provide
    Arbitrary<Plan> plans() {
        return YamlPlanArbitraries.plans();
    }

    @Property(tries = 200)
    void writtenYamlValidatesBackToAnEqualPlan(@ForAll("plans") Plan plan) {
        String yaml = PlanYaml.standard().write(plan);

        ValidationReport report = VALIDATOR.validate(yaml, DocumentFormat.YAML);

        assertThat(report.errors()).as("errors in\n%s", yaml).isEmpty();
        assertThat(report.plan()).contains(plan);
    }

    @Property(tries = 200)
    void writtenYamlHasTheTreeOfTheJsonPlanJsonWrites(@ForAll("plans") Plan plan) {
        ValidationLimits limits = ValidationLimits.defaults();
        byte[] yaml = PlanYaml.standard().write(plan).getBytes(StandardCharsets.UTF_8);
        byte[] json = PlanJson.standard().write(plan).getBytes(StandardCharsets.UTF_8);

        assertThat(new YamlTreeReader(limits).read(yaml).root()).isEqualTo(new JsonTreeReader(limits).read(json).root());
    }
}
