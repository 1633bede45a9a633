package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.ValueType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
    void everyOwnerNamedByAnElementOrThePlanIsAnOwnerOfThePlan(@ForAll("plans") Plan plan) {
        Set<ElementId> owners = new HashSet<>();
        plan.owners().forEach(owner -> owners.add(owner.id()));
        List<String> named = new ArrayList<>();
        ShapeWalk.properties(plan, (shape, object, property, value) -> {
            if (property.type() == ValueType.REFERENCES && property.kind().equals(Optional.of(ElementKind.OWNER))) {
                value.forEach(id -> named.add(id.stringValue()));
            }
        });

        assertThat(owners.stream().map(ElementId::value)).containsAll(named);
    }

    @Property(tries = 50)
    void everyLinkJoinsElementsOfKindsItsKindAllowsOrLeadsIntoARelatedPlan(@ForAll("plans") Plan plan) {
        Map<ElementId, ElementKind> kinds = new HashMap<>();
        plan.elements().forEach(element -> kinds.put(element.id(), element.kind()));
        Set<ElementId> related = new HashSet<>();
        plan.relatedPlans().forEach(other -> related.add(other.id()));

        for (Link link : plan.links()) {
            assertThat(kinds).containsKey(link.from());
            assertThat(link.kind().sources()).as("%s", link).contains(kinds.get(link.from()));
            if (link.toPlan().isPresent()) {
                assertThat(related).as("%s", link).contains(link.toPlan().get());
            } else {
                assertThat(kinds).containsKey(link.to());
                assertThat(link.kind().allows(kinds.get(link.from()), kinds.get(link.to()))).as("%s", link).isTrue();
            }
        }
    }

    @Property(tries = 50)
    void datesFallInsideThePlansPeriodOrAfterItForLongTermElements(@ForAll("plans") Plan plan) {
        PeriodRange range = plan.period();
        ShapeWalk.properties(plan, (shape, object, property, value) -> {
            if (property.type() == ValueType.PLAN_DATE) {
                PlanDate date = PlanDate.parse(value.stringValue());
                boolean longTerm = object.path("longTerm").asBoolean(false);
                assertThat(date.startDate()).as("%s.%s", shape, property.name()).isAfterOrEqualTo(range.startDate());
                assertThat(longTerm || !date.endDate().isAfter(range.endDate())).as("%s.%s %s", shape,
                        property.name(), date).isTrue();
            }
        });
    }

    @Property(tries = 50)
    void periodsAndAsAtDatesFallInsideThePlansPeriod(@ForAll("plans") Plan plan) {
        PeriodRange range = plan.period();
        ShapeWalk.properties(plan, (shape, object, property, value) -> {
            if (property.type() == ValueType.PERIOD && !shape.name().equals("periodRange")) {
                assertThat(range.encloses(ReportingPeriod.parse(value.stringValue()))).as("%s", value).isTrue();
            }
            if (property.name().equals("asAt")) {
                assertThat(range.contains(LocalDate.parse(value.stringValue()))).as("%s", value).isTrue();
            }
        });
    }

    @Property(tries = 50)
    void measureValuesAreForPeriodsTheMeasureReports(@ForAll("plans") Plan plan) {
        for (Measure m : plan.measures()) {
            if (m.frequency().isEmpty()) {
                continue;
            }
            PeriodType frequency = m.frequency().get();
            List<ReportingPeriod> observed = new ArrayList<>();
            m.actuals().forEach(actual -> actual.period().ifPresent(observed::add));
            m.baseline().flatMap(Observation::period).ifPresent(observed::add);

            assertThat(observed).allMatch(period -> period.type() == frequency, "of type " + frequency);
            assertThat(m.targets()).allMatch(target -> target.period().map(p -> p.type().consistsOf(frequency))
                    .orElse(true), "made of " + frequency);
        }
    }

    @Property(tries = 50)
    void textOfAPlanThatDeclaresLanguagesGivesThemAllLessSomePartialOnes(@ForAll("plans") Plan plan) {
        Set<String> complete = new HashSet<>(plan.languages());
        complete.removeAll(plan.partialLanguages());
        for (JsonNode text : texts(plan)) {
            if (plan.languages().isEmpty()) {
                continue;
            }
            assertThat(text.isObject()).as("%s is tagged", text).isTrue();
            Set<String> tags = new HashSet<>();
            text.propertyNames().forEach(tag -> tags.add(Text.canonicalTag(tag)));
            assertThat(plan.languages()).containsAll(tags);
            assertThat(tags).containsAll(complete);
        }
    }

    /** Every text of a plan's document: each value of a text, a text list and a map of lead-ins. */
    private static List<JsonNode> texts(Plan plan) {
        List<JsonNode> texts = new ArrayList<>();
        ShapeWalk.properties(plan, (shape, object, property, value) -> {
            switch (property.type()) {
                case TEXT:
                    texts.add(value);
                    break;
                case TEXT_LIST:
                case LEAD_INS:
                    value.forEach(texts::add);
                    break;
                default:
                    break;
            }
        });
        return texts;
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
    void everyPropertyOfEveryShapeIsGenerated() {
        Set<String> all = new TreeSet<>();
        PlanStructure.shapes().forEach(shape -> shape.properties().forEach(p -> all.add(shape + "." + p.name())));
        Set<String> generated = new TreeSet<>();
        sample().forEach(plan -> ShapeWalk.properties(plan,
                (shape, object, property, value) -> generated.add(shape + "." + property.name())));

        assertThat(all).as("properties never generated").containsAll(generated);
        all.removeAll(generated);
        assertThat(all).as("properties never generated").isEmpty();
    }

    @Example
    void leadInsAreGeneratedForEveryListThatTakesOne() {
        Set<String> all = new TreeSet<>();
        PlanStructure.shapes().forEach(shape -> shape.leadInLists().forEach(list -> all.add(shape + "." + list.name())));
        Set<String> generated = new TreeSet<>();
        sample().forEach(plan -> ShapeWalk.properties(plan, (shape, object, property, value) -> {
            if (property.type() == ValueType.LEAD_INS) {
                value.propertyNames().forEach(list -> generated.add(shape + "." + list));
            }
        }));

        assertThat(all).containsAll(generated);
        all.removeAll(generated);
        assertThat(all).as("lists never given a lead-in").isEmpty();
    }

    @Example
    void leafWorkIsGeneratedAtEveryLevelAndDeliverablesInEveryKindOfParent() {
        Set<ElementKind> leaves = EnumSet.noneOf(ElementKind.class);
        Set<ElementKind> parentsOfDeliverables = EnumSet.noneOf(ElementKind.class);
        for (Plan plan : sample()) {
            for (PlanElement element : plan.elements()) {
                if (element instanceof Work && element.children().stream().noneMatch(Work.class::isInstance)) {
                    leaves.add(element.kind());
                }
                if (element.children().stream().anyMatch(Deliverable.class::isInstance)) {
                    parentsOfDeliverables.add(element.kind());
                }
            }
        }

        assertThat(leaves).containsExactlyInAnyOrder(ElementKind.OBJECTIVE, ElementKind.PRIORITY, ElementKind.DELIVERABLE);
        assertThat(parentsOfDeliverables)
                .containsExactlyInAnyOrder(ElementKind.THEME, ElementKind.OBJECTIVE, ElementKind.PRIORITY);
    }

    @Example
    void objectivesHaveLetteredPriorities() {
        assertThat(elements(sample(), Objective.class)).anyMatch(o -> !o.priorities().isEmpty()
                && o.priorities().stream().allMatch(p -> p.number().map(n -> n.toString().matches("[A-Z]+"))
                        .orElse(false)));
    }

    @Example
    void datesAreGivenAtEveryPrecisionAndLongTermOnesRunPastThePlansEnd() {
        Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
        List<Boolean> pastTheEnd = new ArrayList<>();
        for (Plan plan : sample()) {
            ShapeWalk.properties(plan, (shape, object, property, value) -> {
                if (property.type() == ValueType.PLAN_DATE) {
                    PlanDate date = PlanDate.parse(value.stringValue());
                    precisions.add(date.precision());
                    pastTheEnd.add(date.endDate().isAfter(plan.period().endDate()));
                }
            });
        }

        assertThat(precisions).containsExactlyInAnyOrder(DatePrecision.values());
        assertThat(pastTheEnd).contains(true, false);
    }

    @Example
    void measuresComeAsCouncilsReportThem() {
        List<Measure> measures = elements(sample(), Measure.class).toList();

        assertThat(measures).anyMatch(m -> m.unit().isEmpty()).anyMatch(m -> m.direction().isEmpty())
                .anyMatch(m -> m.frequency().isEmpty())
                .anyMatch(m -> m.unit().isEmpty() && m.direction().isEmpty() && m.frequency().isEmpty());
        assertThat(measures.stream().flatMap(m -> m.targets().stream()))
                .anyMatch(Target::forWholePlan)
                .anyMatch(t -> t.value().isEmpty() && t.text().isPresent())
                .anyMatch(t -> t.value().isPresent() && t.text().isPresent());
        assertThat(measures).anyMatch(m -> m.frequency().isPresent() && m.targets().stream()
                .anyMatch(t -> t.period().map(p -> p.type() != m.frequency().get()).orElse(false)));
        assertThat(measures.stream().flatMap(m -> m.actuals().stream()))
                .anyMatch(actual -> actual.asAt().isPresent())
                .anyMatch(actual -> actual.value().isEmpty());
    }

    @Example
    void someTextsLackALanguageThePlanDeclaresPartial() {
        assertThat(sample()).anyMatch(plan -> !plan.partialLanguages().isEmpty() && texts(plan).stream()
                .anyMatch(text -> text.size() < plan.languages().size()));
    }

    @Example
    void optionalPartsOfTheNewShapesAreSometimesLeftOut() {
        List<Plan> plans = sample();

        assertThat(elements(plans, Theme.class)).anyMatch(t -> t.name().isEmpty());
        assertThat(elements(plans, Owner.class)).anyMatch(o -> o.type().isEmpty());
        assertThat(elements(plans, Statement.class).flatMap(s -> s.signatories().stream()))
                .anyMatch(s -> s.role().isEmpty()).anyMatch(s -> s.role().isPresent());
        assertThat(elements(plans, Statement.class).flatMap(s -> s.body().stream()))
                .anyMatch(b -> b.paragraph().isPresent())
                .anyMatch(b -> !b.list().isEmpty() && !b.numbered())
                .anyMatch(Block::numbered);
        assertThat(plans).anyMatch(p -> p.links().stream().anyMatch(l -> l.toPlan().isPresent()))
                .anyMatch(p -> p.vision().isPresent())
                .anyMatch(p -> !p.overseenBy().isEmpty());
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
    void everyProgressStatusIsGeneratedForWorkAndMilestones() {
        List<Plan> plans = sample();
        Set<ProgressStatus> reported = EnumSet.noneOf(ProgressStatus.class);
        elements(plans, Work.class).forEach(d -> d.progress().forEach(u -> reported.add(u.status())));
        Set<ProgressStatus> milestones = EnumSet.noneOf(ProgressStatus.class);
        elements(plans, Milestone.class).forEach(m -> m.status().ifPresent(milestones::add));

        assertThat(reported).containsExactlyInAnyOrder(ProgressStatus.values());
        assertThat(milestones).containsExactlyInAnyOrder(ProgressStatus.values());
        assertThat(elements(plans, Milestone.class)).anyMatch(m -> m.achieved().isPresent())
                .anyMatch(m -> m.forecast().isPresent());
        assertThat(elements(plans, Work.class)).anyMatch(d -> d.progress().stream()
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
        assertThat(editions).anyMatch(e -> e.adoptedOn().isPresent()).anyMatch(e -> e.supersedes().isPresent())
                .anyMatch(e -> e.decision().isPresent()).anyMatch(e -> e.supersededBy().isPresent());
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
