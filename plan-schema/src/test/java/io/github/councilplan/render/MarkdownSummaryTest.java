package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.priority;
import static io.github.councilplan.render.RenderPlans.theme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import org.junit.jupiter.api.Test;

/** The Markdown summary, exactly, for small plans. */
class MarkdownSummaryTest {
    private static final MarkdownSummary MARKDOWN = MarkdownSummary.standard();

    @Test
    void theSummaryOfASmallPlan() {
        assertThat(MARKDOWN.render(RenderPlans.small())).isEqualTo("""
                # Our plan

                - Organisation: Example Council
                - Period: 2024/25 to 2028/29
                - Edition: 2025, adopted on 2025-05-01

                ## Purpose

                Our purpose is to:

                - serve residents

                We will do this by:

                - listening

                ## Values

                - **Together**
                  - working with others

                ## Theme 1: Place

                ### Outcomes

                We will have:

                - **1.1** cleaner streets
                - **1.2** safer roads

                ### Priorities

                1. **1.1** Keep streets clean (owners: Director of Place)
                   1. **1.1.1** Sweep more
                   1. **1.1.2** Fix potholes

                ## Theme 2: Town

                ### Outcomes

                - **2.1** a thriving town centre

                ### Priorities

                1. **2.1** Support the high street
                   1. **2.1.1** Open a market

                ## Measures

                | Measure | Name | Unit | Direction | Frequency | Latest actual | Target | RAG |
                |---|---|---|---|---|---|---|---|
                | k-1 | Streets graded clean | % | higher is better | financial year | 92.5 (2025/26) | 90 | green |

                ## Counts

                | Element | Count |
                |---|---:|
                | statement | 0 |
                | value | 1 |
                | theme | 2 |
                | objective | 0 |
                | outcome | 3 |
                | priority | 2 |
                | deliverable | 3 |
                | commitment | 0 |
                | measure | 1 |
                | milestone | 0 |
                | owner | 1 |
                | partner | 1 |
                | link | 4 |
                """);
    }

    @Test
    void objectivesNestTheirPrioritiesAndDeliverablesAndCommitmentsFollow() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addObjectives(Objective.builder().id(id("ob-1")).number(DisplayNumber.of("1.1"))
                                .title(Text.of("Clean")).addOwners(id("nobody"))
                                .addPriorities(priority("p-1.1.1", "1.1.1", "Streets")
                                        .addDeliverables(RenderPlans.deliverable("d-1.1.1.1", "1.1.1.1", "Sweep"))
                                        .build())
                                .build())
                        .addCommitments(Commitment.of(id("c-1"), Text.of("Cleaner streets you can see")))
                        .build())
                .build());

        assertThat(MARKDOWN.render(index)).contains("""
                ## Theme 1: Place

                ### Objectives

                1. **1.1** Clean (owners: nobody)
                   1. **1.1.1** Streets
                      1. **1.1.1.1** Sweep

                ### Commitments

                - Cleaner streets you can see

                ## Counts
                """);
    }

    @Test
    void planTextCreatesNoStructure() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .title(Text.of("# Not a heading *really*"))
                .addThemes(theme("t-1", "1", "<script>alert(1)</script>")
                        .addPriorities(priority("p-1.1", "1.1", "1984. Not a list\n\n- nor this | a cell")
                                .build())
                        .build())
                .build());

        String markdown = MARKDOWN.render(index);

        assertThat(markdown)
                .startsWith("# \\# Not a heading \\*really\\*\n")
                .contains("## Theme 1: \\<script\\>alert(1)\\</script\\>\n")
                .contains("1. **1.1** 1984\\. Not a list - nor this \\| a cell\n");
    }

    @Test
    void aPlanWithNothingButItsHeaderHasTheHeaderAndTheCounts() {
        String markdown = MARKDOWN.render(PlanIndex.of(emptyPlan().build()));

        assertThat(markdown).startsWith("""
                # Our plan

                - Organisation: Example Council
                - Period: 2024/25 to 2028/29

                ## Counts
                """);
    }
}
