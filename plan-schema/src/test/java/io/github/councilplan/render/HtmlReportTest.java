package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML report of the example plans and of small hand-built ones. */
class HtmlReportTest {
    private static final String HOSTILE = "<script>alert(1)</script> \"onmouseover=\"alert(2)\" 'x' </style><style>"
            + "body{display:none}</style> <!-- \u202eevil\u202c \u2066isolated\u2069 \u2028next &amp; ]]>";

    static List<Path> examples() {
        return HtmlPages.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanIsWellFormedXmlThatABrowserReadsAsTheSameElements(Path file) {
        String page = HtmlReport.standard().render(HtmlPages.read(file));

        HtmlPages.parse(page);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .endsWith("</html>\n");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyTextOfEveryExamplePlanIsOnItsPage(Path file) {
        PlanIndex index = HtmlPages.read(file);
        String text = HtmlPages.parse(HtmlReport.standard().render(index)).body().text();

        List<String> missing = PlanTexts.of(index.plan()).stream().filter(found -> !text.contains(found.text()))
                .map(found -> found.pointer() + ": " + found.text()).toList();

        assertThat(missing).as("texts of %s missing from its page", file.getFileName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void headingsGoDownOneLevelAtATimeFromOneH1(Path file) {
        Document page = HtmlPages.parse(HtmlReport.standard().render(HtmlPages.read(file)));

        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("%s: %s after h%d", file.getFileName(), heading, previous).isLessThanOrEqualTo(previous + 1);
            assertThat(heading.text()).isNotBlank();
            previous = level;
        }
        assertThat(page.select("h1")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyLinkLeadsToAnElementOfThePageAndNothingLoadsOrRuns(Path file) {
        Document page = HtmlPages.parse(HtmlReport.standard().render(HtmlPages.read(file)));

        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
        }
        for (Element link : page.select("[href]")) {
            assertThat(link.attr("href")).startsWith("#");
            assertThat(ids).contains(link.attr("href").substring(1));
        }
        for (Element labelled : page.select("[aria-labelledby]")) {
            assertThat(ids).contains(labelled.attr("aria-labelledby"));
        }
        assertThat(page.select("script, img, link, iframe, object, embed, audio, video, base, form, [src]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .map(attribute -> attribute.getKey().toLowerCase(Locale.ROOT))).noneMatch(key -> key.startsWith("on"));
        assertThat(page.select("style").first().data()).doesNotContain("url(", "@import");
    }

    @Test
    void thePageHasASkipLinkToItsMainContentAndOneBannerNavigationAndMain() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Element skip = page.body().child(0);
        assertThat(skip.tagName()).isEqualTo("a");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(skip.text()).isEqualTo("Skip to the plan");
        assertThat(page.select("body > header")).hasSize(1);
        assertThat(page.select("body > nav")).hasSize(1);
        assertThat(page.select("body > main#main")).hasSize(1);
        assertThat(page.select("header h1").text()).isEqualTo("Our plan");
        assertThat(page.title()).isEqualTo("Our plan");
    }

    @Test
    void aPlanThatDeclaresNoLanguageIsAnEnglishPage() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        assertThat(page.child(0).attr("lang")).isEqualTo("en");
        assertThat(page.select("body [lang]")).isEmpty();
    }

    @Test
    void thePageIsInThePlansLanguageWithTheRenderingsOwnWordsMarkedEnglish() {
        Document page = HtmlPages.parse(HtmlReport.standard().render(
                HtmlPages.read(HtmlPages.EXAMPLES.resolve("fictional-bilingual-plan.json"))));

        assertThat(page.child(0).attr("lang")).isEqualTo("cy");
        assertThat(page.select("#measures > h2 > span[lang=en]").text()).isEqualTo("Measures");
        assertThat(page.select("nav h2 > span[lang=en]").text()).isEqualTo("Contents");
    }

    @Test
    void theTableOfContentsListsEachThemeWithItsWork() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        List<String> entries = page.select("nav > ol > li").stream().map(li -> li.child(0).text()).toList();
        assertThat(entries).containsExactly("Purpose", "Values", "Theme 1: Place", "Theme 2: Town", "Measures",
                "Owners", "Partners", "Structure");
        assertThat(page.select("nav > ol > li:nth-child(3) > ol > li").eachText())
                .containsExactly("Priority 1.1: Keep streets clean");
    }

    @Test
    void workIsASectionUnderAHeadingOneLevelBelowWhatHoldsIt() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Element priority = page.selectFirst("h3:containsOwn(Priority 1.1: Keep streets clean)");
        assertThat(priority).isNotNull();
        assertThat(priority.parent().parent().child(0).text()).isEqualTo("Theme 1: Place");
        assertThat(priority.parent().select("h4").eachText())
                .containsExactly("Deliverable 1.1.1: Sweep more", "Deliverable 1.1.2: Fix potholes");
        assertThat(priority.parent().select("dl").first().text()).isEqualTo("Owners Director of Place");
    }

    @Test
    void aRatingIsWrittenInWordsOnItsColour() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Elements rows = page.select("#measures table").last().select("tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.first().select("th, td").eachText()).containsExactly("2025/26", "90", "92.5", "Green");
        assertThat(rows.first().select("td span.rag.rag-green").text()).isEqualTo("Green");
    }

    @Test
    void theMeasuresInEachStateAreCountedForEachPeriodRated() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Element table = page.selectFirst("#measures table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Measures by state, for each period rated");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Period", "Red", "Amber", "Green",
                "No target set", "Data awaited", "Not applicable", "Not rated");
        assertThat(table.select("tbody tr th, tbody tr td").eachText())
                .containsExactly("2025/26", "0", "0", "1", "0", "0", "0", "0");
    }

