package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan validate DIRECTORY}: every {@code .json}, {@code .yaml} and {@code .yml} file below
 * it, sorted by path, reported as if each had been named, links below it not followed, at most
 * {@link DirectoryDocuments#MAX_FILES} files.
 */
class DirectoryValidateTest {
    private static final String NL = System.lineSeparator();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    @Test
    void aDirectoryIsCheckedAsItsPlanDocumentsNamedInPathOrder() throws IOException {
        copy("valid-strategy.json", "b/plan.json");
        copy("invalid-bad-enum.json", "a-c.json");
        copy("valid-yaml-1.1-words-stay-strings.yaml", "a/z.yaml");
        copy("valid-partial-languages.json", "a/y.YML");
        Files.writeString(dir.resolve("a/notes.txt"), "not a plan");
        String root = dir.toString();

        PlanRun byDirectory = PlanRun.of("validate", root);
        PlanRun byFiles = PlanRun.of("validate", root + "/a/y.YML", root + "/a/z.yaml", root + "/a-c.json",
                root + "/b/plan.json");

        assertThat(byDirectory.out()).isEqualTo(byFiles.out());
        assertThat(byDirectory.exitCode()).isEqualTo(byFiles.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(byDirectory.out()).endsWith("4 files: 3 valid, 1 invalid" + NL);
    }

    @Test
    void aDirectoryNamedWithATrailingSlashGivesNamesWithOneSlash() throws IOException {
        copy("invalid-bad-enum.json", "plan.json");

        PlanRun run = PlanRun.of("validate", dir + "/");

        assertThat(run.out()).startsWith(dir + "/plan.json:");
    }

    @Test
    void directoriesAndFilesMayBeGivenTogetherInTheOrderGiven() throws IOException {
        copy("invalid-bad-enum.json", "d/plan.json");

        PlanRun run = PlanRun.of("validate", PlanRun.THURROCK.toString(), dir.resolve("d").toString());

        assertThat(run.out().lines().filter(line -> line.endsWith(": valid") || line.endsWith("1 error")).toList())
                .containsExactly(PlanRun.THURROCK + ": valid", dir.resolve("d/plan.json") + ": 1 error");
    }

    @Test
    void symbolicLinksBelowTheDirectoryAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(FIXTURES.resolve("invalid-bad-enum.json"), outside.resolve("secret.json"));
        Path tree = Files.createDirectories(dir.resolve("tree"));
        copy("valid-partial-languages.json", "tree/plan.json");
        Files.createSymbolicLink(tree.resolve("linked-dir"), outside);
        Files.createSymbolicLink(tree.resolve("linked-file.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(tree.resolve("loop"), tree);

        PlanRun run = PlanRun.of("validate", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).isEqualTo(tree.resolve("plan.json") + ":23:5: warning rule.partial-translation: "
                + run.out().split("rule.partial-translation: ")[1].split(NL)[0] + NL
                + tree.resolve("plan.json") + ": valid, 1 warning" + NL);
    }

    @Test
    void theDirectoryNamedMayItselfBeALink() throws IOException {
        copy("invalid-bad-enum.json", "real/plan.json");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

        PlanRun run = PlanRun.of("validate", link.toString());

        assertThat(run.out()).endsWith(link.resolve("plan.json") + ": 1 error" + NL);
    }

    @Test
    void aDirectoryWithNoPlanDocumentIsAClearErrorAndTheOthersAreStillChecked() throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        Files.writeString(dir.resolve("empty/sub/readme.md"), "no plan here");
        String empty = dir.resolve("empty").toString();

        PlanRun run = PlanRun.of("validate", empty, PlanRun.THURROCK.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).isEqualTo("plan: " + empty + ": cannot read: is a directory with no .json, .yaml or .yml"
                + " file below it" + NL);
        assertThat(run.out()).contains(PlanRun.THURROCK + ": valid");
    }

    @Test
    void moreFilesThanTheLimitAreRefusedAtOnceWithALocatedMessage() throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i <= DirectoryDocuments.MAX_FILES; i++) {
            Files.writeString(many.resolve("plan-" + i + ".json"), "{}");
        }

        PlanRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanRun.of("validate", many.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).isEqualTo("plan: " + many + ": more than 1,000 files to check (the limit of one run):"
                + " name fewer or smaller directories" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theLimitCountsEveryFileOfTheRun() throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < DirectoryDocuments.MAX_FILES; i++) {
            Files.writeString(many.resolve("plan-" + i + ".json"), "{}");
        }

        PlanRun atLimit = PlanRun.of("validate", many.toString());
        PlanRun overLimit = PlanRun.of("validate", PlanRun.THURROCK.toString(), many.toString());

        assertThat(atLimit.err()).doesNotContain("more than");
        assertThat(atLimit.out()).endsWith("1,000 files: 0 valid, 1000 invalid" + NL);
        assertThat(overLimit.err()).contains("plan: " + many + ": more than 1,000 files to check");
    }

    @Test
    void sarifAndJunitReportADirectorysFilesToo() throws IOException {
        copy("invalid-bad-enum.json", "plan.json");

        PlanRun sarif = PlanRun.of("validate", "--format", "sarif", dir.toString());
        PlanRun junit = PlanRun.of("validate", "--format", "junit", dir.toString());

        assertThat(sarif.out()).contains("\"uri\":\"file://" + dir + "/plan.json\"");
        assertThat(junit.out()).contains("<testcase name=\"" + dir + "/plan.json\"");
    }

    private void copy(String fixture, String to) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        Files.copy(FIXTURES.resolve(fixture), target);
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
