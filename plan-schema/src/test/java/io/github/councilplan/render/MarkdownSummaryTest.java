package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.deliverable;
import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.objective;
import static io.github.councilplan.render.RenderPlans.outcome;
import static io.github.councilplan.render.RenderPlans.priority;
import static io.github.councilplan.render.RenderPlans.theme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.Unrated;
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown summary, exactly, for small plans, and each part of format 0.2 in it. */
class MarkdownSummaryTest {
    private static final MarkdownSummary MARKDOWN = MarkdownSummary.standard();
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2025/26");

    private static String render(Plan plan) {
        return MARKDOWN.render(PlanIndex.of(plan));
    }

    private static Plan.Builder withTheme(Theme theme) {
        return emptyPlan().addThemes(theme);
    }

    private static Plan.Builder withMeasure(Measure measure) {
        return emptyPlan().addMeasures(measure);
    }

    private static Measure.Builder measure() {
        return Measure.builder().id(id("k-1")).name(Text.of("Streets graded clean"));
    }

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

                * listening

                ## Values

                - Together

                  - working with others

                ## Theme 1: Place

                We will have:

                - **Outcome 1.1**: cleaner streets
                - **Outcome 1.2**: safer roads

                ### Priority 1.1: Keep streets clean

                - Owners: Director of Place

                #### Deliverable 1.1.1: Sweep more

                #### Deliverable 1.1.2: Fix potholes

                ## Theme 2: Town

                - **Outcome 2.1**: a thriving town centre

                ### Priority 2.1: Support the high street

                #### Deliverable 2.1.1: Open a market

                ## Measures

                Measures by state, for each period rated:

                | Period | Red | Amber | Green | No target set | Data awaited | Not applicable | Not rated |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | 2025/26 | 0 | 0 | 1 | 0 | 0 | 0 | 0 |

                ### Measure: Streets graded clean

                - Unit: %
                - Direction: higher is better
                - Frequency: financial year
                - Target for 2025/26: 90
                - Actual for 2025/26: 92.5
                - Rating for 2025/26: green (92.5 against 90)

                ## Owners

                - Director of Place

                  - Type: role

                ## Partners

                - NHS

                ## Links

                - Deliverable 1.1.2 (d-1.1.2) contributes to Outcome 1.2 (o-2)
                - Measure (k-1) evidences Outcome 1.1 (o-1)
                - Deliverable 2.1.1 (d-2.1.1) involves Partner (pa-1)
                - Theme 1 (t-1) reflects Value (v-1)

                ## Counts

                | Element | Count |
                |---|---:|
                | statement | 0 |
                | value | 1 |
                | principle | 0 |
                | theme | 2 |
                | objective | 0 |
                | outcome | 3 |
                | priority | 2 |
                | deliverable | 3 |
                | commitment | 0 |
                | list | 0 |
                | item | 0 |
                | measure | 1 |
                | milestone | 0 |
                | owner | 1 |
                | partner | 1 |
                | link | 4 |
                """);
    }

    @Test
    void theSummaryOfAPlanWithEveryShape() {
        assertThat(render(RenderPlans.everyShape())).isEqualTo("""
                # Our plan