    @Test
    void aStateSetByHandIsShownWithItsReasonAndTheComputedRating() {
        ReportingPeriod year = ReportingPeriod.parse("2025/26");
        Plan plan = RenderPlans.smallBuilder().measures(List.of(measure(Measure.builder().id(id("k-1"))
                .name(Text.of("Visits")).direction(Direction.HIGHER_IS_BETTER).putTargets(year, new BigDecimal("5"))
                .putActuals(year, new BigDecimal("1"))
                .addAssessments(Assessment.builder().period(year).status(RagState.DATA_AWAITED)
                        .reason(Text.of("Figures provisional")).forecast(new BigDecimal("6"))
                        .commentary(Text.of("Catching up")).build()))))
                .build();

        Document page = HtmlPages.parse(HtmlPages.render(plan));

        Element row = page.select("#measures table").last().selectFirst("tbody tr");
        assertThat(row.select("td").last().text())
                .isEqualTo("data awaited (set by hand: Figures provisional; computed: Red)");
        assertThat(page.select("#measures dl").text()).contains("Year-end forecast at 2025/26 6, Green")
                .contains("Commentary for 2025/26 Catching up");
    }

    @Test
    void aPeriodThatCannotBeRatedSaysWhy() {
        Plan plan = RenderPlans.smallBuilder().measures(List.of(measure(Measure.builder().id(id("k-1"))
                .name(Text.of("Visits")).putTargets(ReportingPeriod.parse("2025/26"), new BigDecimal("5")))))
                .build();

        Document page = HtmlPages.parse(HtmlPages.render(plan));

        assertThat(page.select("#measures table").last().select("tbody tr").first().select("td").last().text())
                .isEqualTo("not rated: the measure does not say which way is better");
    }

