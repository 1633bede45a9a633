package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The plan generator itself: the plans it makes are valid beyond what the model checks, and
 * together they cover every part of the model.
 */
class PlanArbitrariesTest {
    private static final int SAMPLE_SIZE = 250;

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    private static List<Plan> sample;

    /**
     * A fixed sample of generated plans, the same on every run; made on first use, as jqwik
     * generates only inside a property or example.
     */
    private static synchronized List<Plan> sample() {
        if (sample == null) {
            RandomGenerator<Plan> generator = PlanArbitraries.plans().generator(1000);
            Random random = new Random(20_261_123L);
            List<Plan> plans = new ArrayList<>();
            for (int i = 0; i < SAMPLE_SIZE; i++) {
                plans.add(generator.next(random).value());
            }
            sample = List.copyOf(plans);
        }
        return sample;
    }

    private static Stream<PlanElement> elements(List<Plan> plans) {
        return plans.stream().flatMap(plan -> plan.elements().stream());
    }

    private static <T extends PlanElement> Stream<T> elements(List<Plan> plans, Class<T> type) {
        return elements(plans).filter(type::isInstance).map(type::cast);
    }

    private static Stream<Text> labels(List<Plan> plans) {
        return elements(plans).flatMap(element -> element.label().stream());
    }

    // ---------------------------------------------------------------------------------------------
    // validity

    @Property(tries = 50)
    void everyOwnerNamedByAnElementIsAnOwnerOfThePlan(@ForAll("plans") Plan plan) {
        Set<ElementId> owners = new HashSet<>();
        plan.owners().forEach(owner -> owners.add(owner.id()));
        List<ElementId> named = new ArrayList<>();
        for (PlanElement element : plan.elements()) {
            if (element instanceof Theme) {
                named.addAll(((Theme) element).owners());
            } else if (element instanceof Objective) {
                named.addAll(((Objective) element).owners());
            } else if (element instanceof Priority) {
                named.addAll(((Priority) element).owners());
            } else if (element instanceof Deliverable) {
                named.addAll(((Deliverable) element).owners());
            } else if (element instanceof Measure) {
                named.addAll(((Measure) element).owners());
            } else if (element instanceof Owner) {
                named.addAll(((Owner) element).accountableTo());
            }
        }

        assertThat(owners).containsAll(named);
    }

    @Property(tries = 50)
    void everyLinkJoinsTwoElementsOfKindsItsKindAllows(@ForAll("plans") Plan plan) {
        Map<ElementId, ElementKind> kinds = new HashMap<>();
        plan.elements().forEach(element -> kinds.put(element.id(), element.kind()));

        for (Link link : plan.links()) {
            assertThat(kinds).containsKeys(link.from(), link.to());
            assertThat(link.kind().allows(kinds.get(link.from()), kinds.get(link.to()))).as("%s", link).isTrue();
        }
    }

    @Property(tries = 50)
    void datesAndPeriodsFallInsideThePlansPeriod(@ForAll("plans") Plan plan) {
        PeriodRange range = plan.period();
        List<PlanDate> dates = new ArrayList<>();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (PlanElement element : plan.elements()) {
            if (element instanceof Milestone) {
                Milestone m = (Milestone) element;
                dates.add(m.due());
                m.forecast().ifPresent(dates::add);
                m.achieved().ifPresent(dates::add);
            } else if (element instanceof Work) {
                ((Work) element).progress().forEach(update -> periods.add(update.period()));
            } else if (element instanceof Measure) {
                Measure m = (Measure) element;
                m.targets().forEach(target -> target.period().ifPresent(periods::add));
                m.actuals().forEach(actual -> actual.period().ifPresent(periods::add));
                m.baseline().flatMap(Observation::period).ifPresent(periods::add);
            }
        }

        assertThat(dates).allMatch(date -> range.contains(date.startDate()) && range.contains(date.endDate()));
        assertThat(periods).allMatch(range::encloses);
    }

    @Property(tries = 50)
    void measureValuesAreForPeriodsOfTheMeasuresFrequency(@ForAll("plans") Plan plan) {
        for (Measure m : plan.measures()) {
            List<ReportingPeriod> periods = new ArrayList<>();
            m.actuals().forEach(actual -> actual.period().ifPresent(periods::add));
            m.baseline().flatMap(Observation::period).ifPresent(periods::add);

            assertThat(periods).allMatch(period -> m.frequency().isEmpty() || period.type() == m.frequency().get(),
                    "of type " + m.frequency());
        }
    }

