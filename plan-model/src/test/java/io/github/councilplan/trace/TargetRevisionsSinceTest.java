package io.github.councilplan.trace;

import static io.github.councilplan.trace.TracePlans.emptyPlan;
import static io.github.councilplan.trace.TracePlans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link PlanIndex#targetRevisionsSince}: every revision of a target in the plan since a date. */
class TargetRevisionsSinceTest {
    private static final Decision CABINET = Decision.builder().body(Text.of("Cabinet")).build();

    private static TargetRevision revision(String date, String value) {
        return TargetRevision.of(LocalDate.parse(date), new BigDecimal(value), CABINET);
    }

    private static Measure measure(String id, Target... targets) {
        return Measure.builder().id(id(id)).name(Text.of(id)).direction(Direction.HIGHER_IS_BETTER)
                .addTargets(targets).build();
    }

    private static Target target(String period, TargetRevision... revisions) {
        return Target.builder().period(ReportingPeriod.parse(period)).value(BigDecimal.TEN).addRevisions(revisions)
                .build();
    }

    private static final Plan PLAN = emptyPlan()
            .addMeasures(measure("kpi-1", target("2025/26", revision("2025-11-01", "12")),
                    target("2026/27", revision("2025-09-01", "11"), revision("2026-02-01", "13"))))
            .addMeasures(measure("kpi-2", target("2025/26")))
            .addMeasures(measure("kpi-3", Target.builder().value(BigDecimal.ONE)
                    .addRevisions(TargetRevision.withdrawal(LocalDate.parse("2025-10-01"), CABINET)).build()))
            .build();

    private static List<String> since(String date) {
        return PlanIndex.of(PLAN).targetRevisionsSince(LocalDate.parse(date)).stream().map(RevisedTarget::toString)
                .collect(Collectors.toList());
    }

    @Test
    void everyRevisionIsListedMeasureByMeasureEachInDateOrder() {
        assertThat(since("2025-01-01")).containsExactly(
                "measure 'kpi-1': target for 2026/27 revised on 2025-09-01 to 11",
                "measure 'kpi-1': target for 2025/26 revised on 2025-11-01 to 12",
                "measure 'kpi-1': target for 2026/27 revised on 2026-02-01 to 13",
                "measure 'kpi-3': target for the whole plan withdrawn on 2025-10-01");
    }

    @Test
    void aRevisionOnTheDayItselfIsSinceIt() {
        assertThat(since("2025-11-01")).containsExactly(
                "measure 'kpi-1': target for 2025/26 revised on 2025-11-01 to 12",
                "measure 'kpi-1': target for 2026/27 revised on 2026-02-01 to 13");
    }

    @Test
    void afterTheLastRevisionThereAreNone() {
        assertThat(since("2026-02-02")).isEmpty();
    }

    @Test
    void aRevisedTargetNamesItsMeasureTargetAndRevision() {
        RevisedTarget revised = PlanIndex.of(PLAN).targetRevisionsSince(LocalDate.parse("2026-01-01")).get(0);

        assertThat(revised.measure().id()).isEqualTo(id("kpi-1"));
        assertThat(revised.target().when()).isEqualTo("2026/27");
        assertThat(revised.revision()).isEqualTo(revision("2026-02-01", "13"));
    }

    @Test
    void aRevisionOfAnotherTargetIsRefused() {
        Measure measure = PLAN.measures().get(0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RevisedTarget.of(measure, measure.targets().get(0), revision("2026-02-01", "13")))
                .withMessage("revision: the revision of 2026-02-01 is not one of the target for 2025/26's");
    }
}