                - Organisation: Example Council (E00000001)
                - Period: 2024/25 to 2028/29
                - Published: 2025-03
                - Edition: 2025 refresh, adopted on 2025-05-01 (decision: Cabinet, 2025-04-10, Minute 12, https://example.org/minutes/12), supersedes 2024, superseded by 2026 refresh on 2026-05-01 (decision: Full Council)
                - Languages: en, cy
                - Partly translated: cy
                - Overseen by: Improvement Board
                - Related plan: Our strategy (other-plan); this plan delivers it; https://example.org/strategy

                ## Vision: Our vision

                A good place to live.

                Before we begin:

                ## Foreword

                We have listened.

                - you want cleaner streets
                - and safer roads

                1. first, the roads
                2. then, the parks

                Signed by Cllr Ann Jones, Leader of the Council; Bo Smith

                ## Purpose

                Times are hard.

                Our purpose is to:

                - serve residents

                * listening

                ## Values

                Our values are:

                - Together

                  We do this by

                  - working with others

                ## Principles

                Running through it all:

                - Fairness

                  In every decision we take

                Our themes are:

                ## Theme 1: Place

                - Also known as: Our place (its name in 2024)
                - Provenance: Council Plan 2025, page 12, https://example.org/plan.pdf; wording: Place matters
                - Reference: Pentana T-1, Place theme

                We will have:

                - **Corporate outcome**: Clean streets

                  - By: 2030
                  - Long-term: yes

                You can expect:

                - Bins emptied on time

                Success looks like this.

                We will measure success by:

                - fewer complaints

                Our strategic objectives are:

                ### Strategic objective 1.1: Clean up

                - **Corporate outcome**: litter picked daily

                #### Priority A: Sweep more often

                We pledge to:

                ### Deliverable 1.2: Open a hub

                ## Theme 2

                ### Priority 2.1: Support the high street

                #### Deliverable 2.1.1: Open a market

                A weekly market on the square

                - Owners: Director of Place
                - Starts: 2025/26 Q1
                - Ends: 2026-03
                - Long-term: yes
                - Progress in 2025/26 Q2: amber; Stalls ordered late

                * **Outcome**: busier shops

                  - By: 2027-03

                What we will need to do well is:

                - talking to traders

                * **Milestone**: Stalls bought

                  - Due: 2025-09
                  - Forecast: 2025-11

                * **Milestone**: First market day

                  - Due: 2026/27 Q1
                  - Achieved: 2026-04-04
                  - Status: complete

                ## Measures

                We will measure:

                Measures by state, for each period rated:

                | Period | Red | Amber | Green | No target set | Data awaited | Not applicable | Not rated |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | 2025/26 Q1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |
                | 2025/26 | 0 | 0 | 1 | 0 | 0 | 1 | 0 |

                ### Measure: Households helped

                Counted at the end of each quarter

                - Unit: households
                - Direction: higher is better
                - Frequency: financial quarter
                - Baseline for 2024/25: 120
                - Target for 2025/26: 80
                - Target over the whole plan: 1000
                - Target for 2026/27: Every household that asks
                - Actual for 2025/26 Q1: 78.5
                - Actual as at 2025-09-30: 150 — 150 households helped to date
                - Rating for 2025/26 Q1: none, as its targets are for other periods
                - Tolerance: 5% of the target
                - Data source: Housing register
                - Owners: Director of Place

                ### Measure: Residents feel listened to

                - Actual for 2025/26: Most residents say so
                - Rating for 2025/26: none, as the measure does not say which way is better

                ### Measure K3: Streets graded clean

                - Unit: %
                - Direction: higher is better
                - Frequency: financial year
                - Target for 2025/26: 90
                - Actual for 2025/26: 92.5
                - Rating for 2025/26: green (92.5 against 90)

                ## Owners

                Who is accountable:

                - Director of Place

                  - Type: role
                  - Held by: Jane Smith
                  - Accountable to: Improvement Board

                - Improvement Board

                ## Partners

                Who we work with:

                - NHS

                  Our health partners

                ## Links

                - Deliverable 2.1.1 (d-2.1.1) contributes to Corporate outcome (o-1)

                  Markets bring people to clean streets

                - Measure K3 (k-3) evidences Corporate outcome (o-1)

                - Deliverable 1.2 (d-1) reflects Principle (pr-1)

                - Deliverable 1.2 (d-1) contributes to p-x in plan other-plan

                ## Counts

                | Element | Count |
                |---|---:|
                | statement | 2 |
                | value | 1 |
                | principle | 1 |
                | theme | 2 |
                | objective | 1 |
                | outcome | 3 |
                | priority | 2 |
                | deliverable | 2 |
                | commitment | 1 |
                | list | 2 |
                | item | 2 |
                | measure | 3 |
                | milestone | 2 |
                | owner | 2 |
                | partner | 1 |
                | link | 4 |
                """);
    }

    // --- statements and the vision

    @Test
    void aStatementKeepsItsParagraphsBulletedListsAndNumberedListsAsWritten() {
        Plan plan = emptyPlan()
                .addStatements(Statement.builder().id(id("s-1")).heading(Text.of("Foreword"))
                        .addBody(Block.paragraph(Text.of("We listened.")),
                                Block.bullets(List.of(Text.of("streets"), Text.of("roads"))),
                                Block.bullets(List.of(Text.of("parks"))),
                                Block.numbered(List.of(Text.of("first"), Text.of("second"))),
                                Block.numbered(List.of(Text.of("third"))),
                                Block.paragraph(Text.of("Thank you.")))
                        .build())
                .build();

        String markdown = render(plan);

        assertThat(markdown).contains("""
                ## Foreword

                We listened.

                - streets
                - roads

                * parks

                1. first
                2. second

                1) third

