package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan validate} in text format, run in this process: Thurrock's plan is valid, and broken
 * copies of it are invalid with the problem located, compiler style, at the fault; files given
 * together are checked together.
 */
class ValidateCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String STRATEGY = "src/test/resources/fixtures/valid-strategy.json";
    private static final String DELIVERY = "src/test/resources/fixtures/valid-delivery-plan.json";
    private static final String PARTIAL = "src/test/resources/fixtures/valid-partial-languages.json";

    /** Thurrock's plan, written by Jackson's pretty printer, so that its layout is known here. */
    private static String thurrock;

    @TempDir
    Path dir;

    @BeforeAll
    static void readThurrock() throws IOException {
        JsonMapper mapper = JsonMapper.shared();
        thurrock = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
                mapper.readTree(Files.readString(PlanRun.THURROCK, StandardCharsets.UTF_8)));
    }

    @Test
    void theThurrockPlanIsValid() {
        String file = PlanRun.THURROCK.toString();

        PlanRun run = PlanRun.of("validate", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void strictAcceptsAPlanWithoutWarnings() {
        PlanRun run = PlanRun.of("validate", "--strict", PlanRun.THURROCK.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith(": valid" + System.lineSeparator());
    }

    @Test
    void aTitleThatIsANumberIsATypeError() throws IOException {
        Broken broken = Broken.replacing(thurrock, "\"title\" : \"A fresh start for Thurrock\"", "\"title\" : 42", "42");
        Path file = broken.writeTo(dir.resolve("title-number.json"));

        PlanRun run = PlanRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":" + broken.location() + ": error schema.type: ");
        assertThat(run.out()).contains(file + ": 1 error");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownPropertyIsReportedWhereItIs() throws IOException {
        Broken broken = Broken.replacing(thurrock, "\"id\" : \"thurrock-corporate-plan\",",
                "\"id\" : \"thurrock-corporate-plan\",\n  \"titel\" : \"A typo\",", "\"A typo\"");
        Path file = broken.writeTo(dir.resolve("unknown-property.json"));

        PlanRun run = PlanRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":" + broken.location() + ": error schema.unknown-property: ");
    }

    @Test
    void aTruncatedFileIsMalformedWhereItEnds() throws IOException {
        String truncated = thurrock.substring(0, thurrock.indexOf("\"themes\""));
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, truncated, StandardCharsets.UTF_8);

        PlanRun run = PlanRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":" + Broken.locationOf(truncated, truncated.length())
                + ": error syntax.malformed: ");
        assertThat(run.out()).endsWith(file + ": 1 error" + System.lineSeparator());
    }

    @Test
    void aDuplicateIdIsAnErrorLocatedAtTheDuplicate() throws IOException {
        Broken broken = Broken.replacing(thurrock, "\"id\" : \"d-1.1.2\"", "\"id\" : \"d-1.1.1\"", "\"d-1.1.1\"");
        Path file = broken.writeTo(dir.resolve("duplicate-id.json"));

        PlanRun run = PlanRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":" + broken.location() + ": error rule.duplicate-id: ");
        assertThat(run.out()).contains("'d-1.1.1'");
    }

    @Test
    void strictMakesAWarningFailTheRun() throws IOException {
        String title = "\"title\" : \"Continue to fix the foundations\"";
        int afterTitle = thurrock.indexOf(title) + title.length();
        int endOfDeliverables = thurrock.lastIndexOf(']', thurrock.indexOf("\"id\" : \"p-1.2\""));
        String cut = thurrock.substring(0, afterTitle) + thurrock.substring(endOfDeliverables + 1);
        Path file = dir.resolve("warning.json");
        Files.writeString(file, cut, StandardCharsets.UTF_8);

        PlanRun lenient = PlanRun.of("validate", file.toString());
        PlanRun strict = PlanRun.of("validate", "--strict", file.toString());

        assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(0);
        assertThat(lenient.out()).contains("warning rule.priority-without-deliverables: priority 1.1");
        assertThat(strict.exitCode()).as(strict.out()).isEqualTo(1);
    }

    @Test
    void brokenYamlIsInvalid() throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "title: [unclosed\n", StandardCharsets.UTF_8);

        PlanRun run = PlanRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":").contains(": error syntax.");
    }

    @Test
    void severalFilesExitWithTheWorstOutcome() throws IOException {
        String valid = PlanRun.THURROCK.toString();
        String other = PlanRun.TRACEABLE.toString();
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, "{}", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");

        PlanRun validOnly = PlanRun.of("validate", valid, other);
        PlanRun withInvalid = PlanRun.of("validate", valid, invalid.toString(), other);
        PlanRun withMissing = PlanRun.of("validate", missing.toString(), invalid.toString(), valid);

        assertThat(validOnly.exitCode()).isZero();
        assertThat(validOnly.out()).endsWith("2 files: 2 valid, 0 invalid" + System.lineSeparator());
        assertThat(withInvalid.exitCode()).isEqualTo(1);
        assertThat(withInvalid.out()).contains(invalid + ":1:1: error schema.required: ")
                .endsWith("3 files: 2 valid, 1 invalid" + System.lineSeparator());
        assertThat(withMissing.exitCode()).isEqualTo(2);
        assertThat(withMissing.out()).contains(invalid + ": ").contains(valid + ": valid")
                .endsWith("3 files: 1 valid, 1 invalid, 1 cannot be read" + System.lineSeparator());
    }

    @Test
    void plansGivenTogetherHaveTheirLinksIntoEachOtherResolved() {
        PlanRun run = PlanRun.of("validate", DELIVERY, STRATEGY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(DELIVERY + ": valid" + NL + STRATEGY + ": valid" + NL
                + "2 files: 2 valid, 0 invalid" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLinkThatTheRelatedPlanGivenCannotResolveIsAnErrorInTheFileOfTheLink() throws IOException {
        String delivery = Files.readString(Path.of(DELIVERY), StandardCharsets.UTF_8);
        Broken broken = Broken.replacing(delivery, "\"to\": \"s-p2\"", "\"to\": \"s-p9\"", "\"s-p9\"");
        Path file = broken.writeTo(dir.resolve("delivery.json"));

        PlanRun run = PlanRun.of("validate", file.toString(), STRATEGY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(file + ":" + broken.location() + ": error rule.unresolved-reference: plan:"
                + " links[2] to 's-p9' in plan 'example-strategy' names no element of that plan" + NL
                + file + ": 1 error" + NL + STRATEGY + ": valid" + NL + "2 files: 1 valid, 1 invalid" + NL);
    }

    @Test
    void aPlanGivenWithoutItsRelatedPlanGetsANoteAndIsValid() {
        PlanRun run = PlanRun.of("validate", DELIVERY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(DELIVERY + ":14:13: note rule.unchecked-reference: plan: 4 links into plan"
                + " 'example-strategy' could not be checked: its document was not given with this one" + NL
                + DELIVERY + ": valid, 1 note" + NL);
    }

    @Test
    void strictIgnoresNotes() {
        PlanRun run = PlanRun.of("validate", "--strict", DELIVERY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith(DELIVERY + ": valid, 1 note" + NL);
    }

    @Test
    void strictFailsOnAPartialTranslationsWarning() {
        PlanRun lenient = PlanRun.of("validate", PARTIAL);
        PlanRun strict = PlanRun.of("validate", "--strict", PARTIAL);

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).isEqualTo(PARTIAL + ":23:5: warning rule.partial-translation: plan: 2 texts are not"
                + " in cy, whose translation the plan says is partial: outcome 1.1 statement; deliverable 1.3 title" + NL
                + PARTIAL + ": valid, 1 warning" + NL);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).endsWith(PARTIAL + ": 0 errors, 1 warning (invalid with --strict)" + NL);
    }

    @Test
    void twoDocumentsOfOnePlanIdGivenTogetherAreAnErrorInTheLater() throws IOException {
        Path copy = Files.copy(Path.of(STRATEGY), dir.resolve("strategy-copy.json"));

        PlanRun run = PlanRun.of("validate", STRATEGY, copy.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(STRATEGY + ": valid" + NL + copy + ":3:9: error rule.duplicate-id: plan: id"
                + " 'example-strategy' is also the id of a plan document given before this one" + NL
                + copy + ": 1 error" + NL + "2 files: 1 valid, 1 invalid" + NL);
    }

    @Test
    void aDirectoryHoldingTwoEditionsOfOnePlanIsValid() throws IOException {
        String strategy = Files.readString(Path.of(STRATEGY));
        String edition = "\"schemaVersion\": \"0.2\",";
        assertThat(strategy).contains(edition);
        Path editions = Files.createDirectory(dir.resolve("editions"));
        Files.writeString(editions.resolve("strategy-2024.json"), strategy.replace(edition, edition
                + " \"edition\": {\"name\": \"2024\", \"status\": \"superseded\", \"adoptedOn\": \"2024-02-14\"},"));
        Files.writeString(editions.resolve("strategy-2025.json"), strategy.replace(edition, edition
                + " \"edition\": {\"name\": \"2025 refresh\", \"status\": \"adopted\", \"adoptedOn\": \"2025-02-12\"},"));

        PlanRun run = PlanRun.of("validate", editions.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).endsWith("2 files: 2 valid, 0 invalid" + NL);
    }

    @Test
    void theJsonReportGivesNotesAndTheRelatedPointersOfAProblemThatCoversSeveralValues() {
        PlanRun run = PlanRun.of("validate", "--format", "json", DELIVERY, PARTIAL);

        assertThat(run.exitCode()).isZero();
        JsonNode files = JsonMapper.shared().readTree(run.out()).get("files");
        JsonNode note = files.get(0).get("problems").get(0);
        assertThat(note.get("code").asString()).isEqualTo("rule.unchecked-reference");
        assertThat(note.get("severity").asString()).isEqualTo("note");
        assertThat(note.get("pointer").asString()).isEqualTo("/relatedPlans/0/id");
        assertThat(note.has("related")).isFalse();
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        JsonNode partial = files.get(1).get("problems").get(0);
        assertThat(partial.get("code").asString()).isEqualTo("rule.partial-translation");
        assertThat(partial.get("severity").asString()).isEqualTo("warning");
        assertThat(partial.get("pointer").asString()).isEqualTo("/partialLanguages/0");
        assertThat(partial.get("related").values()).extracting(JsonNode::asString)
                .containsExactly("/themes/0/outcomes/0/statement", "/themes/0/deliverables/0/title");
    }

    @Test
    void aMissingFileIsReportedOnStandardErrorAndTheOthersAreStillChecked() {
        String missing = dir.resolve("no-such-plan.json").toString();
        String valid = PlanRun.THURROCK.toString();

        PlanRun run = PlanRun.of("validate", missing, valid);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + System.lineSeparator());
        assertThat(run.out()).contains(missing + ": cannot read").contains(valid + ": valid");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void aDirectoryWithNoPlanDocumentCannotBeChecked() {
        PlanRun run = PlanRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + dir + ": cannot read: is a directory with no .json, .yaml or .yml"
                + " file below it" + System.lineSeparator());
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void anEmptyFileIsInvalidWithALocatedEmptyProblem() throws IOException {
        for (String name : new String[] {"empty.json", "empty.yaml"}) {
            Path file = Files.write(dir.resolve(name), new byte[0]);

            PlanRun run = PlanRun.of("validate", file.toString());

            assertThat(run.exitCode()).as(name).isEqualTo(1);
            assertThat(run.out()).as(name).isEqualTo(file + ":1:1: error syntax.empty: the document is empty"
                    + System.lineSeparator() + file + ": 1 error" + System.lineSeparator());
            assertThat(run.err()).as(name).isEmpty();
        }
    }

    @Test
    void anUnreadableFileIsReportedOnStandardErrorAndTheOthersAreStillChecked() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.json"), thurrock, StandardCharsets.UTF_8);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class),
                "the file system has no POSIX permissions");
        Files.setPosixFilePermissions(file, Set.of());
        try {
            assumeFalse(Files.isReadable(file),
                    "this process reads files whatever their permissions (it runs as root, say)");
            String valid = PlanRun.THURROCK.toString();

            PlanRun run = PlanRun.of("validate", file.toString(), valid);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("plan: " + file + ": cannot read: permission denied" + System.lineSeparator());
            assertThat(run.out()).contains(file + ": cannot read").contains(valid + ": valid");
            assertThat(run.errShowsStackTrace()).isFalse();
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void anEmptyDirectoryAmongFilesIsReportedAndTheOthersAreStillChecked() {
        String valid = PlanRun.THURROCK.toString();

        PlanRun run = PlanRun.of("validate", "--format", "json", dir.toString(), valid);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + dir + ": cannot read: is a directory with no .json, .yaml or .yml"
                + " file below it" + System.lineSeparator());
        assertThat(run.out()).contains("\"code\":\"syntax.unreadable\"").contains("\"valid\":true");
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void noInputMakesAStackTrace() throws IOException {
        byte[][] documents = {
            new byte[0],
            {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0xc3, 0x28, 0x00, (byte) 0x80},
            "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII),
            ("{\"id\": 1" + "0".repeat(10_000) + "}").getBytes(StandardCharsets.US_ASCII),
            "{\"a\": \"\\ud800\"}".getBytes(StandardCharsets.US_ASCII),
            "\"just a string\"".getBytes(StandardCharsets.US_ASCII),
        };
        for (int i = 0; i < documents.length; i++) {
            for (String extension : new String[] {".json", ".yaml"}) {
                Path file = dir.resolve("odd-" + i + extension);
                Files.write(file, documents[i]);

                PlanRun run = PlanRun.of("validate", file.toString());

                assertThat(run.exitCode()).as(file.toString()).isEqualTo(1);
                assertThat(run.errShowsStackTrace()).as(file.toString()).isFalse();
                assertThat(run.out()).as(file.toString()).contains(file + ":1:").contains(": error ");
            }
        }
    }

    /**
     * A broken copy of a document: its text, and where the broken value starts in it.
     *
     * @param text the broken document
     * @param offset where the broken value starts
     */
    record Broken(String text, int offset) {
        /** Replaces {@code target}, which must occur once, and finds {@code value} in its replacement. */
        static Broken replacing(String document, String target, String replacement, String value) {
            int at = document.indexOf(target);
            assertThat(at).as("where " + target + " is").isNotNegative();
            assertThat(document.indexOf(target, at + 1)).as("a second " + target).isNegative();
            String text = document.substring(0, at) + replacement + document.substring(at + target.length());
            return new Broken(text, at + replacement.indexOf(value));
        }

        /** Returns {@code LINE:COLUMN} (both 1-based) of {@code offset} in {@code text}. */
        static String locationOf(String text, int offset) {
            String before = text.substring(0, offset);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = offset - (before.lastIndexOf('\n') + 1) + 1;
            return line + ":" + column;
        }

        String location() {
            return locationOf(text, offset);
        }

        Path writeTo(Path file) throws IOException {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
