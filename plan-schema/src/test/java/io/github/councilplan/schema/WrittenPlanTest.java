package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
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
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
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
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ExtensionUse;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.RollUpMethod;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link PlanJson} writes validates against the schema: for a minimal plan, and for a small
 * plan built by hand that gives every attribute of every type a value (so every property the
 * schema defines is written).
 */
class WrittenPlanTest {
    private static ElementId id(String id) {
        return ElementId.of(id);
    }

    private static DisplayNumber number(String number) {
        return DisplayNumber.of(number);
    }

    private static ReportingPeriod period(String period) {
        return ReportingPeriod.parse(period);
    }

    private static Text bilingual(String cy, String en) {
        return Text.of("cy", cy).with("en", en);
    }

    private static ExternalReference reference(String key) {
        return ExternalReference.builder()
                .system("pentana")
                .key(key)
                .uri(URI.create("https://performance.example.gov.uk/" + key))
                .title(bilingual("Cofnod " + key, "Record " + key))
                .build();
    }

    private static PlanDate date(String date) {
        return PlanDate.parse(date);
    }

    private static AlternativeName otherName(String cy, String en) {
        return AlternativeName.of(bilingual(cy, en), bilingual("enw arall", "another name"));
    }

    private static Provenance provenance(String page) {
        return Provenance.builder()
                .document(bilingual("Cynllun Corfforaethol", "Corporate Plan"))
                .page(page)
                .uri(URI.create("https://www.example.gov.uk/corporate-plan.pdf"))
                .quote(bilingual("Geiriau'r cynllun", "The plan's words"))
                .build();
    }

