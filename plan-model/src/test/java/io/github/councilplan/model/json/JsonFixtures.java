package io.github.councilplan.model.json;

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
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.MetricReference;
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
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ExtensionUse;
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
import io.github.councilplan.model.RollUpMethod;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plans and JSON documents for the codec's tests. */
final class JsonFixtures {
    private JsonFixtures() {}

    /** The least valid plan document. */
    static final String MINIMAL = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\","
            + "\"organisation\":{\"name\":\"C\"},\"period\":{\"start\":\"2024\",\"end\":\"2029\"}}";

    /** {@link #MINIMAL} with {@code extra} added after its last property: {@code ,"x":1}. */
    static String minimalWith(String extra) {
        return MINIMAL.substring(0, MINIMAL.length() - 1) + extra + "}";
    }

    /** A document whose one measure has {@code measureExtra} added after its required properties. */
    static String withMeasure(String measureExtra) {
        return minimalWith(",\"measures\":[{\"id\":\"k\",\"name\":\"K\",\"unit\":\"%\",\"direction\":\"higherIsBetter\","
                + "\"frequency\":\"financialYear\"" + measureExtra + "}]");
    }

    /** The least valid plan, as the model. */
    static Plan minimalPlan() {
        return Plan.builder()
                .id(ElementId.of("p"))
                .title(Text.of("T"))
                .organisation(Organisation.of(Text.of("C")))
                .period(PeriodRange.of(ReportingPeriod.parse("2024"), ReportingPeriod.parse("2029")))
                .build();
    }

    private static Text t(String english, String welsh) {
        return Text.of("en", english).with("cy", welsh);
    }

    private static ElementId id(String id) {
        return ElementId.of(id);
    }

    private static DisplayNumber n(String number) {
        return DisplayNumber.of(number);
    }

    private static ReportingPeriod period(String period) {
        return ReportingPeriod.parse(period);
    }

    private static ExternalReference reference(String key) {
        return ExternalReference.builder()
                .system("pentana")
                .key(key)
                .uri(URI.create("https://performance.example.gov.uk/records/" + key))
                .title(t("Record " + key, "Cofnod " + key))
                .build();
    }

