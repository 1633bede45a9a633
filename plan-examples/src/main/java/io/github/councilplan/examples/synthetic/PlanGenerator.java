package io.github.councilplan.examples.synthetic;

import static io.github.councilplan.examples.synthetic.Vocabulary.pick;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.DatePrecision;
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
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run of the synthetic plan generator: draws every choice from one seeded {@link Random}, in
 * a fixed order, and builds the plan through the model's builders. Used once; not thread-safe.
 */
final class PlanGenerator {
    /** The plan covers the financial years 2025/26 to 2028/29. */
    private static final int FIRST_YEAR = 2025;
    private static final int YEARS = 4;
    /** Progress and actuals are reported for the first six quarters, to 30 September 2026. */
    private static final int REPORTED_QUARTERS = 6;
    private static final LocalDate REPORTED_TO = LocalDate.of(2026, 9, 30);
    /** The first and last months a deliverable may end in: the plan's own months. */
    private static final int FIRST_MONTH = FIRST_YEAR * 12 + 3;
    private static final int LAST_MONTH = (FIRST_YEAR + YEARS) * 12 + 2;
    private static final String LETTERS = "ABCDEFGH";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How a theme holds its work, in the proportions real plans have it. */
    private enum Shape {
        /** Priorities of deliverables, the common shape. */
        PRIORITIES,
        /** Strategic objectives with lettered priorities of deliverables. */
        OBJECTIVES,
        /** Titled pledges straight under the theme. */
        PLEDGES
    }

    /** The kinds of measure, as councils report them. */
    private enum MeasureKind {
        /** Quarterly targets and actuals. */
        QUARTERLY,
        /** An annual target for each year, with quarterly actuals. */
        ANNUAL_TARGET_QUARTERLY_ACTUALS,
        /** Annual targets and actuals. */
        ANNUAL,
        /** One target over the whole plan, and a running total as at a date. */
        CUMULATIVE,
        /** A named aim with no unit, direction or frequency, its target and actual in words. */
        QUALITATIVE
    }

    private final int deliverableCount;
    private final long seed;
    private final Random random;
    private final PeriodRange period = PeriodRange.of(ReportingPeriod.financialYear(FIRST_YEAR),
            ReportingPeriod.financialYear(FIRST_YEAR + YEARS - 1));
    private final List<ReportingPeriod> quarters = new ArrayList<>();
    private final String place;
    private final String slug;
    private final String title;

    private final List<Owner> owners = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<SharedValue> values = new ArrayList<>();
    private final List<Principle> principles = new ArrayList<>();
    private final Set<ElementId> reflectedPrinciples = new HashSet<>();
    private final List<Link> links = new ArrayList<>();
    /** By theme index: the theme's directorate, portfolio and heads of service. */
    private final List<ElementId> directorates = new ArrayList<>();
    private final List<ElementId> portfolios = new ArrayList<>();
    private final List<List<ElementId>> headsOfService = new ArrayList<>();
    /** By theme index: the ids of its outcomes and of its deliverables. */
    private final List<List<ElementId>> outcomes = new ArrayList<>();
    private final List<List<ElementId>> deliverables = new ArrayList<>();
    private boolean anyObjectives;

