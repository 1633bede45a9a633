package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every output names an element the one way (see {@code ElementLabels}): the plan's own level
 * name and the number, with the path where the number alone is ambiguous. The plan here has three
 * strategic objectives 2.1, 2.2 and 2.3, each with a priority A; the priorities A of 2.1 and 2.2
 * each have a deliverable A.1, and that of 2.3 has none.
 */
class ElementLabelsInOutputsTest {
    private static final String LETTERED =
            Path.of("src/test/resources/fixtures/valid-lettered-priorities-in-each-objective.json").toString();
    /** Priority A of strategic objective 2.3, as a rendering or a line of {@code trace} names it. */
    private static final String PRIORITY_2_3_A = "Strategic objective 2.3 \u203a Priority A";
    /** The same priority, as a message names it inside a sentence. */
    private static final String PRIORITY_2_3_A_MENTIONED = "strategic objective 2.3 \u203a priority A";

    @TempDir
    Path dir;

    private static List<String> lines(String... args) {
        PlanRun run = PlanRun.of(args);
        assertThat(run.err()).isEmpty();
        return run.out().lines().toList();
    }

    @Test
    void theValidatorNamesAPriorityThatSharesItsLetterByItsObjective() {
        assertThat(lines("validate", LETTERED)).anySatisfy(line -> assertThat(line)
                .endsWith("warning rule.priority-without-deliverables: " + PRIORITY_2_3_A_MENTIONED
                        + ": has no deliverables, though other priorities of the plan have some"));
    }

    @Test
    void gapsNameTwoDeliverablesOfOneNumberApart() {
        List<String> withoutMilestones = lines("gaps", "--as-of", "2026-01-01", LETTERED).stream()
                .filter(line -> line.endsWith(" has no milestones")).toList();

        assertThat(withoutMilestones).doesNotHaveDuplicates().contains(
                "  strategic objective 2.1 \u203a priority A \u203a deliverable A.1 has no milestones",
                "  strategic objective 2.2 \u203a priority A \u203a deliverable A.1 has no milestones");
    }

    @Test
    void gapsNameAPriorityAsTheValidatorDoes() {
        assertThat(lines("gaps", "--as-of", "2026-01-01", LETTERED))
                .contains("  " + PRIORITY_2_3_A_MENTIONED + " has no deliverables, though other priorities of the plan have some");
    }

    @Test
    void traceNamesAPriorityAsTheValidatorDoes() {
        assertThat(lines("trace", LETTERED, "so-3-a").get(0)).isEqualTo(PRIORITY_2_3_A + " (so-3-a): Plan more bus routes");
    }

    @Test
    void markdownSubHeadingsUseThePlansOwnLevelNames() {
        List<String> headings = lines("render", "--format", "markdown", LETTERED).stream()
                .filter(line -> line.startsWith("#")).toList();

        assertThat(headings).contains("### Strategic objective 2.1: A growing economy",
                "#### " + PRIORITY_2_3_A + ": Plan more bus routes")
                .noneMatch(line -> line.matches("#+ Objective .*"));
    }

    @Test
    void diffNamesAChangedElementAsTheValidatorDoes() throws IOException {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode plan = (ObjectNode) mapper.readTree(Files.readString(Path.of(LETTERED)));
        ArrayNode objectives = (ArrayNode) plan.get("themes").get(0).get("objectives");
        ((ObjectNode) objectives.get(2).get("priorities").get(0)).put("title", "Plan more and faster bus routes");
        Path next = dir.resolve("next.json");
        Files.writeString(next, mapper.writeValueAsString(plan));

        assertThat(lines("diff", LETTERED, next.toString()))
                .anySatisfy(line -> assertThat(line).startsWith("  reworded " + PRIORITY_2_3_A_MENTIONED + ": "));
    }
}
