package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes results as a SARIF 2.1.0 log, on one line, after the last file: one run whose tool is
 * {@code plan} with its version and home page ({@code informationUri}) and one rule (reportingDescriptor) per problem code reported,
 * sorted by code, with the code's meaning and default level; then one result per problem, files
 * in the order given and problems in document order.
 *
 * <p>A result has the problem's code as {@code ruleId} (and the rule's index), its severity as
 * {@code level} ({@code error}, {@code warning} or {@code note}), its message, and one location:
 * the file as a URI reference ({@link UriReference}: relative to the working directory when the
 * file was named relative to it) with the line and column (columns count Unicode code points, as
 * {@code run.columnKind} says), and the problem's JSON pointer as a logical location's
 * {@code fullyQualifiedName} (none for the whole document) and in the result's property bag,
 * {@code properties.pointer}, with {@code properties.related} for a problem that covers several
 * values. A file that cannot be read has one {@code syntax.unreadable} result at line 1, column
 * 1. Problems beyond those a report keeps are counted, by file and code, in the run's property
 * bag, {@code properties.omitted} (absent when every problem is kept). Nothing in the log depends
 * on the time or the machine, so the same files give the same bytes.
 */
final class SarifReportWriter implements ReportWriter {
    /** The SARIF version written. */
    static final String VERSION = "2.1.0";

    /** The location of the SARIF 2.1.0 JSON Schema, as the log's {@code $schema}. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;
    private final String toolVersion;
    private final String informationUri;
    private final List<FileResult> results = new ArrayList<>();

    /**
     * Creates a writer.
     *
     * @param out where to write the log
     * @param toolVersion the version of {@code plan}
     * @param informationUri the project's home page
     */
    SarifReportWriter(PrintWriter out, String toolVersion, String informationUri) {
        this.out = out;
        this.toolVersion = toolVersion;
        this.informationUri = informationUri;
    }

    @Override
    public void write(FileResult result) {
        results.add(result);
    }

    @Override
    public void finish() {
        Map<ProblemCode, Integer> ruleIndex = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        results.forEach(result -> result.problems().forEach(problem -> ruleIndex.put(problem.code(), 0)));
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "plan");
        driver.put("version", toolVersion);
        driver.put("informationUri", informationUri);
        ArrayNode rules = driver.putArray("rules");
        for (ProblemCode code : ruleIndex.keySet()) {
            ruleIndex.put(code, rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", code.code());
            rule.putObject("shortDescription").put("text", code.meaning());
            rule.putObject("defaultConfiguration").put("level", code.severity().label());
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode sarifResults = run.putArray("results");
        ObjectNode omitted = NODES.objectNode();
        for (FileResult result : results) {
            String uri = UriReference.of(result.file());
            for (Problem problem : result.problems()) {
                sarifResults.add(result(problem, uri, ruleIndex.get(problem.code())));
            }
            if (!result.omitted().isEmpty()) {
                ObjectNode counts = omitted.putObject(uri);
                result.omitted().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(entry -> counts.put(entry.getKey().code(), entry.getValue()));
            }
        }
        if (!omitted.isEmpty()) {
            run.putObject("properties").set("omitted", omitted);
        }
        out.println(JsonMapper.shared().writeValueAsString(log));
        out.flush();
    }

    private static ObjectNode result(Problem problem, String uri, int ruleIndex) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", problem.code().code());
        result.put("ruleIndex", ruleIndex);
        result.put("level", problem.severity().label()); // SARIF's levels are named as our severities
        result.putObject("message").put("text", problem.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", problem.line());
        region.put("startColumn", problem.column());
        if (!problem.pointer().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", problem.pointer());
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("pointer", problem.pointer());
        if (!problem.related().isEmpty()) {
            ArrayNode related = properties.putArray("related");
            problem.related().forEach(related::add);
        }
        return result;
    }
}
