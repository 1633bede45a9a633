package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import org.junit.jupiter.api.Test;

class ExamplePlansTest {
    @Test
    void thurrockLoadsFromItsResource() {
        assertThat(ExamplePlans.thurrock().id().value()).isEqualTo("thurrock-corporate-plan");
    }

    @Test
    void fictionalLoadsFromItsResource() {
        assertThat(ExamplePlans.fictional().id().value()).isEqualTo("imaginary-county-plan");
    }

    @Test
    void resourceConstantsNameResourcesOnTheClassPath() {
        assertThat(ExamplePlans.class.getResource("/" + ExamplePlans.THURROCK_RESOURCE)).isNotNull();
        assertThat(ExamplePlans.class.getResource("/" + ExamplePlans.FICTIONAL_RESOURCE)).isNotNull();
    }

    @Test
    void aMissingResourceIsReportedByName() {
        assertThatThrownBy(() -> ExamplePlans.load("io/github/councilplan/examples/no-such-plan.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/councilplan/examples/no-such-plan.json");
    }

    @Test
    void eachLoadGivesAnEqualPlan() {
        assertThat(ExamplePlans.thurrock()).isEqualTo(ExamplePlans.thurrock());
    }

    @Test
    void thurrockRoundTripsThroughJson() {
        Plan plan = ExamplePlans.thurrock();

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }

    @Test
    void fictionalRoundTripsThroughJson() {
        Plan plan = ExamplePlans.fictional();

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }
}
