package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.json.PlanJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AlternativeNameTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Test
    void ofKeepsTheNameAndNote() {
        AlternativeName name = AlternativeName.of(text("Healthy lives"), text("the Health and Wellbeing Board's name"));

        assertThat(name.name()).isEqualTo(text("Healthy lives"));
        assertThat(name.note()).contains(text("the Health and Wellbeing Board's name"));
    }

    @Test
    void aNameWithoutANoteIsAccepted() {
        assertThat(AlternativeName.builder().name(text("Healthy lives")).build().note()).isEmpty();
    }

    @Test
    void ofRefusesNulls() {
        assertThatNullPointerException().isThrownBy(() -> AlternativeName.of(null, text("note")));
        assertThatNullPointerException().isThrownBy(() -> AlternativeName.of(text("name"), null));
    }

    @Test
    void isWrittenAsNameAndNote() {
        assertThat(JSON.writeValueAsString(AlternativeName.of(text("A"), text("B"))).replaceAll("\\s", ""))
                .isEqualTo("{\"name\":\"A\",\"note\":\"B\"}");
    }
}
