package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only regular files are read, by every command: a named pipe (which would block a read for
 * ever), a device (which may never end), a socket, a link to one of them, or a directory is
 * refused before it is opened, with {@code cannot read: REASON} and exit code 2, at once; and a
 * file whose name is not text in the platform's encoding still opens.
 */
class SpecialFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    /** The commands that read a plan, with {@code FILE} where it goes. */
    static Stream<Arguments> commandsAndSpecialFiles() throws IOException, InterruptedException {
        List<Arguments> cases = new ArrayList<>();
        Path fifo = dir.resolve("pipe.json");
        if (!Files.exists(fifo)) {
            new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
            Files.createSymbolicLink(dir.resolve("link-to-pipe.json"), fifo);
            Files.createDirectory(dir.resolve("directory.json"));
        }
        List<String[]> files = new ArrayList<>(List.of(
                new String[] {fifo.toString(), "not a regular file"},
                new String[] {dir.resolve("link-to-pipe.json").toString(), "not a regular file"},
                new String[] {"/dev/null", "not a regular file"},
                new String[] {"/dev/zero", "not a regular file"},
                new String[] {dir.resolve("directory.json").toString(), "is a directory"}));
        for (String[] file : files) {
            for (List<String> command : List.of(List.of("validate", "FILE"), List.of("trace", "FILE", "x"),
                    List.of("gaps", "FILE"), List.of("render", "--format", "csv", "FILE"), List.of("diff", "FILE", "FILE"),
                    List.of("validate", "--format", "json", "FILE"))) {
                cases.add(Arguments.of(command, file[0], file[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("commandsAndSpecialFiles")
    void aFileThatIsNotARegularFileIsRefusedAtOnce(List<String> command, String file, String reason) {
        assumeTrue(Files.exists(Path.of(file)), file + " exists on this system");
        String[] arguments = command.stream().map(argument -> argument.replace("FILE", file)).toArray(String[]::new);

        PlanRun run = assertTimeoutPreemptively(BOUND, () -> PlanRun.of(arguments));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("plan: " + file + ": cannot read: " + reason);
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = dir.resolve("socket.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            PlanRun run = assertTimeoutPreemptively(BOUND, () -> PlanRun.of("validate", socket.toString()));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
            assertThat(run.err()).contains(": cannot read: not a regular file");
        }
    }

    /**
     * A name whose bytes are not UTF-8 reaches the command with U+FFFD in their place (as the Java
     * launcher decodes arguments); the file it names is still found and read.
     */
    @Test
    void aFileWhoseNameIsNotUtf8IsRead() throws IOException, InterruptedException {
        Path named = dir.resolve("names");
        Files.createDirectories(named);
        Path source = Path.of(PlanRun.TRACEABLE.toString()).toAbsolutePath();
        // the shell makes the name from bytes: Java cannot, as it encodes names from text
        Process touch = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf 'plan\\377\\376.json')\"",
                source.toString(), named.toString()).inheritIO().start();
        assertThat(touch.waitFor()).isZero();
        String asTheLauncherGivesIt = named + "/plan\uFFFD\uFFFD.json";

        PlanRun run = PlanRun.of("validate", asTheLauncherGivesIt);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(asTheLauncherGivesIt + ": valid" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void twoFilesWhoseNamesDecodeAlikeAreNeitherChosen() throws IOException, InterruptedException {
        Path named = dir.resolve("alike");
        Files.createDirectories(named);
        Process touch = new ProcessBuilder("sh", "-c",
                "printf '{}' > \"$0/$(printf 'x\\377.json')\" && printf '{}' > \"$0/$(printf 'x\\376.json')\"",
                named.toString()).inheritIO().start();
        assertThat(touch.waitFor()).isZero();

        PlanRun run = PlanRun.of("validate", named + "/x\uFFFD.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(run.err()).contains("cannot read: no such file");
    }
}
