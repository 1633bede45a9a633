package io.github.councilplan.cli;

import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.render.QuarterReportFormat;
import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.PlanIndex;
import io.github.councilplan.trace.QuarterReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code plan report FILE --period PERIOD [--as-at DATE] [--format markdown|csv|html] [-o OUT]}:
 * validates the plan document and writes its committee report for the period ({@link QuarterReport})
 * as at the date (by default the period's last day), in the format asked for (by default Markdown),
 * to standard output or, with {@code -o}, to the file {@code OUT} in UTF-8 (replacing it). A period
 * or date in another form is a usage error that shows the forms expected; an invalid plan is
 * reported as {@code plan render} reports it.
 */
@Command(name = ReportCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a committee's performance report on a plan for a period.",
            "Per theme, how many measures are in each state, and each measure's actual, target, state,"
                    + " forecast, trend and commentary.",
            "Targets are those in force on the reporting date; a revised target is shown beside the one"
                    + " adopted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "1:the document is invalid",
            "2:usage error, or a file cannot be read or written"})
final class ReportCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "report";

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The period reported on, in one of the forms \"2025/26 Q2\" (quarter),"
                    + " \"2025/26\" (financial year), \"2025-08\" (month), \"2025\" (calendar year).")
    ReportingPeriod period;

    @Option(names = "--as-at", paramLabel = "DATE", converter = GapsCommand.DateConverter.class,
            description = "The reporting date (YYYY-MM-DD; default: the period's last day), whose targets in"
                    + " force are used.")
    LocalDate asAt;

    @Option(names = "--format", paramLabel = "markdown|csv|html", converter = FormatConverter.class,
            description = "What to write: markdown (the default), csv (a row per theme and measure) or html"
                    + " (a web page).")
    QuarterReportFormat format = QuarterReportFormat.MARKDOWN;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard"
            + " output.")
    String output;

    @Override
    public Integer call() {
        PlanIndex index = plan.load(spec.commandLine().getErr());
        QuarterReport report = QuarterReport.of(index, period, asAt == null ? period.endDate() : asAt);
        String text = format.render(report, Wording.of(index));
        OutputFile.writeRendering(output, text, format == QuarterReportFormat.CSV, spec.commandLine());
        return ExitCodes.VALID;
    }

    /** Reads {@code --format}'s value: {@code markdown}, {@code csv} or {@code html}. */
    static final class FormatConverter extends OptionValues<QuarterReportFormat> {
        FormatConverter() {
            super(QuarterReportFormat.class);
        }
    }

    /** Reads {@code --period}: a reporting period, or a usage error that gives the forms expected. */
    static final class PeriodConverter implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String value) {
            try {
                return ReportingPeriod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage().replaceFirst("^period: ", ""));
            }
        }
    }
}