                Thank you.
                """);
        List<Node> blocks = CommonMark.children(CommonMark.parse(markdown));
        int foreword = indexOfHeading(blocks, "Foreword");
        assertThat(blocks.subList(foreword + 1, foreword + 7)).extracting(node -> node.getClass().getSimpleName())
                .containsExactly("Paragraph", "BulletList", "BulletList", "OrderedList", "OrderedList", "Paragraph");
    }

    @Test
    void signatoriesAreListedWithTheirRoleOrWithout() {
        Plan plan = emptyPlan()
                .addStatements(Statement.builder().id(id("s-1")).heading(Text.of("Foreword"))
                        .addBody(Block.paragraph(Text.of("We listened.")))
                        .addSignatories(Signatory.of("Cllr Ann Jones", Text.of("Leader")), Signatory.of("Bo Smith"))
                        .build())
                .build();

        assertThat(render(plan)).contains("\nSigned by Cllr Ann Jones, Leader; Bo Smith\n");
    }

    @Test
    void aStatementWithoutAHeadingIsHeadedByItsLevelAndNumberAlone() {
        Plan plan = emptyPlan()
                .addStatements(Statement.builder().id(id("s-1")).number(DisplayNumber.of("2"))
                        .addBody(Block.paragraph(Text.of("We listened."))).build())
                .build();

        assertThat(render(plan)).contains("\n## Statement 2\n\nWe listened.\n");
    }

    @Test
    void theVisionHasASectionOfItsOwnWithItsHeadingIfItHasOne() {
        Plan headed = emptyPlan().vision(Statement.builder().id(id("vision")).heading(Text.of("Riverford 2034"))
                .addBody(Block.paragraph(Text.of("A town to be proud of."))).build()).build();
        Plan plain = emptyPlan().vision(RenderPlans.paragraphs("vision", "A town to be proud of.")).build();

        assertThat(render(headed)).contains("\n## Vision: Riverford 2034\n\nA town to be proud of.\n");
        assertThat(render(plain)).contains("\n## Vision\n\nA town to be proud of.\n");
    }

    // --- the plan's facts

    @Test
    void thePublicationDateIsShownAsPreciselyAsThePlanGivesIt() {
        assertThat(render(emptyPlan().published(PlanDate.parse("2025-03")).build()))
                .contains("\n- Period: 2024/25 to 2028/29\n- Published: 2025-03\n");
    }

    @Test
    void anAdoptedEditionSaysWhenAndByWhichDecision() {
        Plan plan = emptyPlan().edition(Edition.builder().name("2025").status(EditionStatus.ADOPTED)
                .adoptedOn(LocalDate.of(2025, 2, 12))
                .decision(Decision.builder().body(Text.of("Cabinet")).date(LocalDate.of(2025, 2, 12))
                        .reference("Minute 87").build())
                .build()).build();

        assertThat(render(plan))
                .contains("\n- Edition: 2025, adopted on 2025-02-12 (decision: Cabinet, 2025-02-12, Minute 87)\n");
    }

    @Test
    void aSupersededEditionIsAdoptedOnItsDateAndSupersededOnItsSuccessorsNeverOnItsAdoptionDate() {
        Plan plan = emptyPlan().edition(Edition.builder().name("2024").status(EditionStatus.SUPERSEDED)
                .adoptedOn(LocalDate.of(2024, 5, 1))
                .supersedes("2023")
                .supersededBy(Supersession.builder().edition("2025").on(LocalDate.of(2025, 5, 1))
                        .decision(Decision.builder().body(Text.of("Full Council")).build()).build())
                .build()).build();

        assertThat(render(plan))
                .contains("\n- Edition: 2024, adopted on 2024-05-01, supersedes 2023, superseded by 2025 on 2025-05-01"
                        + " (decision: Full Council)\n")
                .doesNotContain("superseded on 2024-05-01");
    }

    @Test
    void aSupersededEditionThatDoesNotNameItsSuccessorSaysItIsSuperseded() {
        Plan plan = emptyPlan().edition(Edition.builder().name("2024").status(EditionStatus.SUPERSEDED)
                .adoptedOn(LocalDate.of(2024, 5, 1)).build()).build();

        assertThat(render(plan)).contains("\n- Edition: 2024, adopted on 2024-05-01, superseded\n");
    }

    @Test
    void aDraftEditionSaysItIsADraft() {
        Plan plan = emptyPlan().edition(Edition.builder().name("Consultation draft").status(EditionStatus.DRAFT)
                .build()).build();

        assertThat(render(plan)).contains("\n- Edition: Consultation draft, draft\n");
    }

    @Test
    void theLanguagesAndThosePartlyTranslatedAreFacts() {
        Plan plan = emptyPlan().addLanguages("cy", "en").addPartialLanguages("en").build();

        assertThat(render(plan)).contains("\n- Languages: cy, en\n- Partly translated: en\n");
    }

    @Test
    void theOwnersThatOverseeThePlanAreNamed() {
        Plan plan = emptyPlan().addOverseenBy(id("ow-board"), id("ow-team"))
                .addOwners(Owner.builder().id(id("ow-board")).name(Text.of("Improvement Board")).build(),
                        Owner.builder().id(id("ow-team")).name(Text.of("Leadership Team")).build())
                .build();

        assertThat(render(plan)).contains("\n- Overseen by: Improvement Board; Leadership Team\n");
    }

    @Test
    void relatedPlansAreNamedWithHowTheyRelate() {
        Plan plan = emptyPlan()
                .addRelatedPlans(RelatedPlan.builder().id(id("strategy")).relation(PlanRelation.DELIVERS)
                                .title(Text.of("Riverford 2034")).uri(URI.create("https://example.org/2034")).build(),
                        RelatedPlan.of(id("annual"), PlanRelation.DELIVERED_BY),
                        RelatedPlan.builder().id(id("local-plan")).build())
                .build();

        assertThat(render(plan)).contains("""
                - Related plan: Riverford 2034 (strategy); this plan delivers it; https://example.org/2034
                - Related plan: annual; it delivers this plan
                - Related plan: local-plan
                """);
    }

    @Test
    void otherNamesProvenanceAndReferencesAreAnElementsFacts() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addOtherNames(AlternativeName.of(Text.of("Our place"), Text.of("its name in 2024")))
                .addOtherNames(AlternativeName.builder().name(Text.of("Place and growth")).build())
                .provenance(Provenance.builder().document(Text.of("Council Plan")).page("12")
                        .quote(Text.of("Place matters")).build())
                .addReferences(ExternalReference.of("Pentana", "T-1"))
                .build()).build();

        assertThat(render(plan)).contains("""
                ## Theme 1: Place

