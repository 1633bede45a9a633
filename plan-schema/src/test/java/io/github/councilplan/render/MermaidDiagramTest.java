package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.theme;
import static io.github.councilplan.render.RenderPlans.withDeliverableTitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Mermaid flowchart, exactly, for small plans. */
class MermaidDiagramTest {
    @Test
    void nodesThenContainmentThenLinks() {
        assertThat(MermaidDiagram.standard().render(RenderPlans.small())).isEqualTo(""
                + "flowchart TD\n"
                + "  n0([\"Our plan\"])\n"
                + "  n1[/\"Value#58; Together\"\\]\n"
                + "  n2[[\"Theme 1#58; Place\"]]\n"
                + "  n3{{\"Outcome 1.1#58; cleaner streets\"}}\n"
                + "  n4{{\"Outcome 1.2#58; safer roads\"}}\n"
                + "  n5[\"Priority 1.1#58; Keep streets clean\"]\n"
                + "  n6(\"Deliverable 1.1.1#58; Sweep more\")\n"
                + "  n7(\"Deliverable 1.1.2#58; Fix potholes\")\n"
                + "  n8[[\"Theme 2#58; Town\"]]\n"
                + "  n9{{\"Outcome 2.1#58; a thriving town centre\"}}\n"
                + "  n10[\"Priority 2.1#58; Support the high street\"]\n"
                + "  n11(\"Deliverable 2.1.1#58; Open a market\")\n"
                + "  n12[/\"Measure#58; Streets graded clean\"/]\n"
                + "  n13>\"Partner#58; NHS\"]\n"
                + "  n0 --> n1\n"
                + "  n0 --> n2\n"
                + "  n2 --> n3\n"
                + "  n2 --> n4\n"
                + "  n2 --> n5\n"
                + "  n5 --> n6\n"
                + "  n5 --> n7\n"
                + "  n0 --> n8\n"
                + "  n8 --> n9\n"
                + "  n8 --> n10\n"
                + "  n10 --> n11\n"
                + "  n0 --> n12\n"
                + "  n0 --> n13\n"
                + "  n7 -.->|contributesTo| n4\n"
                + "  n12 -.->|evidences| n3\n"
                + "  n11 -.->|involves| n13\n"
                + "  n2 -.->|reflects| n1\n");
    }

    @Test
    void elementsOfKindsLeftOutHangFromTheirNearestDrawnContainerAndTheirLinksAreLeftOut() {
        MermaidDiagram diagram = MermaidDiagram.standard().withKinds(EnumSet.of(ElementKind.THEME, ElementKind.DELIVERABLE));

        assertThat(diagram.render(RenderPlans.small())).isEqualTo(""
                + "flowchart TD\n"
                + "  n0([\"Our plan\"])\n"
                + "  n1[[\"Theme 1#58; Place\"]]\n"
                + "  n2(\"Deliverable 1.1.1#58; Sweep more\")\n"
                + "  n3(\"Deliverable 1.1.2#58; Fix potholes\")\n"
                + "  n4[[\"Theme 2#58; Town\"]]\n"
                + "  n5(\"Deliverable 2.1.1#58; Open a market\")\n"
                + "  n0 --> n1\n"
                + "  n1 --> n2\n"
                + "  n1 --> n3\n"
                + "  n0 --> n4\n"
                + "  n4 --> n5\n");
    }

    @Test
    void theKindsChosenExcludeThePlanWhichIsAlwaysDrawn() {
        MermaidDiagram diagram = MermaidDiagram.standard().withKinds(Set.of(ElementKind.PLAN));

        assertThat(diagram.kinds()).isEmpty();
        assertThat(diagram.render(RenderPlans.small())).isEqualTo("flowchart TD\n  n0([\"Our plan\"])\n");
    }

    @Test
    void theStandardDiagramDrawsTheStructureAndItsSupportingElements() {
        assertThat(MermaidDiagram.standard().kinds()).containsExactlyInAnyOrder(ElementKind.THEME,
                ElementKind.OBJECTIVE, ElementKind.OUTCOME, ElementKind.PRIORITY, ElementKind.DELIVERABLE,
                ElementKind.MEASURE, ElementKind.PARTNER, ElementKind.VALUE, ElementKind.PRINCIPLE);
        assertThat(MermaidDiagram.standard().maxTextLength()).isEqualTo(MermaidDiagram.DEFAULT_MAX_TEXT_LENGTH);
    }

    @Test
    void labelsEscapeEverythingMermaidMarkdownOrHtmlCouldRead() {
        String title = "Say \"hi\" <b>#1</b> & *more* [x](y) | a;b: c\nnext `code` _em_ {z} %% end";

        String diagram = MermaidDiagram.standard().withMaxTextLength(200)
                .withKinds(EnumSet.of(ElementKind.DELIVERABLE)).render(withDeliverableTitled(title));

        assertThat(diagram).contains("  n1(\"Deliverable 1.1.1#58; Say #34;hi#34; #60;b#62;#35;1#60;/b#62; #38; "
                + "#42;more#42; #91;x#93;(y) #124; a#59;b#58; c next #96;code#96; #95;em#95; #123;z#125; #37;#37; end\")\n");
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String diagram = MermaidDiagram.standard().withMaxTextLength(20)
                .withKinds(EnumSet.of(ElementKind.DELIVERABLE))
                .render(withDeliverableTitled("The quick brown fox jumps over the lazy dog"));

        assertThat(diagram).contains("  n1(\"Deliverable 1.1.1#58; The quick brown fox#8230;\")\n");
    }

