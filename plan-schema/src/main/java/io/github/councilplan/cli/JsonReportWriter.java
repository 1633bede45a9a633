package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import java.io.PrintWriter;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes results as one JSON document, on one line, after the last file:
 * {@code {"files":[{"file":…,"valid":…,"problems":[{"code":…,"severity":…,"message":…,
 * "pointer":…,"line":…,"column":…}],"omitted":{CODE:N,…}}]}}, files in the order given and
 * problems in document order; {@code omitted} counts, by code, the problems found beyond those
 * the report keeps ({@code {}} when it keeps them all). A problem that covers several values (a
 * partially translated language's missing texts) also has {@code "related"}, the pointers of
 * every one.
 */
final class JsonReportWriter implements ReportWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;
    private final ArrayNode files = NODES.arrayNode();

    JsonReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(FileResult result) {
        ObjectNode file = files.addObject();
        file.put("file", result.file());
        file.put("valid", result.valid());
        ArrayNode problems = file.putArray("problems");
        ObjectNode omitted = file.putObject("omitted");
        result.omitted().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> omitted.put(entry.getKey().code(), entry.getValue()));
        for (Problem problem : result.problems()) {
            ObjectNode entry = problems.addObject();
            entry.put("code", problem.code().code());
            entry.put("severity", problem.severity().label());
            entry.put("message", problem.message());
            entry.put("pointer", problem.pointer());
            entry.put("line", problem.line());
            entry.put("column", problem.column());
            if (!problem.related().isEmpty()) {
                ArrayNode related = entry.putArray("related");
                problem.related().forEach(related::add);
            }
        }
    }

    @Override
    public void finish() {
        ObjectNode document = NODES.objectNode();
        document.set("files", files);
        out.println(JsonMapper.shared().writeValueAsString(document));
        out.flush();
    }
}
