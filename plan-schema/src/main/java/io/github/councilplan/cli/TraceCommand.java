package io.github.councilplan.cli;

import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan trace [--format text|json] FILE ID}: validates the plan document and tells of the
 * element with id or number {@code ID}: where it sits (its path to the plan and its theme), what
 * it contains, the links into and out of it, and for a piece of work the outcomes it serves, or for
 * an outcome the leaf work that serves it, each by links or by containment, following links into
 * and out of related plans given with {@code --with}. Output is
 * {@link TraceText} or {@link TraceJson}.
 */
@Command(name = TraceCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Tells where an element of a plan sits, what it contains and what it serves.",
            "It prints the element's path, theme, children and links; for work, the outcomes it"
                    + " serves, and for an outcome, the work serving it, by links or by containment."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the element was traced",
            "1:the document is invalid, or no element (or several) has that id or number",
            "2:usage error, or the file cannot be read"})
final class TraceCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "trace";

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Parameters(index = "1", paramLabel = "ID",
            description = "The element's id (d-1.2.2) or number (1.2.2).")
    String id;

    @Option(names = "--format", paramLabel = "text|json", converter = ReportFormat.Converter.class,
            description = "How to tell: text (the default), a line per fact; json.")
    ReportFormat format = ReportFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanIndex index = plan.load(spec.commandLine().getErr());
        PlanElement element = ElementArgument.find(index, plan.name(), id);
        Trace trace = Trace.of(index, element);
        if (format == ReportFormat.JSON) {
            TraceJson.write(trace, out);
        } else {
            TraceText.write(trace, out);
        }
        return ExitCodes.VALID;
    }
}
