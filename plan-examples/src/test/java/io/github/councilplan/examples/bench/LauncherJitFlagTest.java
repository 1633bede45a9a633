package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The floors that BENCHMARKS.md sets under a whole-process target run with the launchers' JIT
 * flag, so that they bound what {@code bin/plan} can do: the launchers in plan-schema's
 * distribution run with {@link ProcessComparison#LAUNCHER_JIT} and no other JIT tier flag.
 */
class LauncherJitFlagTest {
    private static final Path LAUNCHERS = Path.of("..", "plan-schema", "src", "dist", "bin");
    private static final Pattern TIER_FLAG = Pattern.compile("-XX:TieredStopAtLevel=\\d");

    @Test
    void theUnixLauncherSetsTheFlagTheFloorsRunWith() throws IOException {
        String script = Files.readString(LAUNCHERS.resolve("plan"));

        assertThat(script).containsPattern("(?m)^jit=" + Pattern.quote(ProcessComparison.LAUNCHER_JIT) + "$");
    }

    @Test
    void theWindowsLauncherRunsJavaWithTheFlagTheFloorsRunWith() throws IOException {
        List<String> lines = Files.readAllLines(LAUNCHERS.resolve("plan.bat"));

        assertThat(lines).filteredOn(line -> line.contains("-jar"))
                .singleElement().asString().contains(" " + ProcessComparison.LAUNCHER_JIT + " ");
    }

    @Test
    void theLaunchersRunNoOtherTierThanTheFloors() throws IOException {
        for (String launcher : List.of("plan", "plan.bat")) {
            for (String line : Files.readAllLines(LAUNCHERS.resolve(launcher))) {
                String code = line.strip();
                // the comments name the optimising tier a user may ask for; only the lines that run count
                if (code.startsWith("#") || code.toLowerCase(Locale.ROOT).startsWith("rem")) {
                    continue;
                }
                Matcher flags = TIER_FLAG.matcher(code);
                while (flags.find()) {
                    assertThat(flags.group()).as(launcher + ": " + code).isEqualTo(ProcessComparison.LAUNCHER_JIT);
                }
            }
        }
    }
}
