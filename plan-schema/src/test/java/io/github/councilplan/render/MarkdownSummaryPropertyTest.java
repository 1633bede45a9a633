package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * The summary of any plan parses as CommonMark to the structure the plan calls for and no other:
 * the headings the plan's sections and themes give, a table per table, and priority lists with an
 * item per priority and a nested item per deliverable, whatever the plan's text holds.
 */
class MarkdownSummaryPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void theSummaryHasTheStructureOfThePlanAndNoOther(@ForAll("plans") Plan plan) {
        Wording wording = Wording.of(plan);
        Node document = CommonMark.parse(MarkdownSummary.standard().render(PlanIndex.of(plan)));
        List<Node> blocks = CommonMark.children(document);

        assertThat(blocks).allMatch(block -> block instanceof Heading || block instanceof Paragraph
                || block instanceof BulletList || block instanceof OrderedList || block instanceof TableBlock);
        List<String> headings = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Heading) {
                headings.add(((Heading) block).getLevel() + " " + CommonMark.text(block));
            }
        }
        assertThat(headings).isEqualTo(expectedHeadings(plan, wording));
        assertThat(blocks.stream().filter(TableBlock.class::isInstance).count())
                .isEqualTo(plan.measures().isEmpty() ? 1 : 2);

        List<Integer> priorityLists = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading && CommonMark.text(blocks.get(i)).equals("Priorities")) {
                OrderedList list = (OrderedList) blocks.get(i + 1);
                List<Node> items = CommonMark.children(list);
                priorityLists.add(items.size());
                for (Node item : items) {
                    List<Node> parts = CommonMark.children(item);
                    assertThat(parts.get(0)).isInstanceOf(Paragraph.class);
                    assertThat(parts.size()).isLessThanOrEqualTo(2);
                }
            }
        }
        assertThat(priorityLists).isEqualTo(plan.themes().stream().filter(t -> !t.priorities().isEmpty())
                .map(t -> t.priorities().size()).toList());
        List<Integer> deliverableLists = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading && CommonMark.text(blocks.get(i)).equals("Priorities")) {
                for (Node item : CommonMark.children(blocks.get(i + 1))) {
                    List<Node> parts = CommonMark.children(item);
                    deliverableLists.add(parts.size() == 2 ? CommonMark.children(parts.get(1)).size() : 0);
                }
            }
        }
        assertThat(deliverableLists).isEqualTo(plan.themes().stream().flatMap(t -> t.priorities().stream())
                .map(Priority::deliverables).map(List::size).toList());
    }

    private static List<String> expectedHeadings(Plan plan, Wording wording) {
        List<String> headings = new ArrayList<>();
        headings.add("1 " + OneLine.of(wording.of(plan.title())));
        if (plan.purpose().isPresent()) {
            headings.add("2 Purpose");
        }
        if (!plan.values().isEmpty()) {
            headings.add("2 Values");
        }
        for (Theme theme : plan.themes()) {
            headings.add("2 " + OneLine.of(wording.name(theme)) + theme.name().map(name -> ": " + OneLine.of(wording.of(name))).orElse(""));
            if (!theme.outcomes().isEmpty()) {
                headings.add("3 Outcomes");
            }
            if (!theme.objectives().isEmpty()) {
                headings.add("3 Objectives");
            }
            if (!theme.priorities().isEmpty()) {
                headings.add("3 Priorities");
            }
            if (!theme.commitments().isEmpty()) {
                headings.add("3 Commitments");
            }
        }
        if (!plan.measures().isEmpty()) {
            headings.add("2 Measures");
        }
        headings.add("2 Counts");
        return headings;
    }
}
