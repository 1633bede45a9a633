package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Examples of what must survive writing and reading; the property test covers arbitrary plans. */
class PlanJsonRoundTripTest {
    private static final PlanJson JSON = PlanJson.standard();

    private static Plan roundTrip(Plan plan) {
        return JSON.read(JSON.write(plan));
    }

    @Test
    void planWithEveryPropertyReadsBackEqual() {
        Plan plan = JsonFixtures.fullPlan();

        assertThat(roundTrip(plan)).isEqualTo(plan);
    }

    @Test
    void negativeScaleMeasureValuesReadBackEqual() {
        ReportingPeriod year = ReportingPeriod.parse("2025/26");
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan())
                .addMeasures(Measure.builder().id(ElementId.of("k")).name(Text.of("K")).unit("count")
                        .direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_YEAR)
                        .putTargets(year, new BigDecimal("1E+3")).putActuals(year, new BigDecimal("12E+2")).build())
                .build();

        Plan back = roundTrip(plan);

        assertThat(back).isEqualTo(plan);
        assertThat(back.measures().get(0).targetFor(year).orElseThrow().value()).contains(new BigDecimal("1000"));
    }

    @Test
    void textNeedingEscapesReadsBackEqual() {
        Text title = Text.of("en", "Quote \" backslash \\ slash / tab \t newline \n nul \u0000 sep \u2028")
                .with("cy", "Cyngor Bwrdeistref 😀 ŵŷ </script>");
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan()).title(title).build();

        assertThat(roundTrip(plan).title()).isEqualTo(title);
    }

    @Test
    void extensionDecimalsOfEveryScaleReadBackEqual() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("exponent", new BigDecimal("1E+3"));
        data.put("scaleZero", new BigDecimal("5"));
        data.put("trailingZero", new BigDecimal("1.50"));
        data.put("small", new BigDecimal("1E-9"));
        data.put("double", 1e20);
        data.put("huge", new BigInteger("123456789012345678901234567890"));
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan()).extensions(Extensions.of(data)).build();

        assertThat(roundTrip(plan).extensions()).isEqualTo(plan.extensions());
    }

    @Test
    void extensionNumberInExponentNotationReadsBackEqualAfterWriting() {
        Plan read = JSON.read(JsonFixtures.minimalWith(",\"extensions\":{\"n\":1e3,\"m\":2.5E+1}"));

        assertThat(roundTrip(read)).isEqualTo(read);
    }
}
