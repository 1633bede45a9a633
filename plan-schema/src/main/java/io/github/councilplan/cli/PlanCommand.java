package io.github.councilplan.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.Spec;

/**
 * The {@code plan} command, the main class of the command line: it holds the subcommands
 * ({@code validate}, {@code trace}, {@code gaps}, {@code diff}, {@code render},
 * {@code schema}, {@code export}, {@code import}, {@code template}) and the standard {@code --help} and
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
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an invalid plan document, an element not in it, or gaps (gaps --strict)",
            "2:usage error, a file that cannot be read or written, or another failure"})
public final class PlanCommand implements Runnable {
    /**
     * The subcommands by name, in the order {@code plan --help} lists them. The names are the ones
     * their {@link Command} annotations give (each from the subcommand's {@code NAME}), kept here so
     * that finding the subcommand the arguments name reads no annotation: the first annotation read
     * makes a proxy class, whose bytecode is generated as the command starts.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            Map.entry(ValidateCommand.NAME, ValidateCommand.class), Map.entry(TraceCommand.NAME, TraceCommand.class),
            Map.entry(GapsCommand.NAME, GapsCommand.class), Map.entry(DiffCommand.NAME, DiffCommand.class),
            Map.entry(RenderCommand.NAME, RenderCommand.class), Map.entry(ReportCommand.NAME, ReportCommand.class),
            Map.entry(SchemaCommand.NAME, SchemaCommand.class), Map.entry(ExportCommand.NAME, ExportCommand.class),
            Map.entry(ImportCommand.NAME, ImportCommand.class), Map.entry(TemplateCommand.NAME, TemplateCommand.class));

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
     * writers, which callers may replace: whatever writer is set, text is written to it through
     * the command line's escaping rule, so that control characters, bidirectional controls and
     * line separators from outside (a document's text, a file name, an argument) are shown as
     * escapes such as <code>&#92;u001b</code>, and only the command ends a line.
     *
     * @return a new command line, not null
     */
    public static CommandLine commandLine() {
        return commandLine(List.copyOf(SUBCOMMANDS.values()));
    }

    /** The entries as an unmodifiable map in their order. */
    @SafeVarargs
    private static Map<String, Class<?>> subcommands(Map.Entry<String, Class<?>>... entries) {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> entry : entries) {
            subcommands.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(subcommands);
    }

    /**
     * Returns the subcommands by name, in the order {@code plan --help} lists them.
     *
     * @return the names and classes, unmodifiable; not null
     */
    static Map<String, Class<?>> subcommands() {
        return SUBCOMMANDS;
    }

    /**
     * Creates the command line for the arguments given: when the first names a subcommand, the
     * command line has that subcommand only, since picocli reads every option of every subcommand
     * it holds by reflection, which is much of the start-up of a short command; the command line
     * parses and runs those arguments exactly as {@link #commandLine()}'s would.
     */
    static CommandLine commandLineFor(String... args) {
        return subcommandOf(args).map(subcommand -> commandLine(List.of(subcommand)))
                .orElseGet(PlanCommand::commandLine);
    }

    /** Returns the subcommand the first argument names, or empty when it names none. */
    private static Optional<Class<?>> subcommandOf(String... args) {
        return args.length > 0 ? Optional.ofNullable(SUBCOMMANDS.get(args[0])) : Optional.empty();
    }

    /**
     * Runs the arguments as {@link #main} does, without exiting: {@code plan validate FILE...}
     * without the option parser ({@link ValidateCommand#filesOnly}), anything else on
     * {@link #commandLineFor the command line of the subcommand named}, with the output and error
     * streams given, through the command line's escaping rule.
     *
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        Optional<List<String>> files = ValidateCommand.filesOnly(args);
        if (files.isPresent()) {
            return ValidateCommand.runOnFiles(files.get(), out, err);
        }
        CommandLine commandLine = commandLineFor(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /**
     * Tells whether the arguments run a subcommand that {@link ReadsPlans reads plans}, for which
     * {@link #main} prepares reading while picocli parses them.
     */
    static boolean readsPlans(String... args) {
        return subcommandOf(args).filter(ReadsPlans.class::isAssignableFrom).isPresent();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new Escaping(new PlanCommand());
        subcommands.forEach(commandLine::addSubcommand);
        // the default streams, made now so that the subcommands share them
        commandLine.setOut(commandLine.getOut());
        commandLine.setErr(commandLine.getErr());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.setExecutionStrategy(PlanCommand::execute);
        return commandLine;
    }

    /**
     * Runs the command parsed, as picocli's {@link RunLast} does, but prints the help asked for
     * with {@code --help} line by line, as a text of the command's own: picocli's own printing
     * would write it in one piece, whose line breaks the output stream escapes.
     */
    private static int execute(ParseResult parseResult) {
        for (CommandLine parsed : parseResult.asCommandLineList()) {
            if (parsed.isUsageHelpRequested()) {
                TerminalWriter.of(parsed.getOut()).printLines(parsed.getUsageMessage());
                return parsed.getCommandSpec().exitCodeOnUsageHelp();
            }
        }
        return new RunLast().execute(parseResult);
    }

    /**
     * Apache POI (workbooks: {@code export}, {@code import}, {@code template}) logs through Log4j's
     * API, which, finding no Log4j implementation (the {@code -cli} jar carries none), would say so
     * on standard error: its own simple logger, switched off, keeps the command line quiet. A
     * choice made with {@code -D} on the java command line is kept.
     */
    static void quietLog4j() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
                System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
            }
        }
    }

    /** A command line whose output and error streams are always {@link TerminalWriter}s. */
    private static final class Escaping extends CommandLine {
        Escaping(Object command) {
            super(command);
        }

        @Override
        public CommandLine setOut(PrintWriter out) {
            return super.setOut(TerminalWriter.of(out));
        }

        @Override
        public CommandLine setErr(PrintWriter err) {
            return super.setErr(TerminalWriter.of(err));
        }
    }

    /**
     * Runs the command line and exits the virtual machine with its exit code. For a subcommand
     * that reads plans, what reading needs is prepared on a second thread while the arguments are
     * parsed ({@link ReadingWarmUp}).
     *
     * @param args the arguments, such as {@code validate plan.json}
     */
    public static void main(String[] args) {
        quietLog4j();
        int status;
        try {
            if (readsPlans(args)) {
                ReadingWarmUp.start();
            }
            status = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        } catch (RuntimeException | Error e) {
            PrintWriter err = TerminalWriter.of(new PrintWriter(System.err, true));
            err.println(InternalErrorHandler.message(e));
            err.flush();
            status = ExitCodes.CANNOT_CHECK;
        }
        System.exit(status);
    }
}
