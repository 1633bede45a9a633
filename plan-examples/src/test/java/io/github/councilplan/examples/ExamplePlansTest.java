package io.github.councilplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplePlansTest {
    /** Where the documents are kept, from this module's directory (where the tests run). */
    private static final Path SOURCES = Path.of("src", "main", "resources", "io", "github", "councilplan", "examples");

    private static final Map<String, Supplier<Plan>> LOADERS = Map.of(
            ExamplePlans.THURROCK_RESOURCE, ExamplePlans::thurrock,
            ExamplePlans.FICTIONAL_RESOURCE, ExamplePlans::fictional,
            ExamplePlans.COUNTY_PLEDGES_RESOURCE, ExamplePlans::countyPledges,
            ExamplePlans.PARTLY_TRANSLATED_RESOURCE, ExamplePlans::partlyTranslated,
            ExamplePlans.DISTRICT_STRATEGY_RESOURCE, ExamplePlans::districtStrategy,
            ExamplePlans.DISTRICT_DELIVERY_PLAN_RESOURCE, ExamplePlans::districtDeliveryPlan,
            ExamplePlans.PRINCIPLES_RESOURCE, ExamplePlans::crossCuttingPrinciples,
            ExamplePlans.STRATEGIC_OBJECTIVES_RESOURCE, ExamplePlans::strategicObjectives,
            ExamplePlans.BOROUGH_2024_RESOURCE, ExamplePlans::borough2024,
            ExamplePlans.BOROUGH_2025_RESOURCE, ExamplePlans::borough2025);

    static Stream<String> resources() {
        return ExamplePlans.resources().stream();
    }

    private static Stream<String> fictionalResources() {
        return resources().filter(resource -> !resource.equals(ExamplePlans.THURROCK_RESOURCE));
    }

    /** The fictional plans written for format 0.2; the older bilingual plan shows extensions on purpose. */
    private static Stream<String> newFictionalResources() {
        return fictionalResources().filter(resource -> !resource.equals(ExamplePlans.FICTIONAL_RESOURCE));
    }

    private static List<Plan> all() {
        return resources().map(ExamplePlans::load).collect(Collectors.toList());
    }

    @Test
    void thurrockLoadsFromItsResource() {
        assertThat(ExamplePlans.thurrock().id().value()).isEqualTo("thurrock-corporate-plan");
    }

    @Test
    void fictionalLoadsFromItsResource() {
        assertThat(ExamplePlans.fictional().id().value()).isEqualTo("imaginary-county-plan");
    }

    @Test
    void everyResourceHasItsOwnLoader() {
        assertThat(LOADERS.keySet()).containsExactlyInAnyOrderElementsOf(ExamplePlans.resources());
        LOADERS.forEach((resource, loader) -> assertThat(loader.get()).as(resource)
                .isEqualTo(ExamplePlans.load(resource)));
    }

    @Test
    void resourcesNameEveryDocumentOfThePackageOnce() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.map(file -> "io/github/councilplan/examples/" + file.getFileName())
                    .filter(name -> name.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(ExamplePlans.resources());
        }
        assertThat(ExamplePlans.resources()).doesNotHaveDuplicates().startsWith(ExamplePlans.THURROCK_RESOURCE);
    }

    @Test
    void everyPlanHasItsOwnIdButTwoEditionsOfOnePlanShareIt() {
        assertThat(all()).extracting(plan -> plan.id().value() + " " + plan.edition().map(edition -> edition.name()).orElse(""))
                .doesNotHaveDuplicates();
        assertThat(all()).extracting(Plan::id).filteredOn(id -> id.equals(ExamplePlans.borough2024().id()))
                .hasSize(2);
    }

    @Test
    void aMissingResourceIsReportedByName() {
        assertThatThrownBy(() -> ExamplePlans.load("io/github/councilplan/examples/no-such-plan.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/councilplan/examples/no-such-plan.json");
        assertThatThrownBy(() -> ExamplePlans.document("io/github/councilplan/examples/no-such-plan.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-plan.json");
    }

    @Test
    void eachLoadGivesAnEqualPlan() {
        assertThat(ExamplePlans.thurrock()).isEqualTo(ExamplePlans.thurrock());
    }

    @Test
    void thurrocksDocumentIsItsResourcesBytes() {
        assertThat(ExamplePlans.thurrockDocument()).isEqualTo(ExamplePlans.document(ExamplePlans.THURROCK_RESOURCE));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyDocumentIsAsPlanJsonWritesIt(String resource) {
        String document = new String(ExamplePlans.document(resource), StandardCharsets.UTF_8);

        assertThat(PlanJson.standard().write(PlanJson.standard().read(document))).isEqualTo(document);
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyPlanRoundTripsThroughJson(String resource) {
        Plan plan = ExamplePlans.load(resource);

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyPlanIsOfFormat0_2WithIdsUniqueAcrossThePlan(String resource) {
        Plan plan = ExamplePlans.load(resource);

        assertThat(plan.schemaVersion()).isEqualTo("0.2");
        assertThat(plan.elements()).extracting(PlanElement::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyLinkResolvesGivenTheRelatedPlans(String resource) {
        Plan plan = ExamplePlans.load(resource);
        List<Plan> related = all().stream().filter(other -> plan.relatedPlans().stream()
                .anyMatch(relation -> relation.id().equals(other.id()))).collect(Collectors.toList());

        PlanIndex index = PlanIndex.of(plan, related);

        assertThat(related).hasSameSizeAs(plan.relatedPlans());
        assertThat(index.unresolvedLinks()).isEmpty();
        assertThat(index.linksToPlansNotGiven()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyLeadInIntroducesAListThePlanHas(String resource) {
        assertThat(TestSupport.leadInLists(ExamplePlans.load(resource))).isNotEmpty()
                .allSatisfy((where, list) -> assertThat(list.isArray() && !list.isEmpty()).as(where).isTrue());
    }

    @ParameterizedTest
    @MethodSource("fictionalResources")
    void everyFictionalPlanSaysItIsFictional(String resource) {
        Plan plan = ExamplePlans.load(resource);

        assertThat(plan.extensions().get("fictional").map(node -> node.asBoolean())).as(resource).contains(true);
        assertThat(plan.extensions().get("description").map(node -> node.asString())).as(resource)
                .hasValueSatisfying(description -> assertThat(description).containsIgnoringCase("fictional"));
    }

    @Test
    void thurrocksPlanIsNotMarkedFictional() {
        assertThat(ExamplePlans.thurrock().extensions().get("fictional")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("newFictionalResources")
    void theNewFictionalPlansKeepNothingButTheirFictionalNoteInExtensions(String resource) {
        Plan plan = ExamplePlans.load(resource);

        assertThat(plan.elements()).filteredOn(element -> !element.extensions().isEmpty()).containsExactly(plan);
        assertThat(plan.extensions().names()).containsExactlyInAnyOrder("fictional", "description");
    }
}
