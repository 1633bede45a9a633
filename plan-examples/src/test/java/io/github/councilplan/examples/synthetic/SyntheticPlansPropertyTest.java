package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticPlansPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Property(tries = 60)
    void everyGeneratedPlanIsValidWithNoWarning(@ForAll @IntRange(min = 1, max = 60) int deliverables,
            @ForAll long seed) {
        ValidationReport report = VALIDATOR.validate(SyntheticPlans.of(deliverables, seed).generateJson(),
                DocumentFormat.JSON);

        assertThat(report.problems()).isEmpty();
    }

    @Property(tries = 40)
    void generationIsDeterministic(@ForAll @IntRange(min = 1, max = 60) int deliverables, @ForAll long seed) {
        SyntheticPlans settings = SyntheticPlans.of(deliverables, seed);

        assertThat(settings.generateJson()).isEqualTo(settings.generateJson());
    }

    @Property(tries = 40)
    void planReadsBackEqual(@ForAll @IntRange(min = 1, max = 60) int deliverables, @ForAll long seed) {
        Plan plan = SyntheticPlans.of(deliverables, seed).generate();

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }
}
