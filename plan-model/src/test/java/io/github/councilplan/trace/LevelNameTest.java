package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.outcome;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.TracePlans.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Text;
import org.junit.jupiter.api.Test;

/**
 * An element's level name: its own, else its theme's for its kind, else the plan's, else the
 * default, as one theme's outcomes are "corporate outcomes" and the others' "policy outcomes".
 */
class LevelNameTest {
    private static final Text POLICY = Text.of("Policy outcome");
    private static final Text CORPORATE = Text.of("Corporate outcome");
    private static final Text OWN = Text.of("Expected outcome");

    private final PlanIndex index = PlanIndex.of(plan()
            .levelNames(LevelNames.builder().outcome(POLICY).build())
            .addThemes(theme("corporate").levelNames(LevelNames.builder().outcome(CORPORATE).build())
                    .addOutcomes(outcome("c-o"),
                            Outcome.builder().id(id("own")).statement(Text.of("Own")).levelName(OWN).build())
                    .build())
            .addThemes(theme("policy").addOutcomes(outcome("p-o")).build())
            .build());

    @Test
    void anElementsOwnLevelNameComesFirst() {
        assertThat(index.levelName(id("own"))).isEqualTo(OWN);
    }

    @Test
    void theThemesNameForTheKindComesNext() {
        assertThat(index.levelName(id("c-o"))).isEqualTo(CORPORATE);
    }

    @Test
    void thePlansNameForTheKindComesAfterTheThemes() {
        assertThat(index.levelName(id("p-o"))).isEqualTo(POLICY);
    }

    @Test
    void theDefaultComesLast() {
        assertThat(index.levelName(id("policy"))).isEqualTo(Text.of("Theme"));
    }

    @Test
    void aThemesNamesForItsLevelsDoNotNameTheThemeItself() {
        PlanIndex themed = PlanIndex.of(plan().addThemes(theme("t")
                .levelNames(LevelNames.builder().theme(Text.of("Ambition")).build()).build()).build());

        assertThat(themed.levelName(id("t"))).isEqualTo(Text.of("Theme"));
    }
}
