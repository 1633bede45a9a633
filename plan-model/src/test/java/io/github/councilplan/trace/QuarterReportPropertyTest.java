package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.ReportingPeriod;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any plan and a period it reports, the report's counts agree with its lines, and every measure
 * has a line: in each theme it is linked into, or else in the last group.
 */
class QuarterReportPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return LinkedPlans.plans();
    }

    /** A period the plan's first measure has an actual for, or else the plan's first. */
    private static QuarterReport report(Plan plan) {
        ReportingPeriod period = plan.measures().stream().flatMap(measure -> measure.actuals().stream())
                .flatMap(actual -> actual.period().stream()).findFirst().orElse(plan.period().start());
        return QuarterReport.of(PlanIndex.of(plan), period);
    }

    @Property(tries = 200)
    void eachGroupsDistributionAddsUpToItsLines(@ForAll("plans") Plan plan) {
        for (QuarterReport.Group group : report(plan).groups()) {
            assertThat(group.distribution().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(group.lines().size());
        }
    }

    @Property(tries = 200)
    void theTotalsCountEveryMeasureOnce(@ForAll("plans") Plan plan) {
        QuarterReport report = report(plan);

        assertThat(report.totals().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(PlanIndex.of(plan).ofKind(io.github.councilplan.model.ElementKind.MEASURE).size());
    }

    @Property(tries = 200)
    void everyMeasureHasALineInAThemeOrElseInTheLastGroup(@ForAll("plans") Plan plan) {
        QuarterReport report = report(plan);
        List<QuarterReport.Group> themes = report.groups().stream().filter(group -> group.theme().isPresent())
                .collect(Collectors.toList());
        Set<ElementId> inThemes = new HashSet<>();
        themes.forEach(group -> group.lines().forEach(line -> inThemes.add(line.measure().id())));
        List<ElementId> unlinked = report.groups().stream().filter(group -> group.theme().isEmpty())
                .flatMap(group -> group.lines().stream()).map(line -> line.measure().id())
                .collect(Collectors.toList());

        assertThat(themes).hasSize(plan.themes().size());
        for (Measure measure : plan.measures()) {
            assertThat(inThemes.contains(measure.id())).isNotEqualTo(unlinked.contains(measure.id()));
        }
    }

    @Property(tries = 200)
    void aLinesActualIsTheMeasuresForThePeriod(@ForAll("plans") Plan plan) {
        QuarterReport report = report(plan);
        for (QuarterReport.Group group : report.groups()) {
            for (QuarterReport.Line line : group.lines()) {
                assertThat(line.actual().flatMap(Observation::value))
                        .isEqualTo(line.measure().actualFor(report.period()).flatMap(Observation::value));
            }
        }
    }
}