                - Also known as: Our place (its name in 2024)
                - Also known as: Place and growth
                - Provenance: Council Plan, page 12; wording: Place matters
                - Reference: Pentana T-1
                """);
    }

    // --- lead-ins

    @Test
    void aPlanWithoutLeadInsHasNoParagraphButItsOwnText() {
        Plan plan = emptyPlan()
                .purpose(Purpose.builder().addStatements(Text.of("serve")).addApproaches(Text.of("listen")).build())
                .addValues(SharedValue.builder().id(id("v-1")).name(Text.of("Together"))
                        .addBehaviours(Text.of("working with others")).build())
                .addPrinciples(Principle.of(id("pr-1"), Text.of("Fairness")))
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"))
                        .addObjectives(objective("ob-1", "1.1", "Clean up")
                                .addOutcomes(Outcome.of(id("o-ob"), Text.of("litter picked")))
                                .addPriorities(priority("p-A", "A", "Sweep")
                                        .addDeliverables(deliverable("d-1", "A.1", "Buy sweepers")).build())
                                .build())
                        .addPriorities(priority("p-1.2", "1.2", "Fix roads").build())
                        .addDeliverables(deliverable("d-2", "1.3", "Open a hub"))
                        .addCommitments(Commitment.of(id("c-1"), Text.of("Bins emptied")))
                        .build())
                .addMeasures(measure().build())
                .addOwners(Owner.builder().id(id("ow-1")).name(Text.of("Director")).build())
                .addPartners(Partner.builder().id(id("pa-1")).name(Text.of("NHS")).build())
                .build();

        Node document = CommonMark.parse(render(plan));

        List<String> paragraphs = new ArrayList<>();
        collectParagraphsOutsideItemLines(document, paragraphs);
        assertThat(paragraphs).isEmpty();
    }

    @Test
    void aPurposeWithoutALeadInForItsApproachesIntroducesThemWithNothing() {
        Plan plan = emptyPlan()
                .purpose(Purpose.builder().introduction(Text.of("Our purpose is to:"))
                        .addStatements(Text.of("serve residents")).addApproaches(Text.of("listening")).build())
                .build();

        assertThat(render(plan)).contains("""
                ## Purpose

                Our purpose is to:

                - serve residents

                * listening

                ## Counts
                """).doesNotContain("We will do this by");
    }

    @Test
    void thePurposesListsFollowTheirLeadInsAsGiven() {
        Plan plan = emptyPlan()
                .purpose(Purpose.builder()
                        .putLeadIns("statements", Text.of("Our purpose is to:"))
                        .putLeadIns("approaches", Text.of("We get there by:"))
                        .addStatements(Text.of("serve residents")).addApproaches(Text.of("listening")).build())
                .build();

        assertThat(render(plan)).contains("""
                ## Purpose

                Our purpose is to:

                - serve residents

                We get there by:

                - listening
                """);
    }

    @Test
    void everyListOfAThemeFollowsItsLeadInAsGiven() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .putLeadIns("outcomes", Text.of("We will have:"))
                .putLeadIns("objectives", Text.of("Our objectives:"))
                .putLeadIns("priorities", Text.of("Our priorities:"))
                .putLeadIns("deliverables", Text.of("Our pledges:"))
                .putLeadIns("commitments", Text.of("You can expect:"))
                .putLeadIns("lists", Text.of("In short:"))
                .addOutcomes(Outcome.of(id("o-1"), Text.of("cleaner streets")))
                .addObjectives(objective("ob-1", "1.1", "Clean up").build())
                .addPriorities(priority("p-1.2", "1.2", "Fix roads").build())
                .addDeliverables(deliverable("d-1", "1.3", "Open a hub"))
                .addCommitments(Commitment.of(id("c-1"), Text.of("Bins emptied")))
                .addLists(ItemList.builder().id(id("l-1")).title(Text.of("We will measure success by:"))
                        .addItems(ListItem.of(id("i-1"), Text.of("fewer complaints"))).build())
                .build()).build();

        assertThat(render(plan)).contains("""
                ## Theme 1: Place

                We will have:

                - cleaner streets

                You can expect:

                - Bins emptied

                In short:

                We will measure success by:

                - fewer complaints

                Our objectives:

                ### Objective 1.1: Clean up

                Our priorities:

                ### Priority 1.2: Fix roads

                Our pledges:

                ### Deliverable 1.3: Open a hub
                """);
    }

    @Test
    void everyListOfAPieceOfWorkFollowsItsLeadInAsGiven() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                        .putLeadIns("outcomes", Text.of("This will bring:"))
                        .putLeadIns("deliverables", Text.of("To achieve this we will need to:"))
                        .putLeadIns("lists", Text.of("Also:"))
                        .putLeadIns("milestones", Text.of("Along the way:"))
                        .addOutcomes(Outcome.of(id("o-1"), Text.of("cleaner streets")))
                        .addDeliverables(deliverable("d-1", "1.1.1", "Sweep more"))
                        .addLists(ItemList.builder().id(id("l-1")).title(Text.of("What we need to do well is:"))
                                .addItems(ListItem.of(id("i-1"), Text.of("planning rounds"))).build())
                        .addMilestones(Milestone.builder().id(id("m-1")).title(Text.of("New rounds start"))
                                .due(PlanDate.parse("2025-09")).build())
                        .build())
                .build()).build();

        assertThat(render(plan)).contains("""
                ### Priority 1.1: Keep streets clean

                This will bring:

                - cleaner streets

                Also:

                What we need to do well is:

                - planning rounds

                Along the way:

                - New rounds start

                  - Due: 2025-09

                To achieve this we will need to:

                #### Deliverable 1.1.1: Sweep more
                """);
    }

    @Test
    void eachListOfThePlanFollowsItsLeadInAsGiven() {
        Plan plan = emptyPlan()
                .putLeadIns("statements", Text.of("First, some words:"))
                .putLeadIns("values", Text.of("Our values are:"))
                .putLeadIns("principles", Text.of("Running through it all:"))
                .putLeadIns("themes", Text.of("Our themes are:"))
                .putLeadIns("measures", Text.of("We will measure:"))
                .putLeadIns("owners", Text.of("Who is accountable:"))
                .putLeadIns("partners", Text.of("Who we work with:"))
                .addStatements(RenderPlans.paragraphs("s-1", "Hello."))
                .build();

        assertThat(render(plan)).contains("""
                First, some words:

                ## Statement

                Hello.

                ## Values

                Our values are:

                ## Principles

                Running through it all:

                Our themes are:

                ## Measures

                We will measure:

                ## Owners

                Who is accountable:

                ## Partners

                Who we work with:

                ## Counts
                """);
    }

    @Test
    void theItemsOfAListWithoutALeadInAreNamedByTheirLevelAndThoseOfAListWithOneAreNot() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .putLeadIns("outcomes", Text.of("We will have:"))
                .addOutcomes(Outcome.of(id("o-1"), Text.of("cleaner streets")))
                .addCommitments(Commitment.of(id("c-1"), Text.of("Bins emptied")))
                .build()).build();

        assertThat(render(plan)).contains("""
                We will have:

                - cleaner streets

                * **Commitment**: Bins emptied
                """);
    }

    // --- values and principles

    @Test
    void aValuesBehavioursFollowTheirLeadIn() {
        Plan plan = emptyPlan().addValues(SharedValue.builder().id(id("v-1")).number(DisplayNumber.of("1"))
                .name(Text.of("Together, we get things done"))
                .putLeadIns("behaviours", Text.of("We do this by"))
                .addBehaviours(Text.of("being accountable"), Text.of("acting with integrity"))
                .build()).build();

        assertThat(render(plan)).contains("""
                ## Values

                - **Value 1**: Together, we get things done

                  We do this by

                  - being accountable
                  - acting with integrity
                """);
    }

    @Test
    void principlesAreListedWithTheirDescriptions() {
        Plan plan = emptyPlan()
                .addPrinciples(Principle.builder().id(id("pr-1")).name(Text.of("Fairness"))
                                .description(Text.of("In every decision we take")).build(),
                        Principle.of(id("pr-2"), Text.of("Climate")))
                .build();

        assertThat(render(plan)).contains("""
                ## Principles

                - Fairness

                  In every decision we take

                - Climate
                """);
    }

    // --- themes, level names and work

    @Test
    void aThemeKnownOnlyByItsNumberIsHeadedByItsLevelAndNumberAlone() {
        Plan plan = withTheme(Theme.builder().id(id("t-2")).number(DisplayNumber.of("2")).build()).build();

        assertThat(render(plan)).contains("\n## Theme 2\n").doesNotContain("Theme 2:");
    }

    @Test
    void elementsAreNamedByTheirOwnLevelNamesThenTheirThemesThenThePlans() {
        Plan plan = emptyPlan()
                .levelNames(LevelNames.builder().outcome(Text.of("Policy outcome")).build())
                .addThemes(theme("t-1", "1", "People").addOutcomes(Outcome.of(id("o-1"), Text.of("healthy lives")))
                        .build())
                .addThemes(theme("t-2", "2", "Council")
                        .levelNames(LevelNames.builder().outcome(Text.of("Corporate outcome"))
                                .priority(Text.of("Aim")).build())
                        .addOutcomes(Outcome.of(id("o-2"), Text.of("balanced budgets")),
                                Outcome.builder().id(id("o-3")).levelName(Text.of("Ambition"))
                                        .statement(Text.of("trust")).build())
                        .addPriorities(priority("p-2.1", "2.1", "Save money").build())
                        .build())
                .build();

        assertThat(render(plan)).contains("""
                ## Theme 1: People

                - **Policy outcome**: healthy lives

                ## Theme 2: Council

                - **Corporate outcome**: balanced budgets
                - **Ambition**: trust

                ### Aim 2.1: Save money
                """);
    }

    @Test
    void workAtEveryLevelIsAHeadingBelowWhatHoldsIt() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addObjectives(objective("ob-1", "1.1", "Clean up")
                        .addPriorities(priority("p-A", "A", "Sweep")
                                .addDeliverables(deliverable("d-1", "A.1", "Buy sweepers")).build())
                        .addDeliverables(deliverable("d-2", "1.1.9", "Hire crews"))
                        .build())
                .addPriorities(priority("p-1.2", "1.2", "Fix roads").build())
                .addDeliverables(deliverable("d-3", "1.3", "We will open two hubs"))
                .build()).build();

        List<String> headings = headings(render(plan));

        assertThat(headings).containsSubsequence("2 Theme 1: Place", "3 Objective 1.1: Clean up", "4 Priority A: Sweep",
                "5 Deliverable A.1: Buy sweepers", "4 Deliverable 1.1.9: Hire crews", "3 Priority 1.2: Fix roads",
                "3 Deliverable 1.3: We will open two hubs");
    }

    @Test
    void workShowsItsDescriptionOwnersDatesAndProgress() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addDeliverables(Deliverable.builder().id(id("d-1")).number(DisplayNumber.of("1.1"))
                        .title(Text.of("Open a hub")).description(Text.of("In the old library"))
                        .addOwners(id("ow-1"), id("ow-unknown"))
                        .start(PlanDate.parse("2025/26 Q1")).end(PlanDate.parse("2027"))
                        .longTerm(true)
                        .addProgress(ProgressUpdate.of(ReportingPeriod.parse("2025/26 Q1"), ProgressStatus.NOT_STARTED),
                                ProgressUpdate.builder().period(ReportingPeriod.parse("2025/26 Q2"))
                                        .status(ProgressStatus.ON_HOLD).commentary(Text.of("Waiting for funds")).build())
                        .build())
                .build())
                .addOwners(Owner.builder().id(id("ow-1")).name(Text.of("Director of Place")).build())
                .build();

        assertThat(render(plan)).contains("""
                ### Deliverable 1.1: Open a hub

                In the old library