    @Property(tries = 50)
    void textOfAPlanThatDeclaresLanguagesIsInExactlyThoseLanguages(@ForAll("plans") Plan plan) {
        List<Text> texts = new ArrayList<>();
        texts.add(plan.title());
        texts.add(plan.organisation().name());
        plan.elements().forEach(element -> element.label().ifPresent(texts::add));

        if (!plan.languages().isEmpty()) {
            assertThat(texts).allSatisfy(text -> assertThat(text.languages()).containsExactlyElementsOf(plan.languages()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // coverage

    @Example
    void everyKindOfElementIsGenerated() {
        Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
        elements(sample()).forEach(element -> kinds.add(element.kind()));

        assertThat(kinds).containsExactlyInAnyOrder(ElementKind.values());
    }

    @Example
    void plansRangeFromTinyToModeratelyLarge() {
        List<Integer> sizes = new ArrayList<>();
        sample().forEach(plan -> sizes.add(plan.elements().size()));

        assertThat(sizes).anyMatch(size -> size <= 5).anyMatch(size -> size >= 60);
    }

    @Example
    void everyLinkKindIsGenerated() {
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        sample().forEach(plan -> plan.links().forEach(link -> kinds.add(link.kind())));

        assertThat(kinds).containsExactlyInAnyOrder(LinkKind.values());
    }

    @Example
    void everyDirectionFrequencyAndToleranceOfMeasuresIsGenerated() {
        List<Measure> measures = elements(sample(), Measure.class).toList();

        assertThat(measures.stream().flatMap(m -> m.direction().stream())).contains(Direction.values());
        assertThat(measures.stream().flatMap(m -> m.frequency().stream())).contains(PeriodType.values());
        assertThat(measures).anyMatch(m -> m.tolerance().flatMap(Tolerance::absolute).isPresent())
                .anyMatch(m -> m.tolerance().flatMap(Tolerance::percent).isPresent())
                .anyMatch(m -> m.tolerance().isEmpty());
    }

    @Example
    void measuresHaveBaselinesTargetsAndActuals() {
        List<Measure> measures = elements(sample(), Measure.class).toList();

        assertThat(measures).anyMatch(m -> m.baseline().isPresent())
                .anyMatch(m -> m.targets().size() >= 2)
                .anyMatch(m -> m.actuals().size() >= 2)
                .anyMatch(m -> m.source().isPresent() && m.description().isPresent());
    }

    @Example
    void everyProgressStatusIsGeneratedForDeliverablesAndMilestones() {
        List<Plan> plans = sample();
        Set<ProgressStatus> reported = EnumSet.noneOf(ProgressStatus.class);
        elements(plans, Deliverable.class).forEach(d -> d.progress().forEach(u -> reported.add(u.status())));
        Set<ProgressStatus> milestones = EnumSet.noneOf(ProgressStatus.class);
        elements(plans, Milestone.class).forEach(m -> m.status().ifPresent(milestones::add));

        assertThat(reported).containsExactlyInAnyOrder(ProgressStatus.values());
        assertThat(milestones).containsExactlyInAnyOrder(ProgressStatus.values());
        assertThat(elements(plans, Milestone.class)).anyMatch(m -> m.achieved().isPresent())
                .anyMatch(m -> m.forecast().isPresent());
        assertThat(elements(plans, Deliverable.class)).anyMatch(d -> d.progress().stream()
                .anyMatch(u -> u.commentary().isPresent()));
    }

    @Example
    void everyOwnerTypeIsGeneratedWithHoldersAndAccountability() {
        List<Owner> owners = elements(sample(), Owner.class).toList();

        assertThat(owners.stream().flatMap(o -> o.type().stream())).contains(OwnerType.values());
        assertThat(owners).anyMatch(o -> o.holder().isPresent()).anyMatch(o -> !o.accountableTo().isEmpty());
    }

    @Example
    void everyEditionStatusIsGeneratedWithAdoptionAndSupersession() {
        List<Edition> editions = new ArrayList<>();
        sample().forEach(plan -> plan.edition().ifPresent(editions::add));

        assertThat(editions).extracting(Edition::status).contains(EditionStatus.values());
        assertThat(editions).anyMatch(e -> e.adoptedOn().isPresent()).anyMatch(e -> e.supersedes().isPresent());
    }

    @Example
    void plansHaveTheirOptionalPartsSometimes() {
        List<Plan> plans = sample();

        assertThat(plans).anyMatch(p -> p.edition().isEmpty())
                .anyMatch(p -> p.levelNames().isPresent())
                .anyMatch(p -> p.purpose().isPresent() && !p.purpose().get().approaches().isEmpty())
                .anyMatch(p -> p.organisation().code().isPresent())
                .anyMatch(p -> !p.references().isEmpty())
                .anyMatch(p -> !p.extensions().isEmpty());
        assertThat(elements(plans, Statement.class)).anyMatch(s -> !s.signatories().isEmpty())
                .anyMatch(s -> s.heading().isPresent());
        assertThat(elements(plans, Theme.class)).anyMatch(t -> t.leadIn("outcomes").isPresent());
        assertThat(elements(plans, Objective.class)).anyMatch(o -> !o.priorities().isEmpty());
        assertThat(elements(plans, SharedValue.class)).anyMatch(v -> !v.behaviours().isEmpty());
    }

    @Example
    void referencesAreGivenByKeyByUriAndByBoth() {
        List<ExternalReference> references = new ArrayList<>();
        elements(sample()).forEach(element -> references.addAll(element.references()));

        assertThat(references).anyMatch(r -> r.key().isPresent() && r.uri().isEmpty())
                .anyMatch(r -> r.key().isEmpty() && r.uri().isPresent())
                .anyMatch(r -> r.key().isPresent() && r.uri().isPresent())
                .anyMatch(r -> r.uri().isPresent() && r.uri().get().isOpaque())
                .anyMatch(r -> r.title().isPresent());
    }

    @Example
    void textIsUntaggedOrInSeveralLanguagesWithCharactersThatNeedCare() {
        List<Plan> plans = sample();
        List<Text> texts = labels(plans).toList();

        assertThat(plans).anyMatch(p -> p.languages().isEmpty()).anyMatch(p -> p.languages().size() >= 2);
        assertThat(texts).anyMatch(t -> !t.isTagged())
                .anyMatch(t -> t.languages().size() >= 2)
                .anyMatch(t -> hasChar(t, c -> c < 0x20))
                .anyMatch(t -> hasChar(t, c -> c == '"' || c == '\\'))
                .anyMatch(t -> hasChar(t, Character::isSurrogate))
                .anyMatch(t -> hasChar(t, c -> c > 0x7f && !Character.isSurrogate(c)));
    }

    private static boolean hasChar(Text text, Predicate<Character> test) {
        List<String> values = new ArrayList<>(text.byLanguage().values());
        values.add(text.value());
        return values.stream().anyMatch(v -> v.chars().anyMatch(c -> test.test((char) c)));
    }

    @Example
    void numbersAreDottedLetteredOrAbsent() {
        List<PlanElement> elements = elements(sample()).toList();

        assertThat(elements).anyMatch(e -> e.number().isEmpty())
                .anyMatch(e -> e.number().map(n -> n.depth() >= 4).orElse(false))
                .anyMatch(e -> e.number().map(n -> n.toString().matches("[A-Z]+")).orElse(false))
                .anyMatch(e -> e.number().map(n -> n.segments().contains("10")).orElse(false));
    }

    @Example
    void extensionsHoldNestedJsonOfEveryKind() {
        List<JsonNode> values = new ArrayList<>();
        elements(sample()).forEach(element -> collect(element.extensions().toObjectNode(), values));

        assertThat(values).anyMatch(JsonNode::isObject).anyMatch(JsonNode::isArray).anyMatch(JsonNode::isNull)
                .anyMatch(JsonNode::isBoolean).anyMatch(JsonNode::isString).anyMatch(JsonNode::isInt)
                .anyMatch(JsonNode::isLong).anyMatch(JsonNode::isBigInteger).anyMatch(JsonNode::isBigDecimal);
        assertThat(elements(sample())).anyMatch(e -> e.extensions().isEmpty());
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.forEach(child -> collect(child, into));
    }
}
