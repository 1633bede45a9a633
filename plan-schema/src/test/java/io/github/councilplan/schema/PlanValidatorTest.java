package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanValidatorTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final Path THURROCK =
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/thurrock-corporate-plan.json");
    private static final String MINIMAL = "{\n"
            + "  \"schemaVersion\" : \"0.2\",\n"
            + "  \"id\" : \"minimal-plan\",\n"
            + "  \"title\" : \"Our plan\",\n"
            + "  \"organisation\" : { \"name\" : \"Example Council\" },\n"
            + "  \"period\" : { \"start\" : \"2025/26\", \"end\" : \"2028/29\" }\n"
            + "}\n";

    @Test
    void thurrockPlanIsValidAndHandsBackThePlan() throws IOException {
        ValidationReport report = VALIDATOR.validate(THURROCK);

        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.plan()).get().extracting(plan -> plan.title().value()).isEqualTo("A fresh start for Thurrock");
    }

    @Test
    void validReportHandsBackThePlanThatPlanJsonReads() throws IOException {
        ValidationReport report = VALIDATOR.validate(THURROCK);

        assertThat(report.plan()).contains(PlanJson.standard().read(THURROCK));
    }

    @Test
    void everyInputFormGivesTheSameReport() throws IOException {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        Plan expected = VALIDATOR.validate(MINIMAL, DocumentFormat.JSON).plan().orElseThrow();

        assertThat(VALIDATOR.validate(bytes, DocumentFormat.JSON).plan()).contains(expected);
        assertThat(VALIDATOR.validate(new ByteArrayInputStream(bytes), DocumentFormat.JSON).plan()).contains(expected);
        assertThat(VALIDATOR.validate(new StringReader(MINIMAL), DocumentFormat.JSON).plan()).contains(expected);
    }

    @Test
    void pathInputReadsTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.json"), MINIMAL);

        assertThat(VALIDATOR.validate(file).isValid()).isTrue();
    }

    @Test
    void streamIsNotClosed() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        VALIDATOR.validate(in, DocumentFormat.JSON);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void missingFileThrowsIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> VALIDATOR.validate(dir.resolve("absent.json"))).isInstanceOf(IOException.class);
    }

    @Test
    void directoryThrowsIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> VALIDATOR.validate(dir)).isInstanceOf(IOException.class).hasMessageContaining("directory");
    }

    @Test
    void reportsEveryProblemOfAllLayersAtOnce() {
        String json = MINIMAL.replace("\"title\" : \"Our plan\"", "\"title\" : 5, \"bogus\" : true")
                .replace("\"2028/29\"", "\"2028/30\"");

        ValidationReport report = VALIDATOR.validate(json, DocumentFormat.JSON);

        assertThat(report.isValid()).isFalse();
        assertThat(report.plan()).isEmpty();
        assertThat(report.errors()).extracting(Problem::pointer).contains("/title", "/bogus", "/period/end");
    }

    @Test
    void everyProblemIsLocatedAtItsValue() {
        String json = MINIMAL.replace("\"title\" : \"Our plan\"", "\"title\" : 5");

        Problem problem = VALIDATOR.validate(json, DocumentFormat.JSON).errors().get(0);

        assertThat(problem.code()).isEqualTo(ProblemCode.SCHEMA_TYPE);
        assertThat(problem.pointer()).isEqualTo("/title");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.keyword()).contains("type");
        assertThat(problem.schemaLocation()).get().asString().contains("#");
    }

    @Test
    void unknownPropertyIsLocatedAtTheProperty() {
        String json = MINIMAL.replace("\"id\" : \"minimal-plan\",", "\"id\" : \"minimal-plan\", \"titel\" : \"x\",");

        Problem problem = VALIDATOR.validate(json, DocumentFormat.JSON).errors().get(0);

        assertThat(problem.code()).isEqualTo(ProblemCode.SCHEMA_UNKNOWN_PROPERTY);
        assertThat(problem.pointer()).isEqualTo("/titel");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("titel");
    }

    @Test
    void missingPropertyIsLocatedAtItsObject() {
        String json = MINIMAL.replace("{ \"name\" : \"Example Council\" }", "{ }");

        Problem problem = VALIDATOR.validate(json, DocumentFormat.JSON).errors().get(0);

        assertThat(problem.code()).isEqualTo(ProblemCode.SCHEMA_REQUIRED);
        assertThat(problem.pointer()).isEqualTo("/organisation");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo(20);
    }

    @Test
    void messageNamesTheElement() {
        String json = MINIMAL.replace("\"period\"", "\"themes\" : [ { \"id\" : \"t-1\", \"number\" : \"1\", \"name\" : 7 } ],\n  \"period\"");

        Problem problem = VALIDATOR.validate(json, DocumentFormat.JSON).errors().get(0);

        assertThat(problem.message()).startsWith("theme 1: ");
    }

    @Test
    void truncatedDocumentIsASyntaxProblemWithLineAndColumn() {
        String truncated = MINIMAL.substring(0, MINIMAL.indexOf("\"organisation\""));

        List<Problem> problems = VALIDATOR.validate(truncated, DocumentFormat.JSON).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.line()).isEqualTo(5);
        });
    }

    @Test
    void duplicateKeyIsLocated() {
        String json = MINIMAL.replace("\"id\" : \"minimal-plan\",", "\"id\" : \"a\",\n  \"id\" : \"b\",");

        Problem problem = VALIDATOR.validate(json, DocumentFormat.JSON).problems().get(0);

        assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_DUPLICATE_KEY);
        assertThat(problem.line()).isEqualTo(4);
    }

    @Test
    void emptyDocumentIsASyntaxProblem() {
        assertThat(VALIDATOR.validate("  \n", DocumentFormat.JSON).problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_EMPTY);
    }

    @Test
    void trailingContentIsASyntaxProblem() {
        ValidationReport report = VALIDATOR.validate(MINIMAL + "{}", DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.line()).isEqualTo(8);
        });
    }

    @Test
    void problemsComeInDocumentOrder() {
        String json = MINIMAL.replace("\"2028/29\"", "7").replace("\"title\" : \"Our plan\"", "\"title\" : 5");

        List<Problem> problems = VALIDATOR.validate(json, DocumentFormat.JSON).problems();

        assertThat(problems).extracting(Problem::line).isSorted();
    }

    @Test
    void reportIsImmutable() {
        ValidationReport report = VALIDATOR.validate("{", DocumentFormat.JSON);

        assertThatThrownBy(() -> report.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneValidatorSharedByManyThreadsGivesTheSequentialResults() throws Exception {
        List<String> documents = List.of(MINIMAL, MINIMAL.replace("\"Our plan\"", "5"), "{", "",
                MINIMAL.replace("\"id\"", "\"bogus\" : 1, \"id\""), Files.readString(THURROCK));
        List<ValidationReport> sequential = documents.stream()
                .map(document -> VALIDATOR.validate(document, DocumentFormat.JSON))
                .collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Problem>>> tasks = IntStream.range(0, 400)
                    .mapToObj(i -> (Callable<List<Problem>>) () ->
                            VALIDATOR.validate(documents.get(i % documents.size()), DocumentFormat.JSON).problems())
                    .collect(Collectors.toList());
            List<Future<List<Problem>>> results = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(sequential.get(i % documents.size()).problems());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
