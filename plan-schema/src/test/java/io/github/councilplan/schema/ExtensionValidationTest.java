package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extensions a plan declares: their data is checked against each extension's own JSON Schema
 * (test resources under {@code META-INF/councilplan/extensions/}, or given to the validator),
 * located as the plan schema's problems are; schemas are local only.
 */
class ExtensionValidationTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final String HEAD = "{\n\"schemaVersion\": \"0.2\", \"id\": \"p\", \"title\": \"T\",\n"
            + "\"organisation\": {\"name\": \"C\"}, \"period\": {\"start\": \"2024\", \"end\": \"2029\"},\n";
    private static final String FUNDING = "\"extensionsUsed\": [{\"name\": \"ward-funding\", \"version\": \"1.0\"}],\n";

    @RegisterExtension
    final LoopbackServer server = new LoopbackServer();

    private static ValidationReport validate(PlanValidator validator, String document) {
        return validator.validate(document, DocumentFormat.JSON);
    }

    private static String plan(String declarations, String extensions) {
        return HEAD + declarations + "\"extensions\": " + extensions + "\n}";
    }

    @Test
    void extensionDataItsSchemaRefusesIsASchemaProblemLocatedInTheDocument() {
        ValidationReport report = validate(VALIDATOR, plan(FUNDING, "{\"ward-funding\": {\"amount\": -5}}"));

        assertThat(report.isValid()).isFalse();
        assertThat(report.plan()).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SCHEMA_RANGE);
            assertThat(problem.pointer()).isEqualTo("/extensions/ward-funding/amount");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo(43);
            assertThat(problem.keyword()).contains("minimum");
            assertThat(problem.schemaLocation()).hasValueSatisfying(location ->
                    assertThat(location).startsWith("https://schemas.example.org/councilplan/ward-funding/1.0"));
            assertThat(problem.message()).startsWith("plan: /extensions/ward-funding/amount: ");
        });
    }

    @Test
    void extensionDataItsSchemaAcceptsMakesAValidPlanWithTheData() {
        ValidationReport report = validate(VALIDATOR, plan(FUNDING, "{\"ward-funding\": {\"amount\": 5}}"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.plan()).hasValueSatisfying(plan -> {
            assertThat(plan.extensionsUsed()).singleElement().satisfies(use ->
                    assertThat(use.name().toString()).isEqualTo("ward-funding"));
            assertThat(plan.extensions().get("ward-funding")).isPresent();
        });
    }

    @Test
    void aSchemaGivenToTheValidatorIsUsedInPlaceOfTheClassPathOne() {
        PlanValidator validator = PlanValidator.builder()
                .extensionSchema(ExtensionSchema.of("ward-funding", "1.0", "{\"type\": \"string\"}")).build();

        ValidationReport report = validate(validator, plan(FUNDING, "{\"ward-funding\": {\"amount\": 5}}"));

        assertThat(report.errors()).extracting(Problem::code, Problem::pointer)
                .containsExactly(tuple(ProblemCode.SCHEMA_TYPE, "/extensions/ward-funding"));
    }

    @Test
    void aSchemaIsReadFromAFile(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("lighting.schema.json"), "{\"type\": \"boolean\"}");
        PlanValidator validator = PlanValidator.builder()
                .extensionSchema(ExtensionSchema.read("ward-lighting", "2.0", file)).build();

        ValidationReport report = validate(validator, plan(
                "\"extensionsUsed\": [{\"name\": \"ward-lighting\", \"version\": \"2.0\"}],\n",
                "{\"ward-lighting\": true}"));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aSchemaFileThatIsNotUtf8IsRefusedNotReadWithReplacementCharacters(@TempDir Path directory)
            throws IOException {
        Path file = Files.write(directory.resolve("lighting.schema.json"),
                new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'});

        assertThatThrownBy(() -> ExtensionSchema.read("ward-lighting", "2.0", file))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aClassPathSchemaThatIsNotUtf8IsRefusedNotReadWithReplacementCharacters() {
        ClassLoader latin1 = new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return new java.io.ByteArrayInputStream(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"',
                        (byte) 0xE9, '"', '}'});
            }
        };

        assertThatThrownBy(() -> ExtensionSchema.fromClassPath("ward-lighting", "2.0", latin1))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aSchemaFileLargerThan16MiBIsRefusedBeforeItIsRead(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("lighting.schema.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((16L << 20) + 1);
        }

        assertThatThrownBy(() -> ExtensionSchema.read("ward-lighting", "2.0", file))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("larger than 16777216 bytes");
    }

    @Test
    void aClassPathSchemaThatNeverEndsIsReadOnlyToItsLimit() {
        ClassLoader endless = new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return new InputStream() {
                    @Override
                    public int read() {
                        return ' ';
                    }
                };
            }
        };

        assertThatThrownBy(() -> ExtensionSchema.fromClassPath("ward-lighting", "2.0", endless))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("larger than 16777216 bytes");
    }

    @Test
    void aDeclaredExtensionWithoutASchemaIsALocatedError() {
        ValidationReport report = validate(VALIDATOR, plan(
                "\"extensionsUsed\": [{\"name\": \"ward-lighting\", \"version\": \"2.0\"}],\n", "{}"));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.EXTENSION_NO_SCHEMA);
            assertThat(problem.pointer()).isEqualTo("/extensionsUsed/0");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("'ward-lighting'", "'2.0'",
                    "META-INF/councilplan/extensions/ward-lighting/2.0.schema.json");
        });
    }

    @Test
    void anUnusableSchemaOnTheClassPathIsALocatedErrorNotAnException() {
        ValidationReport report = validate(VALIDATOR, plan(
                "\"extensionsUsed\": [{\"name\": \"broken\", \"version\": \"1.0\"}],\n", "{\"broken\": 1}"));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.EXTENSION_NO_SCHEMA);
            assertThat(problem.message()).contains("cannot be used");
        });
    }

    @Test
    void anUndeclaredKeyInAPlanThatDeclaresExtensionsIsAWarning() {
        ValidationReport report = validate(VALIDATOR, plan(FUNDING, "{\"colour\": \"green\"}"));

        assertThat(report.isValid()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.EXTENSION_UNDECLARED);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.pointer()).isEqualTo("/extensions/colour");
            assertThat(problem.message()).contains("'colour'", "ward-funding");
        });
    }

    @Test
    void keysInAPlanThatDeclaresNoExtensionAreFreeForm() {
        ValidationReport report = validate(VALIDATOR, plan("", "{\"colour\": \"green\"}"));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theSchemaADeclarationNamesMustBeTheOneFound() {
        ValidationReport report = validate(VALIDATOR, plan("\"extensionsUsed\": [{\"name\": \"ward-funding\","
                + " \"version\": \"1.0\", \"schema\": \"https://elsewhere.example.org/ward-funding\"}],\n", "{}"));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.EXTENSION_NO_SCHEMA);
            assertThat(problem.pointer()).isEqualTo("/extensionsUsed/0/schema");
        });
    }

    @Test
    void aPlanThatDeclaresExtensionsGetsTheSameReportTheFullWay() {
        String document = plan(FUNDING, "{\"ward-funding\": {\"amount\": 5}, \"colour\": 1}");
        PlanValidator full = PlanValidator.fullCheckOnly(ValidationLimits.defaults());

        ValidationReport fast = validate(VALIDATOR, document);
        ValidationReport slow = validate(full, document);

        assertThat(fast.problems()).isEqualTo(slow.problems()).isNotEmpty();
        assertThat(fast.plan()).isEqualTo(slow.plan());
    }

    @Test
    void aSchemaThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> ExtensionSchema.of("x", "1", "{")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not JSON");
    }

    @Test
    void aSchemaOfAnotherDraftIsRefused() {
        assertThatThrownBy(() -> ExtensionSchema.of("x", "1",
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draft 2020-12");
    }

    @Test
    void aSchemaTheMetaSchemaRefusesIsRefused() {
        assertThatThrownBy(() -> ExtensionSchema.of("x", "1", "{\"type\": \"strin\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid draft 2020-12");
    }

    @Test
    void aNameThatIsNotAnIdIsRefused() {
        assertThatThrownBy(() -> ExtensionSchema.of("../x", "1", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an id");
    }

    @Test
    void aRemoteReferenceInASchemaIsNotFetched() {
        String schema = "{\"$ref\": \"" + server.address("/ward.json") + "\"}";

        assertThatThrownBy(() -> ExtensionSchema.of("x", "1", schema)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.connections()).hasValue(0);
    }

    @Test
    void aRemoteIdInASchemaIsOnlyAnIdentifier() {
        String id = server.address("/ward.json");
        ExtensionSchema schema = ExtensionSchema.of("x", "1", "{\"$id\": \"" + id + "\", \"$defs\": {\"w\":"
                + " {\"type\": \"string\"}}, \"$ref\": \"#/$defs/w\"}");
        PlanValidator validator = PlanValidator.builder().extensionSchema(schema).build();

        ValidationReport report = validate(validator, plan(
                "\"extensionsUsed\": [{\"name\": \"x\", \"version\": \"1\"}],\n", "{\"x\": 5}"));

        assertThat(schema.id()).contains(id);
        assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.SCHEMA_TYPE);
        assertThat(server.connections()).hasValue(0);
    }

    @Property(tries = 200)
    void anyDataUnderAnUndeclaredKeyIsOneWarningThere(@ForAll("keys") String key, @ForAll("values") String value) {
        ValidationReport report = validate(VALIDATOR, plan(FUNDING, "{\"" + key + "\": " + value + "}"));

        assertThat(report.isValid()).isTrue();
        assertThat(report.problems()).extracting(Problem::code, Problem::pointer)
                .containsExactly(tuple(ProblemCode.EXTENSION_UNDECLARED,
                        "/extensions/" + key));
    }

    @Property(tries = 200)
    void anAmountIsValidExactlyWhenItIsNotNegative(@ForAll("amounts") BigDecimal amount) {
        ValidationReport report = validate(VALIDATOR, plan(FUNDING,
                "{\"ward-funding\": {\"amount\": " + amount.toPlainString() + "}}"));

        if (amount.signum() >= 0) {
            assertThat(report.problems()).isEmpty();
        } else {
            assertThat(report.errors()).extracting(Problem::code, Problem::pointer).containsExactly(
                    tuple(ProblemCode.SCHEMA_RANGE, "/extensions/ward-funding/amount"));
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .filter(key -> !key.equals("ward-funding"));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.just("null"),
                Arbitraries.just("true"), Arbitraries.strings().alpha().ofMaxLength(8).map(s -> "\"" + s + "\""),
                Arbitraries.just("{\"amount\": -1}"), Arbitraries.just("[1, {\"a\": []}]"));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                .ofScale(2);
    }
}
