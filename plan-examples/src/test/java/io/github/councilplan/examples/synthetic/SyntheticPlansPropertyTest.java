package io.github.councilplan.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Work;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticPlansPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Property(tries = 60)
    void everyGeneratedPlanIsValidWithNoWarning(@ForAll @IntRange(min = 1, max = 60) int deliverables,
            @ForAll long seed) {
        ValidationReport report = VALIDATOR.validate(SyntheticPlans.of(deliverables, seed).generateJson(),
                DocumentFormat.JSON);

        assertThat(report.problems()).isEmpty();
    }

    @Property(tries = 40)
    void generationIsDeterministic(@ForAll @IntRange(min = 1, max = 60) int deliverables, @ForAll long seed) {
        SyntheticPlans settings = SyntheticPlans.of(deliverables, seed);

        assertThat(settings.generateJson()).isEqualTo(settings.generateJson());
    }

    @Property(tries = 40)
    void planReadsBackEqual(@ForAll @IntRange(min = 1, max = 60) int deliverables, @ForAll long seed) {
        Plan plan = SyntheticPlans.of(deliverables, seed).generate();

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }

    @Property(tries = 100)
    void everyLinkResolvesToAnElementOfAKindItsKindAllows(@ForAll @IntRange(min = 1, max = 60) int deliverables,
            @ForAll long seed) {
        Plan plan = SyntheticPlans.of(deliverables, seed).generate();
        PlanIndex index = PlanIndex.of(plan);

        assertThat(index.unresolvedLinks()).isEmpty();
        assertThat(plan.links()).allSatisfy(link -> assertThat(link.kind().allows(index.get(link.from()).kind(),
                index.get(link.to()).kind())).as("%s", link).isTrue());
    }

    @Property(tries = 100)
    void onlyLongTermElementsHaveDatesPastThePlansEnd(@ForAll @IntRange(min = 1, max = 60) int deliverables,
            @ForAll long seed) {
        Plan plan = SyntheticPlans.of(deliverables, seed).generate();
        LocalDate end = plan.period().endDate();

        assertThat(plan.elements()).allSatisfy(element -> {
            if (element instanceof Work work && !work.longTerm()) {
                work.end().ifPresent(date -> assertThat(date.endDate()).isBeforeOrEqualTo(end));
                assertThat(work.milestones()).allSatisfy(m -> assertThat(m.due().endDate()).isBeforeOrEqualTo(end));
            } else if (element instanceof Outcome outcome && !outcome.longTerm()) {
                outcome.by().ifPresent(by -> assertThat(by.endDate()).isBeforeOrEqualTo(end));
            } else if (element instanceof Measure measure) {
                assertThat(measure.targets()).allSatisfy(target -> target.period()
                        .ifPresent(period -> assertThat(plan.period().encloses(period)).isTrue()));
                assertThat(measure.actuals()).allSatisfy(actual -> {
                    actual.period().ifPresent(period -> assertThat(plan.period().encloses(period)).isTrue());
                    actual.asAt().ifPresent(date -> assertThat(plan.period().contains(date)).isTrue());
                });
            }
        });
    }

    @Property(tries = 100)
    void noPriorityIsWithoutDeliverablesAndEveryPrincipleIsReflected(
            @ForAll @IntRange(min = 1, max = 60) int deliverables, @ForAll long seed) {
        PlanGaps gaps = PlanGaps.of(PlanIndex.of(SyntheticPlans.of(deliverables, seed).generate()),
                LocalDate.of(2026, 10, 1));

        assertThat(gaps.gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEmpty();
        assertThat(gaps.gaps(GapKind.PRINCIPLE_UNREFLECTED)).isEmpty();
    }

    @Property(tries = 100)
    void everyLeadInIntroducesAListThePlanHas(@ForAll @IntRange(min = 1, max = 60) int deliverables,
            @ForAll long seed) {
        Plan plan = SyntheticPlans.of(deliverables, seed).generate();
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        for (PlanElement element : plan.elements()) {
            JsonNode node = PlanJson.standard().mapper().valueToTree(element);
            element.leadIns().keySet().forEach(list -> lists.put(element.id() + "." + list, node.path(list)));
        }

        assertThat(lists).isNotEmpty()
                .allSatisfy((where, list) -> assertThat(list.isArray() && !list.isEmpty()).as(where).isTrue());
    }
}
