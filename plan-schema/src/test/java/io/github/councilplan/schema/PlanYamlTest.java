package io.github.councilplan.schema;

import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.read.YamlTreeReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;

/**
 * {@link PlanYaml}: what it writes is block-style YAML without tags or anchors that reads back,
 * through the validator, to an equal plan and to the tree {@code PlanJson} writes; strings that
 * look like other scalars stay strings; an invalid document is an {@link InvalidPlanException}
 * that carries its report.
 */
class PlanYamlTest {
    /** The example plans of the plan-examples module, read from its sources. */
    private static final Path EXAMPLES = Path.of("..", "plan-examples", "src", "main", "resources",
            "io", "github", "councilplan", "examples");

    private final PlanYaml yaml = PlanYaml.standard();

    /** Every example plan document of plan-examples. */
    static Stream<String> examplePlans() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    /**
     * The plan that gives every attribute a value, without its declared languages: it mixes
     * untagged and tagged text, which the missing-language rule refuses in a plan that declares
     * languages, and reading YAML runs every rule.
     */
    private static Plan planWithEveryPartAndNoDeclaredLanguages() {
        return Plan.builder().from(WrittenPlanTest.planWithEveryPart()).languages(List.of()).partialLanguages(List.of())
                .build();
    }

    private static Plan example(String name) {
        try {
            return PlanJson.standard().read(Files.readAllBytes(EXAMPLES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Plan withEditionName(String name) {
        return Plan.builder().from(WrittenPlanTest.minimalPlan())
                .edition(Edition.builder().name(name).status(EditionStatus.DRAFT).build())
                .build();
    }

    private static final String INVALID = "schemaVersion: \"0.2\"\n"
            + "id: invalid plan\n"
            + "title: 5\n"
            + "organisation: {name: Example Council}\n"
            + "period: {start: 2025/26, end: 2028/29}\n";

    @Test
    void minimalPlanReadsBackEqual() {
        Plan plan = WrittenPlanTest.minimalPlan();

        assertThat(yaml.read(yaml.write(plan))).isEqualTo(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"before\u0085after", "line\u2028separator", "x\u2029", "two\nlines\u2029"})
    void textWithLineBreaksOnlySomeReadersSeeIsEscapedAndReadsBackEqual(String name) {
        Plan plan = withEditionName(name);

        String written = yaml.write(plan);

        assertThat(written).doesNotContain("\u0085", "\u2028", "\u2029");
        assertThat(yaml.read(written)).isEqualTo(plan);
    }

    @Test
    void planWithEveryPartReadsBackEqual() {
        Plan plan = planWithEveryPartAndNoDeclaredLanguages();

        assertThat(yaml.read(yaml.write(plan))).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void examplePlanReadsBackEqual(String name) {
        Plan plan = example(name);

        assertThat(yaml.read(yaml.write(plan))).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void writtenYamlHasTheTreeOfTheJsonPlanJsonWrites(String name) {
        Plan plan = example(name);
        ValidationLimits limits = ValidationLimits.defaults();

        JsonNode fromYaml = new YamlTreeReader(limits).read(yaml.write(plan).getBytes(StandardCharsets.UTF_8)).root();
        JsonNode fromJson = new JsonTreeReader(limits)
                .read(PlanJson.standard().write(plan).getBytes(StandardCharsets.UTF_8)).root();

        assertThat(fromYaml).isEqualTo(fromJson);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "true", "1.10", "null", "2025-04-01", "yes", "no", "on", "off", "~", "Yes",
        "NO", "0x1F", "1e3", ".inf", "-1", "<<", "#5", "- x", "a: b", "@home", "---"})
    void stringThatLooksLikeAnotherScalarIsQuotedAndStaysAString(String name) {
        Plan plan = withEditionName(name);

        String written = yaml.write(plan);

        assertThat(written).doesNotContain("\n  name: " + name + "\n");
        assertThat(yaml.read(written)).isEqualTo(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "a\uDC00b", "end\uD800"})
    void stringWithAnUnpairedSurrogateIsRefusedRatherThanChanged(String title) {
        Plan plan = Plan.builder().from(WrittenPlanTest.minimalPlan()).title(Text.of(title)).build();

        assertThatThrownBy(() -> yaml.write(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void surrogatePairsAreWrittenAsTheirCharacter() {
        Plan plan = Plan.builder().from(WrittenPlanTest.minimalPlan()).title(Text.of("Plan \uD83D\uDE00")).build();

        String written = yaml.write(plan);

        assertThat(written).contains("title: Plan \uD83D\uDE00\n");
        assertThat(yaml.read(written)).isEqualTo(plan);
    }

    @Test
    void plainWordsAreNotQuoted() {
        String written = yaml.write(WrittenPlanTest.minimalPlan());

        assertThat(written).contains("\ntitle: Our plan\n", "\n  name: Example Council\n");
    }

    @Test
    void writtenYamlIsBlockStyleWithoutTagsAnchorsOrAliases() {
        String written = yaml.write(WrittenPlanTest.planWithEveryPart());

        List<Event> events = new ArrayList<>();
        LoadSettings settings = LoadSettings.builder().build();
        new ParserImpl(settings, new StreamReader(settings, written)).forEachRemaining(events::add);
        assertThat(events).noneMatch(event -> event instanceof AliasEvent);
        assertThat(events).filteredOn(event -> event instanceof NodeEvent)
                .allMatch(event -> ((NodeEvent) event).getAnchor().isEmpty());
        assertThat(events).filteredOn(event -> event instanceof ScalarEvent)
                .allMatch(event -> ((ScalarEvent) event).getTag().isEmpty());
        assertThat(events).filteredOn(event -> event instanceof CollectionStartEvent)
                .allMatch(event -> ((CollectionStartEvent) event).getTag().isEmpty());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CollectionStartEvent && ((CollectionStartEvent) events.get(i)).isFlow()) {
                assertThat(events.get(i + 1)).as("a collection in flow style is empty")
                        .isInstanceOfAny(MappingEndEvent.class, SequenceEndEvent.class);
            }
        }
    }

    @Test
    void textOverSeveralLinesIsWrittenAsALiteralBlock() {
        Plan plan = Plan.builder().from(WrittenPlanTest.minimalPlan())
                .title(Text.of("First line\nSecond line\n"))
                .build();

        String written = yaml.write(plan);

        assertThat(written).contains("title: |\n  First line\n  Second line\n");
        assertThat(yaml.read(written)).isEqualTo(plan);
    }

    @Test
    void writingToAStreamWritesTheSameUtf8AndLeavesItOpen() throws IOException {
        Plan plan = WrittenPlanTest.planWithEveryPart();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the stream was closed");
            }
        };

        yaml.write(plan, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(yaml.write(plan));
    }

    @Test
    void readingFromBytesReadsUtf8() {
        Plan plan = example("fictional-bilingual-plan.json");

        assertThat(yaml.read(yaml.write(plan).getBytes(StandardCharsets.UTF_8))).isEqualTo(plan);
    }

    @Test
    void readingFromAFileReadsYamlWhateverItsExtension(@TempDir Path directory) throws IOException {
        Plan plan = planWithEveryPartAndNoDeclaredLanguages();
        Path file = directory.resolve("plan.txt");
        Files.writeString(file, yaml.write(plan), StandardCharsets.UTF_8);

        assertThat(yaml.read(file)).isEqualTo(plan);
    }

    @Test
    void readingAMissingFileThrowsIoException(@TempDir Path directory) {
        assertThatThrownBy(() -> yaml.read(directory.resolve("missing.yaml"))).isInstanceOf(IOException.class);
    }

    @Test
    void readingADocumentThatIsNotAPlanThrowsInvalidPlanExceptionWithTheProblemLocatedInTheYaml() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> yaml.read(INVALID));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("model.invalid");
            assertThat(problem.pointer()).isEqualTo("/id");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("'invalid plan' is not a valid element id");
        });
    }

    @Test
    void invalidPlanExceptionMessageListsTheProblemsAsLineColumnCodeMessage() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> yaml.read(INVALID));

