package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RollUp} over arbitrary plans from {@link LinkedPlans}, elements and periods: it takes
 * exactly the documented items, each for the documented period, and its status is the worst of
 * their RAG, so that making an item worse never makes the status better.
 */
class RollUpPropertyTest {
    private static final Set<ElementKind> ROLLED_UP = Set.of(ElementKind.PLAN, ElementKind.THEME,
            ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);

    /** A plan, an element of it that has a roll-up, and a period. */
    record Case(Plan plan, PlanElement element, ReportingPeriod period, int seed) {
        RollUp rollUp() {
            return RollUp.of(PlanIndex.of(plan), element.id(), period);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(ratedPlans(), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((plan, element, period, seed) -> {
                    // four times in five, an element with something reported for some period
                    List<PlanElement> candidates = plan.elements().stream().filter(e -> ROLLED_UP.contains(e.kind()))
                            .collect(Collectors.toList());
                    List<PlanElement> reporting = candidates.stream().filter(e -> !periodsOf(plan, e).isEmpty())
                            .collect(Collectors.toList());
                    if (seed % 5 == 0) {
                        PlanElement chosen = candidates.get(element % candidates.size());
                        return new Case(plan, chosen, pickPeriod(plan, chosen, period), seed);
                    }
                    if (reporting.isEmpty()) {
                        return null;
                    }
                    PlanElement chosen = reporting.get(element % reporting.size());
                    return new Case(plan, chosen, pickPeriod(plan, chosen, period), seed);
                })
                .filter(c -> c != null);
    }

    /** Cases whose element contains at least one deliverable: a deliverable and one of its containers. */
    @Provide
    Arbitrary<Case> casesWithDeliverables() {
        return Combinators.combine(ratedPlans(), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((plan, element, period, seed) -> {
                    List<PlanFacts.Placed> deliverables = new PlanFacts(plan).deliverables();
                    if (deliverables.isEmpty()) {
                        return null;
                    }
                    Deliverable d = deliverables.get(seed % deliverables.size()).deliverable();
                    List<PlanElement> containers = PlanIndex.of(plan).path(d.id()).stream()
                            .filter(e -> ROLLED_UP.contains(e.kind())).collect(Collectors.toList());
                    PlanElement chosen = containers.get(element % containers.size());
                    return new Case(plan, chosen, pickPeriod(plan, chosen, period), seed);
                })
                .filter(c -> c != null);
    }

    /**
     * Plans from {@link LinkedPlans} in which a measure's targets more often have actuals: each
     * measure gets an actual near each target that has none (equal, just short or well short), so
     * that measures are often rated.
     */
    private static Arbitrary<Plan> ratedPlans() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 10_000))
                .as((plan, seed) -> {
                    List<Measure> measures = new ArrayList<>();
                    int n = seed;
                    for (Measure measure : plan.measures()) {
                        Map<ReportingPeriod, BigDecimal> actuals = new TreeMap<>(measure.actuals());
                        for (Map.Entry<ReportingPeriod, BigDecimal> target : measure.targets().entrySet()) {
                            BigDecimal shortBy = BigDecimal.valueOf(n++ % 3).multiply(target.getValue().abs())
                                    .add(BigDecimal.valueOf(n % 3));
                            actuals.putIfAbsent(target.getKey(), measure.direction() == Direction.LOWER_IS_BETTER
                                    ? target.getValue().add(shortBy)
                                    : target.getValue().subtract(shortBy));
                        }
                        measures.add(Measure.builder().from(measure).actuals(actuals).build());
                    }
                    return Plan.builder().from(plan).measures(measures).build();
                });
    }

    /**
     * A period the element's items report in, nine times in ten (one of its deliverables' updates'
     * periods, or a period its measures have a target and an actual for, or the financial or
     * calendar year that holds one); else any such period of the whole plan, or the plan's first.
     */
    private static ReportingPeriod pickPeriod(Plan plan, PlanElement element, int seed) {
        List<ReportingPeriod> own = periodsOf(plan, element);
        if (seed % 10 != 0 && !own.isEmpty()) {
            return own.get(seed % own.size());
        }
        List<ReportingPeriod> all = periodsOf(plan, plan);
        all.add(plan.period().start());
        return all.get(seed % all.size());
    }

