package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Welsh council's plan declares English and Welsh and says its Welsh is partial: every text is
 * in English, most also in Welsh, and a few passages in English only. Its level names are in both
 * languages, for the plan, for a theme and for one element. Two of its well-being objectives stop
 * at steps, the third has projects straight under it.
 */
class PartlyTranslatedPlanTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);

    private final Plan plan = ExamplePlans.partlyTranslated();
    private final PlanIndex index = PlanIndex.of(plan);

    private List<Text> englishOnly() {
        return TestSupport.allTexts(plan).stream().filter(text -> text.in("cy").isEmpty()).distinct()
                .collect(Collectors.toList());
    }

    @Test
    void declaresEnglishAndWelshWithWelshPartial() {
        assertThat(plan.languages()).containsExactly("en", "cy");
        assertThat(plan.partialLanguages()).containsExactly("cy");
    }

    @Test
    void everyTextIsTaggedAndInEnglish() {
        assertThat(TestSupport.allTexts(plan)).hasSizeGreaterThan(80).allSatisfy(text -> {
            assertThat(text.isTagged()).as("%s", text).isTrue();
            assertThat(text.in("en")).as("%s", text).isPresent();
        });
    }

    @Test
    void sevenPassagesArePublishedInEnglishOnly() {
        assertThat(englishOnly()).extracting(text -> text.value()).containsExactlyInAnyOrder(
                "How we will report progress",
                "Progress on each step and project is reported to Cabinet every six months, and to the Governance"
                        + " and Audit Committee once a year.",
                "Working with landowners and the Cwm Ffug Rivers Trust to restore eight kilometres of riverbank.",
                "Panels will be fitted during the school holidays, starting with the schools that use the most"
                        + " electricity.",
                "A project shared with the neighbouring council, which leads on the northern half of the route.",
                "Children in low income families: local area statistics, published every year",
                "From a sample of 200 enquiries each quarter, by telephone, email and letter.");
    }

    @Test
    void everythingElseIsInBothLanguagesEnglishFirst() {
        List<Text> english = englishOnly();

        assertThat(TestSupport.allTexts(plan)).filteredOn(text -> !english.contains(text))
                .allSatisfy(text -> assertThat(text.languages()).containsExactly("en", "cy"));
    }

    @Test
    void levelNamesAreInBothLanguagesForThePlanAndForATheme() {
        assertThat(plan.levelName(ElementKind.THEME)).isEqualTo(Text.of(Map.of("en", "Well-being objective"))
                .with("cy", "Amcan llesiant"));
        Theme greener = plan.themes().get(1);
        assertThat(greener.levelNames().flatMap(names -> names.deliverable()).orElseThrow().byLanguage())
                .containsExactly(Map.entry("en", "Flagship project"), Map.entry("cy", "Prosiect blaenllaw"));
    }

    @Test
    void theNearestLevelNameWinsTheElementsTheThemesThePlansThenTheDefault() {
        assertThat(index.levelName(ElementId.of("prj-2.3")).in("cy")).contains("Prosiect ar y cyd");
        assertThat(index.levelName(ElementId.of("prj-2.1")).in("cy")).contains("Prosiect blaenllaw");
        assertThat(index.levelName(ElementId.of("step-1.1")).in("cy")).contains("Cam");
        assertThat(index.levelName(ElementId.of("o-1-1"))).isEqualTo(Text.of("Outcome"));
    }

    @Test
    void twoObjectivesStopAtStepsAndTheThirdHasProjectsStraightUnderIt() {
        assertThat(plan.themes().get(0).priorities()).allSatisfy(step -> assertThat(step.deliverables()).isEmpty());
        assertThat(plan.themes().get(2).priorities()).allSatisfy(step -> assertThat(step.deliverables()).isEmpty());
        assertThat(plan.themes().get(1).priorities()).isEmpty();
        assertThat(index.leafWork()).extracting(PlanElement::id).extracting(ElementId::value).containsExactly(
                "step-1.1", "step-1.2", "step-1.3", "prj-2.1", "prj-2.2", "prj-2.3", "step-3.1", "step-3.2");
    }

    @Test
    void stepsWithoutDeliverablesAreNotAGapBecauseNoStepHasAny() {
        assertThat(PlanGaps.of(index, AS_OF).gaps(GapKind.PRIORITY_WITHOUT_DELIVERABLES)).isEmpty();
    }

    @Test
    void theGapsAreStepsWithoutMilestonesAndWorkWithoutMeasures() {
        PlanGaps gaps = PlanGaps.of(index, AS_OF);

        assertThat(gaps.gaps()).extracting(Gap::kind)
                .containsOnly(GapKind.WORK_WITHOUT_MILESTONE, GapKind.WORK_WITHOUT_MEASURE);
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MILESTONE)).extracting(gap -> gap.element().id().value())
                .containsExactly("step-1.1", "step-1.2", "step-1.3", "step-3.1", "step-3.2");
        assertThat(gaps.gaps(GapKind.WORK_WITHOUT_MEASURE)).extracting(gap -> gap.element().id().value())
                .containsExactly("step-1.2", "step-1.3", "prj-2.2", "prj-2.3", "step-3.2");
    }

    @Test
    void everyOutcomeIsSupported() {
        assertThat(PlanGaps.of(index, AS_OF).gaps(GapKind.OUTCOME_UNSUPPORTED)).isEmpty();
    }

    @Test
    void theCouncilsNameAndTheDecisionsBodyAreInBothLanguages() {
        assertThat(plan.organisation().name().in("cy")).contains("Cyngor Bwrdeistref Sirol Cwm Ffug");
        assertThat(plan.edition().flatMap(edition -> edition.decision()).flatMap(decision -> decision.body())
                .flatMap(body -> body.in("cy"))).contains("Y Cyngor");
    }
}
