package io.github.councilplan.schema;

import io.github.councilplan.schema.jsonschema.PlanSchema;

import io.github.councilplan.schema.read.DocumentProblemException;
import io.github.councilplan.schema.read.YamlTreeReader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes our schema-layer verdict on every fixture and on a sample of generated documents to
 * {@code target/schema-verdicts/}, for {@code .ci/schema-outside-java} to compare with ajv's, and
 * checks that on each generated document the validator (whose fast path decides a valid JSON
 * document) reports exactly what the full check reports ({@link PlanValidator#fullCheckOnly}).
 *
 * <p>The sample is drawn with a fixed seed, so that every run writes the same documents: valid
 * plans from {@code PlanArbitraries}, those and the example and fixture plans with one to three
 * structural changes ({@link DocumentMutation}), and objects made of the format's words. A
 * document's verdict on the schema layer is whether the report has a {@code schema.*} problem;
 * {@code rule.*} and {@code model.*} problems are beyond what a JSON Schema can check and are
 * left out. A document with a {@code syntax.*} or {@code limit.*} problem is listed but not
 * compared: the schema never sees it.
 *
 * <p>{@code manifest.json} lists each document: {@code file} (relative to the manifest; null for
 * one not compared), {@code source}, {@code compared}, {@code schemaValid}, and our
 * {@code problems} (code and pointer) or the {@code reason} it is not compared.
 */
class SchemaVerdictSampleTest {
    /** Where the sample goes, relative to plan-schema's directory (where the tests run). */
    static final Path DIRECTORY = Path.of("target", "schema-verdicts");
    /** The seed the sample is drawn with. */
    static final long SEED = 45_202_611L;

    /**
     * How many generated documents the sample holds: as many as a property makes tries
     * ({@code jqwik.tries.default}: 1,000 unless raised, 10,000 in CI), so that the comparison
     * with ajv runs at the volume the properties do.
     */
    static final int SAMPLE = Integer.getInteger("jqwik.tries.default", 1_000);

    private static final int VALID_PLANS = SAMPLE * 15 / 100;
    private static final int MUTATED = SAMPLE * 75 / 100;
    private static final int PLAN_SHAPED = SAMPLE - VALID_PLANS - MUTATED;

    private static final PlanValidator VALIDATOR = PlanValidator.create();
    /** The validator without the fast path: every document's report must be the same as {@link #VALIDATOR}'s. */
    private static final PlanValidator FULL = PlanValidator.fullCheckOnly(ValidationLimits.defaults());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode manifest = NODES.arrayNode();

    @Example
    void writesTheSchemaVerdictsOfTheFixturesAndOfASampleOfGeneratedDocuments() throws IOException {
        clean();
        for (Path fixture : fixtures()) {
            String name = fixture.getFileName().toString();
            byte[] bytes = Files.readAllBytes(fixture);
            DocumentFormat format = DocumentFormat.of(fixture);
            ValidationReport report = VALIDATOR.validate(bytes, format);
            // ajv reads JSON: a JSON fixture goes as it is, a YAML one as the JSON of the tree we read
            byte[] json = format == DocumentFormat.JSON ? bytes : jsonOfYaml(bytes, report);
            record("fixtures/" + name + (format == DocumentFormat.JSON ? "" : ".json"), "fixture " + name, json, report);
        }

        Random random = new Random(SEED);
        List<Plan> plans = ValidPlans.generated(VALID_PLANS, SEED);
        List<ObjectNode> bases = new ArrayList<>(ValidPlans.written());
        for (int i = 0; i < plans.size(); i++) {
            String json = PlanJson.standard().write(plans.get(i));
            bases.add(ValidPlans.tree(plans.get(i)));
            sample(String.format("generated/valid-%05d.json", i), "PlanArbitraries plan " + i, json);
        }
        RandomGenerator<List<DocumentMutation>> mutations = DocumentMutation.mutations().list().ofMinSize(1)
                .ofMaxSize(3).generator(1000);
        for (int i = 0; i < MUTATED; i++) {
            int base = random.nextInt(bases.size());
            List<DocumentMutation> changes = mutations.next(random).value();
            ObjectNode mutated = DocumentMutation.applyAll(bases.get(base), changes);
            sample(String.format("generated/mutated-%05d.json", i), "document " + base + " changed by " + changes,
                    PlanJson.standard().mapper().writeValueAsString(mutated));
        }
        RandomGenerator<JsonNode> shaped = PlanRulesPropertyTest.planShaped().generator(1000);
        for (int i = 0; i < PLAN_SHAPED; i++) {
            sample(String.format("generated/shaped-%05d.json", i), "an object of the format's words",
                    PlanJson.standard().mapper().writeValueAsString(shaped.next(random).value()));
        }

        ObjectNode root = NODES.objectNode();
        root.put("seed", SEED);
        root.set("documents", manifest);
        Files.writeString(DIRECTORY.resolve("manifest.json"), root.toPrettyString(), StandardCharsets.UTF_8);

        assertThat(entries("fixture valid-")).allSatisfy(entry -> {
            assertThat(entry.path("compared").asBoolean(false)).as("%s compared", entry).isTrue();
            assertThat(entry.path("schemaValid").asBoolean(false)).as("%s valid", entry).isTrue();
        });
        List<JsonNode> generated = entries("PlanArbitraries");
        generated.addAll(entries("document "));
        generated.addAll(entries("an object"));
        assertThat(generated.stream().filter(e -> !e.path("compared").asBoolean(false)))
                .as("not compared").hasSizeLessThan(generated.size() / 3);
        assertThat(generated.stream().filter(e -> e.path("schemaValid").asBoolean(false)))
                .as("schema-valid").hasSizeGreaterThan(generated.size() / 5);
        assertThat(generated.stream().filter(e -> e.path("compared").asBoolean(false)
                && !e.path("schemaValid").asBoolean(false))).as("schema-invalid").hasSizeGreaterThan(generated.size() / 5);
    }

    private void sample(String file, String source, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ValidationReport report = VALIDATOR.validate(bytes, DocumentFormat.JSON);
        ValidationReport full = FULL.validate(bytes, DocumentFormat.JSON);
        // the fast path's verdict is the full check's, on every document ajv is given too
        assertThat(report.problems()).as("%s: problems of the fast path and the full check", source)
                .isEqualTo(full.problems());
        assertThat(report.plan()).as("%s: plan of the fast path and the full check", source).isEqualTo(full.plan());
        record(file, source, bytes, report);
    }

    /** Adds a document to the manifest and, when it is compared, writes it. */
    private void record(String file, String source, byte[] json, ValidationReport report) throws IOException {
        ObjectNode entry = manifest.addObject();
        entry.put("source", source);
        Problem unread = report.problems().stream()
                .filter(p -> p.code().code().startsWith("syntax.") || p.code().code().startsWith("limit."))
                .findFirst().orElse(null);
        if (unread != null) {
            entry.putNull("file");
            entry.put("compared", false);
            entry.put("reason", unread.code().code() + ": " + unread.message());
            return;
        }
        Path path = DIRECTORY.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, json);
        entry.put("file", file);
        entry.put("compared", true);
        ArrayNode problems = entry.putArray("problems");
        // the plan schema's verdict: ajv is not given the schemas of the extensions a document declares
        String planSchema = PlanSchema.id();
        report.problems().stream().filter(p -> p.code().code().startsWith("schema."))
                .filter(p -> p.schemaLocation().map(location -> location.equals("#") || location.startsWith(planSchema))
                        .orElse(true))
                .forEach(p -> problems.add(p.code().code() + " " + p.pointer()));
        entry.put("schemaValid", problems.isEmpty());
    }

    private List<JsonNode> entries(String sourcePrefix) {
        List<JsonNode> entries = new ArrayList<>();
        manifest.values().forEach(entry -> {
            if (entry.path("source").stringValue().startsWith(sourcePrefix)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    /** The JSON of the tree a YAML document reads into, or nothing when it cannot be read. */
    private static byte[] jsonOfYaml(byte[] yaml, ValidationReport report) {
        try {
            JsonNode tree = new YamlTreeReader(VALIDATOR.limits()).read(yaml).root();
            return PlanJson.standard().mapper().writeValueAsBytes(tree);
        } catch (DocumentProblemException e) {
            assertThat(report.isValid()).isFalse();
            return new byte[0];
        }
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(TestSchemas.fixtureDirectory())) {
            return files.filter(file -> file.getFileName().toString().matches("(valid|invalid)-.*\\.(json|yaml)"))
                    .sorted().toList();
        }
    }

    private static void clean() throws IOException {
        if (Files.exists(DIRECTORY)) {
            try (Stream<Path> paths = Files.walk(DIRECTORY)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(DIRECTORY);
    }
}
