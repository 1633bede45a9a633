package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.model.Text;
import org.junit.jupiter.api.Test;

/** Text in the plan's first language, and the plan's names for its levels. */
class WordingTest {
    private static final Text BILINGUAL = Text.of("en", "Clean streets").with("cy", "Strydoedd glân");

    @Test
    void textIsInThePlansFirstLanguage() {
        Wording welsh = Wording.of(emptyPlan().addLanguages("cy", "en").build());
        Wording english = Wording.of(emptyPlan().addLanguages("en", "cy").build());

        assertThat(welsh.language()).contains("cy");
        assertThat(welsh.of(BILINGUAL)).isEqualTo("Strydoedd glân");
        assertThat(english.of(BILINGUAL)).isEqualTo("Clean streets");
    }

    @Test
    void untaggedTextIsInThePlansFirstLanguageAndUnmarked() {
        Wording welsh = Wording.of(emptyPlan().addLanguages("cy").build());

        assertThat(welsh.of(Text.of("Untagged"))).isEqualTo("Untagged");
    }

    @Test
    void textWithoutTheLanguageShownIsShownAsItsValueMarkedWithItsLanguage() {
        Wording welsh = Wording.of(emptyPlan().addLanguages("cy").build());

        assertThat(welsh.of(Text.of("en", "English only"))).isEqualTo("English only [en]");
    }

    @Test
    void aLanguageAskedForIsShown() {
        PlanIndex index = PlanIndex.of(emptyPlan().addLanguages("en", "cy").build());

        assertThat(Wording.of(index, "cy").language()).contains("cy");
        assertThat(Wording.of(index, "cy").of(BILINGUAL)).isEqualTo("Strydoedd glân");
    }

    @Test
    void aLanguageAskedForIsReadInAnyCase() {
        PlanIndex index = PlanIndex.of(emptyPlan().addLanguages("en", "cy").build());

        assertThat(Wording.of(index, "CY").language()).contains("cy");
    }

    @Test
    void untaggedTextShownInAnotherLanguageIsMarkedWithThePlansFirst() {
        PlanIndex index = PlanIndex.of(emptyPlan().addLanguages("en", "cy").build());

        assertThat(Wording.of(index, "cy").of(Text.of("Untagged"))).isEqualTo("Untagged [en]");
    }

    @Test
    void aLanguageThePlanDoesNotDeclareIsRefusedNamingThoseItDoes() {
        PlanIndex index = PlanIndex.of(emptyPlan().addLanguages("en", "cy").build());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Wording.of(index, "fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language: 'fr' is not one the plan declares (it declares en, cy)");
    }

    @Test
    void levelNamesFallBackWithoutAMark() {
        PlanIndex index = PlanIndex.of(emptyPlan().addLanguages("en", "cy")
                .levelNames(LevelNames.builder().outcome(Text.of("en", "Result")).build()).build());

        assertThat(Wording.of(index, "cy").levelName(ElementKind.OUTCOME)).isEqualTo("Result");
        assertThat(Wording.of(index, "cy").levelName(ElementKind.PRIORITY)).isEqualTo("Priority");
    }

    @Test
    void aPlanWithoutLanguagesShowsEachTextsValue() {
        Wording wording = Wording.of(emptyPlan().build());

        assertThat(wording.language()).isEmpty();
        assertThat(wording.of(BILINGUAL)).isEqualTo("Clean streets");
    }

    @Test
    void elementsAreNamedByThePlansLevelNamesAndTheirNumbers() {
        Plan plan = emptyPlan().addLanguages("cy", "en")
                .levelNames(LevelNames.builder().outcome(Text.of("cy", "Canlyniad").with("en", "Result")).build())
                .build();
        Wording wording = Wording.of(plan);

        assertThat(wording.levelName(ElementKind.OUTCOME)).isEqualTo("Canlyniad");
        assertThat(wording.levelName(ElementKind.PRIORITY)).isEqualTo("Priority");
        assertThat(wording.name(Outcome.builder().id(RenderPlans.id("o-1")).number(DisplayNumber.of("1.1"))
                .statement(BILINGUAL).build())).isEqualTo("Canlyniad 1.1");
        assertThat(wording.name(Outcome.of(RenderPlans.id("o-2"), BILINGUAL))).isEqualTo("Canlyniad");
    }

