package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan render --lang TAG}, on the fictional partly translated plan (English and Welsh, some
 * passages in English only), with step 1.2's title left in English only.
 */
class RenderLanguageTest {
    private static final Path PARTLY_TRANSLATED = Path.of(
            "../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-partly-translated-plan.json");
    private static final String STEP_1_1_IN_WELSH = "helpu teuluoedd i hawlio'r holl gymorth";
    private static final String STEP_1_2_IN_ENGLISH = "offer a free breakfast in every primary school";

    @TempDir
    Path dir;

    private String plan;

    @BeforeEach
    void writeThePlanWithStep12InEnglishOnly() throws IOException {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode document = (ObjectNode) mapper.readTree(Files.readString(PARTLY_TRANSLATED));
        ObjectNode step = (ObjectNode) document.get("themes").get(0).get("priorities").get(1);
        assertThat(step.get("id").asString()).isEqualTo("step-1.2");
        ((ObjectNode) step.get("title")).remove("cy");
        Path written = dir.resolve("partly-translated.json");
        Files.writeString(written, mapper.writeValueAsString(document));
        plan = written.toString();
    }

    private static String rendered(String... args) {
        PlanRun run = PlanRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    @Test
    void markdownIsWrittenInTheLanguageAskedForWithMissingTextMarked() {
        assertThat(rendered("render", "--format", "markdown", "--lang", "cy", plan))
                .contains(STEP_1_1_IN_WELSH).contains(STEP_1_2_IN_ENGLISH + " \\[en\\]");
    }

    @Test
    void mermaidIsWrittenInTheLanguageAskedForWithMissingTextMarked() {
        assertThat(rendered("render", "--format", "mermaid", "--lang", "cy", plan))
                .contains(STEP_1_1_IN_WELSH).contains(STEP_1_2_IN_ENGLISH + " #91;en#93;");
    }

    @Test
    void csvIsWrittenInTheLanguageAskedForWithMissingTextMarked() {
        assertThat(rendered("render", "--format", "csv", "--lang", "cy", plan))
                .contains(STEP_1_1_IN_WELSH).contains("," + STEP_1_2_IN_ENGLISH + " [en],");
    }

    @Test
    void theTagIsReadInAnyCase() {
        assertThat(rendered("render", "--format", "csv", "--lang", "CY", plan))
                .isEqualTo(rendered("render", "--format", "csv", "--lang", "cy", plan));
    }

    @Test
    void withoutLangThePlanIsWrittenInItsFirstLanguageUnmarked() {
        String markdown = rendered("render", "--format", "markdown", plan);

        assertThat(markdown).isEqualTo(rendered("render", "--format", "markdown", "--lang", "en", plan))
                .contains(STEP_1_2_IN_ENGLISH).doesNotContain(STEP_1_1_IN_WELSH).doesNotContain("\\[en\\]")
                .doesNotContain("\\[cy\\]");
    }

    @Test
    void aLanguageThePlanDoesNotDeclareIsAUsageErrorNamingThoseItDoes() {
        PlanRun run = PlanRun.of("render", "--format", "markdown", "--lang", "fr", plan);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("plan: --lang: 'fr' is not one the plan declares (it declares en, cy)");
    }

    @Test
    void anIllFormedTagIsAUsageError() {
        PlanRun run = PlanRun.of("render", "--format", "markdown", "--lang", "not a tag", plan);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).startsWith("plan: --lang: 'not a tag' is not one the plan declares");
    }
}
