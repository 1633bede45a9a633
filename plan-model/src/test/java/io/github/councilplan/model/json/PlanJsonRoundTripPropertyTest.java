package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonParser;

/**
 * The key property of the codec: what it writes, it reads back equal, by {@link PlanJson#read} and
 * by {@link PlanJson#tryRead}, and writes again identically.
 */
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
    void readingWhatWasWrittenFromItsTokensGivesAnEqualPlan(@ForAll("plans") Plan plan) {
        try (JsonParser parser = JSON.mapper().createParser(JSON.write(plan))) {
            assertThat(JSON.tryRead(parser)).contains(plan);
        }
    }

    @Property(tries = 200)
    void writingThePlanReadBackGivesIdenticalText(@ForAll("plans") Plan plan) {
        String written = JSON.write(plan);

        assertThat(JSON.write(JSON.read(written))).isEqualTo(written);
    }
}
