package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        observation.value().ifPresent(value -> assertThat(value.scale()).isNotNegative());
    }

    @Property
    void anObservationIsForAPeriodOrAsAtADateNeverBoth(@ForAll("observations") Observation observation) {
        assertThat(observation.period().isPresent()).isNotEqualTo(observation.asAt().isPresent());
        assertThat(observation.value().isPresent() || observation.text().isPresent()).isTrue();
    }

    @Test
    void asAtIsARunningTotalWithNoPeriod() {
        Observation observation = Observation.asAt(LocalDate.of(2025, 9, 30), new BigDecimal("150"));

        assertThat(observation.period()).isEmpty();
        assertThat(observation.asAt()).contains(LocalDate.of(2025, 9, 30));
        assertThat(observation.when()).isEqualTo("as at 2025-09-30");
    }

    @Test
    void anObservationInWordsIsAccepted() {
        Observation observation = Observation.builder().period(YEAR).text(Text.of("on track")).build();

        assertThat(observation.value()).isEmpty();
        assertThat(observation.when()).isEqualTo("2023/24");
    }

    @Test
    void anObservationWithBothAPeriodAndAnAsAtDateIsRefused() {
        Observation.Builder observation = Observation.builder().period(YEAR).asAt(LocalDate.of(2025, 9, 30))
                .value(BigDecimal.ONE);

        assertThatIllegalArgumentException()
                .isThrownBy(observation::build)
                .withMessage("observation: has both a period and an asAt date; give one");
    }

    @Test
    void anObservationWithNeitherAPeriodNorAnAsAtDateIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.builder().value(BigDecimal.ONE).build())
                .withMessage("observation: has neither a period nor an asAt date; give one");
    }

    @Test
    void anObservationWithNeitherValueNorTextIsRefusedNamingWhenItIsFor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.builder().asAt(LocalDate.of(2025, 9, 30)).build())
                .withMessage("observation as at 2025-09-30: has neither a value nor a text");
    }

    @Test
    void anAsAtObservationIsWrittenWithItsDate() {
        assertThat(JSON.writeValueAsString(Observation.asAt(LocalDate.of(2025, 9, 30), new BigDecimal("150")))
                .replaceAll("\\s", "")).isEqualTo("{\"asAt\":\"2025-09-30\",\"value\":150}");
    }
}
