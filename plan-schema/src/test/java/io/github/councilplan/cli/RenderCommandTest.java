package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.render.HtmlReport;
import io.github.councilplan.render.MarkdownSummary;
import io.github.councilplan.render.MatrixCsv;
import io.github.councilplan.render.MermaidDiagram;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan render}, run in this process. */
class RenderCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String FILE = PlanRun.TRACEABLE.toString();
    private static PlanIndex index;

    @TempDir
    Path dir;

    @BeforeAll
    static void readThePlan() throws IOException {
        index = PlanIndex.of(PlanJson.standard().read(PlanRun.TRACEABLE));
    }

    @Test
    void eachFormatWritesWhatItsRendererWrites() {
        PlanRun markdown = PlanRun.of("render", "--format", "markdown", FILE);
        PlanRun mermaid = PlanRun.of("render", "--format=mermaid", FILE);
        PlanRun csv = PlanRun.of("render", FILE, "--format", "csv");

        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).isEqualTo(MarkdownSummary.standard().render(index)).startsWith("# Our plan\n");
        assertThat(mermaid.exitCode()).isZero();
        assertThat(mermaid.out()).isEqualTo(MermaidDiagram.standard().render(index)).startsWith("flowchart TD\n");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).isEqualTo(MatrixCsv.standard().render(index))
                .contains("\r\n2.1.1,d-2.1.1,'=1+1 Open a market; [it](x) *now*,,,containment\r\n");
        assertThat(markdown.err() + mermaid.err() + csv.err()).isEmpty();
    }

    @Test
    void theHtmlFormatWritesTheHtmlReportsPage() throws IOException {
        Path out = dir.resolve("plan.html");

        PlanRun run = PlanRun.of("render", "--format", "html", "--output", out.toString(), FILE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out() + run.err()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.standard().render(index))
                .startsWith("<!DOCTYPE html>\n");
    }

    @Test
    void outputGoesToAFileInUtf8() throws IOException {
        Path out = dir.resolve("plan.md");
        Path thurrock = dir.resolve("thurrock.md");

        PlanRun run = PlanRun.of("render", "--format", "markdown", "--output", out.toString(), FILE);
        PlanRun welsh = PlanRun.of("render", "--format", "markdown", "--output", thurrock.toString(),
                "../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-bilingual-plan.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(MarkdownSummary.standard().render(index));
        assertThat(welsh.exitCode()).isZero();
        assertThat(Files.readString(thurrock, StandardCharsets.UTF_8)).contains("ystâd");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwo() {
        PlanRun run = PlanRun.of("render", "--format", "csv", "--output", dir.toString(), FILE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("plan: " + dir + ": cannot write: ");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void theFormatIsRequiredAndOneOfFour() {
        PlanRun missing = PlanRun.of("render", FILE);
        PlanRun pdf = PlanRun.of("render", "--format", "pdf", FILE);

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("plan: Missing required option: '--format=markdown|mermaid|csv|html'")
                .contains("Usage: plan render ");
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains("expected markdown or mermaid or csv or html but was 'pdf'");
        assertThat(missing.out() + pdf.out()).isEmpty();
    }

    @Test
    void anInvalidDocumentIsReportedAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");

        PlanRun run = PlanRun.of("render", "--format", "csv", "--output", out.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":").contains(": error syntax.").endsWith(file + ": 1 error" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileExitsTwo() {
        Path missing = dir.resolve("missing.json");

        PlanRun run = PlanRun.of("render", "--format", "mermaid", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + NL);
    }
}