    @Test
    void aMeasureWithNumbersByPeriodHasAChartNamedByItsTitleElementThenATableOfTheSameNumbers() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Element figure = page.selectFirst("#measures figure");
        Element svg = figure.selectFirst("svg[role=img]");
        Element title = svg.child(0);
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(svg.attr("aria-labelledby")).isEqualTo(title.id());
        assertThat(title.text()).startsWith("Bar chart of the actuals of Measure by period");
        assertThat(svg.select("rect")).hasSize(2); // the actual's bar and the legend's
        assertThat(svg.select("text").eachText()).contains("2025/26", "92.5", "0", "Actual", "Target");
        Element table = figure.nextElementSibling();
        assertThat(table.tagName()).isEqualTo("table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Targets and actuals of Measure");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("When", "Target", "Actual", "Rating");
    }

    @Test
    void aMeasureWithoutNumbersByPeriodHasNoChart() {
        Plan plan = RenderPlans.smallBuilder().measures(List.of(measure(Measure.builder().id(id("k-1"))
                .name(Text.of("Visits")).addTargets(Target.overPlan(new BigDecimal("5")))))).build();

        Document page = HtmlPages.parse(HtmlPages.render(plan));

        assertThat(page.select("#measures svg")).isEmpty();
        assertThat(page.select("#measures tbody th").eachText()).containsExactly("Whole plan");
    }

    @Test
    void theChartDrawsTheLatestTwelvePeriodsAndTheTableEveryOne() {
        Measure.Builder measure = Measure.builder().id(id("k-1")).name(Text.of("Visits"))
                .direction(Direction.HIGHER_IS_BETTER);
        ReportingPeriod period = ReportingPeriod.parse("2024-04");
        for (int i = 0; i < 30; i++, period = period.next()) {
            measure.putActuals(period, BigDecimal.valueOf(i));
        }
        Plan plan = RenderPlans.smallBuilder().measures(List.of(measure.build())).build();

        Document page = HtmlPages.parse(HtmlPages.render(plan));

        assertThat(page.select("#measures svg > text").eachText()).hasSize(12).startsWith("2025-10").endsWith("2026-09");
        assertThat(page.select("#measures figcaption").text()).isEqualTo("Targets and actuals of the latest 12 of 30 periods.");
        assertThat(page.select("#measures table").last().select("tbody tr")).hasSize(30);
    }

    @Test
    void numbersAtTheModelsLimitsGiveCoordinatesWithinTheChart() {
        BigDecimal huge = new BigDecimal("9e999");
        Plan plan = RenderPlans.smallBuilder().measures(List.of(measure(Measure.builder().id(id("k-1"))
                .name(Text.of("Visits")).direction(Direction.LOWER_IS_BETTER)
                .putTargets(ReportingPeriod.parse("2025/26"), huge)
                .putActuals(ReportingPeriod.parse("2025/26"), huge.negate())
                .putActuals(ReportingPeriod.parse("2026/27"), new BigDecimal("0.000001"))))).build();

        String page = HtmlPages.render(plan);
        Element svg = HtmlPages.parse(page).selectFirst("#measures svg");

        String[] box = svg.attr("viewBox").split(" ");
        double height = Double.parseDouble(box[3]);
        Matcher coordinate = Pattern.compile(" (?:y|y1|y2|height)=\"([^\"]+)\"").matcher(svg.outerHtml());
        List<Double> values = new ArrayList<>();
        while (coordinate.find()) {
            values.add(Double.parseDouble(coordinate.group(1)));
        }
        assertThat(values).isNotEmpty().allSatisfy(value -> assertThat(value).isBetween(0.0, height));
        assertThat(svg.select("text").eachText()).contains("9.000E+999", "-9.000E+999");
    }

    @Test
    void theStructureIsTheMermaidDiagramsAsNestedListsOfLinksThenThePlansLinks() {
        Document page = HtmlPages.parse(HtmlPages.render(RenderPlans.small().plan()));

        Element plan = page.selectFirst("#structure > ul > li");
        assertThat(plan.ownText()).isEqualTo("Our plan");
        List<String> top = plan.select("> ul > li").stream().map(li -> li.child(0).text()).toList();
        assertThat(top).containsExactly("Value: Together", "Theme 1: Place", "Theme 2: Town",
                "Measure: Streets graded clean", "Partner: NHS");
        assertThat(plan.select("> ul > li:nth-child(2) > ul a").eachText()).containsExactly(
                "Outcome 1.1: cleaner streets", "Outcome 1.2: safer roads", "Priority 1.1: Keep streets clean",
                "Deliverable 1.1.1: Sweep more", "Deliverable 1.1.2: Fix potholes");
        assertThat(page.select("#structure h3 + ul > li").eachText()).contains(
                "Deliverable 1.1.2: Fix potholes contributes to Outcome 1.2: safer roads");
        for (Element link : page.select("#structure a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
        }
    }

    @Test
    void hostileTextStaysTextInElementsAndInTheTitle() {
        Plan plan = RenderPlans.everyShape(words -> words + HOSTILE);

        String page = HtmlPages.render(plan);
        Document html = HtmlPages.parse(page);

        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.title()).isEqualTo("Our plan" + OneLine.of(HOSTILE));
        assertThat(html.selectFirst("h1").text()).isEqualTo("Our plan" + OneLine.of(HOSTILE));
        assertThat(html.getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .map(attribute -> attribute.getKey())).noneMatch(key -> key.startsWith("on"));
    }

    @Test
    void bidiControlsAndLineSeparatorsFromThePlanAreNotOnThePage() {
        String page = HtmlPages.render(RenderPlans.everyShape(words -> words + HOSTILE));

        assertThat(page).doesNotContain("\u202e", "\u202c", "\u2066", "\u2069", "\u2028")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=&quot;alert(2)&quot; &#39;x&#39;"
                        + " &lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt; &lt;!-- evil isolated next"
                        + " &amp;amp; ]]&gt;");
    }

    @Test
    void equalPlansGiveTheSameBytesWhateverTheDefaultLocale() {
        Plan plan = RenderPlans.everyShape();
        Locale before = Locale.getDefault();
        String english = HtmlPages.render(plan);
        String other;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            other = HtmlPages.render(RenderPlans.everyShape());
        } finally {
            Locale.setDefault(before);
        }

        assertThat(other).isEqualTo(english);
    }

    private static Measure measure(Measure.Builder builder) {
        return builder.build();
    }
}
