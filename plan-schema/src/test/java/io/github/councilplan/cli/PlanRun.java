package io.github.councilplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the {@code plan} command line in this process, with what it wrote to its output and
 * error streams.
 *
 * @param exitCode the exit code
 * @param out what was written to the output stream
 * @param err what was written to the error stream
 */
record PlanRun(int exitCode, String out, String err) {
    /** Thurrock's corporate plan, a valid plan document, relative to plan-schema's directory. */
    static final Path THURROCK =
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/thurrock-corporate-plan.json");

    /** A small valid plan with links, a number shared by an outcome and a priority, and text to escape. */
    static final Path TRACEABLE = Path.of("src/test/resources/fixtures/valid-traceable.json");

    /** Runs {@code plan} with the given arguments, as {@link PlanCommand#main} would. */
    static PlanRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new PlanRun(exitCode, out.toString(), err.toString());
    }

    /** Runs a command line made beforehand with the given arguments. */
    static PlanRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new PlanRun(exitCode, out.toString(), err.toString());
    }

    /** Tells whether the error stream shows a stack trace or an exception's class name. */
    boolean errShowsStackTrace() {
        return err.contains("\tat ") || err.contains("Exception") || err.contains("Error:");
    }
}
