package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.trace.PlanIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpAQuarterTest {
    private final List<String> lines =
            RollUpAQuarter.report(PlanIndex.of(ExamplePlans.fictional()), ReportingPeriod.parse("2025/26 Q3")).lines().toList();

    @Test
    void everyMeasureGetsItsTargetActualAndRag() {
        assertThat(lines.get(0)).isEqualTo("Measures for 2025/26 Q3:");
        assertThat(lines.subList(1, 4)).allMatch(line -> line.matches("  .+: target \\S+, actual \\S+ .* -> (red|amber|green)"));
    }

    @Test
    void aThemeWithARedDeliverableRollsUpRed() {
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(": red").doesNotStartWith(" "))
                .contains("  deliverable C.1: red", "  measure DP2: measured (red)");
    }

    @Test
    void aMeasureWithoutAnActualForTheQuarterHasNoRag() {
        List<String> q4 = RollUpAQuarter.report(PlanIndex.of(ExamplePlans.fictional()), ReportingPeriod.parse("2025/26 Q4"))
                .lines().toList();

        assertThat(q4.subList(1, 4)).allMatch(line -> line.contains(", actual none ") && line.endsWith(" -> no RAG (no actual)"));
    }
}