    @Test
    void theTextLengthIsAtLeastTwo() {
        assertThat(MermaidDiagram.standard().withMaxTextLength(2).maxTextLength()).isEqualTo(2);
        assertThatThrownBy(() -> MermaidDiagram.standard().withMaxTextLength(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTextLength: must be at least 2, was 1");
    }

    @Test
    void principlesOutcomesAtEveryLevelAndDeliverablesUnderAThemeAreDrawnUnderWhatHoldsThem() {
        assertThat(MermaidDiagram.standard().render(PlanIndex.of(RenderPlans.everyShape()))).isEqualTo(""
                + "flowchart TD\n"
                + "  n0([\"Our plan\"])\n"
                + "  n1[/\"Value#58; Together\"\\]\n"
                + "  n2[\\\"Principle#58; Fairness\"/]\n"
                + "  n3[[\"Theme 1#58; Place\"]]\n"
                + "  n4{{\"Corporate outcome#58; Clean streets\"}}\n"
                + "  n5[\"Strategic objective 1.1#58; Clean up\"]\n"
                + "  n6{{\"Corporate outcome#58; litter picked daily\"}}\n"
                + "  n7[\"Priority A#58; Sweep more often\"]\n"
                + "  n8(\"Deliverable 1.2#58; Open a hub\")\n"
                + "  n9[[\"Theme 2\"]]\n"
                + "  n10[\"Priority 2.1#58; Support the high street\"]\n"
                + "  n11(\"Deliverable 2.1.1#58; Open a market\")\n"
                + "  n12{{\"Outcome#58; busier shops\"}}\n"
                + "  n13[/\"Measure#58; Households helped\"/]\n"
                + "  n14[/\"Measure#58; Residents feel listened to\"/]\n"
                + "  n15[/\"Measure K3#58; Streets graded clean\"/]\n"
                + "  n16>\"Partner#58; NHS\"]\n"
                + "  n0 --> n1\n"
                + "  n0 --> n2\n"
                + "  n0 --> n3\n"
                + "  n3 --> n4\n"
                + "  n3 --> n5\n"
                + "  n5 --> n6\n"
                + "  n5 --> n7\n"
                + "  n3 --> n8\n"
                + "  n0 --> n9\n"
                + "  n9 --> n10\n"
                + "  n10 --> n11\n"
                + "  n11 --> n12\n"
                + "  n0 --> n13\n"
                + "  n0 --> n14\n"
                + "  n0 --> n15\n"
                + "  n0 --> n16\n"
                + "  n11 -.->|contributesTo| n4\n"
                + "  n15 -.->|evidences| n4\n"
                + "  n8 -.->|reflects| n2\n");
    }

    @Test
    void aThemeKnownOnlyByItsNumberIsLabelledByItsLevelAndNumberAlone() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(Theme.builder().id(id("t-2")).number(DisplayNumber.of("2")).build())
                .build());

        assertThat(MermaidDiagram.standard().render(index)).contains("  n1[[\"Theme 2\"]]\n").doesNotContain("#58;\"");
    }

    @Test
    void elementsAreLabelledByTheirThemesLevelNames() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Council")
                        .levelNames(LevelNames.builder().outcome(Text.of("Corporate outcome")).build())
                        .addOutcomes(Outcome.of(id("o-1"), Text.of("balanced budgets")))
                        .build())
                .build());

        assertThat(MermaidDiagram.standard().render(index))
                .contains("  n2{{\"Corporate outcome#58; balanced budgets\"}}\n");
    }

    @Test
    void aLinkIntoARelatedPlanIsLeftOutEvenWhenItsTargetsIdIsOneOfThisPlans() {
        Plan plan = RenderPlans.smallBuilder()
                .links(List.of(Link.builder().from(id("d-1.1.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-3"))
                        .toPlan(id("strategy")).build()))
                .build();

        assertThat(MermaidDiagram.standard().render(PlanIndex.of(plan))).doesNotContain("-.->");
    }

    @Test
    void listsAndTheirItemsAreDrawnOnlyWhenAsked() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addLists(ItemList.builder().id(id("l-1")).title(Text.of("We will measure success by:"))
                                .addItems(ListItem.of(id("i-1"), Text.of("fewer complaints"))).build())
                        .build())
                .build());

        assertThat(MermaidDiagram.standard().render(index)).doesNotContain("measure success");
        assertThat(MermaidDiagram.standard().withKinds(EnumSet.of(ElementKind.THEME, ElementKind.LIST, ElementKind.ITEM))
                .render(index)).isEqualTo(""
                + "flowchart TD\n"
                + "  n0([\"Our plan\"])\n"
                + "  n1[[\"Theme 1#58; Place\"]]\n"
                + "  n2[\"List#58; We will measure success by#58;\"]\n"
                + "  n3[\"Item#58; fewer complaints\"]\n"
                + "  n0 --> n1\n"
                + "  n1 --> n2\n"
                + "  n2 --> n3\n");
    }
}
