package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The key property of the codec: what it writes, it reads back equal, and writes again identically. */
class PlanJsonRoundTripPropertyTest {
    private static final PlanJson JSON = PlanJson.standard();

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void readingWhatWasWrittenGivesAnEqualPlan(@ForAll("plans") Plan plan) {
        assertThat(JSON.read(JSON.write(plan))).isEqualTo(plan);
    }

    @Property(tries = 200)
    void writingThePlanReadBackGivesIdenticalText(@ForAll("plans") Plan plan) {
        String written = JSON.write(plan);

        assertThat(JSON.write(JSON.read(written))).isEqualTo(written);
    }
}