    private static List<ReportingPeriod> periodsOf(Plan plan, PlanElement element) {
        Set<ReportingPeriod> periods = new TreeSet<>();
        List<PlanElement> subtree = PlanFacts.subtree(element);
        Set<ElementId> within = subtree.stream().map(PlanElement::id).collect(Collectors.toSet());
        subtree.stream().filter(e -> e instanceof Deliverable)
                .forEach(d -> ((Deliverable) d).progress().forEach(u -> periods.add(u.period())));
        PlanFacts facts = new PlanFacts(plan);
        for (Measure measure : plan.measures()) {
            if (facts.evidencedBy(measure).stream().anyMatch(within::contains)) {
                measure.targets().keySet().stream().filter(p -> measure.rag(p).isPresent()).forEach(periods::add);
            }
        }
        for (ReportingPeriod p : List.copyOf(periods)) {
            periods.add(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, p.startDate()));
            periods.add(ReportingPeriod.of(PeriodType.CALENDAR_YEAR, p.startDate()));
        }
        return new ArrayList<>(periods);
    }

    /** Red 0, amber 1, green 2, none 3: lower is worse. */
    private static int rank(Optional<RagStatus> rag) {
        return rag.map(r -> r == RagStatus.RED ? 0 : r == RagStatus.AMBER ? 1 : 2).orElse(3);
    }

    @Property(tries = 100)
    void itemsAreTheContainedDeliverablesThenEveryMeasureThatEvidencesAnythingContained(@ForAll("cases") Case c) {
        PlanFacts facts = new PlanFacts(c.plan());
        List<PlanElement> subtree = PlanFacts.subtree(c.element());
        Set<ElementId> within = subtree.stream().map(PlanElement::id).collect(Collectors.toSet());

        List<ElementId> expected = subtree.stream().filter(e -> e instanceof Deliverable).map(PlanElement::id)
                .collect(Collectors.toList());
        c.plan().measures().stream().filter(m -> facts.evidencedBy(m).stream().anyMatch(within::contains))
                .forEach(m -> expected.add(m.id()));

        assertThat(c.rollUp().items()).extracting(item -> item.element().id()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void eachDeliverableUsesItsUpdateForThePeriodOrElseTheLatestInsideIt(@ForAll("casesWithDeliverables") Case c) {
        for (RollUpItem item : c.rollUp().items()) {
            if (item.element() instanceof Deliverable) {
                Deliverable d = (Deliverable) item.element();
                Optional<ProgressUpdate> expected = d.progress().stream().filter(u -> u.period().equals(c.period()))
                        .findFirst()
                        .or(() -> d.progress().stream().filter(u -> c.period().encloses(u.period()))
                                .max(Comparator.comparing(ProgressUpdate::period)));
                assertThat(item.reportedFor()).isEqualTo(expected.map(ProgressUpdate::period));
                assertThat(item.progress()).isEqualTo(expected.map(ProgressUpdate::status));
            }
        }
    }

    @Property(tries = 100)
    void eachMeasureUsesItsRagForThePeriodOrElseTheLatestRatedPeriodInsideIt(@ForAll("cases") Case c) {
        for (RollUpItem item : c.rollUp().items()) {
            if (item.element() instanceof Measure) {
                Measure m = (Measure) item.element();
                Optional<ReportingPeriod> expected = m.rag(c.period()).isPresent()
                        ? Optional.of(c.period())
                        : m.targets().keySet().stream()
                                .filter(p -> c.period().encloses(p) && m.rag(p).isPresent())
                                .max(Comparator.naturalOrder());
                assertThat(item.reportedFor()).isEqualTo(expected);
                assertThat(item.rag()).isEqualTo(expected.flatMap(m::rag));
            }
        }
    }

    @Property(tries = 100)
    void statusIsTheWorstRagOfAnyItem(@ForAll("cases") Case c) {
        RollUp rollUp = c.rollUp();

        int worst = rollUp.items().stream().mapToInt(item -> rank(item.rag())).min().orElse(3);

        assertThat(rank(rollUp.status())).isEqualTo(worst);
    }

    @Property(tries = 100)
    void countsAndListsPartitionTheItems(@ForAll("cases") Case c) {
        RollUp rollUp = c.rollUp();

        for (RagStatus rag : RagStatus.values()) {
            assertThat(rollUp.count(rag)).isEqualTo(rollUp.items().stream().filter(i -> i.rag().equals(Optional.of(rag)))
                    .count());
        }
        for (ProgressStatus status : ProgressStatus.values()) {
            assertThat(rollUp.progressCounts().get(status)).isEqualTo(rollUp.items().stream()
                    .filter(i -> i.progress().equals(Optional.of(status))).count());
        }
        assertThat(rollUp.notReported()).isEqualTo(rollUp.items().stream().filter(i -> i.reportedFor().isEmpty())
                .collect(Collectors.toList()));
        assertThat(rollUp.unrated()).isEqualTo(rollUp.items().stream()
                .filter(i -> i.reportedFor().isPresent() && i.rag().isEmpty()).collect(Collectors.toList()));
    }

    @Property(tries = 100)
    void makingADeliverableWorseNeverMakesTheStatusBetter(@ForAll("casesWithDeliverables") Case c) {
        RollUp before = c.rollUp();
        List<RollUpItem> deliverables = before.items().stream().filter(i -> i.element() instanceof Deliverable)
                .collect(Collectors.toList());
        RollUpItem item = deliverables.get(c.seed() % deliverables.size());
        List<ProgressStatus> worse = Arrays.stream(ProgressStatus.values())
                .filter(s -> rank(RollUp.ragOf(s)) <= rank(item.rag())).collect(Collectors.toList());
        ProgressStatus status = worse.get((c.seed() / 7) % worse.size());

        RollUp after = withUpdate(c, (Deliverable) item.element(), status);

        assertThat(rank(after.status())).isLessThanOrEqualTo(rank(before.status()));
    }

    @Property(tries = 100)
    void aRedDeliverableMakesTheStatusRed(@ForAll("casesWithDeliverables") Case c) {
        List<RollUpItem> deliverables = c.rollUp().items().stream().filter(i -> i.element() instanceof Deliverable)
                .collect(Collectors.toList());
        Deliverable d = (Deliverable) deliverables.get(c.seed() % deliverables.size()).element();

        assertThat(withUpdate(c, d, ProgressStatus.RED).status()).contains(RagStatus.RED);
    }

    /** The roll-up after the deliverable reports {@code status} for the roll-up's period itself. */
    private static RollUp withUpdate(Case c, Deliverable deliverable, ProgressStatus status) {
        List<ProgressUpdate> progress = deliverable.progress().stream().filter(u -> !u.period().equals(c.period()))
                .collect(Collectors.toCollection(ArrayList::new));
        progress.add(ProgressUpdate.of(c.period(), status));
        Deliverable changed = Deliverable.builder().from(deliverable).progress(progress).build();
        Plan plan = DeliverableEdits.map(c.plan(),
                d -> Optional.of(d.id().equals(deliverable.id()) ? changed : d));
        return RollUp.of(PlanIndex.of(plan), c.element().id(), c.period());
    }
}
