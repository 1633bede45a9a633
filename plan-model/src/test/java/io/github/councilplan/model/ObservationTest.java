package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ObservationTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2023/24");

    @Provide
    Arbitrary<Observation> observations() {
        return ValueArbitraries.observations();
    }

    @Test
    void ofKeepsThePeriodAndValue() {
        Observation observation = Observation.of(YEAR, new BigDecimal("61.5"));

        assertThat(observation.period()).contains(YEAR);
        assertThat(observation.value()).contains(new BigDecimal("61.5"));
    }

    @Test
    void aNegativeScaleIsNormalisedToPlainDigits() {
        Observation observation = Observation.of(YEAR, new BigDecimal("1E+3"));

        assertThat(observation.value()).contains(new BigDecimal("1000"));
        assertThat(observation).isEqualTo(Observation.of(YEAR, new BigDecimal("1000")));
    }

    @Test
    void aPositiveScaleIsKept() {
        assertThat(Observation.of(YEAR, new BigDecimal("61.50")).value()).get().hasToString("61.50");
    }

    @Test
    void ofRejectsNulls() {
        assertThatThrownBy(() -> Observation.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Observation.of(YEAR, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isWrittenToJsonAsPeriodAndValue() {
        assertThat(JSON.writeValueAsString(Observation.of(YEAR, new BigDecimal("61.5"))).replaceAll("\\s", ""))
                .isEqualTo("{\"period\":\"2023/24\",\"value\":61.5}");
    }

    @Test
    void aValueWithANegativeScaleIsWrittenInPlainDigits() {
        assertThat(JSON.writeValueAsString(Observation.of(YEAR, new BigDecimal("1E+3"))).replaceAll("\\s", ""))
                .isEqualTo("{\"period\":\"2023/24\",\"value\":1000}");
    }

    @Property
    void jsonRoundTripGivesAnEqualObservation(@ForAll("observations") Observation observation) {
        assertThat(JSON.readValue(JSON.writeValueAsString(observation), Observation.class)).isEqualTo(observation);
    }

    @Property
    void theValueAlwaysHasAScaleOfAtLeastZero(@ForAll("observations") Observation observation) {
        assertThat(observation.value().orElseThrow().scale()).isNotNegative();
    }
}
