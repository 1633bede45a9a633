package io.github.councilplan.render;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
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
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * Small hand-built plans for the renderings' golden tests, and {@link #everyShape()}, a plan with
 * every shape of format 0.2.
 *
 * <p>{@link #small()} is:
 * <pre>
 * plan "Our plan" of Example Council, 2024/25 to 2028/29, edition "2025" adopted 2025-05-01
 *   purpose; value v-1 "Together"; owner ow-1 "Director of Place"
 *   theme t-1 (1) "Place": outcomes o-1 (1.1), o-2 (1.2) after the lead-in "We will have:";
 *     priority p-1.1 (1.1) owned by ow-1: deliverables d-1.1.1 "Sweep more", d-1.1.2 "Fix potholes"
 *   theme t-2 (2) "Town": outcome o-3 (2.1); priority p-2.1 (2.1): deliverable d-2.1.1 "Open a market"
 *   measure k-1 with a target and an actual for 2025/26; partner pa-1 "NHS"
 * links
 *   d-1.1.2 contributesTo o-2;  k-1 evidences o-1;  d-2.1.1 involves pa-1;  t-1 reflects v-1
 * </pre>
 * so d-1.1.1 serves o-1 and o-2 by containment, d-1.1.2 serves o-2 by links, and d-2.1.1 serves
 * o-3 by containment.
 */
final class RenderPlans {
    private RenderPlans() {}

    static ElementId id(String id) {
        return ElementId.of(id);
    }

    static Plan.Builder emptyPlan() {
        return Plan.builder()
                .id(id("plan"))
                .title(Text.of("Our plan"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(ReportingPeriod.parse("2024/25"), ReportingPeriod.parse("2028/29")));
    }

    static Outcome outcome(String id, String number, String statement) {
        return Outcome.builder().id(id(id)).number(DisplayNumber.of(number)).statement(Text.of(statement)).build();
    }

    static Deliverable deliverable(String id, String number, String title) {
        return Deliverable.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of(title)).build();
    }

    static Priority.Builder priority(String id, String number, String title) {
        return Priority.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of(title));
    }

    static Theme.Builder theme(String id, String number, String name) {
        return Theme.builder().id(id(id)).number(DisplayNumber.of(number)).name(Text.of(name));
    }

    static Objective.Builder objective(String id, String number, String title) {
        return Objective.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of(title));
    }

    static Statement paragraphs(String id, String... paragraphs) {
        Statement.Builder statement = Statement.builder().id(id(id));
        for (String paragraph : paragraphs) {
            statement.addBody(Block.paragraph(Text.of(paragraph)));
        }
        return statement.build();
    }

    /**
     * A plan with every shape of format 0.2, each text different:
     * <pre>
     * plan "Our plan" of Example Council (E00000001), 2024/25 to 2028/29, published 2025-03;
     *   edition "2025 refresh", superseded, adopted 2025-05-01 by Cabinet's decision, supersedes
     *   "2024", superseded by "2026 refresh" on 2026-05-01 by Full Council's; languages en and cy
     *   (cy partial); objectives named "Strategic objective"; overseen by the Improvement Board;
     *   related plan "Our strategy", which it delivers; a plan lead-in for every plan list
     *   vision (heading, paragraph); foreword (paragraph, bullets, numbered list; two signatories,
     *   one without a role)
     *   purpose with an introduction and a lead-in for its statements only
     *   value v-1 with its behaviours' lead-in; principle pr-1 with a description
     *   theme t-1 (1) "Place", outcomes named "Corporate outcome", other names, provenance and a
     *     reference, a lead-in for every list: outcome o-1 (by 2030, long-term); commitment c-1;
     *     list l-1 with items; strategic objective ob-1 (1.1) with outcome o-ob and priority p-A (A),
     *     which has no work below it; deliverable d-1 (1.2) straight under the theme
     *   theme t-2 (2), known only by its number, no lead-ins: priority p-2.1 (2.1) with deliverable
     *     d-2.1.1 (2.1.1): owners, start and end, long-term, progress, outcome o-d (by 2027-03),
     *     list l-2 with item i-2, milestones m-1 (due, forecast) and m-2 (achieved, complete)
     *   measures: k-1 (unit, direction, quarterly; baseline; targets for 2025/26, over the whole
     *     plan and in words for 2026/27; actuals for 2025/26 Q1 and as at 2025-09-30, in words);
     *     k-2 (qualitative: an actual in words, no direction); k-3 (rated green for 2025/26)
     *   owners ow-1 (role, holder, accountable to ow-board) and ow-board; partner pa-1
     * links
     *   d-2.1.1 contributesTo o-1 (with a note); k-3 evidences o-1; d-1 reflects pr-1;
     *   d-1 contributesTo p-x in plan other-plan
     * </pre>
     */
    static Plan everyShape() {
        return everyShape(UnaryOperator.identity());
    }

    /**
     * The plan of {@link #everyShape()} with each of its texts, and the names of its signatories,
     * its owner's holder, a page and a reference key, passed through {@code words}, for properties
     * over every shape with any text.
     */
    static Plan everyShape(UnaryOperator<String> words) {
        Function<String, Text> text = words.andThen(Text::of);
        Text en = Text.of("en", words.apply("Clean streets")).with("cy", words.apply("Strydoedd glân"));
        return emptyPlan()
                .title(Text.of("en", words.apply("Our plan")).with("cy", words.apply("Ein cynllun")))
                .organisation(Organisation.builder().name(text.apply("Example Council")).code("E00000001").build())
                .published(PlanDate.parse("2025-03"))
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.SUPERSEDED)
                        .adoptedOn(LocalDate.of(2025, 5, 1))
                        .decision(Decision.builder().body(text.apply("Cabinet")).date(LocalDate.of(2025, 4, 10))
                                .reference("Minute 12").uri(URI.create("https://example.org/minutes/12")).build())
                        .supersedes("2024")
                        .supersededBy(Supersession.builder().edition("2026 refresh").on(LocalDate.of(2026, 5, 1))
                                .decision(Decision.builder().body(text.apply("Full Council")).build()).build())
                        .build())
                .addLanguages("en", "cy")
                .addPartialLanguages("cy")
                .levelNames(LevelNames.builder().objective(text.apply("Strategic objective")).build())
                .addOverseenBy(id("ow-board"))
                .addRelatedPlans(RelatedPlan.builder().id(id("other-plan")).relation(PlanRelation.DELIVERS)
                        .title(text.apply("Our strategy")).uri(URI.create("https://example.org/strategy")).build())
                .vision(Statement.builder().id(id("vision")).heading(text.apply("Our vision"))
                        .addBody(Block.paragraph(text.apply("A good place to live."))).build())
                .putLeadIns("statements", text.apply("Before we begin:"))
                .putLeadIns("values", text.apply("Our values are:"))
                .putLeadIns("principles", text.apply("Running through it all:"))
                .putLeadIns("themes", text.apply("Our themes are:"))
                .putLeadIns("measures", text.apply("We will measure:"))
                .putLeadIns("owners", text.apply("Who is accountable:"))
                .putLeadIns("partners", text.apply("Who we work with:"))
                .addStatements(Statement.builder().id(id("foreword")).heading(text.apply("Foreword"))
                        .addBody(Block.paragraph(text.apply("We have listened.")),
                                Block.bullets(List.of(text.apply("you want cleaner streets"), text.apply("and safer roads"))),
                                Block.numbered(List.of(text.apply("first, the roads"), text.apply("then, the parks"))))
                        .addSignatories(Signatory.of(words.apply("Cllr Ann Jones"), text.apply("Leader of the Council")),
                                Signatory.of(words.apply("Bo Smith")))
                        .build())
                .purpose(Purpose.builder().introduction(text.apply("Times are hard."))
                        .putLeadIns("statements", text.apply("Our purpose is to:"))
                        .addStatements(text.apply("serve residents"))
                        .addApproaches(text.apply("listening"))
                        .build())
                .addValues(SharedValue.builder().id(id("v-1")).name(text.apply("Together"))
                        .putLeadIns("behaviours", text.apply("We do this by"))
                        .addBehaviours(text.apply("working with others")).build())
                .addPrinciples(Principle.builder().id(id("pr-1")).name(text.apply("Fairness"))
                        .description(text.apply("In every decision we take")).build())
                .addThemes(theme("t-1", "1", words.apply("Place"))
                        .levelNames(LevelNames.builder().outcome(text.apply("Corporate outcome")).build())
                        .addOtherNames(AlternativeName.of(text.apply("Our place"), text.apply("its name in 2024")))
                        .provenance(Provenance.builder().document(text.apply("Council Plan 2025")).page(words.apply("12"))
                                .uri(URI.create("https://example.org/plan.pdf")).quote(text.apply("Place matters")).build())
                        .addReferences(ExternalReference.builder().system("Pentana").key(words.apply("T-1"))
                                .title(text.apply("Place theme")).build())
                        .putLeadIns("outcomes", text.apply("We will have:"))
                        .putLeadIns("objectives", text.apply("Our strategic objectives are:"))
                        .putLeadIns("deliverables", text.apply("We pledge to:"))
                        .putLeadIns("commitments", text.apply("You can expect:"))
                        .putLeadIns("lists", text.apply("Success looks like this."))
                        .addOutcomes(Outcome.builder().id(id("o-1")).statement(en)
                                .by(PlanDate.parse("2030")).longTerm(true).build())
                        .addObjectives(objective("ob-1", "1.1", words.apply("Clean up"))
                                .addOutcomes(Outcome.of(id("o-ob"), text.apply("litter picked daily")))
                                .addPriorities(priority("p-A", "A", words.apply("Sweep more often")).build())
                                .build())
                        .addDeliverables(deliverable("d-1", "1.2", words.apply("Open a hub")))
                        .addCommitments(Commitment.of(id("c-1"), text.apply("Bins emptied on time")))
                        .addLists(ItemList.builder().id(id("l-1")).title(text.apply("We will measure success by:"))
                                .addItems(ListItem.of(id("i-1"), text.apply("fewer complaints"))).build())
                        .build())
                .addThemes(Theme.builder().id(id("t-2")).number(DisplayNumber.of("2"))
                        .addPriorities(priority("p-2.1", "2.1", words.apply("Support the high street"))
                                .addDeliverables(Deliverable.builder().id(id("d-2.1.1"))
                                        .number(DisplayNumber.of("2.1.1")).title(text.apply("Open a market"))
                                        .description(text.apply("A weekly market on the square"))
                                        .addOwners(id("ow-1"))
                                        .start(PlanDate.parse("2025/26 Q1")).end(PlanDate.parse("2026-03"))
                                        .longTerm(true)
                                        .addProgress(ProgressUpdate.builder().period(ReportingPeriod.parse("2025/26 Q2"))
                                                .status(ProgressStatus.AMBER).commentary(text.apply("Stalls ordered late"))
                                                .build())
                                        .addOutcomes(Outcome.builder().id(id("o-d")).statement(text.apply("busier shops"))
                                                .by(PlanDate.parse("2027-03")).build())
                                        .addLists(ItemList.builder().id(id("l-2"))
                                                .title(text.apply("What we will need to do well is:"))
                                                .addItems(ListItem.of(id("i-2"), text.apply("talking to traders"))).build())
                                        .addMilestones(Milestone.builder().id(id("m-1")).title(text.apply("Stalls bought"))
                                                        .due(PlanDate.parse("2025-09")).forecast(PlanDate.parse("2025-11"))
                                                        .build(),
                                                Milestone.builder().id(id("m-2")).title(text.apply("First market day"))
                                                        .due(PlanDate.parse("2026/27 Q1"))
                                                        .achieved(PlanDate.parse("2026-04-04"))
                                                        .status(ProgressStatus.COMPLETE).build())
                                        .build())
                                .build())
                        .build())
                .addMeasures(Measure.builder().id(id("k-1")).name(text.apply("Households helped"))
                                .description(text.apply("Counted at the end of each quarter"))
                                .unit("households").direction(Direction.HIGHER_IS_BETTER)
                                .frequency(PeriodType.FINANCIAL_QUARTER)
                                .baseline(Observation.of(ReportingPeriod.parse("2024/25"), new BigDecimal("120")))
                                .addTargets(Target.of(ReportingPeriod.parse("2025/26"), new BigDecimal("80")),
                                        Target.overPlan(new BigDecimal("1000")),
                                        Target.builder().period(ReportingPeriod.parse("2026/27"))
                                                .text(text.apply("Every household that asks")).build())
                                .addActuals(Observation.of(ReportingPeriod.parse("2025/26 Q1"), new BigDecimal("78.5")),
                                        Observation.builder().asAt(LocalDate.of(2025, 9, 30)).value(new BigDecimal("150"))
                                                .text(text.apply("150 households helped to date")).build())
                                .tolerance(Tolerance.percentOfTarget(new BigDecimal("5")))
                                .source(text.apply("Housing register"))
                                .addOwners(id("ow-1"))
                                .build(),
                        Measure.builder().id(id("k-2")).name(text.apply("Residents feel listened to"))
                                .addActuals(Observation.builder().period(ReportingPeriod.parse("2025/26"))
                                        .text(text.apply("Most residents say so")).build())
                                .build(),
                        Measure.builder().id(id("k-3")).number(DisplayNumber.of("K3")).name(text.apply("Streets graded clean"))
                                .unit("%").direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_YEAR)
                                .putTargets(ReportingPeriod.parse("2025/26"), new BigDecimal("90"))
                                .putActuals(ReportingPeriod.parse("2025/26"), new BigDecimal("92.5"))
                                .build())
                .addOwners(Owner.builder().id(id("ow-1")).name(text.apply("Director of Place")).type(OwnerType.ROLE)
                                .holder(words.apply("Jane Smith")).addAccountableTo(id("ow-board")).build(),
                        Owner.builder().id(id("ow-board")).name(text.apply("Improvement Board")).build())
                .addPartners(Partner.builder().id(id("pa-1")).name(text.apply("NHS"))
                        .description(text.apply("Our health partners")).build())
                .addLinks(Link.builder().from(id("d-2.1.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-1"))
                                .note(text.apply("Markets bring people to clean streets")).build(),
                        Link.of(id("k-3"), LinkKind.EVIDENCES, id("o-1")),
                        Link.of(id("d-1"), LinkKind.REFLECTS, id("pr-1")),
                        Link.builder().from(id("d-1")).kind(LinkKind.CONTRIBUTES_TO).to(id("p-x"))
                                .toPlan(id("other-plan")).build())
                .build();
    }

    /**
     * Plans of {@link #everyShape()} whose texts are arbitrary strings ({@link PlanArbitraries#strings()}:
     * words, non-ASCII letters, emoji, Markdown and Mermaid syntax, control characters), one after
     * another from a list, so that every shape of the format is tried with any text.
     */
    static Arbitrary<Plan> everyShapeWithAnyText() {
        return PlanArbitraries.strings().list().ofMinSize(1).ofMaxSize(80).map(strings -> {
            int[] next = {0};
            return everyShape(ignored -> strings.get(next[0]++ % strings.size()));
        });
    }

    static Plan.Builder smallBuilder() {
        return emptyPlan()
                .edition(Edition.builder().name("2025").status(EditionStatus.ADOPTED)
                        .adoptedOn(LocalDate.of(2025, 5, 1)).build())
                .purpose(Purpose.builder().introduction(Text.of("Our purpose is to:"))
                        .addStatements(Text.of("serve residents"))
                        .addApproaches(Text.of("listening"))
                        .build())
                .addValues(SharedValue.builder().id(id("v-1")).name(Text.of("Together"))
                        .addBehaviours(Text.of("working with others")).build())
                .addThemes(theme("t-1", "1", "Place")
                        .putLeadIns("outcomes", Text.of("We will have:"))
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"), outcome("o-2", "1.2", "safer roads"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addOwners(id("ow-1"))
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1", "Sweep more"),
                                        deliverable("d-1.1.2", "1.1.2", "Fix potholes"))
                                .build())
                        .build())
                .addThemes(theme("t-2", "2", "Town")
                        .addOutcomes(outcome("o-3", "2.1", "a thriving town centre"))
                        .addPriorities(priority("p-2.1", "2.1", "Support the high street")
                                .addDeliverables(deliverable("d-2.1.1", "2.1.1", "Open a market"))
                                .build())
                        .build())
                .addMeasures(Measure.builder()
                        .id(id("k-1"))
                        .name(Text.of("Streets graded clean"))
                        .unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_YEAR)
                        .putTargets(ReportingPeriod.parse("2025/26"), new BigDecimal("90"))
                        .putActuals(ReportingPeriod.parse("2025/26"), new BigDecimal("92.5"))
                        .build())
                .addOwners(Owner.builder().id(id("ow-1")).name(Text.of("Director of Place"))
                        .type(OwnerType.ROLE).build())
                .addPartners(Partner.builder().id(id("pa-1")).name(Text.of("NHS")).build())
                .addLinks(Link.of(id("d-1.1.2"), LinkKind.CONTRIBUTES_TO, id("o-2")),
                        Link.of(id("k-1"), LinkKind.EVIDENCES, id("o-1")),
                        Link.of(id("d-2.1.1"), LinkKind.INVOLVES, id("pa-1")),
                        Link.of(id("t-1"), LinkKind.REFLECTS, id("v-1")));
    }

    static PlanIndex small() {
        return PlanIndex.of(smallBuilder().build());
    }

    /** A plan whose one deliverable has {@code title}, in a theme with one outcome. */
    static PlanIndex withDeliverableTitled(String title) {
        return PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1", title))
                                .build())
                        .build())
                .build());
    }
}
