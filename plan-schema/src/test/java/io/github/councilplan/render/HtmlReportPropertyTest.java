package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For any plan, the HTML report is well-formed XML that a browser reads as the same elements, with
 * unique ids and links that lead to them; and no text of a plan, whatever it holds, changes which
 * elements and attributes the page has.
 */
class HtmlReportPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> hostile = Arbitraries.of(HtmlTextPropertyTest.HOSTILE).map(text -> "x" + text);
        return Arbitraries.oneOf(PlanArbitraries.strings(), hostile).list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 100)
    void thePageOfAnyPlanIsWellFormedReadAlikeByABrowserAndLinksOnlyWithinItself(@ForAll("plans") Plan plan) {
        Document page = HtmlPages.parse(HtmlPages.render(plan));

        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(element -> assertThat(ids.add(element.id())).as("unique id %s", element.id()).isTrue());
        for (Element link : page.select("[href]")) {
            assertThat(link.attr("href")).startsWith("#");
            assertThat(ids).contains(link.attr("href").substring(1));
        }
        assertThat(page.select("script, img, link, iframe, object, embed, [src]")).isEmpty();
    }

    @Property(tries = 100)
    void noPlanTextChangesTheElementsOrAttributesOfThePage(@ForAll("texts") List<String> texts) {
        int[] next = {0};
        Plan anyText = RenderPlans.everyShape(ignored -> texts.get(next[0]++ % texts.size()));
        Plan plainText = RenderPlans.everyShape(ignored -> "words");

        List<String> skeleton = HtmlPages.skeleton(HtmlPages.xml(HtmlPages.render(anyText)));

        assertThat(skeleton).isEqualTo(HtmlPages.skeleton(HtmlPages.xml(HtmlPages.render(plainText))));
        assertThat(HtmlPages.skeleton(HtmlPages.html(HtmlPages.render(anyText)))).isEqualTo(skeleton);
    }
}