    private static Extensions extensions(String marker) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("marker", marker);
        data.putArray("list").add(1).add("two").addNull();
        data.putObject("nested").put("decimal", new BigDecimal("1.50")).put("flag", true);
        return Extensions.of(data);
    }

    private static AlternativeName otherName(String marker) {
        return AlternativeName.of(t("Earlier " + marker, "Cynt " + marker), t("until 2025", "tan 2025"));
    }

    private static Provenance provenance(String page) {
        return Provenance.builder().document(t("Corporate Plan 2024-2029", "Cynllun Corfforaethol 2024-2029"))
                .page(page).uri(URI.create("https://www.example.gov.uk/corporate-plan.pdf#page=" + page))
                .quote(t("As the source words it, page " + page, "Fel y mae'r ffynhonnell, tudalen " + page)).build();
    }

    private static Decision decision(String reference) {
        return Decision.builder().body(t("Cabinet", "Cabinet")).date(LocalDate.of(2025, 10, 22)).reference(reference)
                .uri(URI.create("https://democracy.example.gov.uk/minutes/" + reference.replace(' ', '-'))).build();
    }

    private static PlanDate date(String text) {
        return PlanDate.parse(text);
    }

    private static ItemList list(String id, String number, String marker) {
        return ItemList.builder().id(id(id)).number(n(number)).levelName(t("List", "Rhestr"))
                .title(t("What we will need to do well is:", "Beth fydd angen i ni ei wneud yn dda yw:"))
                .addItems(ListItem.builder().id(id(id + "-1")).number(n(number + ".1")).levelName(t("Item", "Eitem"))
                        .text(t("listen to residents", "gwrando ar drigolion"))
                        .addOtherNames(otherName(marker + " item")).provenance(provenance("14"))
                        .addReferences(reference(marker + "I")).extensions(extensions(marker + " item")).build())
                .addOtherNames(otherName(marker + " list")).provenance(provenance("14"))
                .addReferences(reference(marker + "L")).extensions(extensions(marker + " list")).build();
    }

    /** A plan that gives every property of every type at least once. */
    static Plan fullPlan() {
        Milestone milestone = Milestone.builder().id(id("m-1.1.1.1")).number(n("1.1.1.1"))
                .levelName(t("Milestone", "Carreg filltir")).title(t("Go live", "Mynd yn fyw"))
                .due(date("2025-06")).forecast(date("2025/26 Q2")).achieved(LocalDate.of(2025, 7, 14))
                .status(ProgressStatus.COMPLETE).longTerm(true).addOtherNames(otherName("milestone"))
                .provenance(provenance("15")).addReferences(reference("M1")).extensions(extensions("milestone"))
                .build();
        Deliverable deliverable = Deliverable.builder().id(id("d-1.1.1")).number(n("1.1.1"))
                .levelName(t("Action", "Cam gweithredu"))
                .title(t("Innovate our services", "Arloesi ein gwasanaethau"))
                .description(t("through digital efficiencies", "trwy effeithlonrwydd digidol"))
                .addOwners(id("exec-resources")).start(date("2025/26")).end(date("2027")).longTerm(true)
                .putLeadIns("outcomes", t("Outcome:", "Canlyniad:"))
                .addOutcomes(Outcome.builder().id(id("o-d-1.1.1")).statement(t("fewer paper forms", "llai o ffurflenni"))
                        .build())
                .addLists(list("l-d-1.1.1", "1.1.1.L", "deliverable"))
                .addMilestones(milestone)
                .addProgress(ProgressUpdate.builder().period(period("2025/26 Q1")).status(ProgressStatus.AMBER)
                        .commentary(t("Slipped a month", "Llithro mis")).build())
                .addOtherNames(otherName("deliverable")).provenance(provenance("12"))
                .addReferences(reference("D1")).extensions(extensions("deliverable"))
                .build();
        Priority priority = Priority.builder().id(id("p-1.1")).number(n("1.1"))
                .levelName(t("Priority", "Blaenoriaeth"))
                .title(t("Modernise and digitise services", "Moderneiddio a digideiddio gwasanaethau"))
                .description(t("so they are accessible", "fel eu bod yn hygyrch"))
                .addOwners(id("exec-resources")).start(date("2024-04-01")).end(date("2029/30 Q4")).longTerm(true)
                .putLeadIns("deliverables", t("To achieve this we will:", "I gyflawni hyn byddwn yn:"))
                .addOutcomes(Outcome.builder().id(id("o-p-1.1")).statement(t("services online", "gwasanaethau ar-lein"))
                        .build())
                .addDeliverables(deliverable)
                .addLists(list("l-p-1.1", "1.1.L", "priority"))
                .addMilestones(Milestone.builder().id(id("m-p-1.1")).title(t("Review", "Adolygiad")).due(date("2026"))
                        .build())
                .addProgress(ProgressUpdate.of(period("2025/26"), ProgressStatus.GREEN))
                .addOtherNames(otherName("priority")).provenance(provenance("11"))
                .addReferences(reference("P1")).extensions(extensions("priority"))
                .build();
        Priority objectivePriority = Priority.builder().id(id("p-1.2.A")).number(n("A"))
                .title(t("Balance the budget", "Cydbwyso'r gyllideb")).build();
        Objective objective = Objective.builder().id(id("ob-1.2")).number(n("1.2"))
                .levelName(t("Strategic objective", "Amcan strategol"))
                .title(t("Financial sustainability", "Cynaliadwyedd ariannol"))
                .description(t("over the medium term", "dros y tymor canolig"))
                .addOwners(id("exec-resources")).start(date("2024")).end(date("2030")).longTerm(true)
                .putLeadIns("priorities", t("Our priorities are:", "Ein blaenoriaethau yw:"))
                .addOutcomes(Outcome.builder().id(id("o-ob-1.2")).statement(t("a balanced budget", "cyllideb gytbwys"))
                        .build())
                .addPriorities(objectivePriority)
                .addDeliverables(Deliverable.builder().id(id("d-1.2.1")).number(n("1.2.1"))
                        .title(t("Sell surplus assets", "Gwerthu asedau dros ben")).build())
                .addLists(list("l-ob-1.2", "1.2.L", "objective"))
                .addMilestones(Milestone.builder().id(id("m-ob-1.2")).title(t("Budget set", "Cyllideb wedi'i gosod"))
                        .due(date("2026-02")).build())
                .addProgress(ProgressUpdate.of(period("2025/26"), ProgressStatus.AMBER))
                .addOtherNames(otherName("objective")).provenance(provenance("10"))
                .addReferences(reference("OB1")).extensions(extensions("objective"))
                .build();
        Theme theme = Theme.builder().id(id("enabling")).number(n("1")).levelName(t("Theme", "Thema"))
                .name(t("Enabling", "Galluogi"))
                .description(t("Improving and enabling", "Gwella a galluogi"))
                .addOwners(id("exec-resources"))
                .levelNames(LevelNames.builder().outcome(t("Corporate outcome", "Canlyniad corfforaethol")).build())
                .putLeadIns("outcomes", t("Thurrock Council will have:", "Bydd gan Gyngor Thurrock:"))
                .putLeadIns("priorities", t("We will lead the borough by:", "Byddwn yn arwain y fwrdeistref drwy:"))
                .addOutcomes(Outcome.builder().id(id("o-oversight")).number(n("1.a"))
                        .levelName(t("Corporate outcome", "Canlyniad corfforaethol"))
                        .statement(t("robust internal oversight", "goruchwyliaeth fewnol gadarn"))
                        .by(date("2030")).longTerm(true).addOtherNames(otherName("outcome"))
                        .provenance(provenance("9")).addReferences(reference("O1")).extensions(extensions("outcome"))
                        .build())
                .addObjectives(objective)
                .addPriorities(priority)
                .addDeliverables(Deliverable.builder().id(id("d-1.3")).number(n("1.3"))
                        .title(t("We will open two family hubs by 2027", "Byddwn yn agor dwy ganolfan deulu erbyn 2027"))
                        .end(date("2027")).build())
                .addCommitments(Commitment.builder().id(id("c-access")).number(n("1.c"))
                        .levelName(t("Commitment", "Ymrwymiad"))
                        .text(t("Easier access to the council", "Mynediad haws i'r cyngor"))
                        .addOtherNames(otherName("commitment")).provenance(provenance("13"))
                        .addReferences(reference("C1")).extensions(extensions("commitment")).build())
                .addLists(list("l-enabling", "1.L", "theme"))
                .addOtherNames(otherName("theme")).provenance(provenance("8"))
                .addReferences(reference("T1")).extensions(extensions("theme"))
                .build();
        Measure absolute = Measure.builder().id(id("kpi-1")).number(n("K1")).levelName(t("Indicator", "Dangosydd"))
                .name(t("Calls answered", "Galwadau a atebwyd")).description(t("within 60 seconds", "o fewn 60 eiliad"))
                .unit("%").direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_QUARTER)
                .rollUp(RollUpMethod.RATIO).ratioPer(new BigDecimal("100"))
                .baseline(Observation.builder().period(period("2024/25")).value(new BigDecimal("61.5"))
                        .numerator(new BigDecimal("123")).denominator(new BigDecimal("200"))
                        .text(t("61.5% in 2024/25", "61.5% yn 2024/25")).build())
                .addTargets(Target.builder().period(period("2025/26")).value(new BigDecimal("70"))
                        .text(t("seven in ten", "saith o bob deg"))
                        .addRevisions(TargetRevision.builder().date(LocalDate.of(2025, 11, 5)).value(new BigDecimal("72"))
                                .text(t("seven and a bit in ten", "saith a mwy o bob deg"))
                                .decision(Decision.builder().body(t("Cabinet", "Cabinet")).reference("Minute 42").build())
                                .reason(t("Met early", "Wedi'i gyrraedd yn gynnar")).afterPeriodClosed(true).build())
                        .addRevisions(TargetRevision.withdrawal(LocalDate.of(2026, 1, 5),
                                Decision.builder().reference("Minute 61").build()))
                        .build())
                .addTargets(Target.overPlan(new BigDecimal("75")))
                .addTargets(Target.builder().period(period("2026/27")).text(t("every call", "pob galwad")).build())
                .putActuals(period("2025/26 Q1"), new BigDecimal("68.25"))
                .addActuals(Observation.builder().asAt(LocalDate.of(2025, 9, 30)).value(new BigDecimal("69"))
                        .text(t("69% to date", "69% hyd yma")).build())
                .addAssessments(Assessment.builder().period(period("2025/26 Q1")).status(RagState.AMBER)
                        .reason(t("New system bedding in", "System newydd yn ymsefydlu")).forecast(new BigDecimal("71.5"))
                        .forecastStatus(RagState.GREEN).commentary(t("Recovering", "Yn gwella")).build())
                .tolerance(Tolerance.absolute(new BigDecimal("2.5")))
                .source(t("Telephony system", "System deleffoni"))
                .addMetrics(MetricReference.builder().from(MetricReference.lgInform(90003))
                        .title(t("Calls answered", "Galwadau a atebwyd")).polarity(Polarity.HIGH_IS_GOOD).build())
                .addOwners(id("exec-resources")).longTerm(true)
                .addOtherNames(otherName("measure")).provenance(provenance("20"))
                .addReferences(reference("K1")).extensions(extensions("measure"))
                .build();
        Measure percent = Measure.builder().id(id("kpi-2")).name(Text.of("Days to pay invoices")).unit("days")
                .direction(Direction.LOWER_IS_BETTER).frequency(PeriodType.MONTH)
                .putTargets(period("2025-04"), new BigDecimal("30"))
                .tolerance(Tolerance.percentOfTarget(new BigDecimal("10"))).build();
        Measure qualitative = Measure.builder().id(id("kpi-3")).name(t("A thriving high street", "Stryd fawr ffyniannus"))
                .build();
        Owner owner = Owner.builder().id(id("exec-resources")).number(n("1")).levelName(t("Lead", "Arweinydd"))
                .name(t("Executive Director of Resources", "Cyfarwyddwr Gweithredol Adnoddau"))
                .type(OwnerType.ROLE).holder("A. N. Other").addAccountableTo(id("cabinet"))
                .addOtherNames(otherName("owner")).provenance(provenance("30"))
                .addReferences(reference("OW1")).extensions(extensions("owner"))
                .build();
        Owner cabinet = Owner.builder().id(id("cabinet")).name(Text.of("Cabinet")).type(OwnerType.COMMITTEE).build();
        Owner board = Owner.builder().id(id("board")).name(t("Improvement Board", "Bwrdd Gwella")).build();
        return Plan.builder()
                .id(id("thurrock-2025"))
                .title(t("A fresh start for Thurrock", "Dechrau newydd i Thurrock"))
                .organisation(Organisation.builder().name(Text.of("Thurrock Council")).code("E06000034")
                        .gssCode("E06000034").orgId("GB-LAE-THR").build())
                .period(PeriodRange.of(period("2024"), period("2029")))
                .published(date("2025-03"))
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.SUPERSEDED)
                        .adoptedOn(LocalDate.of(2025, 10, 22)).decision(decision("Minute 87")).supersedes("2024")
                        .supersededBy(Supersession.builder().edition("2026 refresh").on(LocalDate.of(2026, 10, 21))
                                .decision(decision("Minute 12")).build())
                        .build())
                .addLanguages("en", "cy")
                .addPartialLanguages("cy")
                .levelNames(everyLevelName())
                .addOverseenBy(id("board"))
                .addRelatedPlans(RelatedPlan.builder().id(id("thurrock-strategy")).relation(PlanRelation.DELIVERS)
                        .title(t("Thurrock 2034", "Thurrock 2034"))
                        .uri(URI.create("https://www.example.gov.uk/strategy.json")).build())
                .addExtensionsUsed(ExtensionUse.builder().name(id("ward")).version(id("1.0"))
                        .schema(URI.create("https://schemas.example.org/councilplan/ward/1.0")).build())
                .vision(Statement.builder().id(id("vision")).heading(t("Our vision", "Ein gweledigaeth"))
                        .addBody(Block.paragraph(t("A place of opportunity.", "Lle o gyfle."))).build())
                .putLeadIns("themes", t("Our priorities are as follows.", "Mae ein blaenoriaethau fel a ganlyn."))
                .addStatements(Statement.builder().id(id("foreword")).number(n("1")).levelName(t("Foreword", "Rhagair"))
                        .heading(t("Foreword", "Rhagair"))
                        .addBody(Block.paragraph(t("Welcome to our plan.", "Croeso i'n cynllun.")))
                        .addBody(Block.numbered(List.of(t("first", "yn gyntaf"), t("second", "yn ail"))))
                        .addSignatories(Signatory.of("Councillor A Leader", t("Leader of the Council", "Arweinydd y Cyngor")))
                        .addSignatories(Signatory.of("Councillor B Deputy"))
                        .addOtherNames(otherName("statement")).provenance(provenance("2"))
                        .addReferences(reference("S1")).extensions(extensions("statement")).build())
                .purpose(Purpose.builder().introduction(t("Our purpose is to:", "Ein pwrpas yw:"))
                        .putLeadIns("approaches", t("We will do this by:", "Byddwn yn gwneud hyn drwy:"))
                        .addStatements(t("serve residents", "gwasanaethu trigolion"))
                        .addApproaches(t("listening", "gwrando")).build())
                .addValues(SharedValue.builder().id(id("v-together")).number(n("1")).levelName(t("Value", "Gwerth"))
                        .name(t("Together", "Gyda'n gilydd"))
                        .putLeadIns("behaviours", t("We will be:", "Byddwn yn:"))
                        .addBehaviours(t("demonstrating accountability", "dangos atebolrwydd"))
                        .addOtherNames(otherName("value")).provenance(provenance("4"))
                        .addReferences(reference("V1")).extensions(extensions("value")).build())
                .addPrinciples(Principle.builder().id(id("pr-equality")).number(n("1"))
                        .levelName(t("Principle", "Egwyddor")).name(t("Equality", "Cydraddoldeb"))
                        .description(t("runs through everything we do", "yn rhedeg trwy bopeth a wnawn"))
                        .addOtherNames(otherName("principle")).provenance(provenance("5"))
                        .addReferences(reference("PR1")).extensions(extensions("principle")).build())
                .addThemes(theme)
                .addMeasures(absolute, percent, qualitative)
                .addOwners(owner, cabinet, board)
                .addPartners(Partner.builder().id(id("nhs")).number(n("1")).levelName(t("Partner", "Partner"))
                        .name(t("NHS", "GIG")).description(t("Health partners", "Partneriaid iechyd"))
                        .addOtherNames(otherName("partner")).provenance(provenance("31"))
                        .addReferences(reference("PA1")).extensions(extensions("partner")).build())
                .addLinks(Link.builder().from(id("d-1.1.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("o-strategy-1"))
                        .toPlan(id("thurrock-strategy")).note(t("delivers the strategy", "yn cyflawni'r strategaeth"))
                        .build())
                .addLinks(Link.builder().from(id("kpi-1")).kind(LinkKind.EVIDENCES).to(id("d-1.1.1"))
                        .note(t("measures the deliverable", "mesur y cam")).build())
                .addLinks(Link.of(id("d-1.1.1"), LinkKind.REFLECTS, id("pr-equality")))
                .addOtherNames(otherName("plan"))
                .provenance(provenance("1"))
                .addReferences(reference("PLAN"))
                .extensions(extensions("plan"))
                .build();
    }

    private static LevelNames everyLevelName() {
        return LevelNames.builder().statement(t("Statement", "Datganiad")).value(t("Value", "Gwerth"))
                .principle(t("Principle", "Egwyddor")).theme(t("Theme", "Thema")).objective(t("Objective", "Amcan"))
                .outcome(t("Outcome", "Canlyniad")).priority(t("Priority", "Blaenoriaeth"))
                .deliverable(t("Action", "Cam gweithredu")).commitment(t("Commitment", "Ymrwymiad"))
                .list(t("List", "Rhestr")).item(t("Item", "Eitem")).measure(t("Indicator", "Dangosydd"))
                .milestone(t("Milestone", "Carreg filltir")).owner(t("Lead", "Arweinydd"))
                .partner(t("Partner", "Partner")).build();
    }
}