                - Owners: Director of Place; ow-unknown
                - Starts: 2025/26 Q1
                - Ends: 2027
                - Long-term: yes
                - Progress in 2025/26 Q1: not started
                - Progress in 2025/26 Q2: on hold; Waiting for funds
                """);
    }

    @Test
    void outcomesAtEveryLevelAreShownUnderWhatHoldsThemWithTheirByDates() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addOutcomes(Outcome.builder().id(id("o-1")).statement(Text.of("net zero"))
                        .by(PlanDate.parse("2030")).longTerm(true).build())
                .addPriorities(priority("p-1.1", "1.1", "Cut emissions")
                        .addOutcomes(Outcome.of(id("o-2"), Text.of("cleaner air")))
                        .addDeliverables(Deliverable.builder().id(id("d-1")).number(DisplayNumber.of("1.1.1"))
                                .title(Text.of("Electric vans"))
                                .addOutcomes(Outcome.builder().id(id("o-3")).statement(Text.of("quieter streets"))
                                        .by(PlanDate.parse("2026/27 Q3")).build())
                                .build())
                        .build())
                .build()).build();

        assertThat(render(plan)).contains("""
                ## Theme 1: Place

                - **Outcome**: net zero

                  - By: 2030
                  - Long-term: yes

                ### Priority 1.1: Cut emissions

                - **Outcome**: cleaner air

                #### Deliverable 1.1.1: Electric vans

                - **Outcome**: quieter streets

                  - By: 2026/27 Q3
                """);
    }

    @Test
    void milestonesShowTheirDatesAndStatus() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addDeliverables(Deliverable.builder().id(id("d-1")).number(DisplayNumber.of("1.1"))
                        .title(Text.of("Open a hub"))
                        .addMilestones(Milestone.builder().id(id("m-1")).number(DisplayNumber.of("1.1.1"))
                                        .title(Text.of("Lease signed")).due(PlanDate.parse("2025-09"))
                                        .forecast(PlanDate.parse("2025-12")).status(ProgressStatus.AMBER).build(),
                                Milestone.builder().id(id("m-2")).title(Text.of("Doors open"))
                                        .due(PlanDate.parse("2035")).achieved(LocalDate.of(2034, 6, 1))
                                        .longTerm(true).build())
                        .build())
                .build()).build();

        assertThat(render(plan)).contains("""
                - **Milestone 1.1.1**: Lease signed

                  - Due: 2025-09
                  - Forecast: 2025-12
                  - Status: amber

                - **Milestone**: Doors open

                  - Due: 2035
                  - Achieved: 2034-06-01
                  - Long-term: yes
                """);
    }

    @Test
    void listsShowTheirTitleAndItems() {
        Plan plan = withTheme(theme("t-1", "1", "Place")
                .addLists(ItemList.builder().id(id("l-1")).title(Text.of("We will measure success by:"))
                        .addItems(ListItem.of(id("i-1"), Text.of("fewer complaints")),
                                ListItem.builder().id(id("i-2")).number(DisplayNumber.of("b"))
                                        .text(Text.of("more recycling")).build())
                        .build())
                .build()).build();

        assertThat(render(plan)).contains("""
                ## Theme 1: Place

                We will measure success by:

                - fewer complaints
                - **Item b**: more recycling
                """);
    }

    // --- measures

    @Test
    void aQualitativeMeasureShowsItsNameAloneWithNoUnitDirectionOrFrequency() {
        assertThat(render(withMeasure(Measure.builder().id(id("k-1")).name(Text.of("Residents feel heard")).build())
                .build())).contains("""
                ## Measures

                ### Measure: Residents feel heard

                ## Counts
                """);
    }

    @Test
    void aMeasureShowsItsUnitDirectionFrequencyBaselineToleranceSourceAndOwners() {
        Plan plan = withMeasure(measure().description(Text.of("Share of streets inspected"))
                .unit("%").direction(Direction.LOWER_IS_BETTER).frequency(PeriodType.MONTH)
                .baseline(Observation.asAt(LocalDate.of(2025, 3, 31), new BigDecimal("81.0")))
                .tolerance(Tolerance.absolute(new BigDecimal("2.5")))
                .source(Text.of("Street survey"))
                .addOwners(id("ow-1"))
                .build())
                .addOwners(Owner.builder().id(id("ow-1")).name(Text.of("Director of Place")).build())
                .build();

        assertThat(render(plan)).contains("""
                ### Measure: Streets graded clean

                Share of streets inspected

