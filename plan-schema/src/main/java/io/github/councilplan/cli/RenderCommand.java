package io.github.councilplan.cli;

import io.github.councilplan.trace.PlanIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan render --format markdown|mermaid|csv [--output OUT] FILE}: validates the plan
 * document and writes it in the format asked for, to standard output or, with {@code --output},
 * to the file {@code OUT} in UTF-8 (replacing it). A file that cannot be written is reported as
 * {@code plan: OUT: cannot write: REASON} and exits with {@link ExitCodes#CANNOT_CHECK}.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a plan as Markdown, a Mermaid flowchart or a CSV traceability matrix.",
            "Markdown is a summary; the flowchart shows its structure and links; the CSV matrix"
                    + " shows which work serves which outcomes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written",
            "1:the document is invalid",
            "2:usage error, or a file cannot be read or written"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Option(names = "--format", required = true, paramLabel = "markdown|mermaid|csv",
            converter = RenderFormat.Converter.class,
            description = "What to write: markdown, a summary; mermaid, a flowchart; csv, the traceability matrix.")
    RenderFormat format;

    @Option(names = "--output", paramLabel = "OUT", description = "Write to this file instead of standard output.")
    String output;

    @Override
    public Integer call() {
        PlanIndex index = plan.load(spec.commandLine().getErr());
        String text = format.renderer().render(index);
        if (output == null) {
            // the format's own text, whose line breaks are kept; anything else that could act on a
            // terminal is escaped (CSV written to a file keeps its data as it is)
            TerminalWriter out = TerminalWriter.of(spec.commandLine().getOut());
            if (format == RenderFormat.CSV) {
                out.printCsv(text);
            } else {
                out.printLines(text);
            }
            return ExitCodes.VALID;
        }
        OutputFile.write(output, text);
        return ExitCodes.VALID;
    }
}
