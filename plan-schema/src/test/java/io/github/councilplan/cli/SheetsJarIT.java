package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code -cli} jar carries Apache POI: it exports a plan as a workbook and imports it back,
 * printing nothing but the import's verdict (no word from the logging Apache POI uses).
 */
class SheetsJarIT {
    @TempDir
    Path dir;

    @Test
    void theJarExportsAndImportsAWorkbookQuietly() throws Exception {
        Path workbook = dir.resolve("thurrock.xlsx");
        Path json = dir.resolve("thurrock.json");

        String[] export = run("export", "--format", "xlsx", "-o", workbook.toString(), PlanRun.THURROCK.toString());
        String[] read = run("import", workbook.toString(), "--to", "json", "-o", json.toString());

        assertThat(export).containsExactly("0", "", "");
        assertThat(read).containsExactly("0", "", workbook + ": valid\n");
        assertThat(PlanJson.standard().read(json)).isEqualTo(PlanJson.standard().read(PlanRun.THURROCK));
    }

    private String[] run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", CliJar.find().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new String[] {Integer.toString(process.exitValue()), Files.readString(out), Files.readString(err)};
    }
}
