package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code plan diff}, run in this process. */
class DiffCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String THURROCK = PlanRun.THURROCK.toString();

    @TempDir
    Path dir;

    /** Writes Thurrock's plan edited as JSON, so that nothing else in the document changes. */
    private Path edition(String name, Consumer<ObjectNode> edit) throws IOException {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode plan = (ObjectNode) mapper.readTree(Files.readString(PlanRun.THURROCK));
        edit.accept(plan);
        Path next = dir.resolve(name);
        Files.writeString(next, mapper.writeValueAsString(plan));
        return next;
    }

    private static ArrayNode deliverables(ObjectNode plan, int theme, int priority) {
        return (ArrayNode) plan.get("themes").get(theme).get("priorities").get(priority).get("deliverables");
    }

    /** A next edition of Thurrock's plan: deliverable 1.2.4 removed, 1.2.2 reworded and 1.3.5 added. */
    private Path nextEdition() throws IOException {
        return edition("thurrock-next.json", plan -> {
            ArrayNode twelve = deliverables(plan, 0, 1);
            assertThat(twelve.get(3).get("id").asString()).isEqualTo("d-1.2.4");
            twelve.remove(3);
            ((ObjectNode) twelve.get(1)).put("title", "Innovate our services through digital efficiencies and AI");
            deliverables(plan, 0, 2).addObject().put("id", "d-1.3.5").put("number", "1.3.5").put("title", "Open community hubs");
        });
    }

    @Test
    void reportsTheRemovedRewordedAndAddedDeliverablesAndNothingElse() throws IOException {
        PlanRun run = PlanRun.of("diff", THURROCK, nextEdition().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("3 changes: 1 added, 1 removed, 1 reworded" + NL
                + "  reworded deliverable 1.2.2: \"Innovate our services through digital efficiencies\" -> "
                + "\"Innovate our services through digital efficiencies and AI\"" + NL
                + "  removed deliverable 1.2.4: \"Prepare for new a Strategic Authority and new unitary councils for"
                + " Greater Essex\"" + NL
                + "  added deliverable 1.3.5: \"Open community hubs\"" + NL);
    }

    @Test
    void aPlanComparedWithItselfHasNoChanges() {
        PlanRun run = PlanRun.of("diff", THURROCK, THURROCK);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("no changes" + NL);
    }

    @Test
    void jsonListsEachChangeWithItsCodeIdsAndValues() throws IOException {
        PlanRun run = PlanRun.of("diff", "--format", "json", THURROCK, nextEdition().toString());

        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("total").asInt()).isEqualTo(3);
        assertThat(json.get("counts").get("added").asInt()).isEqualTo(1);
        assertThat(json.get("changes")).hasSize(3);
        JsonNode reworded = json.get("changes").get(0);
        assertThat(reworded.get("code").asString()).isEqualTo("reworded");
        assertThat(reworded.get("elementKind").asString()).isEqualTo("deliverable");
        assertThat(reworded.get("olderId").asString()).isEqualTo("d-1.2.2");
        assertThat(reworded.get("newerId").asString()).isEqualTo("d-1.2.2");
        assertThat(reworded.get("basis").asString()).isEqualTo("id");
        assertThat(reworded.get("newValue").asString()).isEqualTo("Innovate our services through digital efficiencies and AI");
        JsonNode removed = json.get("changes").get(1);
        assertThat(removed.get("newerId").isNull()).isTrue();
    }

    /** A next edition of Thurrock's plan with deliverable 1.2.2 moved to priority 3.1, as 3.1.4. */
    private Path movedEdition() throws IOException {
        return edition("thurrock-moved.json", plan -> {
            ObjectNode moved = (ObjectNode) deliverables(plan, 0, 1).remove(1);
            assertThat(moved.get("id").asString()).isEqualTo("d-1.2.2");
            deliverables(plan, 2, 0).add(moved.put("number", "3.1.4"));
        });
    }

    @Test
    void aMoveIntoAnotherThemeNamesBothPrioritiesAfterTheirThemes() throws IOException {
        PlanRun run = PlanRun.of("diff", THURROCK, movedEdition().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  moved deliverable 3.1.4 (to another theme): "
                + "\"theme 1 \u203a priority 1.2\" -> \"theme 3 \u203a priority 3.1\"" + NL);
    }

    @Test
    void jsonGivesAMovesParentsAndThatItChangedTheme() throws IOException {
        PlanRun run = PlanRun.of("diff", "--format", "json", THURROCK, movedEdition().toString());

        JsonNode changes = JsonMapper.shared().readTree(run.out()).get("changes");
        assertThat(changes).extracting(change -> change.get("code").asString()).containsExactly("moved", "renumbered");
        JsonNode moved = changes.get(0);
        assertThat(moved.get("olderParentId").asString()).isEqualTo("p-1.2");
        assertThat(moved.get("newerParentId").asString()).isEqualTo("p-3.1");
        assertThat(moved.get("themeChanged").asBoolean()).isTrue();
        JsonNode renumbered = changes.get(1);
        assertThat(renumbered.get("olderParentId").isNull()).isTrue();
        assertThat(renumbered.get("themeChanged").asBoolean()).isFalse();
    }

    @Test
    void anInvalidNewerEditionIsReportedAndExitsOne() {
        PlanRun run = PlanRun.of("diff", THURROCK, "src/test/resources/fixtures/invalid-bad-id.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("schema.pattern");
    }

    @Test
    void bothEditionsAreRequired() {
        PlanRun run = PlanRun.of("diff", THURROCK);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'NEW'");
        assertThat(run.errShowsStackTrace()).isFalse();
    }
}
