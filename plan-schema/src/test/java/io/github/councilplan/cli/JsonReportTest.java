package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan validate --format json}: one JSON document with exactly the documented fields. */
class JsonReportTest {
    @TempDir
    Path dir;

    @Test
    void everyFileIsReportedWithExactlyTheDocumentedFields() throws IOException {
        String valid = PlanRun.THURROCK.toString();
        Path invalid = dir.resolve("title-number.json");
        Files.writeString(invalid, "{\n  \"title\": 42\n}\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");

        PlanRun run = PlanRun.of("validate", "--format", "json", valid, invalid.toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + System.lineSeparator());
        JsonNode document = JsonMapper.shared().readTree(run.out());
        assertThat(names(document)).containsExactly("files");
        JsonNode files = document.get("files");
        assertThat(files.isArray()).isTrue();
        assertThat(files.size()).isEqualTo(3);
        for (JsonNode file : files) {
            assertThat(names(file)).containsExactly("file", "valid", "problems", "omitted");
            assertThat(file.get("omitted").isObject()).isTrue();
            assertThat(file.get("file").isString()).isTrue();
            assertThat(file.get("valid").isBoolean()).isTrue();
            assertThat(file.get("problems").isArray()).isTrue();
            for (JsonNode problem : file.get("problems")) {
                assertThat(names(problem)).containsExactly("code", "severity", "message", "pointer", "line", "column");
                assertThat(problem.get("code").isString()).isTrue();
                assertThat(problem.get("severity").asString()).isIn("error", "warning");
                assertThat(problem.get("message").isString()).isTrue();
                assertThat(problem.get("pointer").isString()).isTrue();
                assertThat(problem.get("line").isInt()).isTrue();
                assertThat(problem.get("column").isInt()).isTrue();
            }
        }

        assertThat(files.get(0).get("file").asString()).isEqualTo(valid);
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        assertThat(files.get(0).get("problems").size()).isZero();

        JsonNode typeError = problem(files.get(1), "schema.type");
        assertThat(files.get(1).get("file").asString()).isEqualTo(invalid.toString());
        assertThat(files.get(1).get("valid").asBoolean()).isFalse();
        assertThat(typeError.get("code").asString()).isEqualTo("schema.type");
        assertThat(typeError.get("severity").asString()).isEqualTo("error");
        assertThat(typeError.get("pointer").asString()).isEqualTo("/title");
        assertThat(typeError.get("line").asInt()).isEqualTo(2);
        assertThat(typeError.get("column").asInt()).isEqualTo(12);

        JsonNode unreadable = files.get(2);
        assertThat(unreadable.get("file").asString()).isEqualTo(missing.toString());
        assertThat(unreadable.get("valid").asBoolean()).isFalse();
        assertThat(unreadable.get("problems").size()).isEqualTo(1);
        JsonNode cannotRead = unreadable.get("problems").get(0);
        assertThat(cannotRead.get("code").asString()).isEqualTo("syntax.unreadable");
        assertThat(cannotRead.get("severity").asString()).isEqualTo("error");
        assertThat(cannotRead.get("message").asString()).isEqualTo("cannot read: no such file");
        assertThat(cannotRead.get("pointer").asString()).isEmpty();
        assertThat(cannotRead.get("line").asInt()).isEqualTo(1);
        assertThat(cannotRead.get("column").asInt()).isEqualTo(1);
    }

    @Test
    void aValidFileIsOneLineOfJson() {
        PlanRun run = PlanRun.of("validate", "--format=json", PlanRun.THURROCK.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"files\":[{\"file\":" + JsonMapper.shared().writeValueAsString(
                PlanRun.THURROCK.toString()) + ",\"valid\":true,\"problems\":[],\"omitted\":{}}]}" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    private static JsonNode problem(JsonNode file, String code) {
        for (JsonNode problem : file.get("problems")) {
            if (problem.get("code").asString().equals(code)) {
                return problem;
            }
        }
        throw new AssertionError("no problem " + code + " in " + file);
    }

    private static List<String> names(JsonNode object) {
        assertThat(object.isObject()).isTrue();
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
