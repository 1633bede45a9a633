package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan report}: a committee's report on a plan for a period. */
class ReportCommandTest {
    /** A fictional plan with quarterly actuals for 2025/26 Q1 and Q2, relative to plan-schema's directory. */
    static final String DISTRICT =
            "../plan-examples/src/main/resources/io/github/councilplan/examples/fictional-district-delivery-plan.json";

    @TempDir
    Path folder;

    @Test
    void debug() {
        PlanRun run = PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2");
        System.out.println("OUT>>" + run.out() + "ERR>>" + run.err() + "EXIT " + run.exitCode());
        System.out.println("OUT>>" + PlanRun.of("report", DISTRICT, "--period", "2025/26 Q2", "--format", "csv").out());
    }
}
