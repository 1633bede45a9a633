package io.github.councilplan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.Work;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Cases whose element contains at least one piece of leaf work: the work or one of its containers. */
    @Provide
    Arbitrary<Case> casesWithLeafWork() {
        return Combinators.combine(ratedPlans(), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((plan, element, period, seed) -> {
                    List<PlanFacts.Placed> leaves = new PlanFacts(plan).leafWork();
                    if (leaves.isEmpty()) {
                        return null;
                    }
                    Work w = leaves.get(seed % leaves.size()).work();
                    List<PlanElement> containers = PlanIndex.of(plan).path(w.id()).stream()
                            .filter(e -> ROLLED_UP.contains(e.kind())).collect(Collectors.toList());
                    PlanElement chosen = containers.get(element % containers.size());
                    return new Case(plan, chosen, pickPeriod(plan, chosen, period), seed);
                })
                .filter(c -> c != null);
    }

    /**
     * Plans from {@link LinkedPlans} in which a measure's targets more often have actuals: each
     * measure gets an actual near each numeric target for a period that has none (equal, just
     * short or well short), so that measures are often rated.
     */
    private static Arbitrary<Plan> ratedPlans() {
        return Combinators.combine(LinkedPlans.plans(), Arbitraries.integers().between(0, 10_000))
                .as((plan, seed) -> {
                    List<Measure> measures = new ArrayList<>();
                    int n = seed;
                    for (Measure measure : plan.measures()) {
                        List<Observation> actuals = new ArrayList<>(measure.actuals());
                        for (Target target : measure.targets()) {
                            if (target.period().isEmpty() || target.value().isEmpty()
                                    || measure.actualFor(target.period().get()).isPresent()) {
                                continue;
                            }
                            BigDecimal value = target.value().get();
                            BigDecimal shortBy = BigDecimal.valueOf(n++ % 3).multiply(value.abs())
                                    .add(BigDecimal.valueOf(n % 3));
                            actuals.add(Observation.of(target.period().get(),
                                    measure.direction().equals(Optional.of(Direction.LOWER_IS_BETTER))
                                            ? value.add(shortBy)
                                            : value.subtract(shortBy)));
                        }
                        measures.add(Measure.builder().from(measure).actuals(actuals).build());
                    }
                    return Plan.builder().from(plan).measures(measures).build();
                });
    }

    /**
     * A period the element's items report in, nine times in ten (one of its leaf work's updates'
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
        subtree.stream().filter(RollUpPropertyTest::isLeafWork)
                .forEach(w -> ((Work) w).progress().forEach(u -> periods.add(u.period())));
        PlanFacts facts = new PlanFacts(plan);
        for (Measure measure : plan.measures()) {
            if (facts.evidencedBy(measure).stream().anyMatch(within::contains)) {
                ratedPeriods(measure).forEach(periods::add);
            }
        }
        for (ReportingPeriod p : List.copyOf(periods)) {
            periods.add(ReportingPeriod.of(PeriodType.FINANCIAL_YEAR, p.startDate()));
            periods.add(ReportingPeriod.of(PeriodType.CALENDAR_YEAR, p.startDate()));
        }
        return new ArrayList<>(periods);
    }

    private static boolean isLeafWork(PlanElement element) {
        return element instanceof Work && PlanFacts.workOf(element).isEmpty();
    }

    /** The periods a measure has a RAG for, from the periods of its actuals. */
    private static List<ReportingPeriod> ratedPeriods(Measure measure) {
        return measure.actuals().stream().flatMap(a -> a.period().stream()).filter(p -> measure.rag(p).isPresent())
                .collect(Collectors.toList());
    }

    /** Red 0, amber 1, green 2, none 3: lower is worse. */
    private static int rank(Optional<RagStatus> rag) {
        return rag.map(r -> r == RagStatus.RED ? 0 : r == RagStatus.AMBER ? 1 : 2).orElse(3);
    }

    @Property(tries = 100)
    void itemsAreTheContainedLeafWorkThenEveryMeasureThatEvidencesAnythingContained(@ForAll("cases") Case c) {
        PlanFacts facts = new PlanFacts(c.plan());
        List<PlanElement> subtree = PlanFacts.subtree(c.element());
        Set<ElementId> within = subtree.stream().map(PlanElement::id).collect(Collectors.toSet());

        List<ElementId> expected = subtree.stream().filter(RollUpPropertyTest::isLeafWork).map(PlanElement::id)
                .collect(Collectors.toList());
        c.plan().measures().stream().filter(m -> facts.evidencedBy(m).stream().anyMatch(within::contains))
                .forEach(m -> expected.add(m.id()));

        assertThat(c.rollUp().items()).extracting(item -> item.element().id()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void eachLeafWorkUsesItsUpdateForThePeriodOrElseTheLatestInsideIt(@ForAll("casesWithLeafWork") Case c) {
        for (RollUpItem item : c.rollUp().items()) {
            if (item.element() instanceof Work) {
                Work d = (Work) item.element();
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
                        : ratedPeriods(m).stream().filter(p -> c.period().encloses(p)).max(Comparator.naturalOrder());
                assertThat(item.reportedFor()).isEqualTo(expected);
                assertThat(item.rag()).isEqualTo(expected.flatMap(m::rag));
                assertThat(item.unrated())
                        .isEqualTo(expected.isPresent() ? Optional.empty() : m.rating(c.period()).reason());
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
    void stateCountsCountEachMeasureOnceInTheStateItsRatingForThePeriodShows(@ForAll("cases") Case c) {
        RollUp rollUp = c.rollUp();

        for (RagState state : RagState.values()) {
            assertThat(rollUp.count(state)).isEqualTo(rollUp.items().stream()
                    .filter(i -> i.state().equals(Optional.of(state))).count());
        }
        for (RollUpItem item : rollUp.items()) {
            if (item.element() instanceof Measure) {
                Measure measure = (Measure) item.element();
                RagState expected = measure.rating(rollUp.period()).override()
                        .or(() -> item.reportedFor().flatMap(p -> measure.rating(p).override()))
                        .orElseGet(() -> item.rag().map(RagState::of).orElseGet(() -> item.unrated().get().state()));
                assertThat(item.state()).contains(expected);
            } else {
                assertThat(item.state()).isEqualTo(item.rag().map(RagState::of));
            }
        }
    }

    @Property(tries = 100)
    void makingLeafWorkWorseNeverMakesTheStatusBetter(@ForAll("casesWithLeafWork") Case c) {
        RollUp before = c.rollUp();
        List<RollUpItem> work = before.items().stream().filter(i -> i.element() instanceof Work)
                .collect(Collectors.toList());
        RollUpItem item = work.get(c.seed() % work.size());
        List<ProgressStatus> worse = Arrays.stream(ProgressStatus.values())
                .filter(s -> rank(RollUp.ragOf(s)) <= rank(item.rag())).collect(Collectors.toList());
        ProgressStatus status = worse.get((c.seed() / 7) % worse.size());

        RollUp after = withUpdate(c, (Work) item.element(), status);

        assertThat(rank(after.status())).isLessThanOrEqualTo(rank(before.status()));
    }

    @Property(tries = 100)
    void redLeafWorkMakesTheStatusRed(@ForAll("casesWithLeafWork") Case c) {
        List<RollUpItem> work = c.rollUp().items().stream().filter(i -> i.element() instanceof Work)
                .collect(Collectors.toList());
        Work w = (Work) work.get(c.seed() % work.size()).element();

        assertThat(withUpdate(c, w, ProgressStatus.RED).status()).contains(RagStatus.RED);
    }

    /** The roll-up after the work reports {@code status} for the roll-up's period itself. */
    private static RollUp withUpdate(Case c, Work work, ProgressStatus status) {
        List<ProgressUpdate> progress = work.progress().stream().filter(u -> !u.period().equals(c.period()))
                .collect(Collectors.toCollection(ArrayList::new));
        progress.add(ProgressUpdate.of(c.period(), status));
        Plan plan = PlanFacts.withProgress(c.plan(), work.id(), progress);
        return RollUp.of(PlanIndex.of(plan), c.element().id(), c.period());
    }
}
