package io.github.councilplan.model.json;

import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
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
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plans and JSON documents for the codec's tests. */
final class JsonFixtures {
    private JsonFixtures() {}

    /** The least valid plan document. */
    static final String MINIMAL = "{\"schemaVersion\":\"0.1\",\"id\":\"p\",\"title\":\"T\","
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

    /** A plan that gives every property of every type at least once. */
    static Plan fullPlan() {
        Milestone milestone = Milestone.builder().id(id("m-1.1.1.1")).number(n("1.1.1.1")).title(t("Go live", "Mynd yn fyw"))
                .due(LocalDate.of(2025, 6, 30)).forecast(LocalDate.of(2025, 7, 31)).achieved(LocalDate.of(2025, 7, 14))
                .status(ProgressStatus.COMPLETE).addReferences(reference("M1")).extensions(extensions("milestone"))
                .build();
        Deliverable deliverable = Deliverable.builder().id(id("d-1.1.1")).number(n("1.1.1"))
                .title(t("Innovate our services", "Arloesi ein gwasanaethau"))
                .description(t("through digital efficiencies", "trwy effeithlonrwydd digidol"))
                .addOwners(id("exec-resources")).addMilestones(milestone)
                .addProgress(ProgressUpdate.builder().period(period("2025/26 Q1")).status(ProgressStatus.AMBER)
                        .commentary(t("Slipped a month", "Llithro mis")).build())
                .addReferences(reference("D1")).extensions(extensions("deliverable"))
                .build();
        Priority priority = Priority.builder().id(id("p-1.1")).number(n("1.1"))
                .title(t("Modernise and digitise services", "Moderneiddio a digideiddio gwasanaethau"))
                .description(t("so they are accessible", "fel eu bod yn hygyrch"))
                .addOwners(id("exec-resources")).addDeliverables(deliverable)
                .addReferences(reference("P1")).extensions(extensions("priority"))
                .build();
        Priority objectivePriority = Priority.builder().id(id("p-1.2.1")).number(n("1.2.1"))
                .title(t("Balance the budget", "Cydbwyso'r gyllideb")).build();
        Objective objective = Objective.builder().id(id("ob-1.2")).number(n("1.2"))
                .title(t("Financial sustainability", "Cynaliadwyedd ariannol"))
                .description(t("over the medium term", "dros y tymor canolig"))
                .addOwners(id("exec-resources")).addPriorities(objectivePriority)
                .addReferences(reference("OB1")).extensions(extensions("objective"))
                .build();
        Theme theme = Theme.builder().id(id("enabling")).number(n("1")).name(t("Enabling", "Galluogi"))
                .description(t("Improving and enabling", "Gwella a galluogi"))
                .addOwners(id("exec-resources"))
                .outcomesLeadIn(t("Thurrock Council will have:", "Bydd gan Gyngor Thurrock:"))
                .addOutcomes(Outcome.builder().id(id("o-oversight")).number(n("1.a"))
                        .statement(t("robust internal oversight", "goruchwyliaeth fewnol gadarn"))
                        .addReferences(reference("O1")).extensions(extensions("outcome")).build())
                .addObjectives(objective)
                .addPriorities(priority)
                .addCommitments(Commitment.builder().id(id("c-access")).number(n("1.c"))
                        .text(t("Easier access to the council", "Mynediad haws i'r cyngor"))
                        .addReferences(reference("C1")).extensions(extensions("commitment")).build())
                .addReferences(reference("T1")).extensions(extensions("theme"))
                .build();
        Measure absolute = Measure.builder().id(id("kpi-1")).number(n("K1"))
                .name(t("Calls answered", "Galwadau a atebwyd")).description(t("within 60 seconds", "o fewn 60 eiliad"))
                .unit("%").direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_YEAR)
                .baseline(Observation.of(period("2024/25"), new BigDecimal("61.5")))
                .putTargets(period("2025/26"), new BigDecimal("70")).putTargets(period("2026/27"), new BigDecimal("75"))
                .putActuals(period("2025/26"), new BigDecimal("68.25"))
                .tolerance(Tolerance.absolute(new BigDecimal("2.5")))
                .source(t("Telephony system", "System deleffoni"))
                .addOwners(id("exec-resources"))
                .addReferences(reference("K1")).extensions(extensions("measure"))
                .build();
        Measure percent = Measure.builder().id(id("kpi-2")).name(Text.of("Days to pay invoices")).unit("days")
                .direction(Direction.LOWER_IS_BETTER).frequency(PeriodType.MONTH)
                .putTargets(period("2025-04"), new BigDecimal("30"))
                .tolerance(Tolerance.percentOfTarget(new BigDecimal("10"))).build();
        Owner owner = Owner.builder().id(id("exec-resources")).number(n("1"))
                .name(t("Executive Director of Resources", "Cyfarwyddwr Gweithredol Adnoddau"))
                .type(OwnerType.ROLE).holder("A. N. Other").addAccountableTo(id("cabinet"))
                .addReferences(reference("OW1")).extensions(extensions("owner"))
                .build();
        Owner cabinet = Owner.builder().id(id("cabinet")).name(Text.of("Cabinet")).type(OwnerType.COMMITTEE).build();
        return Plan.builder()
                .id(id("thurrock-2025"))
                .title(t("A fresh start for Thurrock", "Dechrau newydd i Thurrock"))
                .organisation(Organisation.builder().name(Text.of("Thurrock Council")).code("E06000034").build())
                .period(PeriodRange.of(period("2024"), period("2029")))
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.ADOPTED)
                        .adoptedOn(LocalDate.of(2025, 10, 22)).supersedes("2024").build())
                .addLanguages("en", "cy")
                .levelNames(LevelNames.builder().theme(t("Theme", "Thema")).objective(t("Objective", "Amcan"))
                        .outcome(t("Outcome", "Canlyniad")).priority(t("Priority", "Blaenoriaeth"))
                        .deliverable(t("Action", "Cam gweithredu")).commitment(t("Commitment", "Ymrwymiad")).build())
                .addStatements(Statement.builder().id(id("foreword")).number(n("1")).heading(t("Foreword", "Rhagair"))
                        .addParagraphs(t("Welcome to our plan.", "Croeso i'n cynllun."))
                        .addSignatories(Signatory.of("Councillor A Leader", t("Leader of the Council", "Arweinydd y Cyngor")))
                        .addReferences(reference("S1")).extensions(extensions("statement")).build())
                .purpose(Purpose.builder().introduction(t("Our purpose is to:", "Ein pwrpas yw:"))
                        .addStatements(t("serve residents", "gwasanaethu trigolion"))
                        .addApproaches(t("listening", "gwrando")).build())
                .addValues(SharedValue.builder().id(id("v-together")).number(n("1")).name(t("Together", "Gyda'n gilydd"))
                        .addBehaviours(t("demonstrating accountability", "dangos atebolrwydd"))
                        .addReferences(reference("V1")).extensions(extensions("value")).build())
                .addThemes(theme)
                .addMeasures(absolute, percent)
                .addOwners(owner, cabinet)
                .addPartners(Partner.builder().id(id("nhs")).number(n("1")).name(t("NHS", "GIG"))
                        .description(t("Health partners", "Partneriaid iechyd"))
                        .addReferences(reference("PA1")).extensions(extensions("partner")).build())
                .addLinks(Link.builder().from(id("kpi-1")).kind(LinkKind.EVIDENCES).to(id("d-1.1.1"))
                        .note(t("measures the deliverable", "mesur y cam")).build())
                .addReferences(reference("PLAN"))
                .extensions(extensions("plan"))
                .build();
    }
}