    @Test
    void inAnIndexAnElementIsNamedByItsOwnLevelNameThenItsThemesThenThePlans() {
        Plan plan = emptyPlan()
                .levelNames(LevelNames.builder().outcome(Text.of("Policy outcome")).priority(Text.of("Aim")).build())
                .addThemes(RenderPlans.theme("t-1", "1", "People")
                        .addOutcomes(RenderPlans.outcome("o-1", "1.1", "healthy lives"))
                        .build())
                .addThemes(RenderPlans.theme("t-2", "2", "Council")
                        .levelNames(LevelNames.builder().outcome(Text.of("Corporate outcome")).build())
                        .addOutcomes(RenderPlans.outcome("o-2", "2.1", "balanced budgets"),
                                Outcome.builder().id(RenderPlans.id("o-3")).number(DisplayNumber.of("2.2"))
                                        .levelName(Text.of("Ambition")).statement(Text.of("trust")).build())
                        .addPriorities(RenderPlans.priority("p-2.1", "2.1", "Save money").build())
                        .build())
                .build();
        PlanIndex index = PlanIndex.of(plan);
        Wording wording = Wording.of(index);

        assertThat(wording.name(index.get(RenderPlans.id("o-1")))).isEqualTo("Policy outcome 1.1");
        assertThat(wording.name(index.get(RenderPlans.id("o-2")))).isEqualTo("Corporate outcome 2.1");
        assertThat(wording.name(index.get(RenderPlans.id("o-3")))).isEqualTo("Ambition 2.2");
        assertThat(wording.name(index.get(RenderPlans.id("p-2.1")))).isEqualTo("Aim 2.1");
        assertThat(Wording.of(plan).name(index.get(RenderPlans.id("o-2"))))
                .as("the wording of a plan indexes it, so the theme's names are known").isEqualTo("Corporate outcome 2.1");
        assertThat(Wording.of(plan).name(index.get(RenderPlans.id("o-3")))).isEqualTo("Ambition 2.2");
    }

    @Test
    void anElementOfAnotherPlanWithAnIdOfThisOneIsNotNamedByThisPlansThemes() {
        Plan plan = emptyPlan()
                .addThemes(RenderPlans.theme("t-1", "1", "Council")
                        .levelNames(LevelNames.builder().outcome(Text.of("Corporate outcome")).build())
                        .addOutcomes(RenderPlans.outcome("o-1", "1.1", "balanced budgets"))
                        .build())
                .build();

        assertThat(Wording.of(PlanIndex.of(plan)).name(RenderPlans.outcome("o-1", "7", "elsewhere")))
                .isEqualTo("Outcome 7");
    }

    @Test
    void anElementKnownOnlyByItsNumberIsTitledByItsLevelAndNumberWithNothingAfter() {
        Theme numbered = Theme.builder().id(RenderPlans.id("t-2")).number(DisplayNumber.of("2")).build();
        Wording wording = Wording.of(PlanIndex.of(emptyPlan().addThemes(numbered).build()));

        assertThat(wording.title(numbered)).isEqualTo("Theme 2");
        assertThat(wording.title(RenderPlans.theme("t-1", "1", "Place").build())).isEqualTo("Theme 1: Place");
        assertThat(wording.title(Outcome.of(RenderPlans.id("o-1"), Text.of("clean streets"))))
                .isEqualTo("Outcome: clean streets");
    }

    @Test
    void aLevelIsNamedInThePlansOwnWordsWhenItsNameIsNotTheDefault() {
        Plan plan = emptyPlan()
                .levelNames(LevelNames.builder().outcome(Text.of("Policy outcome")).priority(Text.of("Priority")).build())
                .build();
        Wording wording = Wording.of(plan);

        assertThat(wording.hasOwnLevelName(Outcome.of(RenderPlans.id("o-1"), Text.of("x")))).isTrue();
        assertThat(wording.hasOwnLevelName(RenderPlans.priority("p-1", "1", "x").build())).isFalse();
        assertThat(wording.hasOwnLevelName(RenderPlans.deliverable("d-1", "1", "x"))).isFalse();
    }
}
