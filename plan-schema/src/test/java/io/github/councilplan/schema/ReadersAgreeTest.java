package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.read.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One definition of a plan for the two readers: {@link PlanJson} and {@link PlanYaml} check the
 * same things and fail the same way, so a document and its YAML (or JSON) twin give the same
 * verdict: both give equal plans, or both throw {@link InvalidPlanException} with the same problem
 * codes at the same pointers. Every problem code they give is one of the validator's.
 */
class ReadersAgreeTest {
    /** Reads and writes trees as PlanJson does: duplicate keys refused, decimals kept exactly. */
    private static final JsonMapper TREES = PlanJson.standard().mapper();

    /** A reader's verdict: the plan, or the codes and pointers of its problems. */
    private record Verdict(Optional<Plan> plan, List<String> problems) {
        static Verdict of(Supplier<Plan> read) {
            try {
                return new Verdict(Optional.of(read.get()), List.of());
            } catch (InvalidPlanException e) {
                e.problems().forEach(problem -> assertThat(ProblemCode.fromCode(problem.code())).isNotNull());
                return new Verdict(Optional.empty(), e.problems().stream()
                        .map(problem -> problem.code() + " at '" + problem.pointer() + "'")
                        .collect(Collectors.toList()));
            }
        }
    }

    /** Every fixture, JSON and YAML. */
    static Stream<String> fixtures() {
        try (Stream<java.nio.file.Path> files = Files.list(TestSchemas.fixtureDirectory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") || name.endsWith(".yaml"))
                    .sorted().collect(Collectors.toList()).stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theTwoReadersGiveOneVerdictOnEveryFixtureAndItsTwin(String fixture) {
        byte[] bytes = TestSchemas.fixtureBytes(fixture);
        Optional<String> twin = twin(fixture, bytes);
        if (twin.isEmpty()) {
            // not a tree both formats can hold (malformed, a duplicate key, an unpaired surrogate):
            // each reader still fails with located problems of the validator's codes
            Verdict verdict = fixture.endsWith(".json") ? readJson(bytes) : readYaml(bytes);
            assertThat(verdict.plan()).as(fixture).isEmpty();
            return;
        }
        Verdict json = fixture.endsWith(".json") ? readJson(bytes) : readJson(twin.get().getBytes(StandardCharsets.UTF_8));
        Verdict yaml = fixture.endsWith(".yaml") ? readYaml(bytes) : readYaml(twin.get().getBytes(StandardCharsets.UTF_8));

        assertThat(yaml).as(fixture).isEqualTo(json);
    }

    @Property(tries = 300)
    void theTwoReadersGiveOneVerdictOnMutatedDocuments(@ForAll("mutatedPlans") ObjectNode document) {
        Optional<String> yaml = yamlOf(document);
        Verdict json = readJson(TREES.writeValueAsBytes(document));

        yaml.ifPresent(text -> assertThat(readYaml(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(json));
    }

    @Provide
    Arbitrary<ObjectNode> mutatedPlans() {
        return DocumentMutation.mutated(ValidPlans.written(), 3);
    }

    private static Verdict readJson(byte[] document) {
        return Verdict.of(() -> PlanJson.standard().read(document));
    }

    private static Verdict readYaml(byte[] document) {
        return Verdict.of(() -> PlanYaml.standard().read(document));
    }

    /** Returns the fixture in the other format, if its tree can be written in both. */
    private static Optional<String> twin(String fixture, byte[] bytes) {
        try {
            if (fixture.endsWith(".json")) {
                return yamlOf(TREES.readTree(bytes));
            }
            JsonNode tree = new YamlTreeReader(ValidationLimits.defaults()).read(bytes).root();
            return Optional.of(TREES.writeValueAsString(tree));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> yamlOf(JsonNode tree) {
        try {
            return Optional.of(PlanYaml.writeTree(tree));
        } catch (IllegalArgumentException notWritable) {
            return Optional.empty();
        }
    }

}