    private static Extensions extensions(String name) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(name, 1.50).putNull("nothing").putArray("list").add(true).add("text");
        return Extensions.of(data);
    }

    static Plan minimalPlan() {
        return Plan.builder()
                .id(id("minimal"))
                .title(Text.of("Our plan"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(period("2025/26"), period("2028/29")))
                .build();
    }

    /** A plan in which every attribute of every type has a value, both tolerances and every enum used. */
    static Plan planWithEveryPart() {
        Milestone milestone = Milestone.builder()
                .id(id("m-A.1.1")).number(number("A.1.1"))
                .title(bilingual("Canolfan ar agor", "Centre open"))
                .due(date("2026-03-31")).forecast(date("2026-02")).achieved(date("2026-02-20"))
                .status(ProgressStatus.COMPLETE)
                .levelName(bilingual("Carreg filltir", "Milestone"))
                .addOtherNames(otherName("Agoriad", "Opening")).provenance(provenance("14"))
                .addReferences(reference("PRJ-42")).extensions(extensions("ward"))
                .build();
        Deliverable deliverable = Deliverable.builder()
                .id(id("d-A.1")).number(number("A.1"))
                .title(bilingual("Agor canolfannau", "Open centres"))
                .description(bilingual("Tair canolfan", "Three centres"))
                .addOwners(id("o-director"), id("o-portfolio"))
                .start(date("2025/26 Q1")).end(date("2026/27"))
                .putLeadIns("outcomes", bilingual("Fel bod:", "So that:"))
                .addOutcomes(Outcome.builder().id(id("oc-A.1")).statement(bilingual("help cynnar", "early help"))
                        .by(date("2031")).longTerm(true).build())
                .addLists(ItemList.builder().id(id("li-A.1")).number(number("1")).levelName(bilingual("Rhestr", "List"))
                        .title(bilingual("Ble", "Where"))
                        .addItems(ListItem.builder().id(id("li-A.1-1")).number(number("1"))
                                .levelName(bilingual("Eitem", "Item")).text(bilingual("Gogledd", "North"))
                                .addOtherNames(otherName("Y gogledd", "The north")).provenance(provenance("15"))
                                .addReferences(reference("WARD-1")).extensions(extensions("ward")).build())
                        .addOtherNames(otherName("Lleoedd", "Places")).provenance(provenance("15"))
                        .addReferences(reference("LIST-1")).extensions(extensions("shown")).build())
                .addMilestones(milestone)
                .addProgress(ProgressUpdate.builder().period(period("2025/26 Q2")).status(ProgressStatus.AMBER)
                        .commentary(bilingual("Oedi", "Delayed")).build())
                .addProgress(ProgressUpdate.of(period("2025/26 Q3"), ProgressStatus.GREEN))
                .addReferences(reference("CAP-17")).extensions(extensions("capital"))
                .build();
        Priority lettered = Priority.builder()
                .id(id("pr-A")).number(number("A"))
                .title(bilingual("Blynyddoedd cynnar", "Early years"))
                .description(bilingual("Gofal plant", "Childcare"))
                .addOwners(id("o-portfolio"))
                .longTerm(true)
                .addDeliverables(deliverable)
                .addReferences(reference("SP-1")).extensions(extensions("statutory"))
                .build();
        Objective objective = Objective.builder()
                .id(id("ob-1.A")).number(number("1.A"))
                .title(bilingual("Cefnogi teuluoedd", "Support families"))
                .description(bilingual("Cymorth cynnar", "Early help"))
                .addOwners(id("o-director"))
                .addPriorities(lettered)
                .addReferences(reference("R-9")).extensions(extensions("lead"))
                .build();
        Theme theme = Theme.builder()
                .id(id("t-people")).number(number("1"))
                .levelName(bilingual("Uchelgais", "Ambition"))
                .name(bilingual("Pobl", "People"))
                .description(bilingual("Pobl iach", "Healthy people"))
                .addOwners(id("o-director"))
                .levelNames(LevelNames.builder().outcome(bilingual("Canlyniad corfforaethol", "Corporate outcome")).build())
                .addDeliverables(Deliverable.builder().id(id("pl-1.5")).number(number("1.5"))
                        .title(bilingual("Dwy ganolfan erbyn 2027", "Two hubs by 2027")).end(date("2027-03")).build())
                .addOtherNames(otherName("Pobl a chymunedau", "People and communities")).provenance(provenance("6"))
                .putLeadIns("outcomes", bilingual("Bydd gan y sir:", "The county will have:"))
                .addOutcomes(Outcome.builder().id(id("oc-1.1")).number(number("1.1"))
                        .statement(bilingual("gymunedau cryf", "strong communities"))
                        .addReferences(reference("OUT-1")).extensions(extensions("weight")).build())
                .addObjectives(objective)
                .addPriorities(Priority.builder().id(id("pr-1.1")).number(number("1.1"))
                        .title(bilingual("Iechyd", "Health"))
                        .addDeliverables(Deliverable.builder().id(id("d-1.1.1")).number(number("1.1.1"))
                                .title(bilingual("Hybu", "Promote"))
                                .addMilestones(Milestone.builder().id(id("m-1.1.1.1")).title(Text.of("Strategy"))
                                        .due(LocalDate.of(2026, 9, 30)).status(ProgressStatus.NOT_STARTED).build())
                                .addProgress(ProgressUpdate.of(period("2025/26"), ProgressStatus.ON_HOLD))
                                .addProgress(ProgressUpdate.of(period("2026/27"), ProgressStatus.RED))
                                .addProgress(ProgressUpdate.of(period("2027/28"), ProgressStatus.CANCELLED))
                                .build())
                        .build())
                .addCommitments(Commitment.builder().id(id("co-1.1")).number(number("1.1"))
                        .text(bilingual("Mwy o ganolfannau", "More centres"))
                        .addReferences(reference("WEB-1")).extensions(extensions("photo")).build())
                .addReferences(reference("THEME-1")).extensions(extensions("colour"))
                .build();
        Measure byQuarter = Measure.builder()
                .id(id("kpi-1")).number(number("1"))
                .name(bilingual("Plant", "Children"))
                .description(bilingual("Nifer y plant", "Number of children"))
                .unit("count").direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_QUARTER)
                .rollUp(RollUpMethod.SUM)
                .baseline(Observation.of(period("2024/25"), new BigDecimal("120")))
                .putTargets(period("2025/26 Q1"), new BigDecimal("125")).putTargets(period("2025/26 Q2"), new BigDecimal("1E+3"))
                .addTargets(Target.builder().value(new BigDecimal("2000")).text(bilingual("2,000 dros y cynllun",
                        "2,000 over the plan"))
                        .addRevisions(TargetRevision.builder().date(LocalDate.of(2026, 2, 11))
                                .value(new BigDecimal("2200")).text(bilingual("2,200 dros y cynllun", "2,200 over the plan"))
                                .decision(Decision.builder().reference("Minute 40").build())
                                .reason(bilingual("Cyllid newydd", "New funding")).build())
                        .addRevisions(TargetRevision.builder().date(LocalDate.of(2030, 4, 2)).withdrawn(true)
                                .decision(Decision.of(bilingual("Cabinet", "Cabinet"), LocalDate.of(2030, 4, 2)))
                                .afterPeriodClosed(true).build())
                        .build())
                .addActuals(Observation.builder().asAt(LocalDate.of(2025, 11, 30)).value(new BigDecimal("300"))
                        .text(bilingual("300 hyd yma", "300 to date")).build())
                .longTerm(true)
                .levelName(bilingual("Dangosydd", "Indicator"))
                .addOtherNames(otherName("Gofal plant", "Childcare")).provenance(provenance("20"))
                .putActuals(period("2025/26 Q1"), new BigDecimal("124.50"))
                .tolerance(Tolerance.percentOfTarget(new BigDecimal("5")))
                .addAssessments(Assessment.builder().period(period("2025/26 Q1")).status(RagState.GREEN)
                        .reason(bilingual("Dau le newydd", "Two new places")).forecast(new BigDecimal("131.0"))
                        .forecastStatus(RagState.NO_TARGET).commentary(bilingual("Ar y trywydd", "On track")).build())
                .source(bilingual("System", "System"))
                .addMetrics(MetricReference.builder().from(MetricReference.lgInform(90999))
                        .title(bilingual("Plant (enghraifft)", "Children (example)")).polarity(Polarity.HIGH_IS_GOOD)
                        .build())
                .addMetrics(MetricReference.builder().scheme("localOutcomesFramework").id("Example metric").build())
                .addOwners(id("o-director"))
                .addReferences(reference("KPI-017")).extensions(extensions("publish"))
                .build();
        Measure byMonth = Measure.builder()
                .id(id("kpi-2")).name(Text.of("Waiting time")).unit("days")
                .direction(Direction.LOWER_IS_BETTER).frequency(PeriodType.MONTH)
                .rollUp(RollUpMethod.RATIO).ratioPer(BigDecimal.ONE)
                .putTargets(period("2025-04"), BigDecimal.TEN)
                .addActuals(Observation.builder().period(period("2025-04")).value(new BigDecimal("11"))
                        .numerator(new BigDecimal("440")).denominator(new BigDecimal("40")).build())
                .tolerance(Tolerance.absolute(new BigDecimal("1.5")))
                .build();
        Measure byYear = Measure.builder()
                .id(id("kpi-3")).name(Text.of("Satisfaction")).unit("%")
                .direction(Direction.ON_TARGET).frequency(PeriodType.CALENDAR_YEAR)
                .putTargets(period("2026"), new BigDecimal("-0.5"))
                .build();
        Measure byFinancialYear = Measure.builder()
                .id(id("kpi-4")).name(Text.of("Spend")).unit("£")
                .direction(Direction.LOWER_IS_BETTER).frequency(PeriodType.FINANCIAL_YEAR)
                .putActuals(period("2029/30"), new BigDecimal("1000000"))
                .build();
        return Plan.builder()
                .id(id("cyngor-enghraifft"))
                .title(bilingual("Cynllun Corfforaethol", "Corporate Plan"))
                .organisation(Organisation.builder().name(bilingual("Cyngor Enghraifft", "Example Council"))
                        .code("W06000099").gssCode("W06000099").orgId("GB-PLA-ZZE").build())
                .period(PeriodRange.of(period("2025/26"), period("2029/30")))
                .published(date("2025-11"))
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.SUPERSEDED)
                        .adoptedOn(LocalDate.of(2025, 10, 22))
                        .decision(Decision.builder().body(bilingual("Cabinet", "Cabinet")).date(LocalDate.of(2025, 10, 22))
                                .reference("Minute 58").uri(URI.create("https://democracy.example.gov.uk/58")).build())
                        .supersedes("2024 edition")
                        .supersededBy(Supersession.builder().edition("2026 refresh").on(LocalDate.of(2026, 10, 21))
                                .decision(Decision.of(bilingual("Cyngor llawn", "Full Council"), LocalDate.of(2026, 10, 21)))
                                .build())
                        .build())
                .addLanguages("cy", "en")
                .addPartialLanguages("en")
                .levelNames(LevelNames.builder()
                        .theme(bilingual("Uchelgais", "Ambition"))
                        .objective(bilingual("Amcan strategol", "Strategic objective"))
                        .outcome(bilingual("Canlyniad", "Outcome"))
                        .priority(bilingual("Amcan llesiant", "Well-being objective"))
                        .deliverable(bilingual("Cam gweithredu", "Action"))
                        .commitment(bilingual("Ymrwymiad", "Commitment"))
                        .statement(bilingual("Datganiad", "Statement"))
                        .value(bilingual("Gwerth", "Value"))
                        .principle(bilingual("Egwyddor", "Principle"))
                        .list(bilingual("Rhestr", "List"))
                        .item(bilingual("Eitem", "Item"))
                        .measure(bilingual("Dangosydd", "Indicator"))
                        .milestone(bilingual("Carreg filltir", "Milestone"))
                        .owner(bilingual("Perchennog", "Owner"))
                        .partner(bilingual("Partner", "Partner"))
                        .build())
                .addOverseenBy(id("o-cabinet"))
                .addRelatedPlans(RelatedPlan.builder().id(id("cyngor-enghraifft-strategaeth"))
                        .relation(PlanRelation.DELIVERS).title(bilingual("Strategaeth", "Strategy"))
                        .uri(URI.create("https://www.example.gov.uk/strategy")).build())
                .addExtensionsUsed(ExtensionUse.builder().name(id("ward")).version(id("1.0"))
                        .schema(URI.create("https://schemas.example.org/councilplan/ward/1.0")).build())
                .vision(Statement.builder().id(id("vision"))
                        .addBody(Block.paragraph(bilingual("Sir ffyniannus.", "A thriving county.")))
                        .addBody(Block.numbered(List.of(bilingual("diogel", "safe"), bilingual("iach", "healthy"))))
                        .addSignatories(Signatory.of("Councillor Jane Jones"))
                        .build())
                .putLeadIns("themes", bilingual("Ein huchelgeisiau yw:", "Our ambitions are:"))
                .addStatements(Statement.builder().id(id("foreword")).number(number("1"))
                        .heading(bilingual("Rhagair", "Foreword"))
                        .addBody(Block.paragraph(bilingual("Croeso.", "Welcome.")))
                        .addSignatories(Signatory.of("Councillor Jane Jones", bilingual("Arweinydd", "Leader")))
                        .addReferences(reference("CAB-7")).extensions(extensions("page"))
                        .build())
                .purpose(Purpose.builder()
                        .introduction(bilingual("Ein pwrpas yw:", "Our purpose is to:"))
                        .putLeadIns("approaches", bilingual("Trwy:", "By:"))
                        .addStatements(bilingual("Gwasanaethu", "Serve"))
                        .addApproaches(bilingual("Gweithio gyda'n gilydd", "Working together"))
                        .build())
                .addValues(SharedValue.builder().id(id("v-together")).number(number("1"))
                        .name(bilingual("Gyda'n gilydd", "Together"))
                        .addBehaviours(bilingual("Atebolrwydd", "Accountability"))
                        .addReferences(reference("VAL-1")).extensions(extensions("icon"))
                        .build())
                .addPrinciples(Principle.builder().id(id("pr-climate")).number(number("1"))
                        .name(bilingual("Hinsawdd", "Climate")).description(bilingual("Ym mhopeth", "In everything"))
                        .addReferences(reference("PR-1")).extensions(extensions("colour")).build())
                .addThemes(theme)
                .addMeasures(byQuarter, byMonth, byYear, byFinancialYear)
                .addOwners(Owner.builder().id(id("o-director")).number(number("1"))
                        .name(bilingual("Cyfarwyddwr", "Director")).type(OwnerType.ROLE).holder("Dr Alex Evans")
                        .addAccountableTo(id("o-cabinet"))
                        .addReferences(reference("POST-1")).extensions(extensions("grade"))
                        .build())
                .addOwners(Owner.builder().id(id("o-portfolio")).name(Text.of("Cabinet Member for Children"))
                        .type(OwnerType.PORTFOLIO).addAccountableTo(id("o-cabinet")).build())
                .addOwners(Owner.builder().id(id("o-cabinet")).name(Text.of("Cabinet")).type(OwnerType.COMMITTEE).build())
                .addOwners(Owner.builder().id(id("o-person")).name(Text.of("Jane Jones")).type(OwnerType.PERSON).build())
                .addOwners(Owner.builder().id(id("o-team")).name(Text.of("Senior Leadership Team")).type(OwnerType.TEAM).build())
                .addOwners(Owner.builder().id(id("o-directorate")).name(Text.of("People")).type(OwnerType.DIRECTORATE).build())
                .addPartners(Partner.builder().id(id("pa-health")).number(number("1"))
                        .name(bilingual("Bwrdd Iechyd", "Health Board"))
                        .description(bilingual("Y bwrdd iechyd", "The health board"))
                        .addReferences(reference("PSB-1")).extensions(extensions("statutory"))
                        .build())
                .addLinks(Link.builder().from(id("d-A.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("oc-1.1"))
                        .note(bilingual("Nodyn", "Note")).build())
                .addLinks(Link.of(id("kpi-1"), LinkKind.EVIDENCES, id("d-A.1")))
                .addLinks(Link.of(id("t-people"), LinkKind.REFLECTS, id("v-together")))
                .addLinks(Link.of(id("d-A.1"), LinkKind.INVOLVES, id("pa-health")))
                .addLinks(Link.of(id("co-1.1"), LinkKind.ILLUSTRATES, id("oc-1.1")))
                .addLinks(Link.of(id("d-A.1"), LinkKind.REFLECTS, id("pr-climate")))
                .addLinks(Link.builder().from(id("d-A.1")).kind(LinkKind.CONTRIBUTES_TO).to(id("s-oc-2"))
                        .toPlan(id("cyngor-enghraifft-strategaeth")).build())
                .addOtherNames(otherName("Y cynllun", "The plan"))
                .provenance(provenance("1"))
                .addReferences(reference("PLAN-1"))
                .extensions(extensions("wellbeingGoals"))
                .build();
    }

    private static JsonNode written(Plan plan) {
        return TestSchemas.JSON.readTree(PlanJson.standard().write(plan));
    }

    /** Every property name the schema defines. */
    static Set<String> propertiesTheSchemaDefines() {
        Set<String> names = new TreeSet<>();
        collectDefinedProperties(TestSchemas.schemaDocument(), names);
        return names;
    }

    private static void collectDefinedProperties(JsonNode schema, Set<String> into) {
        if (schema.isObject()) {
            schema.forEachEntry((keyword, value) -> {
                if (keyword.equals("properties")) {
                    into.addAll(value.propertyNames());
                }
                collectDefinedProperties(value, into);
            });
        } else if (schema.isArray()) {
            schema.values().forEach(value -> collectDefinedProperties(value, into));
        }
    }

    /** Every property name used in a document, outside extensions. */
    static Set<String> propertiesUsedIn(JsonNode document) {
        Set<String> names = new TreeSet<>();
        collectUsedProperties(document, names);
        return names;
    }

    private static void collectUsedProperties(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.forEachEntry((name, value) -> {
                into.add(name);
                if (!name.equals("extensions")) {
                    collectUsedProperties(value, into);
                }
            });
        } else if (node.isArray()) {
            node.values().forEach(value -> collectUsedProperties(value, into));
        }
    }

    @Test
    void minimalPlanAsPlanJsonWritesItIsValid() {
        List<Error> errors = TestSchemas.validate(written(minimalPlan()));

        assertThat(errors).as("errors:%s", TestSchemas.describe(errors)).isEmpty();
    }

    @Test
    void planWithEveryPartAsPlanJsonWritesItIsValid() {
        List<Error> errors = TestSchemas.validate(written(planWithEveryPart()));

        assertThat(errors).as("errors:%s", TestSchemas.describe(errors)).isEmpty();
    }

    @Test
    void planWithEveryPartWritesEveryPropertyTheSchemaDefines() {
        Set<String> used = propertiesUsedIn(written(planWithEveryPart()));

        assertThat(used).containsAll(propertiesTheSchemaDefines());
    }

    @Test
    void everyPartFixtureUsesEveryPropertyTheSchemaDefines() {
        Set<String> used = propertiesUsedIn(TestSchemas.fixture("valid-every-part.json"));

        assertThat(used).containsAll(propertiesTheSchemaDefines());
    }
}
