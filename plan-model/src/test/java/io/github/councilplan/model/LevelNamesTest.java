package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class LevelNamesTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    /** How to set the plan's own name for each kind that has one. */
    private static final Map<ElementKind, BiFunction<LevelNames.Builder, Text, LevelNames.Builder>> SETTERS =
            new EnumMap<>(ElementKind.class);

    static {
        SETTERS.put(ElementKind.THEME, (b, name) -> b.theme(name));
        SETTERS.put(ElementKind.OBJECTIVE, (b, name) -> b.objective(name));
        SETTERS.put(ElementKind.OUTCOME, (b, name) -> b.outcome(name));
        SETTERS.put(ElementKind.PRIORITY, (b, name) -> b.priority(name));
        SETTERS.put(ElementKind.DELIVERABLE, (b, name) -> b.deliverable(name));
        SETTERS.put(ElementKind.COMMITMENT, (b, name) -> b.commitment(name));
    }

    @Provide
    Arbitrary<ElementKind> renamableKinds() {
        return Arbitraries.of(SETTERS.keySet());
    }

    @Provide
    Arbitrary<Text> names() {
        return ValueArbitraries.texts();
    }

    // ---------------------------------------------------------------- examples

    @ParameterizedTest
    @CsvSource({"PLAN, Plan", "STATEMENT, Statement", "VALUE, Value", "THEME, Theme", "OBJECTIVE, Objective",
        "OUTCOME, Outcome", "PRIORITY, Priority", "DELIVERABLE, Deliverable", "COMMITMENT, Commitment",
        "MEASURE, Measure", "MILESTONE, Milestone", "OWNER, Owner", "PARTNER, Partner"})
    void defaultsNameEachKindInCapitalisedEnglish(ElementKind kind, String name) {
        assertThat(LevelNames.defaults().nameOf(kind)).isEqualTo(Text.of(name));
    }

    @Test
    void aPlansOwnNameReplacesTheDefault() {
        LevelNames names = LevelNames.builder().theme(Text.of("Ambition")).build();

        assertThat(names.nameOf(ElementKind.THEME)).isEqualTo(Text.of("Ambition"));
    }

    @Test
    void kindsWithoutTheirOwnNameKeepTheDefault() {
        LevelNames names = LevelNames.builder().theme(Text.of("Ambition")).build();

        assertThat(names.nameOf(ElementKind.PRIORITY)).isEqualTo(Text.of("Priority"));
    }

    @Test
    void aNameInSeveralLanguagesIsKept() {
        Text wellBeing = Text.of("en", "Well-being objective").with("cy", "Amcan llesiant");

        LevelNames names = LevelNames.builder().priority(wellBeing).build();

        assertThat(names.nameOf(ElementKind.PRIORITY)).isEqualTo(wellBeing);
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = {"PLAN", "STATEMENT", "VALUE", "MEASURE", "MILESTONE", "OWNER", "PARTNER"})
    void kindsThatCannotBeRenamedAlwaysHaveTheDefault(ElementKind kind) {
        LevelNames.Builder builder = LevelNames.builder();
        SETTERS.values().forEach(setter -> setter.apply(builder, Text.of("Renamed")));

        assertThat(builder.build().nameOf(kind)).isEqualTo(LevelNames.defaults().nameOf(kind));
    }

    @Test
    void defaultsHaveNoOwnNames() {
        LevelNames defaults = LevelNames.defaults();

        assertThat(defaults).isEqualTo(LevelNames.builder().build());
        assertThat(defaults.theme()).isEmpty();
        assertThat(defaults.commitment()).isEmpty();
    }

    @Test
    void nameOfRejectsNull() {
        assertThatThrownBy(() -> LevelNames.defaults().nameOf(null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void isWrittenToJsonWithOnlyTheNamesGiven() {
        LevelNames names = LevelNames.builder()
                .theme(Text.of("Ambition"))
                .priority(Text.of("en", "Well-being objective").with("cy", "Amcan llesiant"))
                .build();

        assertThat(JSON.readTree(JSON.writeValueAsString(names))).isEqualTo(JSON.readTree(
                "{\"theme\": \"Ambition\", \"priority\": {\"en\": \"Well-being objective\", \"cy\": \"Amcan llesiant\"}}"));
    }

    // ---------------------------------------------------------------- properties

    @Property
    void eachOwnNameIsUsedForItsKindOnly(@ForAll("renamableKinds") ElementKind renamed, @ForAll("names") Text name) {
        LevelNames names = SETTERS.get(renamed).apply(LevelNames.builder(), name).build();

        for (ElementKind kind : ElementKind.values()) {
            assertThat(names.nameOf(kind)).isEqualTo(kind == renamed ? name : LevelNames.defaults().nameOf(kind));
        }
    }

    @Property
    void jsonRoundTripGivesEqualLevelNames(@ForAll("renamableKinds") ElementKind renamed, @ForAll("names") Text name) {
        LevelNames names = SETTERS.get(renamed).apply(LevelNames.builder(), name).build();

        assertThat(JSON.readValue(JSON.writeValueAsString(names), LevelNames.class)).isEqualTo(names);
    }
}
