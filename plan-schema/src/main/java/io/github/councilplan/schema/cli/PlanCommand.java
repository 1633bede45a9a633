package io.github.councilplan.schema.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code plan} command, the main class of the command line: it holds the subcommands
 * ({@code validate}, {@code trace}, {@code gaps}, {@code diff}, {@code render}) and the standard {@code --help} and
 * {@code --version} options.
 *
 * <p>Exit codes: {@code 0} on success, {@code 1} when a file is invalid or the element asked for
 * is not in the plan, {@code 2} for a usage error, a file that cannot be read or written, or any
 * other failure. No input makes the command print a stack trace.
 */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Works with council plan documents, in JSON or YAML.",
        subcommands = {ValidateCommand.class, TraceCommand.class, GapsCommand.class, DiffCommand.class,
            RenderCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an invalid plan document, an element not in it, or gaps (gaps --strict)",
            "2:usage error, a file that cannot be read or written, or another failure"})
public final class PlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Creates the command; {@link #commandLine()} gives it its command line. */
    public PlanCommand() {}

    /**
     * Runs {@code plan} without a subcommand, which is a usage error.
     *
     * @throws ParameterException always
     */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Creates the command line of {@code plan}, ready to {@link CommandLine#execute execute}: usage
     * errors exit with {@code 2} after the message and the usage on the error stream, and any
     * unexpected exception exits with {@code 2} after one line on the error stream. Output goes to
     * the command line's {@link CommandLine#getOut() out} and {@link CommandLine#getErr() err}
     * writers, which callers may replace.
     *
     * @return a new command line, not null
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new PlanCommand());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        return commandLine;
    }

    /**
     * Runs the command line and exits the virtual machine with its exit code.
     *
     * @param args the arguments, such as {@code validate plan.json}
     */
    public static void main(String[] args) {
        int status;
        try {
            status = commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            System.err.println(InternalErrorHandler.message(e));
            System.err.flush();
            status = ExitCodes.CANNOT_CHECK;
        }
        System.exit(status);
    }
}