    PlanGenerator(int deliverableCount, long seed) {
        this.deliverableCount = deliverableCount;
        this.seed = seed;
        this.random = new Random(seed);
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                quarters.add(ReportingPeriod.financialQuarter(year, quarter));
            }
        }
        this.place = pick(random, Vocabulary.PLACES);
        this.slug = place.toLowerCase(Locale.ROOT).replace(' ', '-');
        this.title = pick(random, List.of("Our plan for ", "Building a better ", "Ambitious for ")) + place;
    }

    Plan plan() {
        List<Integer> groups = groupSizes();
        int themeCount = Math.max(3, Math.min(8, (deliverableCount + 15) / 16));
        addValues();
        addPrinciples();
        addOwners(themeCount);
        addPartners();
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < themeCount; t++) {
            int from = t * groups.size() / themeCount;
            int to = (t + 1) * groups.size() / themeCount;
            themes.add(theme(t, groups.subList(from, to)));
        }
        List<Measure> measures = measures(themeCount);
        addPartnerLinks();
        reflectEveryPrinciple(themes.get(0).id());
        Plan.Builder plan = Plan.builder()
                .id(ElementId.of(slug + "-corporate-plan"))
                .title(text(title))
                .organisation(Organisation.builder().name(text(place + " Council"))
                        .code(String.format(Locale.ROOT, "E0%07d", random.nextInt(10_000_000))).build())
                .period(period)
                .published(PlanDate.parse("2025-03"))
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.ADOPTED)
                        .adoptedOn(LocalDate.of(2025, 3, 12))
                        .decision(Decision.builder().body(text("Full Council")).date(LocalDate.of(2025, 3, 12))
                                .reference("Minute " + (10 + random.nextInt(90))).build())
                        .supersedes("2024 first edition").build())
                .addLanguages("en")
                .addOverseenBy(id("own-leadership-team"))
                .vision(vision())
                .putLeadIns("values", text("Our values are:"))
                .putLeadIns("principles", text("These principles run through everything we do:"))
                .putLeadIns("themes", text("Our plan has " + themeCount + " themes:"))
                .addStatements(foreword())
                .purpose(purpose())
                .values(values)
                .principles(principles)
                .themes(themes)
                .measures(measures)
                .owners(owners)
                .partners(partners)
                .links(links)
                .addReferences(ExternalReference.builder().system("website")
                        .uri(URI.create("https://example.org/" + slug + "/corporate-plan"))
                        .title(text("The plan on the council's website")).build())
                .extensions(Extensions.of(NODES.objectNode()
                        .put("synthetic", true)
                        .put("description", "A synthetic plan of an invented council, generated by councilplan's "
                                + "SyntheticPlans; its words, people and figures are made up.")
                        .put("deliverables", deliverableCount)
                        .put("seed", seed)));
        if (anyObjectives) {
            plan.levelNames(LevelNames.builder().objective(text("Strategic objective")).build());
        }
        return plan.build();
    }

    /** Splits the deliverables into groups of three to five (the last may have fewer). */
    private List<Integer> groupSizes() {
        List<Integer> sizes = new ArrayList<>();
        int remaining = deliverableCount;
        while (remaining > 0) {
            int size = Math.min(remaining, 3 + random.nextInt(3));
            sizes.add(size);
            remaining -= size;
        }
        return sizes;
    }

    private void addValues() {
        List<String> names = new ArrayList<>(Vocabulary.VALUES);
        int count = 3 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            String name = names.remove(random.nextInt(names.size()));
            SharedValue.Builder value = SharedValue.builder().id(id("v-" + i)).number(number(i)).name(text(name))
                    .putLeadIns("behaviours", text("We show this when:"));
            int behaviours = 1 + random.nextInt(2);
            for (int b = 0; b < behaviours; b++) {
                value.addBehaviours(text(pick(random, Vocabulary.BEHAVIOURS)));
            }
            values.add(value.build());
        }
    }

    private void addPrinciples() {
        List<String> names = new ArrayList<>(Vocabulary.PRINCIPLES);
        int count = 2 + random.nextInt(2);
        for (int i = 1; i <= count; i++) {
            principles.add(Principle.builder().id(id("pr-" + i))
                    .name(text(names.remove(random.nextInt(names.size()))))
                    .description(text(pick(random, Vocabulary.PRINCIPLE_DESCRIPTIONS))).build());
        }
    }

    /** Adds a link from {@code from} reflecting a principle drawn at random. */
    private void reflectAPrinciple(ElementId from) {
        ElementId principle = pick(random, principles).id();
        reflectedPrinciples.add(principle);
        links.add(Link.of(from, LinkKind.REFLECTS, principle));
    }

    /** Makes the first theme reflect each principle nothing has reflected, so none is left out. */
    private void reflectEveryPrinciple(ElementId firstTheme) {
        Set<ElementId> byFirstTheme = new HashSet<>();
        for (Link link : links) {
            if (link.from().equals(firstTheme) && link.kind() == LinkKind.REFLECTS) {
                byFirstTheme.add(link.to());
            }
        }
        for (Principle principle : principles) {
            if (!reflectedPrinciples.contains(principle.id()) && !byFirstTheme.contains(principle.id())) {
                links.add(Link.of(firstTheme, LinkKind.REFLECTS, principle.id()));
            }
        }
    }

    private void addOwners(int themeCount) {
        ElementId cabinet = id("own-cabinet");
        ElementId scrutiny = id("own-scrutiny");
        ElementId chiefExecutive = id("own-chief-executive");
        ElementId leadership = id("own-leadership-team");
        owners.add(owner(cabinet, "Cabinet", OwnerType.COMMITTEE, null));
        owners.add(owner(scrutiny, "Corporate Overview and Scrutiny Committee", OwnerType.COMMITTEE, null));
        owners.add(owner(chiefExecutive, "Chief Executive", OwnerType.ROLE, Vocabulary.person(random),
                cabinet, scrutiny));
        owners.add(owner(leadership, "Corporate Leadership Team", OwnerType.TEAM, null, chiefExecutive));
        for (int t = 1; t <= themeCount; t++) {
            directorates.add(id("own-dir-" + t));
            portfolios.add(id("own-portfolio-" + t));
            headsOfService.add(new ArrayList<>());
            owners.add(owner(directorates.get(t - 1), pick(random, Vocabulary.SERVICE_AREAS) + " Directorate",
                    OwnerType.DIRECTORATE, null, leadership));
            owners.add(owner(portfolios.get(t - 1), "Cabinet Member for " + pick(random, Vocabulary.SERVICE_AREAS),
                    OwnerType.PORTFOLIO, "Councillor " + Vocabulary.person(random), cabinet));
        }
        int heads = Math.max(themeCount, (deliverableCount + 5) / 6);
        for (int h = 1; h <= heads; h++) {
            int theme = (h - 1) % themeCount;
            ElementId head = id("own-hos-" + h);
            headsOfService.get(theme).add(head);
            owners.add(owner(head, "Head of " + pick(random, Vocabulary.SERVICE_AREAS), OwnerType.ROLE,
                    Vocabulary.person(random), directorates.get(theme)));
        }
    }

    private static Owner owner(ElementId id, String name, OwnerType type, String holder, ElementId... accountableTo) {
        Owner.Builder owner = Owner.builder().id(id).name(text(name)).type(type).addAccountableTo(accountableTo);
        if (holder != null) {
            owner.holder(holder);
        }
        return owner.build();
    }

    private void addPartners() {
        int count = Math.max(3, deliverableCount / 20);
        for (int i = 1; i <= count; i++) {
            String name = pick(random, Vocabulary.PLACES) + " " + pick(random, Vocabulary.PARTNER_KINDS);
            Partner.Builder partner = Partner.builder().id(id("pt-" + i)).name(text(name));
            if (random.nextInt(3) == 0) {
                partner.description(text("A partner of the council in " + place + "."));
            }
            partners.add(partner.build());
        }
    }

    private Statement vision() {
        return Statement.builder().id(id("s-vision")).heading(text("Our vision"))
                .addBody(Block.paragraph(text("A " + place + " where everyone can " + pick(random, List.of(
                        "live a healthy, independent life", "find a good home and a good job",
                        "be proud of where they live")) + ".")))
                .build();
    }

    private Statement foreword() {
        List<String> promises = new ArrayList<>(Vocabulary.PROMISES);
        List<Text> bullets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bullets.add(text(promises.remove(random.nextInt(promises.size()))));
        }
        Statement.Builder foreword = Statement.builder().id(id("s-foreword")).heading(text("Foreword"))
                .addBody(Block.paragraph(text("This plan sets out what " + place + " Council will do over the next"
                        + " four years, and how residents can hold us to account for it.")))
                .addBody(Block.paragraph(text("Over the next four years we will:")))
                .addBody(Block.bullets(bullets))
                .addBody(Block.paragraph(text("It was shaped by what thousands of residents, businesses and partners"
                        + " told us, and we will report our progress against it every quarter.")))
                .addSignatories(Signatory.of("Councillor " + Vocabulary.person(random), text("Leader of the Council")));
        // some forewords name the chief executive without a role
        String chiefExecutive = Vocabulary.person(random);
        foreword.addSignatories(random.nextInt(4) == 0 ? Signatory.of(chiefExecutive)
                : Signatory.of(chiefExecutive, text("Chief Executive")));
        return foreword.build();
    }

    private Purpose purpose() {
        return Purpose.builder()
                .introduction(text("The council exists to serve the people of " + place + ". Our purpose is to:"))
                .putLeadIns("approaches", text("We will do this by:"))
                .addStatements(text("improve the lives of residents, now and in the future"))
                .addStatements(text("spend public money wisely and openly"))
                .addApproaches(text("listening to residents"), text("working with partners"),
                        text("preventing problems before they arise"))
                .build();
    }

    /** Draws how a theme holds its work: pledges in about 3 themes in 20, objectives in 3, priorities else. */
    private Shape shape(List<Integer> groups) {
        int roll = random.nextInt(20);
        if (groups.isEmpty()) {
            return Shape.PRIORITIES;
        }
        return roll < 3 ? Shape.PLEDGES : roll < 6 ? Shape.OBJECTIVES : Shape.PRIORITIES;
    }

    private Theme theme(int index, List<Integer> groups) {
        int t = index + 1;
        ElementId themeId = id("t-" + t);
        Shape shape = shape(groups);
        Theme.Builder theme = Theme.builder().id(themeId).number(number(t))
                .name(text(Vocabulary.THEMES.get((index + Math.floorMod(seed, 4)) % Vocabulary.THEMES.size())))
                .description(text(pick(random, Vocabulary.THEME_DESCRIPTIONS)))
                .addOwners(directorates.get(index))
                .putLeadIns("outcomes", text("By 2029, " + place + " will have:"));
        List<ElementId> themeOutcomes = new ArrayList<>();
        outcomes.add(themeOutcomes);
        int outcomeCount = 8 + random.nextInt(5);
        for (int o = 1; o <= outcomeCount; o++) {
            Outcome.Builder outcome = Outcome.builder().id(id("o-" + t + "-" + o));
            if (index == 0 && o == outcomeCount) {
                // an ambition past the plan's end, as real plans have them
                outcome.statement(text("a net zero council")).by(PlanDate.parse("2030")).longTerm(true);
            } else {
                outcome.statement(text(Vocabulary.outcomeStatement(random)));
                if (random.nextInt(8) == 0) {
                    outcome.by(PlanDate.parse(Integer.toString(FIRST_YEAR + 1 + random.nextInt(3))));
                }
            }
            themeOutcomes.add(outcome.build().id());
            theme.addOutcomes(outcome.build());
        }
        List<ElementId> themeDeliverables = new ArrayList<>();
        deliverables.add(themeDeliverables);
        switch (shape) {
            case PLEDGES:
                theme.levelNames(LevelNames.builder().deliverable(text("Pledge")).build())
                        .putLeadIns("deliverables", text("Our pledges:"));
                int pledge = 1;
                for (int size : groups) {
                    for (int d = 0; d < size; d++, pledge++) {
                        theme.addDeliverables(deliverable(index, "d-" + t + "." + pledge, t + "." + pledge, true));
                    }
                }
                break;
            case OBJECTIVES:
                anyObjectives = true;
                theme.putLeadIns("objectives", text("Our strategic objectives are:"));
                for (int from = 0, o = 1; from < groups.size(); o++) {
                    int to = Math.min(groups.size(), from + 2 + random.nextInt(2));
                    theme.addObjectives(objective(index, t + "." + o, groups.subList(from, to)));
                    from = to;
                }
                break;
            default:
                if (random.nextBoolean() && !groups.isEmpty()) {
                    theme.putLeadIns("priorities", text("Our priorities are:"));
                }
                for (int p = 0; p < groups.size(); p++) {
                    String number = t + "." + (p + 1);
                    theme.addPriorities(priority(index, "p-" + number, number, "d-" + number + ".", number + ".",
                            groups.get(p)));
                }
                break;
        }
        int commitmentCount = 2 + random.nextInt(3);
        for (int c = 1; c <= commitmentCount; c++) {
            ElementId commitment = id("c-" + t + "-" + c);
            theme.addCommitments(Commitment.of(commitment, text(Vocabulary.commitment(random))));
            links.add(Link.of(commitment, LinkKind.ILLUSTRATES, pick(random, themeOutcomes)));
        }
        if (random.nextInt(4) == 0) {
            theme.addLists(list("l-" + t, "We will measure success by:", Vocabulary.SUCCESS_MEASURES, 3));
        }
        links.add(Link.of(themeId, LinkKind.REFLECTS, pick(random, values).id()));
        if (random.nextBoolean()) {
            reflectAPrinciple(themeId);
        }
        return theme.build();
    }

    /** A list of {@code minimum} to {@code minimum + 1} distinct items drawn from {@code choices}. */
    private ItemList list(String listId, String listTitle, List<String> choices, int minimum) {
        List<String> left = new ArrayList<>(choices);
        ItemList.Builder list = ItemList.builder().id(id(listId)).title(text(listTitle));
        int count = minimum + random.nextInt(2);
        for (int i = 1; i <= count; i++) {
            list.addItems(ListItem.of(id(listId + "-" + i), text(left.remove(random.nextInt(left.size())))));
        }
        return list.build();
    }

    private Objective objective(int themeIndex, String number, List<Integer> groups) {
        String objectiveId = "so-" + number;
        Objective.Builder objective = Objective.builder().id(id(objectiveId)).number(DisplayNumber.of(number))
                .title(text(pick(random, Vocabulary.OBJECTIVES)))
                .addOwners(directorates.get(themeIndex))
                .putLeadIns("priorities", text("We will:"));
        for (int p = 0; p < groups.size(); p++) {
            String letter = String.valueOf(LETTERS.charAt(p));
            objective.addPriorities(priority(themeIndex, "p-" + number + "-" + letter, letter,
                    "d-" + number + "-" + letter + ".", letter + ".", groups.get(p)));
        }
        return objective.build();
    }

    /**
     * A priority and its deliverables: {@code deliverableIds} and {@code deliverableNumbers} are
     * the prefixes of its deliverables' ids and numbers.
     */
    private Priority priority(int themeIndex, String priorityId, String number, String deliverableIds,
            String deliverableNumbers, int deliverableTotal) {
        Priority.Builder priority = Priority.builder().id(id(priorityId)).number(DisplayNumber.of(number))
                .title(text(Vocabulary.priorityTitle(random)))
                .addOwners(portfolios.get(themeIndex));
        if (random.nextInt(3) == 0) {
            priority.description(text("What we will do to " + Vocabulary.priorityTitle(random).toLowerCase(Locale.ROOT)
                    + "."));
        }
        ElementId ownOutcome = null;
        if (random.nextInt(5) == 0) {
            ownOutcome = id("o-" + priorityId.substring(2));
            priority.addOutcomes(Outcome.of(ownOutcome, text(Vocabulary.outcomeStatement(random))));
        }
        for (int d = 1; d <= deliverableTotal; d++) {
            Deliverable deliverable = deliverable(themeIndex, deliverableIds + d, deliverableNumbers + d, false);
            if (d == 1 && ownOutcome != null) {
                // the priority's own outcome is served by its first deliverable
                links.add(Link.of(deliverable.id(), LinkKind.CONTRIBUTES_TO, ownOutcome));
            }
            priority.addDeliverables(deliverable);
        }
        if (random.nextInt(8) == 0) {
            priority.addLists(list("l-" + priorityId.substring(2), "What we will need to do well is:",
                    Vocabulary.DO_WELL, 2));
        }
        if (random.nextInt(10) < 3) {
            links.add(Link.of(id(priorityId), LinkKind.REFLECTS, pick(random, values).id()));
        }
        return priority.build();
    }

    private Deliverable deliverable(int themeIndex, String idText, String number, boolean pledge) {
        ElementId deliverableId = id(idText);
        deliverables.get(themeIndex).add(deliverableId);
        String words = Vocabulary.deliverableTitle(random);
        Deliverable.Builder deliverable = Deliverable.builder().id(deliverableId).number(DisplayNumber.of(number))
                .addOwners(pick(random, headsOfService.get(themeIndex)));
        if (random.nextInt(2) == 0) {
            deliverable.description(text(Vocabulary.deliverableDescription(random)));
        }
        if (random.nextInt(10) < 3) {
            deliverable.addOwners(directorates.get(themeIndex));
        }
        int milestoneCount = random.nextInt(4);
        LocalDate due = period.startDate();
        LocalDate lastDue = null;
        for (int m = 1; m <= milestoneCount; m++) {
            due = due.plusDays(30 + random.nextInt(400));
            if (due.isAfter(period.endDate())) {
                break;
            }
            deliverable.addMilestones(milestone("ms-" + idText.substring(2) + "." + m, number + "." + m, due));
            lastDue = due;
        }
        PlanDate end;
        if (random.nextInt(40) == 0) {
            // work that runs past the plan, and says so
            end = PlanDate.parse("2030");
            deliverable.longTerm(true);
        } else {
            int first = lastDue == null ? FIRST_MONTH + 2 : lastDue.getYear() * 12 + lastDue.getMonthValue() - 1;
            int month = first + random.nextInt(LAST_MONTH - first + 1);
            end = PlanDate.of(ReportingPeriod.month(YearMonth.of(month / 12, month % 12 + 1)));
        }
        deliverable.end(end);
        if (random.nextInt(4) == 0) {
            deliverable.start(PlanDate.of(quarters.get(0)));
        }
        deliverable.title(text(pledge ? "We will " + Character.toLowerCase(words.charAt(0)) + words.substring(1)
                + (end.precision() == DatePrecision.MONTH
                        ? " by " + end.endDate().getYear() : "") : words));
        if (random.nextInt(12) == 0) {
            deliverable.addOutcomes(Outcome.of(id("o-" + idText.substring(2)), text(Vocabulary.outcomeStatement(random))));
        }
        int start = random.nextInt(3);
        for (int q = start; q < REPORTED_QUARTERS; q++) {
            ProgressUpdate.Builder update = ProgressUpdate.builder().period(quarters.get(q)).status(progress(q - start));
            if (random.nextInt(10) < 4) {
                update.commentary(text(Vocabulary.commentary(random)));
            }
            deliverable.addProgress(update.build());
        }
        if (random.nextInt(5) == 0) {
            deliverable.addReferences(ExternalReference.of("pentana",
                    String.format(Locale.ROOT, "PRJ-%05d", random.nextInt(100_000))));
        }
        if (random.nextInt(25) == 0) {
            deliverable.provenance(Provenance.builder().document(text(title))
                    .page(Integer.toString(4 + random.nextInt(30))).build());
        }
        if (random.nextInt(50) == 0) {
            deliverable.addOtherNames(AlternativeName.of(text(Vocabulary.deliverableTitle(random)),
                    text("Its name in the 2024 first edition.")));
        }
        if (random.nextInt(10) == 0) {
            deliverable.extensions(Extensions.of(NODES.objectNode().set("budget", NODES.objectNode()
                    .put("capital", 10_000L * (1 + random.nextInt(500))).put("currency", "GBP"))));
        }
        List<ElementId> themeOutcomes = outcomes.get(themeIndex);
        ElementId outcome = pick(random, themeOutcomes);
        links.add(Link.of(deliverableId, LinkKind.CONTRIBUTES_TO, outcome));
        if (random.nextInt(5) == 0) {
            List<ElementId> other = outcomes.get(random.nextInt(outcomes.size()));
            ElementId second = pick(random, other);
            if (!second.equals(outcome)) {
                links.add(Link.builder().from(deliverableId).kind(LinkKind.CONTRIBUTES_TO).to(second)
                        .note(text("Also helps towards this outcome.")).build());
            }
        }
        if (random.nextInt(4) == 0) {
            links.add(Link.of(deliverableId, LinkKind.INVOLVES, pick(random, partners).id()));
        }
        if (random.nextInt(7) == 0) {
            links.add(Link.of(deliverableId, LinkKind.REFLECTS, pick(random, values).id()));
        }
        if (random.nextInt(10) == 0) {
            reflectAPrinciple(deliverableId);
        }
        return deliverable.build();
    }

    /** The status of a deliverable's {@code n}th update since it started. */
    private ProgressStatus progress(int n) {
        int roll = random.nextInt(20);
        if (n == 0 && roll < 4) {
            return ProgressStatus.NOT_STARTED;
        }
        if (roll < 12) {
            return ProgressStatus.GREEN;
        }
        if (roll < 16) {
            return ProgressStatus.AMBER;
        }
        if (roll < 18) {
            return ProgressStatus.RED;
        }
        return roll < 19 ? ProgressStatus.ON_HOLD : ProgressStatus.COMPLETE;
    }

    private Milestone milestone(String idText, String number, LocalDate due) {
        ElementId milestoneId = id(idText);
        Milestone.Builder milestone = Milestone.builder().id(milestoneId).number(DisplayNumber.of(number))
                .title(text(Vocabulary.milestone(random))).due(due);
        if (!due.isAfter(REPORTED_TO)) {
            if (random.nextInt(4) > 0) {
                LocalDate achieved = due.minusDays(random.nextInt(21));
                milestone.achieved(achieved.isBefore(period.startDate()) ? period.startDate() : achieved)
                        .status(ProgressStatus.COMPLETE);
            } else {
                LocalDate forecast = REPORTED_TO.plusDays(30 + random.nextInt(270));
                milestone.forecast(forecast).status(random.nextBoolean() ? ProgressStatus.AMBER : ProgressStatus.RED);
            }
        } else if (random.nextInt(3) > 0) {
            milestone.status(random.nextBoolean() ? ProgressStatus.NOT_STARTED : ProgressStatus.GREEN);
        }
        if (random.nextInt(20) == 0) {
            links.add(Link.of(milestoneId, LinkKind.INVOLVES, pick(random, partners).id()));
        }
        return milestone.build();
    }

    private List<Measure> measures(int themeCount) {
        List<Measure> measures = new ArrayList<>();
        int count = Math.max(3, deliverableCount / 2);
        for (int i = 1; i <= count; i++) {
            int theme = (i - 1) % themeCount;
            measures.add(measure(i, theme));
        }
        return measures;
    }

    private static MeasureKind measureKind(int roll) {
        if (roll < 12) {
            return MeasureKind.QUARTERLY;
        }
        if (roll < 15) {
            return MeasureKind.ANNUAL_TARGET_QUARTERLY_ACTUALS;
        }
        if (roll < 17) {
            return MeasureKind.ANNUAL;
        }
        return roll < 19 ? MeasureKind.CUMULATIVE : MeasureKind.QUALITATIVE;
    }

    private Measure measure(int n, int theme) {
        ElementId measureId = id("kpi-" + n);
        MeasureKind kind = measureKind(random.nextInt(20));
        Measure.Builder measure = Measure.builder().id(measureId).number(DisplayNumber.of("KPI" + n))
                .source(text(Vocabulary.source(random)))
                .addOwners(pick(random, headsOfService.get(theme)));
        if (kind == MeasureKind.QUALITATIVE) {
            measure.name(text("Residents say " + Vocabulary.outcomeStatement(random) + " are getting better"))
                    .addTargets(Target.builder().text(text("More residents than in 2024 say so")).build())
                    .addActuals(Observation.builder().period(ReportingPeriod.financialYear(FIRST_YEAR))
                            .text(text(pick(random, List.of("About the same as in 2024.",
                                    "Slightly more than in 2024.", "Fewer than in 2024."))))
                            .build());
        } else {
            numeric(measure, kind);
        }
        if (random.nextInt(10) < 3) {
            measure.addReferences(ExternalReference.builder().system("pentana").key("KPI-" + n)
                    .uri(URI.create("https://example.org/" + slug + "/pentana/KPI-" + n)).build());
        }
        links.add(Link.of(measureId, LinkKind.EVIDENCES, pick(random, outcomes.get(theme))));
        List<ElementId> themeDeliverables = deliverables.get(theme);
        if (!themeDeliverables.isEmpty() && random.nextInt(10) < 6) {
            links.add(Link.of(measureId, LinkKind.EVIDENCES, pick(random, themeDeliverables)));
        }
        return measure.build();
    }

    /** The name, unit, direction, baseline, targets, actuals and tolerance of a numeric measure. */
    private void numeric(Measure.Builder measure, MeasureKind kind) {
        String unit = pick(random, Vocabulary.UNITS);
        Direction direction = pick(random, List.of(Direction.values()));
        int scale = unit.equals("%") ? 1000 : 10 * (10 + random.nextInt(5000));
        long baseline = scale / 4 + random.nextInt(Math.max(1, scale / 2));
        long step = Math.max(1, scale / 200);
        measure.name(text(Vocabulary.measureName(random))).unit(unit).direction(direction)
                .baseline(Observation.of(ReportingPeriod.financialYear(FIRST_YEAR - 1), tenths(baseline)));
        if (kind == MeasureKind.CUMULATIVE) {
            long total = step * (40 + random.nextInt(60));
            measure.addTargets(Target.builder().value(tenths(total))
                    .text(text(tenths(total).toPlainString() + " " + unit + " over the plan")).build())
                    .addActuals(Observation.asAt(REPORTED_TO, tenths(total * (20 + random.nextInt(30)) / 100)));
        } else {
            measure.frequency(kind == MeasureKind.ANNUAL ? PeriodType.FINANCIAL_YEAR : PeriodType.FINANCIAL_QUARTER);
            long target = baseline;
            for (int q = 0; q < quarters.size(); q++) {
                if (direction == Direction.HIGHER_IS_BETTER) {
                    target += step;
                } else if (direction == Direction.LOWER_IS_BETTER) {
                    target = Math.max(0, target - step);
                }
                ReportingPeriod quarter = quarters.get(q);
                boolean yearEnd = q % 4 == 3;
                if (kind == MeasureKind.QUARTERLY) {
                    measure.putTargets(quarter, tenths(target));
                } else if (yearEnd) {
                    measure.putTargets(ReportingPeriod.financialYear(FIRST_YEAR + q / 4), tenths(target));
                }
                long actual = Math.max(0, target + (random.nextInt(9) - 5) * step);
                if (kind == MeasureKind.ANNUAL ? yearEnd && quarter.endDate().isBefore(REPORTED_TO)
                        : q < REPORTED_QUARTERS) {
                    measure.putActuals(kind == MeasureKind.ANNUAL ? ReportingPeriod.financialYear(FIRST_YEAR + q / 4)
                            : quarter, tenths(actual));
                }
            }
        }
        measure.tolerance(random.nextBoolean() ? Tolerance.percentOfTarget(BigDecimal.valueOf(5))
                : Tolerance.absolute(tenths(step * 2)));
    }

    /** A tenth of the partners contribute to a deliverable directly. */
    private void addPartnerLinks() {
        List<ElementId> all = new ArrayList<>();
        deliverables.forEach(all::addAll);
        for (Partner partner : partners) {
            if (random.nextInt(10) == 0 && !all.isEmpty()) {
                links.add(Link.of(partner.id(), LinkKind.CONTRIBUTES_TO, pick(random, all)));
            }
        }
    }

    private static BigDecimal tenths(long value) {
        return BigDecimal.valueOf(value, 1);
    }

    private static ElementId id(String value) {
        return ElementId.of(value);
    }

    private static DisplayNumber number(int value) {
        return DisplayNumber.of(Integer.toString(value));
    }

    private static Text text(String value) {
        return Text.of(value);
    }
}
