package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Work;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * The summary of any plan parses as CommonMark to the structure the plan calls for and no other
 * (the headings of its sections, statements, themes, work and measures, the table of counts and,
 * where a measure is rated for a period, the table of measures by state), whatever
 * the plan's text holds; and every text of the plan ({@link PlanTexts}) can be read in it, in one
 * paragraph, heading or table cell, as the plan gives it (on one line).
 */
class MarkdownSummaryPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<Plan> plansOfEveryShape() {
        return RenderPlans.everyShapeWithAnyText();
    }

    @Property(tries = 200)
    void theSummaryHasTheStructureOfThePlanAndNoOther(@ForAll("plans") Plan plan) {
        assertTheSummaryHasTheStructureOfThePlan(plan);
    }

    @Property(tries = 200)
    void theSummaryOfAPlanOfEveryShapeHasItsStructureAndNoOther(@ForAll("plansOfEveryShape") Plan plan) {
        assertTheSummaryHasTheStructureOfThePlan(plan);
    }

    private static void assertTheSummaryHasTheStructureOfThePlan(Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        Node document = CommonMark.parse(MarkdownSummary.standard().render(index));
        List<Node> blocks = CommonMark.children(document);

        assertThat(blocks).allMatch(block -> block instanceof Heading || block instanceof Paragraph
                || block instanceof BulletList || block instanceof OrderedList || block instanceof TableBlock);
        List<String> headings = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Heading) {
                headings.add(((Heading) block).getLevel() + " " + CommonMark.text(block));
            }
        }
        assertThat(headings).isEqualTo(expectedHeadings(index, Wording.of(index)));
        // the counts of elements, and the measures by state where any measure is rated for a period
        long tables = RagStates.countsByPeriod(plan.measures()).isEmpty() ? 1 : 2;
        assertThat(blocks.stream().filter(TableBlock.class::isInstance).count()).isEqualTo(tables);
    }

    @Property(tries = 200)
    void everyTextOfThePlanCanBeReadInTheSummary(@ForAll("plans") Plan plan) {
        assertEveryTextIsInTheSummary(plan);
    }

    @Property(tries = 200)
    void everyTextOfAPlanOfEveryShapeCanBeReadInTheSummary(@ForAll("plansOfEveryShape") Plan plan) {
        assertEveryTextIsInTheSummary(plan);
    }

    @Example
    void everyTextOfThePlanWithEveryShapeCanBeReadInTheSummary() {
        assertEveryTextIsInTheSummary(RenderPlans.everyShape());
    }

    private static void assertEveryTextIsInTheSummary(Plan plan) {
        List<String> blocks = new ArrayList<>();
        leafBlocks(CommonMark.parse(MarkdownSummary.standard().render(PlanIndex.of(plan))), blocks);

        for (PlanTexts.Found found : PlanTexts.of(plan)) {
            assertThat(blocks).as("a paragraph, heading or cell that holds %s, the text at %s", found.text(),
                    found.pointer()).anyMatch(block -> block.contains(found.text()));
        }
    }

    /** Collects the text of every paragraph, heading and table cell below {@code node}. */
    private static void leafBlocks(Node node, List<String> into) {
        for (Node child : CommonMark.children(node)) {
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                into.add(CommonMark.text(child));
            } else {
                leafBlocks(child, into);
            }
        }
    }

    private static List<String> expectedHeadings(PlanIndex index, Wording wording) {
        Plan plan = index.plan();
        List<String> headings = new ArrayList<>();
        headings.add("1 " + OneLine.of(wording.of(plan.title())));
        plan.vision().ifPresent(vision -> headings.add("2 Vision" + statementTitle(vision, wording)
                .map(title -> ": " + title).orElse("")));
        for (Statement statement : plan.statements()) {
            headings.add("2 " + statementTitle(statement, wording).orElseGet(() -> OneLine.of(wording.name(statement))));
        }
        if (plan.purpose().isPresent()) {
            headings.add("2 Purpose");
        }
        if (!plan.values().isEmpty() || plan.leadIn("values").isPresent()) {
            headings.add("2 Values");
        }
        if (!plan.principles().isEmpty() || plan.leadIn("principles").isPresent()) {
            headings.add("2 Principles");
        }
        for (Theme theme : plan.themes()) {
            headings.add("2 " + title(theme, wording));
            theme.objectives().forEach(objective -> work(objective, 3, wording, headings));
            theme.priorities().forEach(priority -> work(priority, 3, wording, headings));
            theme.deliverables().forEach(deliverable -> work(deliverable, 3, wording, headings));
        }
        if (!plan.measures().isEmpty() || plan.leadIn("measures").isPresent()) {
            headings.add("2 Measures");
            plan.measures().forEach(measure -> headings.add("3 " + title(measure, wording)));
        }
        if (!plan.owners().isEmpty() || plan.leadIn("owners").isPresent()) {
            headings.add("2 Owners");
        }
        if (!plan.partners().isEmpty() || plan.leadIn("partners").isPresent()) {
            headings.add("2 Partners");
        }
        if (!plan.links().isEmpty()) {
            headings.add("2 Links");
        }
        headings.add("2 Counts");
        return headings;
    }

    private static Optional<String> statementTitle(Statement statement, Wording wording) {
        Optional<String> heading = statement.heading().map(text -> OneLine.of(wording.of(text)));
        if (statement.number().isPresent() || statement.levelName().isPresent() || wording.hasOwnLevelName(statement)) {
            return Optional.of(OneLine.of(wording.name(statement)) + heading.map(text -> ": " + text).orElse(""));
        }
        return heading;
    }

    /** An element's title as a heading shows it: its name and its text, each on one line. */
    private static String title(PlanElement element, Wording wording) {
        return OneLine.of(wording.name(element)) + element.label().map(label -> ": " + OneLine.of(wording.of(label)))
                .orElse("");
    }

    private static void work(Work work, int level, Wording wording, List<String> headings) {
        headings.add(level + " " + title(work, wording));
        work.work().forEach(child -> work(child, level + 1, wording, headings));
    }
}
