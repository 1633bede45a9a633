package io.github.councilplan.model;

import static io.github.councilplan.model.ElementKind.COMMITMENT;
import static io.github.councilplan.model.ElementKind.DELIVERABLE;
import static io.github.councilplan.model.ElementKind.ITEM;
import static io.github.councilplan.model.ElementKind.MEASURE;
import static io.github.councilplan.model.ElementKind.MILESTONE;
import static io.github.councilplan.model.ElementKind.OBJECTIVE;
import static io.github.councilplan.model.ElementKind.OUTCOME;
import static io.github.councilplan.model.ElementKind.PARTNER;
import static io.github.councilplan.model.ElementKind.PRINCIPLE;
import static io.github.councilplan.model.ElementKind.PRIORITY;
import static io.github.councilplan.model.ElementKind.THEME;
import static io.github.councilplan.model.ElementKind.VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.PlanJson;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class LinkKindTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    /** The kinds each link may start at, from the LinkKind Javadoc, written out independently. */
    private static final Map<LinkKind, Set<ElementKind>> SOURCES = Map.of(
            LinkKind.CONTRIBUTES_TO, EnumSet.of(OBJECTIVE, PRIORITY, DELIVERABLE, PARTNER),
            LinkKind.EVIDENCES, EnumSet.of(MEASURE),
            LinkKind.REFLECTS, EnumSet.of(THEME, OBJECTIVE, OUTCOME, PRIORITY, DELIVERABLE, COMMITMENT, MEASURE, ITEM),
            LinkKind.INVOLVES, EnumSet.of(THEME, OBJECTIVE, PRIORITY, DELIVERABLE, MILESTONE),
            LinkKind.ILLUSTRATES, EnumSet.of(COMMITMENT));

    /** The kinds each link may end at. */
    private static final Map<LinkKind, Set<ElementKind>> TARGETS = Map.of(
            LinkKind.CONTRIBUTES_TO, EnumSet.of(OUTCOME, OBJECTIVE, PRIORITY, DELIVERABLE),
            LinkKind.EVIDENCES, EnumSet.of(OUTCOME, THEME, OBJECTIVE, PRIORITY, DELIVERABLE),
            LinkKind.REFLECTS, EnumSet.of(VALUE, PRINCIPLE),
            LinkKind.INVOLVES, EnumSet.of(PARTNER),
            LinkKind.ILLUSTRATES, EnumSet.of(OUTCOME));

    @ParameterizedTest
    @CsvSource({
        "CONTRIBUTES_TO, DELIVERABLE, OUTCOME", "CONTRIBUTES_TO, PARTNER, PRIORITY", "CONTRIBUTES_TO, OBJECTIVE, DELIVERABLE",
        "EVIDENCES, MEASURE, DELIVERABLE", "EVIDENCES, MEASURE, THEME",
        "REFLECTS, COMMITMENT, VALUE", "REFLECTS, THEME, VALUE", "REFLECTS, ITEM, PRINCIPLE",
        "REFLECTS, OUTCOME, PRINCIPLE", "REFLECTS, MEASURE, VALUE",
        "INVOLVES, MILESTONE, PARTNER", "INVOLVES, DELIVERABLE, PARTNER",
        "ILLUSTRATES, COMMITMENT, OUTCOME"})
    void allowsTheLinksThePlanModelDescribes(LinkKind kind, ElementKind from, ElementKind to) {
        assertThat(kind.allows(from, to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "CONTRIBUTES_TO, OUTCOME, DELIVERABLE", "CONTRIBUTES_TO, DELIVERABLE, PARTNER", "CONTRIBUTES_TO, MEASURE, OUTCOME",
        "EVIDENCES, DELIVERABLE, MEASURE", "EVIDENCES, MEASURE, MEASURE", "EVIDENCES, MEASURE, COMMITMENT",
        "REFLECTS, VALUE, THEME", "REFLECTS, PARTNER, VALUE", "REFLECTS, PRINCIPLE, VALUE",
       
        "INVOLVES, PARTNER, DELIVERABLE", "INVOLVES, OUTCOME, PARTNER",
        "ILLUSTRATES, OUTCOME, COMMITMENT", "ILLUSTRATES, DELIVERABLE, OUTCOME"})
    void rejectsLinksTheWrongWayRoundOrBetweenOtherKinds(LinkKind kind, ElementKind from, ElementKind to) {
        assertThat(kind.allows(from, to)).isFalse();
    }

    @Test
    void sourcesAndTargetsAreAsDocumented() {
        for (LinkKind kind : LinkKind.values()) {
            assertThat(kind.sources()).as("sources of %s", kind).isEqualTo(SOURCES.get(kind));
            assertThat(kind.targets()).as("targets of %s", kind).isEqualTo(TARGETS.get(kind));
        }
    }

    @Test
    void sourcesAndTargetsCannotBeModified() {
        assertThatThrownBy(() -> LinkKind.EVIDENCES.sources().add(THEME)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LinkKind.EVIDENCES.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allowsRejectsNulls() {
        assertThatThrownBy(() -> LinkKind.EVIDENCES.allows(null, THEME)).isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> LinkKind.EVIDENCES.allows(MEASURE, null)).isInstanceOf(NullPointerException.class).hasMessage("to");
    }

    @ParameterizedTest
    @CsvSource({"CONTRIBUTES_TO, contributesTo", "EVIDENCES, evidences", "REFLECTS, reflects", "INVOLVES, involves",
        "ILLUSTRATES, illustrates"})
    void isWrittenToJsonInCamelCase(LinkKind kind, String json) {
        assertThat(JSON.writeValueAsString(kind)).isEqualTo("\"" + json + "\"");
        assertThat(JSON.readValue("\"" + json + "\"", LinkKind.class)).isEqualTo(kind);
    }

    @Property
    void allowsExactlyTheDocumentedSourcesAndTargets(@ForAll LinkKind kind, @ForAll ElementKind from, @ForAll ElementKind to) {
        assertThat(kind.allows(from, to)).isEqualTo(SOURCES.get(kind).contains(from) && TARGETS.get(kind).contains(to));
    }
}