                - Unit: %
                - Direction: lower is better
                - Frequency: month
                - Baseline as at 2025-03-31: 81.0
                - Tolerance: 2.5
                - Data source: Street survey
                - Owners: Director of Place
                """);
    }

    @Test
    void everyTargetIsShownForAPeriodOverTheWholePlanOrInWords() {
        Plan plan = withMeasure(measure().unit("homes")
                .addTargets(Target.of(YEAR, new BigDecimal("80")),
                        Target.of(YEAR.next(), new BigDecimal("90")),
                        Target.overPlan(new BigDecimal("1000")),
                        Target.builder().period(ReportingPeriod.parse("2027/28"))
                                .text(Text.of("Every family that asks")).build(),
                        Target.builder().period(ReportingPeriod.parse("2028/29")).value(new BigDecimal("6"))
                                .text(Text.of("All six districts")).build())
                .build()).build();

        assertThat(render(plan)).contains("""
                - Target for 2025/26: 80
                - Target for 2026/27: 90
                - Target over the whole plan: 1000
                - Target for 2027/28: Every family that asks
                - Target for 2028/29: 6 \u2014 All six districts
                """);
    }

    @Test
    void everyActualIsShownForAPeriodAsAtADateOrInWords() {
        Plan plan = withMeasure(measure()
                .addActuals(Observation.of(ReportingPeriod.parse("2025/26 Q1"), new BigDecimal("78.5")),
                        Observation.builder().period(ReportingPeriod.parse("2025/26 Q2"))
                                .text(Text.of("Survey delayed")).build(),
                        Observation.builder().asAt(LocalDate.of(2025, 9, 30)).value(new BigDecimal("150"))
                                .text(Text.of("150 households helped to date")).build())
                .build()).build();

        assertThat(render(plan)).contains("""
                - Actual for 2025/26 Q1: 78.5
                - Actual for 2025/26 Q2: Survey delayed
                - Actual as at 2025-09-30: 150 \u2014 150 households helped to date
                """);
    }

    @Test
    void everyPeriodWithAnActualIsRatedWithTheNumbersComparedInTheOrderOfTheActuals() {
        Plan plan = withMeasure(measure().direction(Direction.HIGHER_IS_BETTER)
                .putTargets(YEAR, new BigDecimal("90")).putTargets(YEAR.previous(), new BigDecimal("85"))
                .putActuals(YEAR, new BigDecimal("88")).putActuals(YEAR.previous(), new BigDecimal("79"))
                .tolerance(Tolerance.absolute(new BigDecimal("5")))
                .build()).build();

        assertThat(render(plan)).contains("\n- Rating for 2025/26: amber (88 against 90)\n"
                + "- Rating for 2024/25: red (79 against 85)\n");
    }

    static Stream<Arguments> unratedMeasures() {
        Observation actual = Observation.of(YEAR, new BigDecimal("50"));
        return Stream.of(
                Arguments.of(Unrated.NO_DIRECTION, measure().addTargets(Target.of(YEAR, BigDecimal.TEN))
                        .addActuals(actual).build(), "the measure does not say which way is better"),
                Arguments.of(Unrated.NO_TARGET, measure().direction(Direction.ON_TARGET).addActuals(actual).build(),
                        "the measure has no target"),
                Arguments.of(Unrated.TARGET_FOR_OTHER_PERIOD, measure().direction(Direction.ON_TARGET)
                        .addTargets(Target.overPlan(BigDecimal.TEN)).addActuals(actual).build(),
                        "its targets are for other periods"),
                Arguments.of(Unrated.TARGET_IN_WORDS, measure().direction(Direction.ON_TARGET)
                        .addTargets(Target.builder().period(YEAR).text(Text.of("Most")).build()).addActuals(actual)
                        .build(), "the target for the period is in words"),
                Arguments.of(Unrated.ACTUAL_IN_WORDS, measure().direction(Direction.ON_TARGET)
                        .addTargets(Target.of(YEAR, BigDecimal.TEN))
                        .addActuals(Observation.builder().period(YEAR).text(Text.of("Many")).build()).build(),
                        "the actual for the period is in words"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unratedMeasures")
    void aPeriodThatCannotBeRatedSaysWhy(Unrated reason, Measure measure, String words) {
        assertThat(measure.rating(YEAR).reason()).contains(reason);

        assertThat(render(withMeasure(measure).build())).contains("\n- Rating for 2025/26: none, as " + words + "\n");
    }

    @Test
    void anActualAsAtADateIsShownButOnlyPeriodsAreRated() {
        Plan plan = withMeasure(measure().direction(Direction.HIGHER_IS_BETTER)
                .putTargets(YEAR, new BigDecimal("90")).putActuals(YEAR, new BigDecimal("95"))
                .addActuals(Observation.asAt(LocalDate.of(2026, 6, 30), new BigDecimal("20")))
                .build()).build();

        assertThat(render(plan)).contains("\n- Actual as at 2026-06-30: 20\n")
                .contains("\n- Rating for 2025/26: green (95 against 90)\n")
                .doesNotContain("as at 2026-06-30, not for a period");
    }

    @Test
    void theMeasuresInEachStateAreCountedForEachPeriodRatedAnOverrideWinning() {
        Measure red = measure().direction(Direction.HIGHER_IS_BETTER).putTargets(YEAR, new BigDecimal("90"))
                .putActuals(YEAR, new BigDecimal("50")).build();
        Measure overridden = measure().id(id("k-2")).direction(Direction.HIGHER_IS_BETTER)
                .putTargets(YEAR, new BigDecimal("90")).putActuals(YEAR, new BigDecimal("50"))
                .addAssessments(Assessment.builder().period(YEAR).status(RagState.GREEN)
                        .reason(Text.of("Counted late")).build()).build();
        Measure awaited = measure().id(id("k-3")).direction(Direction.HIGHER_IS_BETTER)
                .putTargets(YEAR.next(), new BigDecimal("90"))
                .addAssessments(Assessment.builder().period(YEAR.next()).commentary(Text.of("Due in May")).build())
                .build();

        assertThat(render(emptyPlan().addMeasures(red, overridden, awaited).build())).contains("""
                | Period | Red | Amber | Green | No target set | Data awaited | Not applicable | Not rated |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | 2025/26 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |
                | 2026/27 | 0 | 0 | 0 | 0 | 1 | 0 | 0 |
                """);
    }

    @Test
    void anAssessmentShowsTheStateSetByHandTheForecastAndTheCommentary() {
        Measure measure = measure().direction(Direction.HIGHER_IS_BETTER).putTargets(YEAR, new BigDecimal("90"))
                .putActuals(YEAR, new BigDecimal("50"))
                .addAssessments(Assessment.builder().period(YEAR).status(RagState.AMBER)
                        .reason(Text.of("Counted late")).forecast(new BigDecimal("88")).commentary(Text.of("Improving"))
                        .build()).build();

        assertThat(render(withMeasure(measure).build())).contains("""
                - Rating for 2025/26: red (50 against 90); set by hand to amber: Counted late
                - Year-end forecast at 2025/26: 88, red
                - Commentary for 2025/26: Improving
                """);
    }

    @Test
    void aMeasureWithoutActualsHasNoRating() {
        assertThat(render(withMeasure(measure().direction(Direction.HIGHER_IS_BETTER)
                .putTargets(YEAR, BigDecimal.ONE).build()).build())).doesNotContain("Rating");
    }

    // --- owners, partners and links

    @Test
    void ownersShowTheirTypeHolderAndWhomTheyAnswerTo() {
        Plan plan = emptyPlan()
                .addOwners(Owner.builder().id(id("ow-1")).number(DisplayNumber.of("1")).name(Text.of("Director of Place"))
                                .type(OwnerType.ROLE).holder("Jane Smith").addAccountableTo(id("ow-2")).build(),
                        Owner.builder().id(id("ow-2")).name(Text.of("Cabinet")).build())
                .build();

        assertThat(render(plan)).contains("""
                ## Owners

