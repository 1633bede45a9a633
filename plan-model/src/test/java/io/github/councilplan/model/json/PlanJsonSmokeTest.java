package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class PlanJsonSmokeTest {
    @Test
    void roundTrip() {
        ObjectNode ext = JsonNodeFactory.instance.objectNode();
        ext.put("x", 1.50).putNull("n");
        Plan plan = Plan.builder()
                .id(ElementId.of("p"))
                .title(Text.of("en", "Title").with("cy", "Teitl"))
                .organisation(Organisation.of(Text.of("Council")))
                .period(PeriodRange.of(ReportingPeriod.parse("2024"), ReportingPeriod.parse("2029")))
                .addLanguages("en", "cy")
                .extensions(Extensions.of(ext))
                .addThemes(Theme.builder().id(ElementId.of("t1")).number(DisplayNumber.of("1")).name(Text.of("Enabling"))
                        .addPriorities(Priority.builder().id(ElementId.of("p1.1")).number(DisplayNumber.of("1.1")).title(Text.of("P"))
                                .addDeliverables(Deliverable.builder().id(ElementId.of("d1")).number(DisplayNumber.of("1.1.1")).title(Text.of("D"))
                                        .addMilestones(Milestone.builder().id(ElementId.of("m1")).title(Text.of("M")).due(LocalDate.of(2025, 1, 1)).build())
                                        .addProgress(ProgressUpdate.of(ReportingPeriod.parse("2025/26 Q1"), ProgressStatus.NOT_STARTED))
                                        .build())
                                .build())
                        .build())
                .addMeasures(Measure.builder().id(ElementId.of("k1")).name(Text.of("K")).unit("%").direction(Direction.HIGHER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_QUARTER).putTargets(ReportingPeriod.parse("2025/26 Q1"), new BigDecimal("1E+3"))
                        .tolerance(Tolerance.percentOfTarget(BigDecimal.TEN)).build())
                .addLinks(Link.of(ElementId.of("k1"), LinkKind.EVIDENCES, ElementId.of("d1")))
                .build();
        String json = PlanJson.standard().write(plan);
        System.out.println(json);
        Plan back = PlanJson.standard().read(json);
        assertThat(back).isEqualTo(plan);
    }
}