        List<String> lines = Arrays.asList(thrown.getMessage().split("\n"));
        assertThat(lines.get(0)).isEqualTo("the document is not a plan: 1 problem");
        assertThat(lines.get(1)).startsWith("  2:5: model.invalid: ");
    }

    @Test
    void readingChecksNeitherTheSchemaNorThePlanRules() {
        // languages en and cy declared, the title untagged: rule.missing-language for the validator
        String untagged = "schemaVersion: \"0.2\"\nid: minimal\ntitle: Our plan\norganisation: {name: Example Council}\n"
                + "period: {start: 2025/26, end: 2028/29}\nlanguages: [en, cy]\n";

        assertThat(yaml.read(untagged).languages()).containsExactly("en", "cy");
        assertThat(PlanValidator.create().validate(untagged, DocumentFormat.YAML).errors())
                .extracting(problem -> problem.code().code()).contains("rule.missing-language");
    }

    @Test
    void theDocumentNullIsNotAPlan() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> yaml.read("null\n"));

        assertThat(thrown.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("schema.type"));
    }

    @Test
    void syntaxProblemIsAnInvalidPlanExceptionToo() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> yaml.read("a: !foo x"));

        assertThat(thrown.getMessage()).contains("\n  1:4: syntax.yaml-tag: ");
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatThrownBy(() -> yaml.write(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> yaml.write(WrittenPlanTest.minimalPlan(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> yaml.read((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> yaml.read((byte[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> yaml.read((Path) null)).isInstanceOf(NullPointerException.class);
    }
}
