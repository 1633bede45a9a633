package io.github.councilplan.cli;

import io.github.councilplan.diff.Change;
import io.github.councilplan.diff.PlanDiff;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.trace.PlanIndex;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan diff [--format text|json] OLD NEW}: validates two editions of a plan and reports
 * what changed from the older to the newer ({@link PlanDiff}): elements added, removed, matched
 * by wording under a new id, moved (from which parent to which, and whether into another theme),
 * renumbered, reworded, fields changed (within extensions, value by value by JSON pointer), links
 * added, removed or changed; and nothing that did not change.
 *
 * <p>Text output is the count line ({@code 3 changes: 1 added, 1 removed, 1 reworded}, or
 * {@code no changes}), then one line per change ({@link Change#toString()}). JSON output is one
 * line: {@code {"older":OLD,"newer":NEW,"total":3,"counts":{CODE:N,…},"changes":[{"code":…,
 * "subject":…,"elementKind":…,"olderId":…,"newerId":…,"basis":…,"field":…,"oldValue":…,
 * "newValue":…,"olderParentId":…,"newerParentId":…,"themeChanged":…}]}}, absent values
 * {@code null}, {@code counts} holding each kind of change that occurs, the parents' ids given
 * for a move only and {@code themeChanged} true for a move into another theme only.
 * Either invalid document is reported as {@code plan validate} reports it, and exits with 1.
 */
@Command(name = DiffCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compares two editions of a plan and reports what changed.",
            "It reports elements added, removed, moved, renumbered or reworded (each matched by its"
                    + " id, or by its wording where ids changed), fields changed, and links added or removed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the changes were reported (none, or some)",
            "1:a document is invalid",
            "2:usage error, or a file cannot be read"})
final class DiffCommand implements Callable<Integer>, ReadsPlans {
    /** The subcommand's name. */
    static final String NAME = "diff";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older edition: JSON, or YAML when its file extension is yaml or yml.")
    String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer edition: JSON, or YAML when its file extension is yaml or yml.")
    String newer;

    @Option(names = "--format", paramLabel = "text|json", converter = ReportFormat.Converter.class,
            description = "How to report: text (the default), a line per change, or json.")
    ReportFormat format = ReportFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanIndex olderIndex = PlanFile.load(older, err);
        PlanIndex newerIndex = PlanFile.load(newer, err);
        PlanDiff diff = PlanDiff.between(olderIndex.plan(), newerIndex.plan());
        if (format == ReportFormat.JSON) {
            out.println(JsonMapper.shared().writeValueAsString(json(diff)));
        } else {
            out.println(diff);
            diff.changes().forEach(change -> out.append("  ").println(change));
        }
        out.flush();
        return ExitCodes.VALID;
    }

    private ObjectNode json(PlanDiff diff) {
        ObjectNode json = NODES.objectNode();
        json.put("older", older);
        json.put("newer", newer);
        json.put("total", diff.changes().size());
        ObjectNode counts = json.putObject("counts");
        diff.counts().forEach((kind, count) -> counts.put(kind.code(), count));
        ArrayNode changes = json.putArray("changes");
        for (Change change : diff.changes()) {
            ObjectNode entry = changes.addObject();
            entry.put("code", change.kind().code());
            entry.put("subject", change.subject());
            put(entry, "elementKind", change.elementKind().map(ElementKind::defaultName));
            put(entry, "olderId", change.olderId().map(ElementId::toString));
            put(entry, "newerId", change.newerId().map(ElementId::toString));
            put(entry, "basis", change.basis().map(basis -> basis.code()));
            put(entry, "field", change.field());
            put(entry, "oldValue", change.oldValue());
            put(entry, "newValue", change.newValue());
            put(entry, "olderParentId", change.olderParent().map(parent -> parent.id().toString()));
            put(entry, "newerParentId", change.newerParent().map(parent -> parent.id().toString()));
            entry.put("themeChanged", change.themeChanged());
        }
        return json;
    }

    private static void put(ObjectNode entry, String name, Optional<String> value) {
        if (value.isPresent()) {
            entry.put(name, value.get());
        } else {
            entry.putNull(name);
        }
    }
}
