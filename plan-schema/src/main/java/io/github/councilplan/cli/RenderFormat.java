package io.github.councilplan.cli;

import io.github.councilplan.render.HtmlReport;
import io.github.councilplan.render.MarkdownSummary;
import io.github.councilplan.render.MatrixCsv;
import io.github.councilplan.render.MermaidDiagram;
import io.github.councilplan.render.PlanRenderer;

/** The formats of {@code plan render}, named in lower case on the command line. */
enum RenderFormat {
    /** A summary of the plan: {@link MarkdownSummary}. */
    MARKDOWN(MarkdownSummary.standard()),
    /** The plan's structure and links as a flowchart: {@link MermaidDiagram}. */
    MERMAID(MermaidDiagram.standard()),
    /** The traceability matrix of leaf work against outcomes: {@link MatrixCsv}. */
    CSV(MatrixCsv.standard()),
    /** The plan as one self-contained, accessible web page: {@link HtmlReport}. */
    HTML(HtmlReport.standard());

    private final PlanRenderer renderer;

    RenderFormat(PlanRenderer renderer) {
        this.renderer = renderer;
    }

    /** Returns the renderer of this format. */
    PlanRenderer renderer() {
        return renderer;
    }

    /** Reads {@code --format}'s value: {@code markdown}, {@code mermaid}, {@code csv} or {@code html}. */
    static final class Converter extends OptionValues<RenderFormat> {
        Converter() {
            super(RenderFormat.class);
        }
    }
}
