package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Plan;
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
    void textWithoutThePlansLanguageIsShownAsItsValue() {
        Wording welsh = Wording.of(emptyPlan().addLanguages("cy").build());

        assertThat(welsh.of(Text.of("Untagged"))).isEqualTo("Untagged");
        assertThat(welsh.of(Text.of("en", "English only"))).isEqualTo("English only");
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
}
