package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.MetricReference;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ExtensionUse;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class PlanJsonWriteTest {
    private static final PlanJson JSON = PlanJson.standard();
    private static final JsonNode FULL = JSON.mapper().readTree(JSON.write(JsonFixtures.fullPlan()));

    private static List<String> propertyNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> declaredOrder(Class<?> type) {
        return List.of(type.getAnnotation(JsonPropertyOrder.class).value());
    }

    @Test
    void schemaVersionIsWrittenFirst() {
        JsonNode written = JSON.mapper().readTree(JSON.write(JsonFixtures.fullPlan()));

        assertThat(propertyNames(written).get(0)).isEqualTo("schemaVersion");
        assertThat(written.get("schemaVersion").stringValue()).isEqualTo(Plan.SCHEMA_VERSION);
    }

    static Stream<Arguments> objectsOfEveryType() {
        return Stream.of(
                Arguments.of("", Plan.class),
                Arguments.of("/organisation", Organisation.class),
                Arguments.of("/period", PeriodRange.class),
                Arguments.of("/edition", Edition.class),
                Arguments.of("/edition/decision", Decision.class),
                Arguments.of("/edition/supersededBy", Supersession.class),
                Arguments.of("/levelNames", LevelNames.class),
                Arguments.of("/relatedPlans/0", RelatedPlan.class),
                Arguments.of("/extensionsUsed/0", ExtensionUse.class),
                Arguments.of("/statements/0", Statement.class),
                Arguments.of("/statements/0/signatories/0", Signatory.class),
                Arguments.of("/purpose", Purpose.class),
                Arguments.of("/values/0", SharedValue.class),
                Arguments.of("/principles/0", Principle.class),
                Arguments.of("/themes/0", Theme.class),
                Arguments.of("/themes/0/outcomes/0", Outcome.class),
                Arguments.of("/themes/0/objectives/0", Objective.class),
                Arguments.of("/themes/0/priorities/0", Priority.class),
                Arguments.of("/themes/0/priorities/0/deliverables/0", Deliverable.class),
                Arguments.of("/themes/0/priorities/0/deliverables/0/milestones/0", Milestone.class),
                Arguments.of("/themes/0/priorities/0/deliverables/0/progress/0", ProgressUpdate.class),
                Arguments.of("/themes/0/commitments/0", Commitment.class),
                Arguments.of("/themes/0/lists/0", ItemList.class),
                Arguments.of("/themes/0/lists/0/items/0", ListItem.class),
                Arguments.of("/measures/0", Measure.class),
                Arguments.of("/measures/0/targets/0", Target.class),
                Arguments.of("/measures/0/metrics/0", MetricReference.class),
                Arguments.of("/owners/0", Owner.class),
                Arguments.of("/partners/0", Partner.class),
                Arguments.of("/links/0", Link.class),
                Arguments.of("/otherNames/0", AlternativeName.class),
                Arguments.of("/provenance", Provenance.class),
                Arguments.of("/references/0", ExternalReference.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("objectsOfEveryType")
    void everyPropertyIsWrittenInTheDeclaredOrder(String pointer, Class<?> type) {
        // the fixture gives every property, so the written names are exactly the declared ones
        assertThat(propertyNames(FULL.at(pointer))).containsExactlyElementsOf(declaredOrder(type));
    }

    @Test
    void observationIsWrittenWithItsPeriodOrItsAsAtDate() {
        assertThat(declaredOrder(Observation.class))
                .containsExactly("period", "asAt", "value", "numerator", "denominator", "text");
        assertThat(propertyNames(FULL.at("/measures/0/baseline")))
                .containsExactly("period", "value", "numerator", "denominator", "text");
        assertThat(propertyNames(FULL.at("/measures/0/actuals/1"))).containsExactly("asAt", "value", "text");
    }

    @Test
    void targetRevisionIsWrittenWithItsValueOrAsAWithdrawal() {
        assertThat(declaredOrder(TargetRevision.class)).containsExactly("date", "value", "text", "withdrawn",
                "decision", "reason", "afterPeriodClosed");
        assertThat(propertyNames(FULL.at("/measures/0/targets/0/revisions/0"))).containsExactly("date", "value",
                "text", "decision", "reason", "afterPeriodClosed");
        assertThat(propertyNames(FULL.at("/measures/0/targets/0/revisions/1"))).containsExactly("date", "withdrawn",
                "decision");
    }

    @Test
    void blockIsWrittenAsAParagraphOrAList() {
        assertThat(declaredOrder(Block.class)).containsExactly("paragraph", "list", "numbered");
        assertThat(propertyNames(FULL.at("/statements/0/body/0"))).containsExactly("paragraph");
        assertThat(propertyNames(FULL.at("/statements/0/body/1"))).containsExactly("list", "numbered");
    }

    @Test
    void toleranceIsWrittenWithTheOneAmountItHas() {
        assertThat(declaredOrder(Tolerance.class)).containsExactly("absolute", "percent");
        assertThat(propertyNames(FULL.at("/measures/0/tolerance"))).containsExactly("absolute");
        assertThat(propertyNames(FULL.at("/measures/1/tolerance"))).containsExactly("percent");
    }

    @Test
    void emptyListsAreLeftOut() {
        Plan plan = JsonFixtures.minimalPlan();
        Plan withEmptyTheme = Plan.builder().from(plan)
                .addThemes(Theme.builder().id(ElementId.of("t")).name(Text.of("Theme")).build()).build();

        JsonNode written = JSON.mapper().readTree(JSON.write(withEmptyTheme));

        assertThat(propertyNames(written.get("themes").get(0))).containsExactly("id", "name");
    }

    @Test
    void absentOptionalsAreLeftOut() {
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan())
                .addMeasures(Measure.builder().id(ElementId.of("k")).name(Text.of("K")).unit("%")
                        .direction(Direction.ON_TARGET)
                        .frequency(PeriodType.MONTH).build())
                .build();

        JsonNode written = JSON.mapper().readTree(JSON.write(plan));

        assertThat(propertyNames(written)).containsExactly("schemaVersion", "id", "title", "organisation", "period",
                "measures");
        assertThat(propertyNames(written.get("measures").get(0)))
                .containsExactly("id", "name", "unit", "direction", "frequency");
    }

    @Test
    void emptyExtensionsAreLeftOut() {
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan()).extensions(Extensions.empty()).build();

        assertThat(JSON.mapper().readTree(JSON.write(plan)).has("extensions")).isFalse();
    }

    @Test
    void minimalPlanIsWrittenAsTheMinimalDocument() {
        assertThat(JSON.mapper().readTree(JSON.write(JsonFixtures.minimalPlan())))
                .isEqualTo(JSON.mapper().readTree(JsonFixtures.MINIMAL));
    }

    @Test
    void decimalsAreWrittenInPlainNotation() {
        Plan plan = Plan.builder().from(JsonFixtures.minimalPlan())
                .addMeasures(Measure.builder().id(ElementId.of("k")).name(Text.of("K")).unit("£")
                        .direction(Direction.LOWER_IS_BETTER)
                        .frequency(PeriodType.CALENDAR_YEAR)
                        .putTargets(ReportingPeriod.parse("2025"),
                                new BigDecimal("1E+6"))
                        .putActuals(ReportingPeriod.parse("2025"),
                                new BigDecimal("1E-7"))
                        .build())
                .build();

        String written = JSON.write(plan);

        assertThat(written).contains("\"value\" : 1000000").contains("\"value\" : 0.0000001")
                .doesNotContainPattern("\\d[eE][+-]?\\d");
    }
}
