package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.number;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aThemeKnownOnlyByItsNumberIsAccepted() {
        Theme theme = Theme.builder().id(id("t")).number(number("3")).build();

        assertThat(theme.name()).isEmpty();
        assertThat(theme.label()).isEmpty();
        assertThat(theme.describe()).isEqualTo("theme 3");
    }

    @Test
    void aThemeKnownOnlyByItsNameIsAccepted() {
        Theme theme = Theme.builder().id(id("t")).name(text("Place")).build();

        assertThat(theme.label()).contains(text("Place"));
    }

    @Test
    void aThemeWithNeitherANameNorANumberIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Theme.builder().id(id("t")).build())
                .withMessage("theme 't': has neither a name nor a number; give one");
    }

    @Test
    void aThemeNamingAnOwnerTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.themeBuilder("t", "1").addOwners(id("o"), id("o")).build())
                .withMessage("theme 1: owners [o, o] lists 'o' twice");
    }

    @Test
    void allPrioritiesAreTheThemesOwnThenThoseOfItsObjectives() {
        Priority own = Fixtures.priority("p-own", "1.3");
        Priority lettered = Fixtures.priority("p-a", "A");
        Theme theme = Fixtures.themeBuilder("t", "1").addPriorities(own)
                .addObjectives(Fixtures.objectiveBuilder("ob", "1.1").addPriorities(lettered).build()).build();

        assertThat(theme.allPriorities()).containsExactly(own, lettered);
    }

    @Test
    void aThemesPledgesAreItsChildrenAfterItsPriorities() {
        Priority priority = Fixtures.priority("p", "1.1");
        Deliverable pledge = Fixtures.deliverable("d", "1.2");
        Theme theme = Fixtures.themeBuilder("t", "1").addDeliverables(pledge).addPriorities(priority).build();

        assertThat(theme.children()).containsExactly(priority, pledge);
    }
}
