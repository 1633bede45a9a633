package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.measureBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.json.PlanJson;
import java.net.URI;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@link MetricReference} and {@link Polarity}: national metrics a measure is. */
class MetricReferenceTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Provide
    Arbitrary<MetricReference> metrics() {
        Arbitrary<String> schemes = Arbitraries.oneOf(Arbitraries.of(MetricReference.LG_INFORM,
                MetricReference.LOCAL_OUTCOMES_FRAMEWORK), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.integers().between(1, 999_999_999).map(String::valueOf),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(id -> !id.isBlank()));
        return Combinators.combine(schemes, ids, Arbitraries.of(Polarity.class).optional(),
                Arbitraries.of(true, false)).as((scheme, id, polarity, titled) -> {
                    MetricReference.Builder b = MetricReference.builder().scheme(scheme).id(id).polarity(polarity);
                    if (titled) {
                        b.title(Text.of("Metric " + id.length())).uri(URI.create("https://metrics.example.org/m"));
                    }
                    return b.build();
                });
    }

    @Test
    void anLgInformMetricTypeHasItsNumberAndAddress() {
        MetricReference metric = MetricReference.lgInform(90002);

        assertThat(metric.scheme()).isEqualTo("lgInform");
        assertThat(metric.id()).isEqualTo("90002");
        assertThat(metric.uri()).contains(URI.create("http://id.esd.org.uk/metricType/90002"));
        assertThat(metric.national()).isTrue();
        assertThat(metric.violations()).isEmpty();
    }

    @Test
    void aCouncilsOwnSchemeIsNotNational() {
        assertThat(MetricReference.builder().scheme("pentana").id("KPI-7").build().national()).isFalse();
        assertThat(MetricReference.builder().scheme("localOutcomesFramework").id("Any words").build().national())
                .isTrue();
    }

    @Test
    void anLgInformIdThatIsNotANumberIsAViolationOfItsId() {
        assertThat(MetricReference.violations("lgInform", "KPI-7", Optional.empty()))
                .extracting(Violation::toString)
                .containsExactly("id: 'KPI-7' is not an LG Inform metric type number (digits without a leading zero,"
                        + " such as '3217')");
    }

    @Test
    void anLgInformUriOfAnotherMetricTypeIsAViolationOfItsUri() {
        assertThat(MetricReference.violations("lgInform", "7", Optional.of("http://id.esd.org.uk/metricType/8")))
                .extracting(Violation::field).containsExactly("uri");
    }

    @Test
    void aBlankIdIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetricReference.builder().scheme("lgInform").id(" ").build())
                .withMessage("metric reference.id: must not be blank");
    }

    @Test
    void aNonPositiveMetricTypeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> MetricReference.lgInform(0));
    }

    @Test
    void highIsGoodContradictsLowerIsBetterOnly() {
        assertThat(Polarity.HIGH_IS_GOOD.contradicts(Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(Polarity.HIGH_IS_GOOD.contradicts(Direction.HIGHER_IS_BETTER)).isFalse();
        assertThat(Polarity.HIGH_IS_GOOD.contradicts(Direction.ON_TARGET)).isFalse();
    }

    @Test
    void lowIsGoodContradictsHigherIsBetterOnly() {
        assertThat(Polarity.LOW_IS_GOOD.contradicts(Direction.HIGHER_IS_BETTER)).isTrue();
        assertThat(Polarity.LOW_IS_GOOD.contradicts(Direction.LOWER_IS_BETTER)).isFalse();
        assertThat(Polarity.LOW_IS_GOOD.contradicts(Direction.ON_TARGET)).isFalse();
    }

    @Test
    void aMeasureWithANationalMetricSaysSo() {
        assertThat(measureBuilder("k", null).addMetrics(MetricReference.lgInform(7)).build().hasNationalMetric())
                .isTrue();
        assertThat(measureBuilder("k", null).addMetrics(MetricReference.builder().scheme("ours").id("7").build())
                .build().hasNationalMetric()).isFalse();
    }

    @Property
    void jsonRoundTripGivesAnEqualMetric(@ForAll("metrics") MetricReference metric) {
        assertThat(JSON.readValue(JSON.writeValueAsString(metric), MetricReference.class)).isEqualTo(metric);
    }

    @Property
    void onlyLgInformReferencesCanHaveViolations(@ForAll("metrics") MetricReference metric) {
        if (!metric.scheme().equals(MetricReference.LG_INFORM)) {
            assertThat(metric.violations()).isEmpty();
        }
    }

    @Property
    void everyPolarityContradictsExactlyOneDirection(@ForAll Polarity polarity) {
        assertThat(java.util.Arrays.stream(Direction.values()).filter(polarity::contradicts)).hasSize(1);
    }
}
