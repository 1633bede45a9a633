package io.github.councilplan.cli;

import io.github.councilplan.model.PlanElement;
import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.Gap;
import io.github.councilplan.trace.GapKind;
import io.github.councilplan.trace.PlanGaps;
import io.github.councilplan.trace.PlanIndex;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan gaps [--format text|json] [--as-of DATE] [--strict] [--national-metrics] FILE}: validates the plan
 * document and reports every gap in its traceability ({@link PlanGaps}), by kind, with counts.
 *
 * <p>Text output is a head line ({@code 57 gaps in FILE as of 2026-11-23}), one line per kind
 * with its code and count, then for each kind found its gaps, one line each. JSON output is one
 * line: {@code {"file":…,"asOf":"2026-11-23","total":57,"counts":{CODE:N,…},"gaps":[{"code":…,
 * "element":ELEMENT,"message":…}]}}, with every kind in {@code counts} (zeros too) and the gaps
 * grouped by kind in that order, each kind in document order.
 */
@Command(name = GapsCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the gaps in a plan's traceability, by kind, with counts.",
            "Gaps are outcomes that nothing supports; work serving no outcome, or lacking owners,"
                    + " milestones or measures; priorities without deliverables while others have some;"
                    + " principles that nothing reflects; measures without targets or recent actuals."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the gaps were listed (with --strict: and there are none)",
            "1:the document is invalid (with --strict: or the plan has gaps)",
            "2:usage error, or the file cannot be read"})
final class GapsCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "gaps";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFile plan;

    @Option(names = "--format", paramLabel = "text|json", converter = ReportFormat.Converter.class,
            description = "How to report: text (the default), a line per gap, or json.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date (YYYY-MM-DD; default: today) whose latest reporting periods each"
                    + " measure's actuals must cover.")
    LocalDate asOf;

    @Option(names = "--strict", description = "Exit with 1 if the plan has any gap.")
    boolean strict;

    @Option(names = "--national-metrics", description = "Also list the outcomes whose measures include no"
            + " national metric (LG Inform or Local Outcomes Framework): outcome-without-national-metric.")
    boolean nationalMetrics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanIndex index = plan.load(spec.commandLine().getErr());
        Set<GapKind> kinds = EnumSet.copyOf(GapKind.defaults());
        if (nationalMetrics) {
            kinds.add(GapKind.OUTCOME_WITHOUT_NATIONAL_METRIC);
        }
        PlanGaps gaps = PlanGaps.of(index, asOf == null ? LocalDate.now() : asOf, kinds);
        if (format == ReportFormat.JSON) {
            out.println(JsonMapper.shared().writeValueAsString(json(index, gaps)));
        } else {
            text(gaps).forEach(out::println);
        }
        out.flush();
        return strict && !gaps.isEmpty() ? ExitCodes.INVALID : ExitCodes.VALID;
    }

    /** Returns the text report, a line at a time (the output stream ends each line). */
    private List<String> text(PlanGaps gaps) {
        List<String> lines = new ArrayList<>();
        lines.add(gaps.size() + (gaps.size() == 1 ? " gap in " : " gaps in ") + plan.name() + " as of " + gaps.asOf());
        int width = 0;
        for (GapKind kind : gaps.kinds()) {
            width = Math.max(width, kind.code().length());
        }
        for (GapKind kind : gaps.kinds()) {
            lines.add("  " + kind.code() + " ".repeat(width - kind.code().length() + 1)
                    + String.format("%4d", gaps.count(kind)));
        }
        for (GapKind kind : gaps.kinds()) {
            List<Gap> found = gaps.gaps(kind);
            if (found.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(kind.code() + " (" + found.size() + "): " + kind.description());
            found.forEach(gap -> lines.add("  " + gap.message()));
        }
        return lines;
    }

    private ObjectNode json(PlanIndex index, PlanGaps gaps) {
        Wording wording = Wording.of(index);
        ObjectNode json = NODES.objectNode();
        json.put("file", plan.name());
        json.put("asOf", gaps.asOf().toString());
        json.put("total", gaps.size());
        ObjectNode counts = json.putObject("counts");
        gaps.counts().forEach((kind, count) -> counts.put(kind.code(), count));
        ArrayNode list = json.putArray("gaps");
        for (Gap gap : gaps.gaps()) {
            PlanElement element = gap.element();
            ObjectNode entry = list.addObject();
            entry.put("code", gap.kind().code());
            entry.set("element", ElementJson.of(wording, element));
            entry.put("message", gap.message());
        }
        return json;
    }

    /**
     * Reads {@code --as-of}: a date exactly as documented, {@code YYYY-MM-DD} with a four-digit
     * year (ISO's signed and longer years, such as {@code -2025-01-01} or
     * {@code +12025-01-01}, are refused), or a usage error that shows the form expected.
     */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        /** Four digits, a hyphen, two digits, a hyphen and two digits, and nothing else. */
        private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        public LocalDate convert(String value) {
            try {
                if (FORM.matcher(value).matches()) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                // an impossible date, such as 2025-02-30: refused below
            }
            throw new TypeConversionException("expected a date as YYYY-MM-DD but was '" + value + "'");
        }
    }
}
