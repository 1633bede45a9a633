package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.period;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TargetTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();
    private static final ReportingPeriod YEAR = period("2025/26");

    @Provide
    Arbitrary<Target> targets() {
        return ValueArbitraries.targets();
    }

    @Test
    void ofIsATargetForAPeriod() {
        Target target = Target.of(YEAR, new BigDecimal("80"));

        assertThat(target.period()).contains(YEAR);
        assertThat(target.value()).contains(new BigDecimal("80"));
        assertThat(target.forWholePlan()).isFalse();
        assertThat(target.when()).isEqualTo("2025/26");
    }

    @Test
    void overPlanIsATargetForTheWholePlan() {
        Target target = Target.overPlan(new BigDecimal("1000"));

        assertThat(target.period()).isEmpty();
        assertThat(target.forWholePlan()).isTrue();
        assertThat(target.when()).isEqualTo("the whole plan");
    }

    @Test
    void aTargetInWordsIsAccepted() {
        Target target = Target.builder().period(YEAR).text(text("Every school rated good")).build();

        assertThat(target.value()).isEmpty();
        assertThat(target.text()).contains(text("Every school rated good"));
    }

    @Test
    void aTargetWithNeitherValueNorTextIsRefusedNamingWhatItIsFor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Target.builder().period(YEAR).build())
                .withMessage("target for 2025/26: has neither a value nor a text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Target.builder().build())
                .withMessage("target for the whole plan: has neither a value nor a text");
    }

    @Test
    void aNegativeScaleIsNormalisedToPlainDigits() {
        assertThat(Target.overPlan(new BigDecimal("1E+3")).value()).get().hasToString("1000");
    }

    @Property
    void theValueAlwaysHasAScaleOfAtLeastZero(@ForAll("targets") Target target) {
        target.value().ifPresent(value -> assertThat(value.scale()).isNotNegative());
    }

    @Property
    void jsonRoundTripGivesAnEqualTarget(@ForAll("targets") Target target) {
        assertThat(JSON.readValue(JSON.writeValueAsString(target), Target.class)).isEqualTo(target);
    }
}
