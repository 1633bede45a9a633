package io.github.councilplan.examples.synthetic;

import static io.github.councilplan.examples.synthetic.Vocabulary.pick;

import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int deliverableCount;
    private final long seed;
    private final Random random;
    private final PeriodRange period = PeriodRange.of(ReportingPeriod.financialYear(FIRST_YEAR),
            ReportingPeriod.financialYear(FIRST_YEAR + YEARS - 1));
    private final List<ReportingPeriod> quarters = new ArrayList<>();
    private final String place;
    private final String slug;

    private final List<Owner> owners = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<SharedValue> values = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    /** By theme index: the theme's directorate, portfolio and heads of service. */
    private final List<ElementId> directorates = new ArrayList<>();
    private final List<ElementId> portfolios = new ArrayList<>();
    private final List<List<ElementId>> headsOfService = new ArrayList<>();
    /** By theme index: the ids of its outcomes and of its deliverables. */
    private final List<List<ElementId>> outcomes = new ArrayList<>();
    private final List<List<ElementId>> deliverables = new ArrayList<>();

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
    }

    Plan plan() {
        List<Integer> priorities = prioritySizes();
        int themeCount = Math.max(3, Math.min(8, (deliverableCount + 15) / 16));
        addValues();
        addOwners(themeCount);
        addPartners();
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < themeCount; t++) {
            int from = t * priorities.size() / themeCount;
            int to = (t + 1) * priorities.size() / themeCount;
            themes.add(theme(t, priorities.subList(from, to)));
        }
        List<Measure> measures = measures(themeCount);
        addPartnerLinks();
        return Plan.builder()
                .id(ElementId.of(slug + "-corporate-plan"))
                .title(text(pick(random, List.of("Our plan for ", "Building a better ", "Ambitious for "))
                        + place))
                .organisation(Organisation.builder().name(text(place + " Council"))
                        .code(String.format(Locale.ROOT, "E0%07d", random.nextInt(10_000_000))).build())
                .period(period)
                .edition(Edition.builder().name("2025 refresh").status(EditionStatus.ADOPTED)
                        .adoptedOn(LocalDate.of(2025, 3, 12)).supersedes("2024 first edition").build())
                .addLanguages("en")
                .addStatements(foreword())
                .purpose(purpose())
                .values(values)
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
                        .put("seed", seed)))
                .build();
    }

    /** Splits the deliverables into priorities of three to five (the last may have fewer). */
    private List<Integer> prioritySizes() {
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
            SharedValue.Builder value = SharedValue.builder().id(id("v-" + i)).number(number(i)).name(text(name));
            int behaviours = 1 + random.nextInt(2);
            for (int b = 0; b < behaviours; b++) {
                value.addBehaviours(text(pick(random, Vocabulary.BEHAVIOURS)));
            }
            values.add(value.build());
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

    private Statement foreword() {
        return Statement.builder().id(id("s-foreword")).heading(text("Foreword"))
                .addParagraphs(text("This plan sets out what " + place + " Council will do over the next four years,"
                        + " and how residents can hold us to account for it."))
                .addParagraphs(text("It was shaped by what thousands of residents, businesses and partners told us,"
                        + " and we will report our progress against it every quarter."))
                .addSignatories(Signatory.of("Councillor " + Vocabulary.person(random), text("Leader of the Council")))
                .addSignatories(Signatory.of(Vocabulary.person(random), text("Chief Executive")))
                .build();
    }

    private Purpose purpose() {
        return Purpose.builder()
                .introduction(text("The council exists to serve the people of " + place + ". Our purpose is to:"))
                .addStatements(text("improve the lives of residents, now and in the future"))
                .addStatements(text("spend public money wisely and openly"))
                .addApproaches(text("listening to residents"), text("working with partners"),
                        text("preventing problems before they arise"))
                .build();
    }

    private Theme theme(int index, List<Integer> prioritySizes) {
        int t = index + 1;
        ElementId themeId = id("t-" + t);
        Theme.Builder theme = Theme.builder().id(themeId).number(number(t))
                .name(text(Vocabulary.THEMES.get((index + Math.floorMod(seed, 4)) % Vocabulary.THEMES.size())))
                .description(text(pick(random, Vocabulary.THEME_DESCRIPTIONS)))
                .addOwners(directorates.get(index))
                .outcomesLeadIn(text("By 2029, " + place + " will have:"));
        List<ElementId> themeOutcomes = new ArrayList<>();
        outcomes.add(themeOutcomes);
        int outcomeCount = 8 + random.nextInt(5);
        for (int o = 1; o <= outcomeCount; o++) {
            Outcome outcome = Outcome.of(id("o-" + t + "-" + o), text(Vocabulary.outcomeStatement(random)));
            themeOutcomes.add(outcome.id());
            theme.addOutcomes(outcome);
        }
        List<ElementId> themeDeliverables = new ArrayList<>();
        deliverables.add(themeDeliverables);
        for (int p = 0; p < prioritySizes.size(); p++) {
            theme.addPriorities(priority(index, p + 1, prioritySizes.get(p)));
        }
        int commitmentCount = 2 + random.nextInt(3);
        for (int c = 1; c <= commitmentCount; c++) {
            ElementId commitment = id("c-" + t + "-" + c);
            theme.addCommitments(Commitment.of(commitment, text(Vocabulary.commitment(random))));
            links.add(Link.of(commitment, LinkKind.ILLUSTRATES, pick(random, themeOutcomes)));
        }
        links.add(Link.of(themeId, LinkKind.REFLECTS, pick(random, values).id()));
        return theme.build();
    }

    private Priority priority(int themeIndex, int p, int deliverableTotal) {
        String number = (themeIndex + 1) + "." + p;
        ElementId priorityId = id("p-" + number);
        Priority.Builder priority = Priority.builder().id(priorityId).number(DisplayNumber.of(number))
                .title(text(Vocabulary.priorityTitle(random)))
                .addOwners(portfolios.get(themeIndex));
        if (random.nextInt(3) == 0) {
            priority.description(text("What we will do to " + Vocabulary.priorityTitle(random).toLowerCase(Locale.ROOT)
                    + "."));
        }
        for (int d = 1; d <= deliverableTotal; d++) {
            priority.addDeliverables(deliverable(themeIndex, number + "." + d));
        }
        if (random.nextInt(10) < 3) {
            links.add(Link.of(priorityId, LinkKind.REFLECTS, pick(random, values).id()));
        }
        return priority.build();
    }

    private Deliverable deliverable(int themeIndex, String number) {
        ElementId deliverableId = id("d-" + number);
        deliverables.get(themeIndex).add(deliverableId);
        Deliverable.Builder deliverable = Deliverable.builder().id(deliverableId).number(DisplayNumber.of(number))
                .title(text(Vocabulary.deliverableTitle(random)))
                .addOwners(pick(random, headsOfService.get(themeIndex)));
        if (random.nextInt(2) == 0) {
            deliverable.description(text(Vocabulary.deliverableDescription(random)));
        }
        if (random.nextInt(10) < 3) {
            deliverable.addOwners(directorates.get(themeIndex));
        }
        int milestoneCount = random.nextInt(4);
        LocalDate due = period.startDate();
        for (int m = 1; m <= milestoneCount; m++) {
            due = due.plusDays(30 + random.nextInt(400));
            if (due.isAfter(period.endDate())) {
                break;
            }
            deliverable.addMilestones(milestone(number + "." + m, due));
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

    private Milestone milestone(String number, LocalDate due) {
        ElementId milestoneId = id("ms-" + number);
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

    private Measure measure(int n, int theme) {
        ElementId measureId = id("kpi-" + n);
        String unit = pick(random, Vocabulary.UNITS);
        Direction direction = pick(random, List.of(Direction.values()));
        int scale = unit.equals("%") ? 1000 : 10 * (10 + random.nextInt(5000));
        long baseline = scale / 4 + random.nextInt(Math.max(1, scale / 2));
        Measure.Builder measure = Measure.builder().id(measureId).number(DisplayNumber.of("KPI" + n))
                .name(text(Vocabulary.measureName(random)))
                .unit(unit).direction(direction).frequency(PeriodType.FINANCIAL_QUARTER)
                .baseline(Observation.of(ReportingPeriod.financialYear(FIRST_YEAR - 1), tenths(baseline)))
                .source(text(Vocabulary.source(random)))
                .addOwners(pick(random, headsOfService.get(theme)));
        long step = Math.max(1, scale / 200);
        long target = baseline;
        for (int q = 0; q < quarters.size(); q++) {
            if (direction == Direction.HIGHER_IS_BETTER) {
                target += step;
            } else if (direction == Direction.LOWER_IS_BETTER) {
                target = Math.max(0, target - step);
            }
            measure.putTargets(quarters.get(q), tenths(target));
            if (q < REPORTED_QUARTERS) {
                long actual = Math.max(0, target + (random.nextInt(9) - 5) * step);
                measure.putActuals(quarters.get(q), tenths(actual));
            }
        }
        measure.tolerance(random.nextBoolean() ? Tolerance.percentOfTarget(BigDecimal.valueOf(5))
                : Tolerance.absolute(tenths(step * 2)));
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

    /** A tenth of the partners contribute to a deliverable directly. */
    private void addPartnerLinks() {
        List<ElementId> all = new ArrayList<>();
        deliverables.forEach(all::addAll);
        for (Partner partner : partners) {
            if (random.nextInt(10) == 0) {
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
