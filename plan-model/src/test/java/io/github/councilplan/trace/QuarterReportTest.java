package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.measured;
import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.period;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuarterReportTest {
    private static final ReportingPeriod Q2 = period("2025/26 Q2");
    private static final Decision CABINET = Decision.builder().body(Text.of("Cabinet")).build();

    /** Two themes: "t1" with outcome "o1", "t2" with outcome "o2" and priority "p2". */
    private static Plan.Builder twoThemes() {
        return plan().addThemes(theme("t1").addOutcomes(outcome("o1")).build(),
                theme("t2").addOutcomes(outcome("o2")).addPriorities(priority("p2").build()).build());
    }

    private static QuarterReport report(Plan.Builder plan) {
        return QuarterReport.of(PlanIndex.of(plan.build()), Q2);
    }

    private static List<String> measureIds(QuarterReport.Group group) {
        return group.lines().stream().map(line -> line.measure().id().toString()).collect(Collectors.toList());
    }

    private static QuarterReport.Line onlyLine(Measure measure) {
        return report(twoThemes().addMeasures(measure).addLinks(link(measure.id().toString(), LinkKind.EVIDENCES,
                "o1"))).groups().get(0).lines().get(0);
    }

    /** A quarterly measure, higher is better, with actuals for Q1 and Q2 of 2025/26 and a Q2 target of 80. */
    private static Measure.Builder twoQuarters(String id, String q1, String q2) {
        return measure(id).putActuals(period("2025/26 Q1"), new BigDecimal(q1))
                .putActuals(Q2, new BigDecimal(q2)).putTargets(Q2, new BigDecimal("80"));
    }

    @Test
    void measuresAreGroupedByTheThemeTheirEvidencesLinksReachInPlanOrder() {
        QuarterReport report = report(twoThemes()
                .addMeasures(measured("m1", "2025/26 Q2", "90"), measured("m2", "2025/26 Q2", "70"),
                        measured("m3", "2025/26 Q2", "78"))
                .addLinks(link("m1", LinkKind.EVIDENCES, "p2"), link("m2", LinkKind.EVIDENCES, "o1"),
                        link("m3", LinkKind.EVIDENCES, "t2")));

        assertThat(report.groups()).extracting(group -> group.theme().orElseThrow().id().toString())
                .containsExactly("t1", "t2");
        assertThat(measureIds(report.groups().get(0))).containsExactly("m2");
        assertThat(measureIds(report.groups().get(1))).containsExactly("m1", "m3");
    }

    @Test
    void aMeasureLinkedIntoTwoThemesHasALineInEachButCountsOnceInTheTotals() {
        QuarterReport report = report(twoThemes().addMeasures(measured("m1", "2025/26 Q2", "90"))
                .addLinks(link("m1", LinkKind.EVIDENCES, "o1"), link("m1", LinkKind.EVIDENCES, "o2"),
                        link("m1", LinkKind.EVIDENCES, "p2")));

        assertThat(report.groups()).allSatisfy(group -> assertThat(measureIds(group)).containsExactly("m1"));
        assertThat(report.totals().get(RagState.GREEN)).isEqualTo(1);
    }

    @Test
    void measuresLinkedToNoThemeFormALastGroupWithoutATheme() {
        QuarterReport report = report(twoThemes().addMeasures(measured("m1", "2025/26 Q2", "90"),
                measured("m2", "2025/26 Q2", "90")).addLinks(link("m1", LinkKind.EVIDENCES, "o1")));

        assertThat(report.groups()).hasSize(3);
        assertThat(report.groups().get(2).theme()).isEmpty();
        assertThat(measureIds(report.groups().get(2))).containsExactly("m2");
    }

    @Test
    void withEveryMeasureLinkedThereIsNoUnlinkedGroup() {
        QuarterReport report = report(twoThemes().addMeasures(measured("m1", "2025/26 Q2", "90"))
                .addLinks(link("m1", LinkKind.EVIDENCES, "o1")));

        assertThat(report.groups()).allSatisfy(group -> assertThat(group.theme()).isPresent());
    }

    @Test
    void aThemeWithoutMeasuresHasAGroupWithEveryStateCountedAsZero() {
        QuarterReport.Group group = report(twoThemes()).groups().get(0);

        assertThat(group.lines()).isEmpty();
        assertThat(group.distribution()).containsOnlyKeys(RagState.values()).allSatisfy((state, count) ->
                assertThat(count).isZero());
    }

    @Test
    void theDistributionCountsEachStateSeparately() {
        Measure noTarget = measure("m4").putActuals(Q2, BigDecimal.ONE).build();
        Measure awaited = measure("m5").putTargets(Q2, BigDecimal.ONE).build();
        Measure noDirection = Measure.builder().id(TracePlans.id("m6")).name(Text.of("Context")).build();
        QuarterReport report = report(twoThemes().addMeasures(measured("m1", "2025/26 Q2", "90"),
                measured("m2", "2025/26 Q2", "78"), measured("m3", "2025/26 Q2", "70"), noTarget, awaited,
                noDirection).addLinks(link("m1", LinkKind.EVIDENCES, "o1"), link("m2", LinkKind.EVIDENCES, "o1"),
                link("m3", LinkKind.EVIDENCES, "o1"), link("m4", LinkKind.EVIDENCES, "o1"),
                link("m5", LinkKind.EVIDENCES, "o1"), link("m6", LinkKind.EVIDENCES, "o1")));

        assertThat(report.groups().get(0).distribution()).containsExactly(
                entry(RagState.RED, 1), entry(RagState.AMBER, 1), entry(RagState.GREEN, 1),
                entry(RagState.NO_TARGET, 1), entry(RagState.DATA_AWAITED, 1), entry(RagState.NOT_APPLICABLE, 1),
                entry(RagState.NOT_RATED, 0));
    }

    private static java.util.Map.Entry<RagState, Integer> entry(RagState state, int count) {
        return java.util.Map.entry(state, count);
    }

    @Test
    void theTargetShownIsTheOneInForceAtTheReportingDateWithTheAdoptedOneBesideIt() {
        Measure revised = measure("m1").putActuals(Q2, new BigDecimal("85"))
                .addTargets(Target.builder().period(Q2).value(new BigDecimal("80"))
                        .addRevisions(TargetRevision.of(LocalDate.parse("2025-08-01"), new BigDecimal("90"), CABINET))
                        .build()).build();

        QuarterReport.Line line = onlyLine(revised);

        assertThat(line.target().flatMap(Target::value)).contains(new BigDecimal("90"));
        assertThat(line.adopted().flatMap(Target::value)).contains(new BigDecimal("80"));
        assertThat(line.state()).isEqualTo(RagState.RED);
    }

    @Test
    void aReportAsAtADateBeforeTheRevisionUsesTheAdoptedTarget() {
        Measure revised = measure("m1").putActuals(Q2, new BigDecimal("85"))
                .addTargets(Target.builder().period(Q2).value(new BigDecimal("80"))
                        .addRevisions(TargetRevision.of(LocalDate.parse("2025-12-01"), new BigDecimal("90"), CABINET))
                        .build()).build();

        QuarterReport.Line line = report(twoThemes().addMeasures(revised)).groups().get(2).lines().get(0);

        assertThat(line.target().flatMap(Target::value)).contains(new BigDecimal("80"));
        assertThat(line.state()).isEqualTo(RagState.GREEN);
    }

    @Test
    void anUnrevisedTargetHasNoAdoptedTargetBesideIt() {
        assertThat(onlyLine(measured("m1", "2025/26 Q2", "90")).adopted()).isEmpty();
    }

    @Test
    void theReportingDateDefaultsToThePeriodsLastDay() {
        assertThat(report(twoThemes()).reportingDate()).isEqualTo(LocalDate.parse("2025-09-30"));
    }

    @Test
    void aHigherActualIsImprovingWhereHigherIsBetter() {
        assertThat(onlyLine(twoQuarters("m1", "70", "75").build()).trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void aHigherActualIsWorseningWhereLowerIsBetter() {
        assertThat(onlyLine(twoQuarters("m1", "70", "75").direction(Direction.LOWER_IS_BETTER).build()).trend())
                .isEqualTo(Trend.WORSENING);
    }

    @Test
    void anActualCloserToTheTargetIsImprovingWhereOnTargetIsBest() {
        assertThat(onlyLine(twoQuarters("m1", "95", "82").direction(Direction.ON_TARGET).build()).trend())
                .isEqualTo(Trend.IMPROVING);
    }

    @Test
    void anEqualActualIsUnchanged() {
        assertThat(onlyLine(twoQuarters("m1", "70.0", "70").build()).trend()).isEqualTo(Trend.UNCHANGED);
    }

    @Test
    void withoutThePreviousQuartersActualThereIsNoPreviousValue() {
        assertThat(onlyLine(measured("m1", "2025/26 Q2", "90")).trend()).isEqualTo(Trend.NO_PREVIOUS_VALUE);
    }

    @Test
    void withoutTheQuartersActualThereIsNoValue() {
        assertThat(onlyLine(measure("m1").putActuals(period("2025/26 Q1"), BigDecimal.ONE).build()).trend())
                .isEqualTo(Trend.NO_VALUE);
    }

    @Test
    void withoutADirectionTheTrendIsNotComparable() {
        Measure context = Measure.builder().id(TracePlans.id("m1")).name(Text.of("Context"))
                .putActuals(period("2025/26 Q1"), BigDecimal.ONE).putActuals(Q2, BigDecimal.TEN).build();

        assertThat(onlyLine(context).trend()).isEqualTo(Trend.NOT_COMPARABLE);
    }

    @Test
    void anOverrideIsShownWithItsReasonForecastAndCommentary() {
        Measure measure = measure("m1").tolerance(io.github.councilplan.model.Tolerance.absolute(BigDecimal.ONE))
                .putTargets(Q2, new BigDecimal("80")).putActuals(Q2, new BigDecimal("70"))
                .addAssessments(Assessment.builder().period(Q2).status(RagState.AMBER)
                        .reason(Text.of("Data late from partner")).forecast(new BigDecimal("82"))
                        .commentary(Text.of("Recovering")).build()).build();

        QuarterReport.Line line = onlyLine(measure);

        assertThat(line.state()).isEqualTo(RagState.AMBER);
        assertThat(line.overridden()).isTrue();
        assertThat(line.overrideReason()).contains(Text.of("Data late from partner"));
        assertThat(line.forecast()).contains(new BigDecimal("82"));
        assertThat(line.commentary()).contains(Text.of("Recovering"));
    }
}
