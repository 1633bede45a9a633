package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents built to hurt the validator: each ends in a located problem, quickly. */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final String HEAD = "{\"schemaVersion\":\"0.1\",\"id\":\"p\",\"title\":\"T\","
            + "\"organisation\":{\"name\":\"C\"},\"period\":{\"start\":\"2024\",\"end\":\"2029\"}";

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void startLoopbackServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "loopback-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopLoopbackServer() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    private static ValidationReport validate(String document) {
        return assertTimeoutPreemptively(BOUND, () -> VALIDATOR.validate(document, DocumentFormat.JSON));
    }

    private static ValidationReport validate(String document, PlanValidator validator) {
        return assertTimeoutPreemptively(BOUND, () -> validator.validate(document, DocumentFormat.JSON));
    }

    @Test
    void remoteSchemaReferenceAtTheRootIsNotFetched() {
        ValidationReport report = validate("{\"$schema\":\"" + url("/schema.json") + "\","
                + "\"$id\":\"" + url("/id.json") + "\",\"$ref\":\"" + url("/ref.json") + "\"," + HEAD.substring(1) + "}");

        assertThat(report.errors()).extracting(Problem::code).containsOnly(ProblemCode.SCHEMA_UNKNOWN_PROPERTY);
        assertThat(report.errors()).extracting(Problem::pointer).containsExactlyInAnyOrder("/$schema", "/$id", "/$ref");
        assertThat(connections).hasValue(0);
    }

    @Test
    void remoteReferencesInsideExtensionsAreKeptAsDataAndNotFetched() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"$schema\":\"" + url("/s") + "\",\"$ref\":\""
                + url("/r") + "\",\"nested\":{\"$id\":\"" + url("/i") + "\"}}}");

        assertThat(report.isValid()).isTrue();
        assertThat(connections).hasValue(0);
    }

    @Test
    void nestingOneHundredThousandDeepIsALocatedLimitProblem() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        ValidationReport report = validate(HEAD + ",\"extensions\":{\"deep\":" + deep + "}}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NESTING_DEPTH);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void sixtyMegabyteStringIsALimitProblem() {
        String huge = "x".repeat(60 * 1024 * 1024);

        ValidationReport report = validate(HEAD + ",\"extensions\":{\"s\":\"" + huge + "\"}}",
                PlanValidator.create(ValidationLimits.defaults().withMaxDocumentBytes(128L * 1024 * 1024)));

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_STRING_LENGTH);
    }

    @Test
    void documentOverTheSizeLimitIsALimitProblemBeforeParsing() {
        ValidationReport report = validate(HEAD + "}", PlanValidator.create(
                ValidationLimits.defaults().withMaxDocumentBytes(10)));

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_DOCUMENT_SIZE);
    }

    @Test
    void numberWithFiveThousandDigitsIsALimitProblem() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"n\":" + "9".repeat(5000) + "}}");

        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void nanAndInfinityAreSyntaxProblems() {
        assertThat(validate(HEAD + ",\"extensions\":{\"n\":NaN}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
        assertThat(validate(HEAD + ",\"extensions\":{\"n\":-Infinity}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
    }

    @Test
    void duplicateKeysInsideExtensionsAreASyntaxProblem() {
        assertThat(validate(HEAD + ",\"extensions\":{\"a\":1,\"a\":2}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_DUPLICATE_KEY);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        byte[] utf16 = ("\uFEFF" + HEAD + "}").getBytes(StandardCharsets.UTF_16BE);

        ValidationReport report = VALIDATOR.validate(utf16, DocumentFormat.JSON);

        assertThat(report.isValid()).isTrue();
    }

    @Test
    void utf8ByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, document, 0, bom.length);
        System.arraycopy(body, 0, document, bom.length, body.length);

        assertThat(VALIDATOR.validate(document, DocumentFormat.JSON).isValid()).isTrue();
    }

    @Test
    void invalidUtf8IsALocatedSyntaxProblem() {
        byte[] body = (HEAD + ",\"extensions\":{\"s\":\"ab\"}}").getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("ab");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;

        ValidationReport report = VALIDATOR.validate(body, DocumentFormat.JSON);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.line()).isEqualTo(1);
        });
    }

    @Test
    void controlCharacterInStringIsASyntaxProblem() {
        assertThat(validate(HEAD + ",\"extensions\":{\"s\":\"a\u0001b\"}}").problems())
                .extracting(Problem::code).containsExactly(ProblemCode.SYNTAX_MALFORMED);
    }

    @Test
    void numberWithAHugeExponentIsALocatedProblemNotAnExpansion() {
        ValidationReport report = validate(HEAD + ",\"measures\":[{\"id\":\"k\",\"name\":\"K\",\"unit\":\"%\","
                + "\"direction\":\"onTarget\",\"frequency\":\"calendarYear\",\"targets\":{\"2025\":1e10000000}}]}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void exponentBeyondWhatADecimalHoldsIsALocatedProblem() {
        ValidationReport report = validate(HEAD + ",\"extensions\":{\"x\":1e-2147483649}}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
            assertThat(problem.column()).isGreaterThan(HEAD.length());
        });
    }

    @Test
    void unpairedSurrogateInStringInputIsALocatedProblemNotAReplacement() {
        ValidationReport report = validate(HEAD.replace("\"title\":\"T\"", "\"title\":\"a\uD800b\"") + "}");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX_MALFORMED);
            assertThat(problem.message()).contains("surrogate");
            assertThat(problem.column()).isEqualTo(HEAD.indexOf("\"T\"") + 3);
        });
    }

    @Test
    void unlimitedDocumentSizeStillReadsStreams() throws IOException {
        PlanValidator unlimited = PlanValidator.create(ValidationLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE));

        ValidationReport report = unlimited.validate(
                new java.io.ByteArrayInputStream((HEAD + "}").getBytes(StandardCharsets.UTF_8)), DocumentFormat.JSON);

        assertThat(report.isValid()).isTrue();
    }
}
