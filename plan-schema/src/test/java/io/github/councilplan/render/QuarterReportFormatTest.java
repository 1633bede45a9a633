package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.outcome;
import static io.github.councilplan.render.RenderPlans.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.QuarterReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterReportFormatTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025/26 Q1");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2025/26 Q2");

    /**
     * Theme 1 "Place" with outcome o-1, evidenced by k-1 (a revised target, an override, a forecast,
     * commentary); k-2 linked to no theme; theme 2 with no measure.
     */
    private static Plan plan(String name, String commentary) {
        Measure revised = Measure.builder().id(id("k-1")).name(Text.of(name)).unit("%")
                .direction(Direction.HIGHER_IS_BETTER).putActuals(Q1, new BigDecimal("70"))
                .putActuals(Q2, new BigDecimal("72.5"))
                .addTargets(Target.builder().period(Q2).value(new BigDecimal("75"))
                        .addRevisions(TargetRevision.of(LocalDate.parse("2025-07-15"), new BigDecimal("80"),
                                Decision.builder().body(Text.of("Cabinet")).build())).build())
                .addAssessments(Assessment.builder().period(Q2).status(RagState.AMBER)
                        .reason(Text.of("New contract from August")).forecast(new BigDecimal("-3"))
                        .commentary(Text.of(commentary)).build())
                .build();
        Measure alone = Measure.builder().id(id("k-2")).name(Text.of("Visitors")).build();
        return emptyPlan().addThemes(theme("t-1", "1", "Place").addOutcomes(outcome("o-1", "1.1", "Clean")).build(),
                        theme("t-2", "2", "People").build())
                .addMeasures(revised, alone).addLinks(Link.of(id("k-1"), LinkKind.EVIDENCES, id("o-1"))).build();
    }

    private static QuarterReport report(Plan plan) {
        return QuarterReport.of(PlanIndex.of(plan), Q2);
    }

    private static final QuarterReport REPORT = report(plan("Streets clean", "Better than Q1"));

    @Test
    void markdownHasAHeadingAndADistributionPerThemeThenTheUnlinkedGroup() {
        String markdown = QuarterReportFormat.MARKDOWN.render(REPORT);

        assertThat(markdown).startsWith("# Our plan: performance report for 2025/26 Q2\n\nAs at 2025-09-30,")
                .contains("\n## Theme 1: Place\n\n| Red | Amber | Green | No target set | Data awaited |"
                        + " Not applicable | Not rated |\n|---:|---:|---:|---:|---:|---:|---:|\n| 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n")
                .contains("\n## Theme 2: People\n\n")
                .contains("\nNo measures.\n")
                .endsWith("\n## Not linked to a theme\n\n| Red | Amber | Green | No target set | Data awaited |"
                        + " Not applicable | Not rated |\n|---:|---:|---:|---:|---:|---:|---:|\n| 0 | 0 | 0 | 0 | 0 | 1 | 0 |\n"
                        + "\n| Measure | Unit | Actual | Target in force | Adopted target | State | Overridden |"
                        + " Override reason | Forecast | Forecast state | Trend | Commentary |\n"
                        + "|---|---|---:|---:|---:|---|---|---|---:|---|---|---|\n"
                        + "| Visitors |  |  |  |  | not applicable | no |  |  |  | no value |  |\n");
    }

    @Test
    void aLineShowsTheTargetInForceTheAdoptedOneTheOverrideForecastTrendAndCommentary() {
        assertThat(QuarterReportFormat.MARKDOWN.render(REPORT))
                .contains("| Streets clean | % | 72.5 | 80 | 75 | amber | yes | New contract from August | -3 |  |"
                        + " improving | Better than Q1 |\n");
    }

    @Test
    void csvHasTheHeaderThenARowPerThemeAndMeasure() {
        assertThat(QuarterReportFormat.CSV.render(REPORT)).isEqualTo(
                "Theme,Measure,Unit,Actual,Target in force,Adopted target,State,Overridden,Override reason,Forecast,"
                        + "Forecast state,Trend,Commentary\r\n"
                        + "Theme 1: Place,Streets clean,%,72.5,80,75,amber,yes,New contract from August,-3,,improving,"
                        + "Better than Q1\r\n"
                        + "Not linked to a theme,Visitors,,,,,not applicable,no,,,,no value,\r\n");
    }

    @Test
    void csvPutsAnApostropheBeforeTextASpreadsheetWouldTakeForAFormula() {
        String csv = QuarterReportFormat.CSV.render(report(plan("=HYPERLINK(\"http://x\")", "+1, then -2")));

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains(",\"'+1, then -2\"\r\n")
                .contains(",-3,");
    }

    @Test
    void markdownEscapesTextThatWouldMakeStructure() {
        String markdown = QuarterReportFormat.MARKDOWN.render(report(plan("a | b *c*", "line\n# heading")));

        assertThat(markdown).contains("| a \\| b \\*c\\* |").contains("| line \\# heading |")
                .doesNotContain("\n# heading");
    }

    @Test
    void htmlEscapesEveryOutsideText() {
        String html = QuarterReportFormat.HTML.render(report(plan("<script>alert(1)</script>", "a & b")));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a &amp; b");
    }

    @Test
    void htmlTablesHaveCaptionsAndHeaderCellsWithScopes() {
        String html = QuarterReportFormat.HTML.render(REPORT);

        assertThat(html).contains("<caption>Measures in each state: Theme 1: Place</caption>")
                .contains("<caption>Measures: Theme 1: Place</caption>")
                .contains("<th scope=\"col\">Target in force</th>")
                .contains("<tr><th scope=\"row\">Streets clean</th>")
                .contains("<span class=\"rag rag-amber\">Amber</span>")
                .contains("<h2>Not linked to a theme</h2>");
    }

    @Test
    void aWordingOfAnotherIndexIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterReportFormat.HTML.render(REPORT,
                Wording.of(PlanIndex.of(plan("x", "y")))));
    }
}
