package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.QuarterReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any plan, each rendering of its report is written without failing; the page is well-formed. */
class QuarterReportFormatPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    private static QuarterReport report(Plan plan) {
        ReportingPeriod period = plan.measures().stream().flatMap(measure -> measure.actuals().stream())
                .flatMap(actual -> actual.period().stream()).findFirst().orElse(plan.period().start());
        return QuarterReport.of(PlanIndex.of(plan), period);
    }

    @Property(tries = 100)
    void everyFormatRendersTheReportOfAnyPlan(@ForAll("plans") Plan plan) {
        QuarterReport report = report(plan);

        assertThat(QuarterReportFormat.MARKDOWN.render(report)).startsWith("# ");
        assertThat(QuarterReportFormat.CSV.render(report)).startsWith(String.join(",", QuarterReportFormat.COLUMNS));
        assertThat(HtmlPages.xml(QuarterReportFormat.HTML.render(report)).getDocumentElement().getTagName())
                .isEqualTo("html");
    }
}
