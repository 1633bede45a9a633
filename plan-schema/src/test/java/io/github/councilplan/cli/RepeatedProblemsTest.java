package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan validate}'s text output counts each code found many times in a line of its own
 * before the file's summary; the machine-readable formats keep every problem, with no such line.
 */
class RepeatedProblemsTest {
    /** The fictional bilingual plan, which declares Welsh and English complete. */
    private static final Path BILINGUAL =
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-bilingual-plan.json");

    /** The bilingual plan with every other text in English alone. */
    private static String UNTRANSLATED;

    @BeforeAll
    static void writeThePlanMissingTranslations(@TempDir Path dir) throws IOException {
        JsonNode plan = JsonMapper.shared().readTree(Files.readString(BILINGUAL));
        int[] texts = {0};
        dropEveryOtherWelshText(plan, texts);
        assertThat(texts[0]).isGreaterThan(2 * TextReportWriter.REPEATED);
        Path written = dir.resolve("untranslated.json");
        Files.writeString(written, JsonMapper.shared().writeValueAsString(plan));
        UNTRANSLATED = written.toString();
    }

    /** Removes the Welsh of every other text given in Welsh and English, counting the texts. */
    private static void dropEveryOtherWelshText(JsonNode node, int[] texts) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 2 && object.path("cy").isString() && object.path("en").isString()) {
                if (texts[0]++ % 2 == 1) {
                    object.remove("cy");
                }
                return;
            }
            object.values().forEach(child -> dropEveryOtherWelshText(child, texts));
        } else if (node.isArray()) {
            node.values().forEach(child -> dropEveryOtherWelshText(child, texts));
        }
    }

    private static List<String> lines(PlanRun run) {
        return run.out().lines().toList();
    }

    private static long problemLines(List<String> lines, String code) {
        return lines.stream().filter(line -> line.contains(": error " + code + ": ")).count();
    }

    @Test
    void textOutputEndsWithTheCountOfACodeFoundManyTimes() {
        List<String> lines = lines(PlanRun.of("validate", UNTRANSLATED));

        long missing = problemLines(lines, "rule.missing-language");
        assertThat(missing).isGreaterThanOrEqualTo(TextReportWriter.REPEATED);
        assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
                UNTRANSLATED + ": rule.missing-language " + missing + " times: "
                        + "text lacks a language the plan declares, and whose translation it says is complete",
                UNTRANSLATED + ": " + missing + " errors");
    }

    @Test
    void textOutputCountsNoCodeFoundFewerTimesThanTheThreshold() {
        List<String> lines = lines(PlanRun.of("validate", "src/test/resources/fixtures/invalid-bad-date.json"));

        assertThat(lines).noneMatch(line -> line.contains(" times: "));
    }

    @Test
    void aCodeIsCountedFromTheThresholdOn() {
        List<Problem> problems = java.util.stream.IntStream.range(0, TextReportWriter.REPEATED)
                .mapToObj(i -> Problem.of(ProblemCode.RULE_MISSING_LANGUAGE, "text lacks cy", "/title", i + 1, 1))
                .toList();
        FileResult atThreshold = new FileResult("plan.json", true, false, problems, java.util.Map.of());
        FileResult belowThreshold = new FileResult("plan.json", true, false, problems.subList(1, problems.size()),
                java.util.Map.of());

        assertThat(TextReportWriter.repeatedLines(atThreshold)).containsExactly("plan.json: rule.missing-language "
                + TextReportWriter.REPEATED + " times: " + ProblemCode.RULE_MISSING_LANGUAGE.meaning());
        assertThat(TextReportWriter.repeatedLines(belowThreshold)).isEmpty();
    }

    @Test
    void omittedProblemsCountTowardsTheirCode() {
        FileResult result = new FileResult("plan.json", true, false, List.of(),
                java.util.Map.of(ProblemCode.SCHEMA_ENUM, 1_200L));

        assertThat(TextReportWriter.repeatedLines(result))
                .containsExactly("plan.json: schema.enum 1,200 times: " + ProblemCode.SCHEMA_ENUM.meaning());
    }

    @Test
    void jsonOutputKeepsEveryProblem() {
        long missing = problemLines(lines(PlanRun.of("validate", UNTRANSLATED)), "rule.missing-language");

        PlanRun json = PlanRun.of("validate", "--format", "json", UNTRANSLATED);

        JsonNode problems = JsonMapper.shared().readTree(json.out()).get("files").get(0).get("problems");
        assertThat(problems.valueStream().filter(problem -> problem.get("code").asString()
                .equals("rule.missing-language")).count()).isEqualTo(missing);
        assertThat(json.out()).doesNotContain(" times: ");
    }

    @Test
    void sarifOutputKeepsEveryProblem() {
        long missing = problemLines(lines(PlanRun.of("validate", UNTRANSLATED)), "rule.missing-language");

        PlanRun sarif = PlanRun.of("validate", "--format", "sarif", UNTRANSLATED);

        JsonNode results = JsonMapper.shared().readTree(sarif.out()).get("runs").get(0).get("results");
        assertThat(results.valueStream().filter(result -> result.get("ruleId").asString()
                .equals("rule.missing-language")).count()).isEqualTo(missing);
    }

    @Test
    void junitOutputKeepsEveryProblem() {
        long missing = problemLines(lines(PlanRun.of("validate", UNTRANSLATED)), "rule.missing-language");

        PlanRun junit = PlanRun.of("validate", "--format", "junit", UNTRANSLATED);

        assertThat(junit.out().split("rule\\.missing-language", -1).length - 1L).isGreaterThanOrEqualTo(missing);
        assertThat(junit.out()).doesNotContain(" times: ");
    }
}
