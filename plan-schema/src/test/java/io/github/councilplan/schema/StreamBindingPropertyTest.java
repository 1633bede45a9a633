package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.ByteChanges;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.read.JsonTreeReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path's binding ({@link PlanJson#tryRead}, through the token checks of
 * {@link CheckedTokens}) binds exactly what Jackson's data binding of the model binds over the
 * same checked tokens from a parser that refuses repeated names (which the binding refuses
 * itself), and an equal plan: on generated plans, on written plans changed in
 * structure or with one value swapped, on objects of the format's words, and on every fixture.
 * So the fast path's verdicts, which {@link FastPathVerdictPropertyTest} holds to the full check's,
 * do not depend on which of the two binds. The binding on two threads, the plan's own lists cut
 * apart ({@code FastPath.bind(document, true)}), binds the same on each of them too.
 */
class StreamBindingPropertyTest {
    private static final ValidationLimits LIMITS = ValidationLimits.defaults();
    private static final FastPath FAST = new FastPath(LIMITS);
    /** The parser's own check of repeated names, which the fast path leaves to its binding. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonTreeReader.constraints(LIMITS))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Property(tries = 200)
    void aGeneratedPlanBindsToTheSamePlanOrToNone(@ForAll("generatedPlans") Plan plan) {
        Optional<Plan> bound = assertSameBinding(PlanJson.standard().write(plan));

        // the token checks leave to the full check what the locating reader refuses (a number past its length limit)
        assertThat(bound).isIn(Optional.empty(), Optional.of(plan));
    }

    @Property(tries = 1_000)
    void aWrittenPlanChangedInStructureBindsAsTheDataBindingBindsIt(@ForAll("changedPlans") ObjectNode document) {
        assertSameBinding(json(document));
    }

    @Property(tries = 2_000)
    void aWrittenPlanWithOneValueSwappedBindsAsTheDataBindingBindsIt(
            @ForAll("swappedValues") ObjectNode document) {
        assertSameBinding(json(document));
    }

    @Property(tries = 1_000)
    void anObjectOfTheFormatsWordsBindsAsTheDataBindingBindsIt(@ForAll("planShaped") JsonNode document) {
        assertSameBinding(json(document));
    }

    @Property(tries = 500)
    @StatisticsReport(onFailureOnly = true)
    void aWrittenPlanWithBytesChangedBindsTheSameOnTwoThreadsAsOnOne(@ForAll("changedBytes") byte[] document) {
        Optional<Plan> bound = FAST.bind(document, false);

        assertThat(FAST.bind(document, true)).isEqualTo(bound);
        Statistics.label("bound").collect(bound.isPresent());
        // some changes leave a plan (white space, a character in a string), most leave none
        Statistics.label("bound").coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aFixtureBindsAsTheDataBindingBindsIt(String fixture) {
        assertSameBinding(new String(TestSchemas.fixtureBytes(fixture), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void aValidFixtureBinds(String fixture) {
        assertThat(FAST.bind(TestSchemas.fixtureBytes(fixture), false)).isPresent();
        assertThat(FAST.bind(TestSchemas.fixtureBytes(fixture), true)).as("bound on two threads").isPresent();
    }

    static Stream<String> fixtures() {
        return Stream.concat(TestSchemas.fixtures("valid-").stream(), TestSchemas.fixtures("invalid-").stream());
    }

    static Stream<String> validFixtures() {
        return TestSchemas.fixtures("valid-").stream();
    }

    private static Optional<Plan> assertSameBinding(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        Optional<Plan> bound = FAST.bind(bytes, false);
        Optional<Plan> expected = dataBinding(bytes);

        assertThat(bound).isEqualTo(expected);
        assertThat(FAST.bind(bytes, true)).as("bound on two threads").isEqualTo(expected);
        return bound;
    }

    /** What the fast path bound before it had a binder of its own: Jackson's data binding, over checked tokens. */
    private static Optional<Plan> dataBinding(byte[] document) {
        if (!StrictUtf8.isStrictWithoutNul(document)) {
            return Optional.empty();
        }
        try (JsonParser parser = new CheckedTokens(FACTORY.createParser(ObjectReadContext.empty(), document), LIMITS,
                StrictUtf8.scan(document) == StrictUtf8.Scan.STRICT_ESCAPING_SURROGATES)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Plan plan = PlanJson.standard().mapper().readerFor(Plan.class).readValue(parser);
            return plan == null || parser.nextToken() != null ? Optional.empty() : Optional.of(plan);
        } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String json(JsonNode document) {
        return FastPathVerdictPropertyTest.json(document);
    }

    @Provide
    Arbitrary<Plan> generatedPlans() {
        return new FastPathVerdictPropertyTest().generatedPlans();
    }

    @Provide
    Arbitrary<byte[]> changedBytes() {
        return ByteChanges.of(generatedPlans().map(plan -> PlanJson.standard().write(plan).getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<ObjectNode> changedPlans() {
        return new FastPathVerdictPropertyTest().changedPlans();
    }

    @Provide
    Arbitrary<ObjectNode> swappedValues() {
        return new FastPathVerdictPropertyTest().swappedValues();
    }

    @Provide
    Arbitrary<JsonNode> planShaped() {
        return PlanRulesPropertyTest.planShaped();
    }
}
