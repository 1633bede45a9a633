package io.github.councilplan.cli;

import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.PlanIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code plan render --format markdown|mermaid|csv|html [--lang TAG] [--output OUT] FILE}: validates
 * the plan document and writes it in the format asked for, in the language asked for (one the
 * plan declares; by default its first), to standard output or, with {@code --output}, to the file
 * {@code OUT} in UTF-8 (replacing it). A language the plan does not declare is a usage error that
 * names those it declares. Text missing in the language asked for is shown in the plan's
 * fallback, marked with its language, as {@link Wording} says. A file that cannot be written is reported as
 * {@code plan: OUT: cannot write: REASON} and exits with {@link ExitCodes#CANNOT_CHECK}.
 */
@Command(name = RenderCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a plan as Markdown, a Mermaid flowchart, CSV or HTML.",
            "Markdown is a summary; the flowchart shows its structure and links; the CSV matrix"
                    + " shows which work serves which outcomes; the HTML page is the whole plan, accessible,"
                    + " self-contained and ready to publish."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written",
            "1:the document is invalid",
            "2:usage error, or a file cannot be read or written"})
final class RenderCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "render";

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Option(names = "--format", required = true, paramLabel = "markdown|mermaid|csv|html",
            converter = RenderFormat.Converter.class,
            description = "What to write: markdown, a summary; mermaid, a flowchart; csv, the traceability matrix;"
                    + " html, a web page.")
    RenderFormat format;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "The language to write the plan in: a BCP 47 tag the plan declares, such as cy"
                    + " (default: the plan's first). Text missing in it is shown in its own language, marked"
                    + " like this: [en].")
    String language;

    @Option(names = "--output", paramLabel = "OUT", description = "Write to this file instead of standard output.")
    String output;

    @Override
    public Integer call() {
        PlanIndex index = plan.load(spec.commandLine().getErr());
        Wording wording;
        try {
            wording = language == null ? Wording.of(index) : Wording.of(index, language);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage().replaceFirst("^language: ", ""));
        }
        String text = format.renderer().render(wording);
        OutputFile.writeRendering(output, text, format == RenderFormat.CSV, spec.commandLine());
        return ExitCodes.VALID;
    }
}
