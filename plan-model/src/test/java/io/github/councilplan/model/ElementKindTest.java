package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.json.PlanJson;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class ElementKindTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Test
    void defaultNameIsTheKindInLowerCase() {
        assertThat(ElementKind.DELIVERABLE.defaultName()).isEqualTo("deliverable");
        assertThat(ElementKind.VALUE.defaultName()).isEqualTo("value");
    }

    @Test
    void defaultNameDoesNotDependOnTheDefaultLocale() {
        String name = DefaultLocale.with(DefaultLocale.TURKISH, ElementKind.PRIORITY::defaultName);

        assertThat(name).isEqualTo("priority");
    }

    @Test
    void defaultNamesDoNotDependOnTheDefaultLocaleWhenCapitalised() {
        Text name = DefaultLocale.with(DefaultLocale.TURKISH, () -> LevelNames.defaults().nameOf(ElementKind.COMMITMENT));

        assertThat(name).isEqualTo(Text.of("Commitment"));
    }

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void isWrittenToJsonAsItsDefaultName(ElementKind kind) {
        assertThat(JSON.writeValueAsString(kind)).isEqualTo("\"" + kind.defaultName() + "\"");
        assertThat(JSON.readValue("\"" + kind.name().toLowerCase(Locale.ROOT) + "\"", ElementKind.class)).isEqualTo(kind);
    }
}