                - **Owner 1**: Director of Place

                  - Type: role
                  - Held by: Jane Smith
                  - Accountable to: Cabinet

                - Cabinet
                """);
    }

    @Test
    void partnersShowTheirDescriptions() {
        Plan plan = emptyPlan().addPartners(Partner.builder().id(id("pa-1")).name(Text.of("NHS"))
                .description(Text.of("Our health partners")).build()).build();

        assertThat(render(plan)).contains("""
                ## Partners

                - NHS

                  Our health partners
                """);
    }

    @Test
    void linksNameTheirEndsAndShowTheirNotes() {
        Plan plan = RenderPlans.smallBuilder()
                .links(List.of(Link.builder().from(id("d-1.1.2")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-2"))
                                .note(Text.of("Potholes make roads unsafe")).build(),
                        Link.builder().from(id("d-1.1.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-1"))
                                .toPlan(id("strategy")).build()))
                .build();

        assertThat(render(plan)).contains("""
                ## Links

                - Deliverable 1.1.2 (d-1.1.2) contributes to Outcome 1.2 (o-2)

                  Potholes make roads unsafe

                - Deliverable 1.1.1 (d-1.1.1) contributes to o-1 in plan strategy
                """);
    }

    @Test
    void aLinkIntoARelatedPlanGivenWithThePlanNamesTheElementThere() {
        Plan strategy = emptyPlan().id(id("strategy"))
                .addThemes(theme("t-s", "1", "Strategy").addOutcomes(outcome("o-1", "1.1", "a thriving town")).build())
                .build();
        Plan delivery = emptyPlan()
                .addThemes(theme("t-1", "1", "Delivery").addDeliverables(deliverable("a-1", "1.1", "Run a market"))
                        .build())
                .addLinks(Link.builder().from(id("a-1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-1"))
                        .toPlan(id("strategy")).build())
                .build();

        assertThat(MARKDOWN.render(PlanIndex.of(delivery, List.of(strategy))))
                .contains("\n- Deliverable 1.1 (a-1) contributes to Outcome 1.1 (o-1) in plan strategy\n");
    }

    // --- escaping and the bare plan

    @Test
    void planTextCreatesNoStructure() {
        Plan plan = emptyPlan()
                .title(Text.of("# Not a heading *really*"))
                .addThemes(theme("t-1", "1", "<script>alert(1)</script>")
                        .addPriorities(priority("p-1.1", "1.1", "1984. Not a list\n\n- nor this | a cell").build())
                        .addCommitments(Commitment.of(id("c-1"), Text.of("- [x] done\n# and this")))
                        .build())
                .build();

        String markdown = render(plan);

        assertThat(markdown)
                .startsWith("# \\# Not a heading \\*really\\*\n")
                .contains("## Theme 1: \\<script\\>alert(1)\\</script\\>\n")
                .contains("\n### Priority 1.1: 1984. Not a list - nor this \\| a cell\n")
                .contains("\n- **Commitment**: \\- \\[x\\] done \\# and this\n");
    }

    @Test
    void aPlanWithNothingButItsHeaderHasTheHeaderAndTheCounts() {
        assertThat(render(emptyPlan().build())).startsWith("""
                # Our plan

                - Organisation: Example Council
                - Period: 2024/25 to 2028/29

                ## Counts
                """);
    }

    private static int indexOfHeading(List<Node> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading && CommonMark.text(blocks.get(i)).equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no heading " + text);
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        for (Node block : CommonMark.children(CommonMark.parse(markdown))) {
            if (block instanceof Heading) {
                headings.add(((Heading) block).getLevel() + " " + CommonMark.text(block));
            }
        }
        return headings;
    }

    /**
     * Collects the text of every paragraph that is not an item's own line (the first block of a
     * list item): the paragraphs a plan without lead-ins, descriptions, introductions or
     * statements should not have.
     */
    private static void collectParagraphsOutsideItemLines(Node node, List<String> into) {
        for (Node child : CommonMark.children(node)) {
            if (child instanceof Paragraph) {
                boolean itemLine = child.getParent() instanceof org.commonmark.node.ListItem
                        && child.getParent().getFirstChild() == child;
                if (!itemLine) {
                    into.add(CommonMark.text(child));
                }
            } else if (!(child instanceof Document)) {
                collectParagraphsOutsideItemLines(child, into);
            }
        }
    }
}
